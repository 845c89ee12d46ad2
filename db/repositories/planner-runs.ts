// Planner runs of a week and the reasons the last finished run gave for unplanned demands.
import type { Db } from '../connection';
import { writeTx } from '../connection';
import { msgSchema, type Msg } from '../../shared/messages';
import { hasMessage } from '../../shared/messages/render';

export type RunState = 'running' | 'done' | 'cancelled' | 'failed';

export interface PlannerRunRow {
  id: string;
  weekStart: string;
  state: RunState;
  startedAt: string;
  finishedAt: string | null;
  cost: number | null;
  bound: number | null;
  planned: number | null;
  unplanned: number | null;
  message: string | null;
}

export function insertRun(db: Db, r: { id: string; weekStart: string; seed: number; timeLimitMs: number; startedAt: string }): void {
  writeTx(db, () =>
    db
      .prepare("INSERT INTO planner_runs (id, week_start, state, seed, time_limit_ms, started_at) VALUES (?, ?, 'running', ?, ?, ?)")
      .run(r.id, r.weekStart, r.seed, r.timeLimitMs, r.startedAt),
  );
}

export function finishRun(
  db: Db,
  id: string,
  r: {
    state: Exclude<RunState, 'running'>;
    finishedAt: string;
    cost?: number | null;
    bound?: number | null;
    planned?: number | null;
    unplanned?: number | null;
    message?: string | null;
  },
): void {
  writeTx(db, () =>
    db
      .prepare('UPDATE planner_runs SET state = ?, finished_at = ?, cost = ?, bound = ?, planned = ?, unplanned = ?, message = ? WHERE id = ?')
      .run(r.state, r.finishedAt, r.cost ?? null, r.bound ?? null, r.planned ?? null, r.unplanned ?? null, r.message ?? null, id),
  );
}

const RUN_COLUMNS = `id, week_start AS weekStart, state, started_at AS startedAt, finished_at AS finishedAt, cost, bound, planned, unplanned, message`;

export function getRun(db: Db, id: string): PlannerRunRow | null {
  return (db.prepare(`SELECT ${RUN_COLUMNS} FROM planner_runs WHERE id = ?`).get(id) as PlannerRunRow | undefined) ?? null;
}

/** The last run of the week that stored a plan (done or cancelled). */
export function lastStoredRun(db: Db, weekStart: string): PlannerRunRow | null {
  return (
    (db.prepare(`SELECT ${RUN_COLUMNS} FROM planner_runs WHERE week_start = ? AND state IN ('done', 'cancelled') ORDER BY finished_at DESC, rowid DESC LIMIT 1`).get(weekStart) as
      PlannerRunRow | undefined) ?? null
  );
}

/** Runs left 'running' by a process that stopped (the app closed mid-run) can never finish. */
export function failStaleRuns(db: Db, at: string): number {
  return writeTx(
    db,
    () =>
      db.prepare("UPDATE planner_runs SET state = 'failed', finished_at = ?, message = 'De planner werd onderbroken doordat de app stopte.' WHERE state = 'running'").run(at)
        .changes,
  );
}

/**
 * Replaces the week's unplanned reasons with those of one run: the Dutch text, and the message it
 * was written from (JSON) when the planner gave one.
 */
export function storeUnplannedReasons(db: Db, weekStart: string, runId: string, items: { demandId: string; reason: string; msg?: Msg }[]): void {
  writeTx(db, () => {
    db.prepare('DELETE FROM unplanned_reasons WHERE week_start = ?').run(weekStart);
    const known = db.prepare('SELECT 1 FROM demands WHERE id = ?');
    const ins = db.prepare('INSERT INTO unplanned_reasons (week_start, demand_id, reason, run_id, msg) VALUES (?, ?, ?, ?, ?)');
    for (const u of items) if (known.get(u.demandId) && u.reason.trim()) ins.run(weekStart, u.demandId, u.reason, runId, u.msg ? JSON.stringify(u.msg) : null);
  });
}

/** Removes the week's unplanned reasons (its proposal was discarded: they were that run's). */
export function clearUnplannedReasons(db: Db, weekStart: string): void {
  writeTx(db, () => db.prepare('DELETE FROM unplanned_reasons WHERE week_start = ?').run(weekStart));
}

export interface UnplannedReason {
  /** The Dutch text, as the run wrote it. */
  reason: string;
  /** The same as a message; null for rows stored before messages, or one that no longer reads. */
  msg: Msg | null;
}

/** Whether every code in a message (nested ones too) is still in the catalogue. */
function known(m: Msg): boolean {
  const param = (v: Msg['params'][string]): boolean => (v.type === 'msg' ? known(v.value) : v.type === 'list' ? v.items.every(param) : true);
  return hasMessage(m.code) && Object.values(m.params).every(param);
}

/** A stored message, or null when it does not read (not JSON, not a message, or a code since removed). */
function readMsg(json: string | null): Msg | null {
  if (json === null) return null;
  try {
    const parsed = msgSchema.safeParse(JSON.parse(json));
    return parsed.success && known(parsed.data) ? parsed.data : null;
  } catch {
    return null;
  }
}

export function unplannedReasons(db: Db, weekStart: string): Map<string, UnplannedReason> {
  const rows = db.prepare('SELECT demand_id AS d, reason AS r, msg AS m FROM unplanned_reasons WHERE week_start = ?').all(weekStart) as {
    d: string;
    r: string;
    m: string | null;
  }[];
  return new Map(rows.map((x) => [x.d, { reason: x.r, msg: readMsg(x.m) }]));
}
