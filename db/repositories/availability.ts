// Weekly patterns and dated exceptions of one owner (room, consultant, interpreter,
// participant or child), and the week's intervals derived from them.
import type { Db } from '../connection';
import { expandWeek, type DatedException, type TimeInterval, type WeeklyPattern } from '../../shared/domain/availability';
import { addDays } from '../../shared/domain/week';
import { withoutHolidays } from '../../shared/domain/holidays';
import { prepared } from './statements';

export type OwnerKind = 'room' | 'consultant' | 'interpreter' | 'participant' | 'child';

const OWNER_COLUMN: Record<OwnerKind, string> = {
  room: 'room_id',
  consultant: 'consultant_id',
  interpreter: 'interpreter_id',
  participant: 'participant_id',
  child: 'child_id',
};

export interface Owner {
  kind: OwnerKind;
  id: string;
}

export function addWeeklyTimes(db: Db, owner: Owner, patterns: readonly WeeklyPattern[], note?: string): void {
  const stmt = db.prepare(
    `INSERT INTO weekly_times (${OWNER_COLUMN[owner.kind]}, weekday, start_time, end_time, valid_from, valid_until, note)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of patterns) stmt.run(owner.id, p.weekday, p.start, p.end, p.validFrom ?? null, p.validUntil ?? null, note ?? null);
}

export function replaceWeeklyTimes(db: Db, owner: Owner, patterns: readonly WeeklyPattern[]): void {
  db.prepare(`DELETE FROM weekly_times WHERE ${OWNER_COLUMN[owner.kind]} = ?`).run(owner.id);
  addWeeklyTimes(db, owner, patterns);
}

/** The owner's weekly patterns as stored (whatever their validity), by weekday and start. */
export function listWeeklyTimes(db: Db, owner: Owner): { weekday: number; start: string; end: string }[] {
  return prepared(db, `SELECT weekday, start_time AS start, end_time AS end FROM weekly_times WHERE ${OWNER_COLUMN[owner.kind]} = ? ORDER BY weekday, start_time`).all(
    owner.id,
  ) as {
    weekday: number;
    start: string;
    end: string;
  }[];
}

export function addException(db: Db, owner: Owner, e: DatedException & { note?: string }): void {
  db.prepare(`INSERT INTO dated_exceptions (${OWNER_COLUMN[owner.kind]}, date, kind, start_time, end_time, note) VALUES (?, ?, ?, ?, ?, ?)`).run(
    owner.id,
    e.date,
    e.kind,
    e.start ?? null,
    e.end ?? null,
    e.note ?? null,
  );
}

interface PatternRow {
  owner: string;
  weekday: number;
  start: string;
  end: string;
  validFrom: string | null;
  validUntil: string | null;
}
interface ExceptionRow {
  owner: string;
  date: string;
  kind: 'add' | 'remove';
  start: string | null;
  end: string | null;
}

export interface OwnerTimes {
  patterns: WeeklyPattern[];
  exceptions: DatedException[];
}

/** Patterns and the exceptions of one week for every owner of a kind (one query each). */
export function loadTimes(db: Db, kind: OwnerKind, weekStart: string): Map<string, OwnerTimes> {
  const col = OWNER_COLUMN[kind];
  const out = new Map<string, OwnerTimes>();
  const get = (id: string) => {
    let t = out.get(id);
    if (!t) out.set(id, (t = { patterns: [], exceptions: [] }));
    return t;
  };
  const patterns = db
    .prepare(
      `SELECT ${col} AS owner, weekday, start_time AS start, end_time AS end, valid_from AS validFrom, valid_until AS validUntil
       FROM weekly_times WHERE ${col} IS NOT NULL ORDER BY owner, weekday, start_time`,
    )
    .all() as PatternRow[];
  for (const p of patterns) get(p.owner).patterns.push(p);
  const exceptions = db
    .prepare(
      `SELECT ${col} AS owner, date, kind, start_time AS start, end_time AS end FROM dated_exceptions
       WHERE ${col} IS NOT NULL AND date >= ? AND date < ? ORDER BY owner, date`,
    )
    .all(weekStart, addDays(weekStart, 7)) as ExceptionRow[];
  for (const e of exceptions) get(e.owner).exceptions.push(e);
  return out;
}

/** Every owner's intervals in the week (owners without any times are absent: nothing). */
export function weekIntervals(db: Db, kind: OwnerKind, weekStart: string, days = 7): Map<string, TimeInterval[]> {
  const out = new Map<string, TimeInterval[]>();
  // Rooms, consultants and interpreters are not available on a public holiday (issue 13).
  const staff = kind === 'room' || kind === 'consultant' || kind === 'interpreter';
  for (const [id, t] of loadTimes(db, kind, weekStart)) {
    const times = expandWeek(t.patterns, t.exceptions, weekStart, days);
    out.set(id, staff ? withoutHolidays(times) : times);
  }
  return out;
}

/** A dated exception as the management forms show it: with its note ("kerstvakantie"). */
export interface NotedException extends DatedException {
  start: string | null;
  end: string | null;
  note: string | null;
}

/** A weekly pattern as stored: validity null when open-ended. */
export interface StoredPattern extends WeeklyPattern {
  validFrom: string | null;
  validUntil: string | null;
}

export interface OwnerSchedule {
  patterns: StoredPattern[];
  exceptions: NotedException[];
}

/** Every owner's weekly patterns (with validity) and all their dated exceptions, for the management lists. */
export function listSchedules(db: Db, kind: Exclude<OwnerKind, 'participant' | 'child'>): Map<string, OwnerSchedule> {
  const col = OWNER_COLUMN[kind];
  const out = new Map<string, OwnerSchedule>();
  const get = (id: string) => out.get(id) ?? out.set(id, { patterns: [], exceptions: [] }).get(id)!;
  const patterns = db
    .prepare(
      `SELECT ${col} AS owner, weekday, start_time AS start, end_time AS end, valid_from AS validFrom, valid_until AS validUntil
       FROM weekly_times WHERE ${col} IS NOT NULL ORDER BY owner, weekday, start_time, id`,
    )
    .all() as PatternRow[];
  for (const { owner, ...p } of patterns) get(owner).patterns.push(p);
  const exceptions = db
    .prepare(
      `SELECT ${col} AS owner, date, kind, start_time AS start, end_time AS end, note FROM dated_exceptions
       WHERE ${col} IS NOT NULL ORDER BY owner, date, start_time, id`,
    )
    .all() as (ExceptionRow & { note: string | null })[];
  for (const { owner, ...e } of exceptions) get(owner).exceptions.push(e);
  return out;
}

/** Replaces the owner's weekly patterns and dated exceptions (a management form saves both). */
export function replaceSchedule(db: Db, owner: Owner, schedule: { patterns: readonly WeeklyPattern[]; exceptions: readonly (DatedException & { note?: string | null })[] }): void {
  replaceWeeklyTimes(db, owner, schedule.patterns);
  db.prepare(`DELETE FROM dated_exceptions WHERE ${OWNER_COLUMN[owner.kind]} = ?`).run(owner.id);
  for (const e of schedule.exceptions) addException(db, owner, { ...e, note: e.note ?? undefined });
}
