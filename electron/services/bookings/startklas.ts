// Startklas registration with a first-come waiting list, and enlisting for group information
// in the client's language. A freed intake seat goes to the first on the waiting list at once.
import type { Handlers } from '../../../shared/api/dispatch';
import { expandWeek } from '../../../shared/domain/availability';
import { addDays, mondayOf } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/tx';
import { writeAudit, type AuditContext } from '../../../db/repositories/audit';
import { getParticipant } from '../../../db/repositories/participants';
import { getRegion, listStartklasIntakes } from '../../../db/repositories/region';
import { addIntakeBooking } from '../../../db/repositories/sessions';
import { markDemandPlanned, reopenDemand } from '../../../db/repositories/demands';
import { nowOf, type ServiceDeps } from '../context';
import { ensureDemand, ownClient, profileAudit, requireProfile } from '../caller';
import type { ApiCtx } from '../../../shared/api/access';

/** How far ahead a free intake seat is looked for before the client goes on the waiting list. */
const INTAKE_HORIZON_WEEKS = 4;

interface IntakeMoment {
  intakeId: string;
  date: string;
  start: string;
  end: string;
  locationName: string;
  seats: number;
}

function intakeMoments(db: Db, today: string): IntakeMoment[] {
  const names = new Map((db.prepare('SELECT id, name FROM locations').all() as { id: string; name: string }[]).map((l) => [l.id, l.name]));
  const out: IntakeMoment[] = [];
  for (const i of listStartklasIntakes(db)) {
    for (let w = 0; w < INTAKE_HORIZON_WEEKS; w++) {
      for (const m of expandWeek([i], [], addDays(mondayOf(today), 7 * w), 7)) {
        if (m.start.slice(0, 10) <= today) continue;
        out.push({ intakeId: i.id, date: m.start.slice(0, 10), start: m.start, end: m.end, locationName: names.get(i.locationId) ?? i.locationId, seats: i.seats });
      }
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.intakeId.localeCompare(b.intakeId)));
}

const taken = (db: Db, m: IntakeMoment) =>
  (db.prepare('SELECT count(*) AS n FROM intake_bookings WHERE intake_id = ? AND date = ?').get(m.intakeId, m.date) as { n: number }).n;

function nextFree(db: Db, today: string): IntakeMoment | null {
  return intakeMoments(db, today).find((m) => taken(db, m) < m.seats) ?? null;
}

function currentIntake(db: Db, participantId: string, today: string): (IntakeMoment & { bookingId: number; demandId: string }) | null {
  const row = db
    .prepare('SELECT id, intake_id AS intakeId, date, demand_id AS demandId FROM intake_bookings WHERE participant_id = ? AND date > ? ORDER BY date LIMIT 1')
    .get(participantId, today) as { id: number; intakeId: string; date: string; demandId: string } | undefined;
  if (!row) return null;
  const m = intakeMoments(db, addDays(row.date, -1)).find((x) => x.intakeId === row.intakeId && x.date === row.date);
  return m ? { ...m, bookingId: row.id, demandId: row.demandId } : null;
}

function waitingPosition(db: Db, participantId: string): number | null {
  const rows = db.prepare('SELECT participant_id AS p FROM startklas_waiting ORDER BY id').all() as { p: string }[];
  const i = rows.findIndex((r) => r.p === participantId);
  return i < 0 ? null : i + 1;
}

/** Gives freed seats to the waiting list in order; returns who moved up. */
export function moveUpWaitingList(db: Db, audit: AuditContext, today: string): string[] {
  const moved: string[] = [];
  writeTx(db, () => {
    for (;;) {
      const first = db.prepare('SELECT id, participant_id AS p, demand_id AS d FROM startklas_waiting ORDER BY id LIMIT 1').get() as
        | { id: number; p: string; d: string }
        | undefined;
      if (!first) break;
      // Booked meanwhile (the coordinator accepted a planner proposal for them): done waiting.
      if (currentIntake(db, first.p, today)) {
        db.prepare('DELETE FROM startklas_waiting WHERE id = ?').run(first.id);
        writeAudit(db, audit, 'delete', 'waiting_list', first.p, { list: 'startklas', reason: 'al ingedeeld' });
        continue;
      }
      const m = nextFree(db, today);
      if (!m) break;
      db.prepare('DELETE FROM startklas_waiting WHERE id = ?').run(first.id);
      addIntakeBooking(db, audit, { intakeId: m.intakeId, date: m.date, participantId: first.p, demandId: first.d, status: 'accepted' });
      moved.push(first.p);
    }
  });
  return moved;
}

/**
 * Moves the waiting list up after anything that may have freed an intake seat without a
 * consultant cancelling (a discarded proposal, undo or redo, an intake that has passed); tells
 * the screens when someone moved.
 */
export function settleWaitingList({ db, env, events }: ServiceDeps, audit: AuditContext): string[] {
  const moved = moveUpWaitingList(db, audit, env.today());
  if (moved.length > 0) events.emit({ type: 'data.changed', area: 'startklas' });
  return moved;
}

const refOf = (m: IntakeMoment) => ({ intakeId: m.intakeId, date: m.date, start: m.start, end: m.end, locationName: m.locationName });

export function enrolHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'startklas.register' | 'startklas.cancel' | 'groupInfo.enlist'> {
  return {
    'startklas.register': ({ participantId }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'aanmelden startklas');
      // A seat freed elsewhere (an undo, a removed proposal) goes to those already waiting first.
      moveUpWaitingList(db, profileAudit(env, me, 'wachtlijst startklas'), today);
      const booked = currentIntake(db, p.id, today);
      if (booked) return { status: 'booked' as const, intake: refOf(booked), waitingPosition: null };
      const pos = waitingPosition(db, p.id);
      if (pos !== null) return { status: 'waiting' as const, intake: null, waitingPosition: pos };
      const m = nextFree(db, today);
      const result = writeTx(db, () => {
        const demand = ensureDemand(db, audit, p.id, 'startklasIntake', today);
        if (m) {
          addIntakeBooking(db, audit, { intakeId: m.intakeId, date: m.date, participantId: p.id, demandId: demand.id, status: 'accepted' });
          return { status: 'booked' as const, intake: refOf(m), waitingPosition: null };
        }
        db.prepare('INSERT INTO startklas_waiting (participant_id, demand_id, added_at) VALUES (?, ?, ?)').run(p.id, demand.id, nowOf(env));
        writeAudit(db, audit, 'create', 'waiting_list', p.id, { list: 'startklas' });
        return { status: 'waiting' as const, intake: null, waitingPosition: waitingPosition(db, p.id) };
      });
      if (m) events.emit({ type: 'week.changed', weekStart: mondayOf(m.date) });
      events.emit({ type: 'data.changed', area: 'startklas' });
      return result;
    },
    'startklas.cancel': ({ participantId }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'afmelden startklas');
      const booked = currentIntake(db, p.id, today);
      const waiting = waitingPosition(db, p.id) !== null;
      if (!booked && !waiting) return { cancelled: false, movedUp: null };
      const moved = writeTx(db, () => {
        if (booked) {
          db.prepare('DELETE FROM intake_bookings WHERE id = ?').run(booked.bookingId);
          reopenDemand(db, booked.demandId);
          writeAudit(db, audit, 'delete', 'booking', p.id, { type: 'startklasIntake', intakeId: booked.intakeId, date: booked.date });
        } else {
          db.prepare('DELETE FROM startklas_waiting WHERE participant_id = ?').run(p.id);
          writeAudit(db, audit, 'delete', 'waiting_list', p.id, { list: 'startklas' });
        }
        return moveUpWaitingList(db, profileAudit(env, me, 'wachtlijst startklas'), today);
      });
      if (booked) events.emit({ type: 'week.changed', weekStart: mondayOf(booked.date) });
      events.emit({ type: 'data.changed', area: 'startklas' });
      const first = moved[0] ? getParticipant(db, moved[0]) : null;
      return { cancelled: true, movedUp: first ? { id: first.id, name: first.name } : null };
    },
    'groupInfo.enlist': ({ participantId }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'aanmelden groepsvoorlichting');
      const languages = [p.language, ...p.otherLanguages];
      const maxSize = getRegion(db)?.groupInfo.maxSize ?? 12;
      type Row = { sessionId: string; start: string; end: string; language: string; locationName: string; n: number; mine: number };
      const rows = db
        .prepare(
          `SELECT s.id AS sessionId, s.start_time AS start, s.end_time AS end, s.language, l.name AS locationName,
                  (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id) AS n,
                  (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id AND sp.participant_id = @p) AS mine
             FROM sessions s JOIN rooms r ON r.id = s.room_id JOIN locations l ON l.id = r.location_id
            WHERE s.kind = 'groupInfo' AND substr(s.start_time, 1, 10) > @today ORDER BY s.start_time, s.id`,
        )
        .all({ p: p.id, today }) as Row[];
      const session = (r: Row) => ({ sessionId: r.sessionId, start: r.start, end: r.end, language: r.language, locationName: r.locationName });
      const when = (r: Row) => `${r.start.slice(8, 10)}-${r.start.slice(5, 7)}-${r.start.slice(0, 4)} om ${r.start.slice(11, 16)} in ${r.locationName}`;
      const already = rows.find((r) => r.mine > 0);
      if (already) return { session: session(already), message: `${p.name} staat al op de groepsvoorlichting van ${when(already)}.` };
      const next = rows.find((r) => languages.includes(r.language) && r.n < maxSize);
      const demand = ensureDemand(db, audit, p.id, 'groupInfo', today);
      if (!next) {
        writeAudit(db, audit, 'update', 'participant', p.id, { list: 'groupInfo', language: p.language });
        events.emit({ type: 'data.changed', area: 'groupInfo' });
        return { session: null, message: `${p.name} staat op de lijst voor groepsvoorlichting; er is nog geen sessie met plaats in die taal gepland. De coördinator plant er een.` };
      }
      writeTx(db, () => {
        db.prepare('INSERT INTO session_participants (session_id, participant_id, demand_id) VALUES (?, ?, ?)').run(next.sessionId, p.id, demand.id);
        markDemandPlanned(db, demand.id);
        writeAudit(db, audit, 'create', 'booking', p.id, { type: 'session', sessionId: next.sessionId, demandId: demand.id });
      });
      events.emit({ type: 'week.changed', weekStart: mondayOf(next.start.slice(0, 10)) });
      return { session: session(next), message: `Aangemeld voor de groepsvoorlichting van ${when(next)}.` };
    },
  };
}
