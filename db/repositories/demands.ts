// A participant's steps in the chain (demands): what needs booking, planned or done. Every
// change writes an audit row in the same transaction, except the status flips that a booking's
// own transaction makes (the booking's audit row covers them).
import { randomUUID } from 'node:crypto';
import { writeTx, type Db } from '../connection';
import type { DemandKind } from '../../shared/domain/kinds';
import { writeAudit, type AuditContext } from './audit';
import { prepared } from './statements';

export type DemandStatus = 'open' | 'planned' | 'done';

export interface DemandInput {
  id?: string;
  participantId: string;
  kind: DemandKind;
  schoolId?: string | null;
  earliestDate: string;
  dueDate?: string | null;
  status?: DemandStatus;
  /** For a step already done: the day it was (counts for the 4-week activity norm). */
  doneOn?: string | null;
}

export interface DemandRow {
  id: string;
  participantId: string;
  kind: DemandKind;
  schoolId: string | null;
  earliestDate: string;
  dueDate: string | null;
  status: DemandStatus;
}

export function addDemand(db: Db, audit: AuditContext, d: DemandInput): string {
  const id = d.id ?? randomUUID();
  writeTx(db, () => {
    db.prepare('INSERT INTO demands (id, participant_id, kind, school_id, earliest_date, due_date, status, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      id,
      d.participantId,
      d.kind,
      d.schoolId ?? null,
      d.earliestDate,
      d.dueDate ?? null,
      d.status ?? 'open',
      d.doneOn ?? null,
    );
    writeAudit(db, audit, 'create', 'demand', id, { participantId: d.participantId, kind: d.kind });
  });
  return id;
}

export function setDemandStatus(db: Db, audit: AuditContext, id: string, status: DemandStatus): void {
  writeTx(db, () => {
    const r = db.prepare('UPDATE demands SET status = ? WHERE id = ? AND status <> ?').run(status, id, status);
    if (r.changes === 0 && !db.prepare('SELECT 1 FROM demands WHERE id = ?').get(id)) throw new Error(`Vraag ${id} bestaat niet.`);
    if (r.changes > 0) writeAudit(db, audit, 'update', 'demand', id, { fields: ['status'], status });
  });
}

const DEMAND_COLUMNS = `id, participant_id AS participantId, kind, school_id AS schoolId, earliest_date AS earliestDate,
  due_date AS dueDate, status`;

export function listDemands(db: Db, filter: { status?: DemandStatus; participantId?: string } = {}): DemandRow[] {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.status) {
    where.push('status = ?');
    args.push(filter.status);
  }
  if (filter.participantId) {
    where.push('participant_id = ?');
    args.push(filter.participantId);
  }
  return prepared(db, `SELECT ${DEMAND_COLUMNS} FROM demands ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`).all(...args) as DemandRow[];
}

/** Refuses a booking against a demand of another participant or kind (a bug, not a user error). */
export function checkDemand(db: Db, demandId: string, participantId: string, kind: string): void {
  const d = db.prepare('SELECT participant_id AS p, kind FROM demands WHERE id = ?').get(demandId) as { p: string; kind: string } | undefined;
  if (!d) throw new Error(`Vraag ${demandId} bestaat niet.`);
  if (d.p !== participantId) throw new Error(`Vraag ${demandId} hoort niet bij deelnemer ${participantId}.`);
  if (d.kind !== kind) throw new Error(`Vraag ${demandId} is van soort ${d.kind}, niet ${kind}.`);
}

/** A booking now meets this demand; with onlyIfOpen a step already done stays done. */
export function markDemandPlanned(db: Db, id: string, opts: { onlyIfOpen?: boolean } = {}): void {
  db.prepare(`UPDATE demands SET status = 'planned' WHERE id = ?${opts.onlyIfOpen ? " AND status = 'open'" : ''}`).run(id);
}

/** The step took place on `doneOn` (a trial lesson attended: the lesson's day); the booking's own audit row covers it. */
export function markDemandDone(db: Db, id: string, doneOn: string): void {
  db.prepare("UPDATE demands SET status = 'done', done_on = ? WHERE id = ?").run(doneOn, id);
}

/** The booking that met this demand is gone: it needs booking again (a done step stays done). */
export function reopenDemand(db: Db, id: string): void {
  db.prepare("UPDATE demands SET status = 'open' WHERE id = ? AND status = 'planned'").run(id);
}

/** The participant's oldest open demand of this kind (and school). */
export function findOpenDemand(db: Db, participantId: string, kind: DemandKind, schoolId: string | null): { id: string; status: DemandStatus } | undefined {
  return db
    .prepare(
      // Only an open demand: a planned one already has its booking (possibly in the past).
      `SELECT id, status FROM demands WHERE participant_id = ? AND kind = ? AND coalesce(school_id, '') = ? AND status = 'open'
       ORDER BY earliest_date, id LIMIT 1`,
    )
    .get(participantId, kind, schoolId ?? '') as { id: string; status: DemandStatus } | undefined;
}

/** The participant's oldest open demand of this kind, at any school; null when there is none. */
export function firstOpenDemand(db: Db, participantId: string, kind: DemandKind): string | null {
  const r = db.prepare("SELECT id FROM demands WHERE participant_id = ? AND kind = ? AND status = 'open' ORDER BY earliest_date, id LIMIT 1").get(participantId, kind) as
    { id: string } | undefined;
  return r?.id ?? null;
}

export type WeekDemandRow = Omit<DemandRow, 'status'>;

/**
 * The demands of a week: open ones that may start by `lastDay`, and any met by a booking stored
 * for the week (accepted or proposed, even one booked too early: the checker must see it).
 */
export function demandsOfWeek(db: Db, weekStart: string, lastDay: string): WeekDemandRow[] {
  const bookedHere = (alias: string) => `${alias}.demand_id = d.id AND ${alias}.week_start = @week`;
  return db
    .prepare(
      `SELECT id, participant_id AS participantId, kind, school_id AS schoolId, earliest_date AS earliestDate, due_date AS dueDate
       FROM demands d
       WHERE (status = 'open' AND earliest_date <= @weekEnd)
          OR EXISTS (SELECT 1 FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.demand_id = d.id AND s.week_start = @week)
          OR EXISTS (SELECT 1 FROM trial_bookings b WHERE ${bookedHere('b')})
          OR EXISTS (SELECT 1 FROM intake_bookings b WHERE ${bookedHere('b')})
       ORDER BY id`,
    )
    .all({ week: weekStart, weekEnd: lastDay }) as WeekDemandRow[];
}

/** The participant's open demand of this kind (and school), added when there is none. */
export function ensureOpenDemand(
  db: Db,
  audit: AuditContext,
  participantId: string,
  kind: DemandKind,
  earliestDate: string,
  schoolId: string | null = null,
): { id: string; status: DemandStatus } {
  const found = findOpenDemand(db, participantId, kind, schoolId);
  if (found) return found;
  const id = addDemand(db, audit, { participantId, kind, schoolId, earliestDate });
  return { id, status: 'open' };
}

/** Whether the participant has a step of this kind still to take (open, or planned and not yet done). */
export function hasActiveDemand(db: Db, participantId: string, kind: DemandKind): boolean {
  return db.prepare("SELECT 1 FROM demands WHERE participant_id = ? AND kind = ? AND status IN ('open', 'planned')").get(participantId, kind) !== undefined;
}
