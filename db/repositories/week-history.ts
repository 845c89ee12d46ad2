// Undo/redo per week. A change is recorded as the booking rows it removed and the rows it added,
// each with its own id, not as copies of the whole week: an undo deletes exactly the rows the
// change added and puts back exactly the rows it removed, so everything else (a booking another
// user made since, a trial outcome the school recorded, every other booking's id) stays as it is.
// Diffing the week's rows before and after a change (rather than a hand-written inverse per kind
// of change) means every kind of change, a planner run included, is undone the same way.
import type { Db } from '../connection';
import { writeTx } from '../connection';
import { writeAudit, type AuditContext } from './audit';
import { markDemandPlanned, reopenDemand } from './demands';

/** Undo steps kept per week; older ones are dropped so history cannot grow without bound. */
export const MAX_UNDO_STEPS_PER_WEEK = 50;

type Row = Record<string, string | number | null>;

/**
 * The week's booking tables, parents before children (re-inserting in this order and deleting in
 * the reverse keeps foreign keys satisfied). `key` is the primary key; `rows` selects a week.
 */
const TABLES = [
  { name: 'sessions', key: ['id'], rows: 'SELECT * FROM sessions WHERE week_start = ? ORDER BY id' },
  {
    name: 'session_participants',
    key: ['session_id', 'participant_id'],
    rows: `SELECT sp.* FROM session_participants sp JOIN sessions s ON s.id = sp.session_id
           WHERE s.week_start = ? ORDER BY sp.session_id, sp.participant_id`,
  },
  { name: 'trial_bookings', key: ['id'], rows: 'SELECT * FROM trial_bookings WHERE week_start = ? ORDER BY id' },
  { name: 'intake_bookings', key: ['id'], rows: 'SELECT * FROM intake_bookings WHERE week_start = ? ORDER BY id' },
  { name: 'childcare_bookings', key: ['id'], rows: 'SELECT * FROM childcare_bookings WHERE week_start = ? ORDER BY id' },
] as const;

type TableName = (typeof TABLES)[number]['name'];
type WeekRows = Record<TableName, Row[]>;

/** What one change did: per table, the rows it removed and the rows it added (whole rows, ids included). */
export interface WeekChange {
  removed: Partial<Record<TableName, Row[]>>;
  added: Partial<Record<TableName, Row[]>>;
}

function weekRows(db: Db, weekStart: string): WeekRows {
  const out = {} as WeekRows;
  for (const t of TABLES) out[t.name] = db.prepare(t.rows).all(weekStart) as Row[];
  // A session's version is not part of what a change did: the triggers of migration 014 move it
  // on every write (undo and redo included), so the history leaves it out and never writes it back.
  for (const r of out.sessions) delete r.version;
  return out;
}

function diffRows(before: WeekRows, after: WeekRows): WeekChange {
  const change: WeekChange = { removed: {}, added: {} };
  for (const t of TABLES) {
    const b = new Map(before[t.name].map((r) => [JSON.stringify(r), r]));
    const a = new Map(after[t.name].map((r) => [JSON.stringify(r), r]));
    const removed = [...b].filter(([k]) => !a.has(k)).map(([, r]) => r);
    const added = [...a].filter(([k]) => !b.has(k)).map(([, r]) => r);
    if (removed.length) change.removed[t.name] = removed;
    if (added.length) change.added[t.name] = added;
  }
  return change;
}

const isEmpty = (c: WeekChange) => Object.keys(c.removed).length === 0 && Object.keys(c.added).length === 0;

const keyOf = (t: (typeof TABLES)[number], r: Row) => t.key.map((k) => String(r[k])).join('|');

/**
 * Applies a change forward: rows it changed in place (same key on both sides) are updated, its
 * other `removed` rows deleted and `added` rows inserted (undo passes the change with the two
 * sides swapped). Only rows still exactly as recorded are updated or deleted, and a row whose
 * place was taken meanwhile (its demand booked again) is not put back, so applying a change
 * never overwrites what happened after it. Updating in place matters: deleting and re-inserting
 * a moved session would cascade to its participants.
 */
function applyChange(db: Db, change: WeekChange, audit: AuditContext, why: string, weekStart: string): void {
  const touchedPeople = new Set<string>();
  const touchedChildren = new Set<string>();
  const note = (r: Row) => {
    if (typeof r.participant_id === 'string') touchedPeople.add(r.participant_id);
    if (typeof r.child_id === 'string') touchedChildren.add(r.child_id);
  };
  const matches = (r: Row) =>
    Object.keys(r)
      .map((c) => `${c} IS @old_${c}`)
      .join(' AND ');
  const prefixed = (r: Row) => Object.fromEntries(Object.entries(r).map(([c, v]) => [`old_${c}`, v]));
  const plan = TABLES.map((t) => {
    const added = new Map((change.added[t.name] ?? []).map((r) => [keyOf(t, r), r]));
    const updates: [Row, Row][] = [];
    const deletes: Row[] = [];
    for (const r of change.removed[t.name] ?? []) {
      const next = added.get(keyOf(t, r));
      if (next) {
        updates.push([r, next]);
        added.delete(keyOf(t, r));
      } else deletes.push(r);
    }
    return { t, updates, deletes, inserts: [...added.values()] };
  });
  for (const { t, updates } of plan) {
    for (const [old, next] of updates) {
      const set = Object.keys(next)
        .map((c) => `${c} = @${c}`)
        .join(', ');
      if (db.prepare(`UPDATE ${t.name} SET ${set} WHERE ${matches(old)}`).run({ ...next, ...prefixed(old) }).changes === 0) continue;
      note(next);
      // A moved or re-staffed session changes the appointments of everyone in it.
      if (t.name === 'sessions') for (const p of db.prepare('SELECT * FROM session_participants WHERE session_id = ?').all(next.id) as Row[]) note(p);
    }
  }
  for (const { t, deletes } of [...plan].reverse()) {
    for (const r of deletes) {
      if (db.prepare(`DELETE FROM ${t.name} WHERE ${matches(r)}`).run(prefixed(r)).changes > 0) {
        note(r);
        if (typeof r.demand_id === 'string') reopenDemand(db, r.demand_id);
      }
    }
  }
  for (const { t, inserts } of plan) {
    for (const r of inserts) {
      const cols = Object.keys(r);
      const sql = `INSERT OR IGNORE INTO ${t.name} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
      if (db.prepare(sql).run(r).changes > 0) {
        note(r);
        if (typeof r.demand_id === 'string') markDemandPlanned(db, r.demand_id, { onlyIfOpen: true });
      }
    }
  }
  for (const p of [...touchedPeople].sort()) writeAudit(db, audit, 'update', 'booking', p, { type: why, weekStart });
  for (const c of [...touchedChildren].sort()) writeAudit(db, audit, 'update', 'booking', c, { type: why, weekStart });
}

const inverse = (c: WeekChange): WeekChange => ({ removed: c.added, added: c.removed });

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

interface HistoryRow {
  id: number;
  label: string;
  change: string;
}

// before_state holds the rows the change removed, after_state the rows it added (migration 005).
const COLUMNS = `id, label, json_object('removed', json(before_state), 'added', json(after_state)) AS change`;
const lastDone = (db: Db, weekStart: string) =>
  db.prepare(`SELECT ${COLUMNS} FROM week_history WHERE week_start = ? AND undone = 0 ORDER BY id DESC LIMIT 1`).get(weekStart) as HistoryRow | undefined;
const firstUndone = (db: Db, weekStart: string) =>
  db.prepare(`SELECT ${COLUMNS} FROM week_history WHERE week_start = ? AND undone = 1 ORDER BY id ASC LIMIT 1`).get(weekStart) as HistoryRow | undefined;

export function historyState(db: Db, weekStart: string): HistoryState {
  const u = lastDone(db, weekStart);
  const r = firstUndone(db, weekStart);
  return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
}

/**
 * Runs `change` inside one transaction and records what it did with `label`; a new change clears
 * the week's redo stack, and only the newest MAX_UNDO_STEPS_PER_WEEK steps are kept. A change
 * that turns out to change nothing is not recorded.
 */
export function recordChange<T>(db: Db, weekStart: string, label: string | ((result: T) => string), at: string, change: () => T): T {
  return writeTx(db, () => {
    const before = weekRows(db, weekStart);
    const result = change();
    const diff = diffRows(before, weekRows(db, weekStart));
    if (!isEmpty(diff)) {
      db.prepare('DELETE FROM week_history WHERE week_start = ? AND undone = 1').run(weekStart);
      db.prepare('INSERT INTO week_history (week_start, at, label, before_state, after_state) VALUES (?, ?, ?, ?, ?)').run(
        weekStart,
        at,
        typeof label === 'function' ? label(result) : label,
        JSON.stringify(diff.removed),
        JSON.stringify(diff.added),
      );
      db.prepare(
        `DELETE FROM week_history WHERE week_start = ? AND id NOT IN (
           SELECT id FROM week_history WHERE week_start = ? ORDER BY id DESC LIMIT ${MAX_UNDO_STEPS_PER_WEEK})`,
      ).run(weekStart, weekStart);
    }
    return result;
  });
}

/** Undoes the week's last change; null when there is nothing to undo. Returns its label. */
export function undoLast(db: Db, weekStart: string, audit: AuditContext): string | null {
  return writeTx(db, () => {
    const row = lastDone(db, weekStart);
    if (!row) return null;
    applyChange(db, inverse(JSON.parse(row.change) as WeekChange), audit, 'undo', weekStart);
    db.prepare('UPDATE week_history SET undone = 1 WHERE id = ?').run(row.id);
    return row.label;
  });
}

/** Redoes the week's last undone change; null when there is nothing to redo. */
export function redoNext(db: Db, weekStart: string, audit: AuditContext): string | null {
  return writeTx(db, () => {
    const row = firstUndone(db, weekStart);
    if (!row) return null;
    applyChange(db, JSON.parse(row.change) as WeekChange, audit, 'redo', weekStart);
    db.prepare('UPDATE week_history SET undone = 0 WHERE id = ?').run(row.id);
    return row.label;
  });
}

/** How many undo steps the week's history holds (benchmarks). */
export function historySteps(db: Db, weekStart: string): number {
  return (db.prepare('SELECT count(*) AS n FROM week_history WHERE week_start = ?').get(weekStart) as { n: number }).n;
}

/** Bytes of stored history for a week (benchmarks print bytes per edit). */
export function historyBytes(db: Db, weekStart?: string): number {
  const r = db
    .prepare(
      `SELECT coalesce(sum(length(before_state) + length(after_state) + length(label) + length(at)), 0) AS n FROM week_history
       ${weekStart ? 'WHERE week_start = ?' : ''}`,
    )
    .get(...(weekStart ? [weekStart] : [])) as { n: number };
  return r.n;
}
