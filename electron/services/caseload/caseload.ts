// consultant.caseload: the consultant's own clients with next steps, bookings, the PIP and
// 4-week terms and the household context that matters when booking (partner's appointments,
// children and who looks after them).
import type { Handlers } from '../../../shared/api/dispatch';
import type { CaseloadItem, TrialOutcome } from '../../../shared/api/contract';
import { compareUrgency, pipTerm } from '../../../shared/domain/deadlines';
import { expandWeek } from '../../../shared/domain/availability';
import { addDays, daysBetween } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { listChildren, listParticipants, updateParticipant, type Participant } from '../../../db/repositories/participants';
import { listDemands } from '../../../db/repositories/demands';
import { ApiError } from '../../../shared/api/errors';
import { formatDateNl } from '../../../shared/domain/dutch-dates';
import { listSchools } from '../../../db/repositories/region';
import type { ServiceDeps } from '../context';
import { firstActivityDates, termsOf } from '../deadlines';
import { appointmentsOf, ownClient, profileAudit, requireProfile, weekOf } from '../caller';
import { settleWaitingList } from '../bookings/startklas';
import type { ApiCtx } from '../../../shared/api/access';

/** Children younger than this need an adult or care (SPEC rule 9). */
const CARE_AGE_YEARS = 12;

export function trialOutcomesOf(db: Db, participantId: string): TrialOutcome[] {
  return (
    db
      .prepare(
        `SELECT coalesce(o.booking_id, 'o' || o.id) AS bookingId, o.school_id AS schoolId, s.name AS schoolName, o.lesson_start AS lessonStart,
                o.attended, o.route_advice AS routeAdvice, o.recorded_at AS recordedAt
           FROM trial_outcomes o JOIN language_schools s ON s.id = o.school_id WHERE o.participant_id = ? ORDER BY o.lesson_start`,
      )
      .all(participantId) as (Omit<TrialOutcome, 'attended' | 'bookingId'> & { attended: number; bookingId: string | number })[]
  ).map((r) => ({ ...r, bookingId: String(r.bookingId), attended: r.attended === 1 }));
}

function waitingPositions(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT demand_id AS d FROM startklas_waiting ORDER BY id').all() as { d: string }[];
  return new Map(rows.map((r, i) => [r.d, i + 1]));
}

type CareItem = { providerName: string; kind: 'kinderopvang' | 'vve' | 'bso' | 'school'; start: string; end: string };

function childCare(db: Db, childId: string, weekStart: string): CareItem[] {
  const booked = db
    .prepare(
      `SELECT p.name AS providerName, p.kind AS kind, b.slot_start AS start, b.slot_end AS end FROM childcare_bookings b
         JOIN childcare_providers p ON p.id = b.provider_id WHERE b.child_id = ? AND b.week_start = ? ORDER BY b.slot_start`,
    )
    .all(childId, weekStart) as { providerName: string; kind: 'kinderopvang' | 'vve' | 'bso'; start: string; end: string }[];
  const school = db
    .prepare('SELECT weekday, start_time AS start, end_time AS end FROM weekly_times WHERE child_id = ? ORDER BY weekday, start_time')
    .all(childId) as { weekday: number; start: string; end: string }[];
  const covered = expandWeek(school, [], weekStart, 5).map((i) => ({ providerName: 'School', kind: 'school' as const, start: i.start, end: i.end }));
  return [...booked, ...covered].sort((a, b) => (a.start < b.start ? -1 : 1));
}

function household(db: Db, p: Participant, everyone: Map<string, Participant>, weekStart: string, today: string): CaseloadItem['household'] {
  if (!p.householdId) return null;
  const partners = [...everyone.values()].filter((x) => x.householdId === p.householdId && x.id !== p.id);
  const children = listChildren(db, p.householdId);
  const h = db.prepare('SELECT adults_outside AS n FROM households WHERE id = ?').get(p.householdId) as { n: number } | undefined;
  if (partners.length === 0 && children.length === 0) return null;
  return {
    partners: partners.map((x) => ({ id: x.id, name: x.name, appointments: appointmentsOf(db, x.id, weekStart, 14) })),
    adultsOutside: h?.n ?? 0,
    children: children.map((c) => {
      const ageYears = Math.floor(daysBetween(c.birthDate, today) / 365.25);
      return { id: c.id, givenName: c.givenName, ageYears, needsCare: ageYears < CARE_AGE_YEARS, care: childCare(db, c.id, weekStart) };
    }),
  };
}

export function caseloadHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, 'consultant.caseload' | 'pip.set'> {
  const { db, env, events } = deps;
  return {
    'pip.set': ({ participantId, pipDate }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const today = env.today();
      if (pipDate && pipDate > today) throw new ApiError({ code: 'invalid_input', message: 'Een PIP kan niet in de toekomst zijn vastgesteld.', field: 'pipDate' });
      if (pipDate && p.koppelingDate && pipDate < p.koppelingDate) {
        throw new ApiError({ code: 'invalid_input', message: `De PIP kan niet vóór de koppeling (${formatDateNl(p.koppelingDate)}) zijn vastgesteld.`, field: 'pipDate' });
      }
      updateParticipant(db, profileAudit(env, me, 'PIP vastgesteld'), p.id, { pipDate });
      events.emit({ type: 'data.changed', area: 'participants' });
      return { pip: pipTerm(p.koppelingDate, today, pipDate) };
    },
    'consultant.caseload': (input, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const today = env.today();
      // An intake that has passed makes room in the horizon: the caseload shows who moved up.
      settleWaitingList(deps, profileAudit(env, me, 'wachtlijst startklas'));
      const weekStart = weekOf(today, input.weekStart);
      const everyone = new Map(listParticipants(db).map((p) => [p.id, p]));
      const mine = [...everyone.values()].filter((p) => p.consultantId === me.id);
      const first = firstActivityDates(db);
      const waiting = waitingPositions(db);
      const schools = new Map(listSchools(db).map((s) => [s.id, s.name]));
      const items: CaseloadItem[] = [];
      for (const p of mine) {
        const demands = listDemands(db, { participantId: p.id }).filter((d) => d.status !== 'done');
        if (input.step && !demands.some((d) => d.kind === input.step)) continue;
        const { pip, activity } = termsOf(p, today, first);
        const worst = compareUrgency(pip, activity) <= 0 ? pip : activity;
        if (input.urgency === 'urgent' && worst.state !== 'missed' && worst.state !== 'warning') continue;
        const booked = appointmentsOf(db, p.id, addDays(weekStart, -7 * 8), 7 * 16);
        const bookingOf = (d: (typeof demands)[number]) => {
          const row = db
            .prepare(
              `SELECT s.start_time AS start FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.demand_id = @d
               UNION ALL SELECT start_time FROM trial_bookings WHERE demand_id = @d
               UNION ALL SELECT ib.date || 'T' || i.start_time FROM intake_bookings ib JOIN startklas_intakes i ON i.id = ib.intake_id WHERE ib.demand_id = @d`,
            )
            .get({ d: d.id }) as { start: string } | undefined;
          return row ? booked.find((a) => a.start === row.start && a.kind === d.kind) ?? null : null;
        };
        items.push({
          participant: {
            id: p.id,
            name: p.name,
            language: p.language,
            gemeente: p.gemeente,
            digitalSkill: p.digitalSkill,
            routeIndication: p.routeIndication,
            migrantKind: p.migrantKind,
            pipDate: p.pipDate,
          },
          steps: demands.map((d) => ({
            demandId: d.id,
            kind: d.kind,
            school: d.schoolId ? { id: d.schoolId, name: schools.get(d.schoolId) ?? d.schoolId } : null,
            status: d.status,
            booking: bookingOf(d),
            waitingPosition: waiting.get(d.id) ?? null,
          })),
          pip,
          activity,
          urgency: worst.state,
          trialOutcomes: trialOutcomesOf(db, p.id),
          household: household(db, p, everyone, weekStart, today),
        });
      }
      items.sort((a, b) => {
        const ua = compareUrgency(a.pip, a.activity) <= 0 ? a.pip : a.activity;
        const ub = compareUrgency(b.pip, b.activity) <= 0 ? b.pip : b.activity;
        return compareUrgency(ua, ub) || a.participant.name.localeCompare(b.participant.name, 'nl');
      });
      return { weekStart, items };
    },
  };
}
