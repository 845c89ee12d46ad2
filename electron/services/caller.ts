// What the consultant's and liaison's services share: who is calling, audit rows in their name,
// the caseload check, demands to book against, and a person's appointments in words.
import { ApiError } from '../../shared/api/errors';
import { profileOf, type ApiCtx } from '../../shared/api/access';
import type { Appointment, Profile, ProfileKind } from '../../shared/api/contract';
import { addDays, mondayOf } from '../../shared/domain/week';
import type { Db } from '../../db/connection';
import { writeAudit, type AuditContext } from '../../db/repositories/audit';
import { getParticipant, type Participant } from '../../db/repositories/participants';
import { addDemand, findOpenDemand } from '../../db/repositories/demands';
import type { DemandKind } from '../../shared/domain/kinds';
import { nowOf, type ServiceEnv } from './context';

/** The caller's profile of the given kind; dispatch's access check normally refuses earlier. */
export function requireProfile(ctx: ApiCtx, kind: ProfileKind): Profile & { id: string } {
  const p = profileOf(ctx);
  if (!p) throw new ApiError({ code: 'forbidden', message: 'Kies eerst een profiel.' });
  if (p.kind !== kind || (kind !== 'coordinator' && !p.id)) throw new ApiError({ code: 'forbidden', message: 'Dit mag dit profiel niet.' });
  return p as Profile & { id: string };
}

export function actorOf(p: Profile | null): string {
  if (!p) return 'coördinator';
  return p.id ? `${p.kind}:${p.id}` : p.kind;
}

/** Audit context in the caller's name: actor is the profile kind and id, purpose as given. */
export function profileAudit(env: ServiceEnv, profile: Profile | null, purpose: string): AuditContext {
  return { actor: profile ? actorOf(profile) : env.actor ?? 'coördinator', purpose, now: () => nowOf(env) };
}

/**
 * A 'view' row for reading a participant's personal data: one per person, profile and purpose
 * a day. A coordinator browsing the week reads the same people again and again; one row a day
 * tells who saw whom and why without the log outgrowing the data it guards.
 */
export function auditView(db: Db, audit: AuditContext, participantIds: Iterable<string>, details?: unknown): void {
  const now = audit.now();
  const seen = db.prepare(
    `SELECT 1 FROM audit_log WHERE entity = 'participant' AND entity_id = ? AND action = 'view' AND actor = ? AND purpose = ? AND at >= ? LIMIT 1`,
  );
  const dayStart = `${now.slice(0, 10)}T00:00:00`;
  const stamped: AuditContext = { ...audit, now: () => now };
  for (const id of participantIds) {
    if (!seen.get(id, audit.actor, audit.purpose, dayStart)) writeAudit(db, stamped, 'view', 'participant', id, details);
  }
}

/** A client of this consultant, or a clear refusal. */
export function ownClient(db: Db, consultant: Profile & { id: string }, participantId: string): Participant {
  const p = getParticipant(db, participantId);
  if (!p) throw new ApiError({ code: 'not_found', message: `Deelnemer ${participantId} bestaat niet.`, field: 'participantId' });
  if (p.consultantId !== consultant.id) {
    throw new ApiError({ code: 'forbidden', message: `${p.name} hoort niet bij uw cliënten.`, field: 'participantId' });
  }
  return p;
}

export interface DemandRef {
  id: string;
  status: 'open' | 'planned' | 'done';
}

/** The participant's open demand of this kind (and school), created when there is none. */
export function ensureDemand(db: Db, audit: AuditContext, participantId: string, kind: DemandKind, today: string, schoolId: string | null = null): DemandRef {
  const found = findOpenDemand(db, participantId, kind, schoolId);
  if (found) return found;
  const id = addDemand(db, audit, { participantId, kind, schoolId, earliestDate: today });
  return { id, status: 'open' };
}

const WEEKDAY_NL = ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
export function shortTime(t: string): string {
  const day = new Date(`${t.slice(0, 10)}T12:00:00Z`).getUTCDay() || 7;
  return `${WEEKDAY_NL[day]} ${t.slice(8, 10)}-${t.slice(5, 7)} ${t.slice(11, 16)}`;
}

/** Everything booked for these participants from `from` (a date) for `days` days, in words. */
export function appointmentsOf(db: Db, participantId: string, from: string, days: number): Appointment[] {
  const to = addDays(from, days);
  const rows = db
    .prepare(
      `SELECT s.kind AS kind, s.start_time AS start, s.end_time AS end, s.status AS status, l.name AS locationName,
              CASE s.kind WHEN 'toets' THEN 'Leerbaarheidstoets' ELSE 'Groepsvoorlichting' END AS label
         FROM session_participants sp JOIN sessions s ON s.id = sp.session_id
         JOIN rooms r ON r.id = s.room_id JOIN locations l ON l.id = r.location_id
        WHERE sp.participant_id = @p AND s.start_time >= @from AND s.start_time < @to
       UNION ALL
       SELECT 'trialLesson', b.start_time, b.end_time, b.status, l.name, 'Proefles ' || ls.name || ' (' || c.name || ')'
         FROM trial_bookings b JOIN classes c ON c.id = b.class_id JOIN language_schools ls ON ls.id = c.school_id
         JOIN locations l ON l.id = c.location_id
        WHERE b.participant_id = @p AND b.start_time >= @from AND b.start_time < @to
       UNION ALL
       SELECT 'startklasIntake', ib.date || 'T' || i.start_time, ib.date || 'T' || i.end_time, ib.status, l.name, 'Intake startklas'
         FROM intake_bookings ib JOIN startklas_intakes i ON i.id = ib.intake_id JOIN locations l ON l.id = i.location_id
        WHERE ib.participant_id = @p AND ib.date >= @from AND ib.date < @to
       ORDER BY 2`,
    )
    .all({ p: participantId, from, to }) as Appointment[];
  return rows;
}

export function weekOf(today: string, weekStart?: string): string {
  return weekStart ?? mondayOf(today);
}
