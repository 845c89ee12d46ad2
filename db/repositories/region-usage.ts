// What the planned weeks point at: per room, consultant, interpreter, class, intake moment or
// childcare provider, how many sessions or bookings from a given week on (and the first such
// week) and before it. Beheer shows it in its lists and before a change or removal.
import type { Db } from '../connection';

export interface Usage {
  future: number;
  firstWeek: string | null;
  past: number;
}

export const NO_USAGE: Usage = { future: 0, firstWeek: null, past: 0 };

const SOURCES = {
  roomSessions: { table: 'sessions', column: 'room_id' },
  consultantSessions: { table: 'sessions', column: 'consultant_id' },
  interpreterSessions: { table: 'sessions', column: 'interpreter_id' },
  classTrials: { table: 'trial_bookings', column: 'class_id' },
  intakeBookings: { table: 'intake_bookings', column: 'intake_id' },
  childcareBookings: { table: 'childcare_bookings', column: 'provider_id' },
} as const;
export type UsageSource = keyof typeof SOURCES;

/** Per owner id: rows with week_start >= `fromMonday` (and the first such week) and before it. */
export function usageBy(db: Db, source: UsageSource, fromMonday: string, id?: string): Map<string, Usage> {
  const { table, column } = SOURCES[source];
  const rows = db
    .prepare(
      `SELECT ${column} AS id, sum(week_start >= :from) AS future, min(CASE WHEN week_start >= :from THEN week_start END) AS firstWeek,
              sum(week_start < :from) AS past
       FROM ${table} WHERE ${column} IS NOT NULL ${id === undefined ? '' : `AND ${column} = :id`} GROUP BY ${column}`,
    )
    .all(id === undefined ? { from: fromMonday } : { from: fromMonday, id }) as (Usage & { id: string })[];
  return new Map(rows.map(({ id: owner, ...u }) => [owner, u]));
}

/** One owner's usage. */
export function usageOf(db: Db, source: UsageSource, id: string, fromMonday: string): Usage {
  return usageBy(db, source, fromMonday, id).get(id) ?? NO_USAGE;
}

/** Mondays from `fromMonday` on that have a session or a booking: the weeks a change can break. */
export function plannedWeeksFrom(db: Db, fromMonday: string): string[] {
  const rows = db
    .prepare(
      `SELECT week_start AS w FROM sessions WHERE week_start >= :from
       UNION SELECT week_start FROM trial_bookings WHERE week_start >= :from
       UNION SELECT week_start FROM intake_bookings WHERE week_start >= :from
       UNION SELECT week_start FROM childcare_bookings WHERE week_start >= :from
       ORDER BY 1`,
    )
    .all({ from: fromMonday }) as { w: string }[];
  return rows.map((r) => r.w);
}

/** Every room, consultant, interpreter, class and childcare provider by id with its name, in use or not. */
export function resourceNames(db: Db): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT id, name FROM rooms UNION ALL SELECT id, name FROM consultants UNION ALL SELECT id, name FROM interpreters
       UNION ALL SELECT id, name FROM classes UNION ALL SELECT id, name FROM childcare_providers`,
    )
    .all() as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
