// The planning lock of a week on the team server (migration 014): while one account plans a week
// (planner run until its proposal is accepted or discarded) others cannot start a run or accept.
// A lock holds only while it has not expired and its holder still has a live session, so a
// holder who logs out, goes idle or is disabled leaves no lock behind.
import type { Db } from '../connection';

export interface PlanningLock {
  weekStart: string;
  accountId: string;
  /** "fatima (coördinator)". */
  holder: string;
  /** Amsterdam wall-clock 'YYYY-MM-DDTHH:MM:SS'. */
  since: string;
}

/** The week's lock if it still holds at `nowMs` (epoch ms): not expired, and its holder seen within `idleMs`. */
export function livePlanningLock(db: Db, weekStart: string, nowMs: number, idleMs: number): PlanningLock | null {
  const r = db
    .prepare(
      `SELECT l.week_start AS weekStart, l.account_id AS accountId, l.holder, l.since FROM planning_locks l
       JOIN accounts a ON a.id = l.account_id AND a.disabled = 0
       WHERE l.week_start = ? AND l.expires_at > ?
         AND EXISTS (SELECT 1 FROM auth_sessions s WHERE s.account_id = l.account_id AND s.last_seen_at >= ?)`,
    )
    .get(weekStart, nowMs, nowMs - idleMs) as PlanningLock | undefined;
  return r ?? null;
}

/** Takes (or renews) the week's lock for an account; the caller checked inside the same transaction that no one else holds it. */
export function putPlanningLock(db: Db, lock: PlanningLock, expiresAt: number): void {
  db.prepare(
    `INSERT INTO planning_locks (week_start, account_id, holder, since, expires_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (week_start) DO UPDATE SET account_id = excluded.account_id, holder = excluded.holder, since = excluded.since, expires_at = excluded.expires_at`,
  ).run(lock.weekStart, lock.accountId, lock.holder, lock.since, expiresAt);
}

/** Ends the week's lock, whoever held it; true when there was a row. */
export function deletePlanningLock(db: Db, weekStart: string): boolean {
  return db.prepare('DELETE FROM planning_locks WHERE week_start = ?').run(weekStart).changes > 0;
}
