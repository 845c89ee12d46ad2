// Undo/redo per week. A change is recorded as the week's bookings before and after it; undo
// restores "before", redo restores "after", each in one transaction. Restoring a whole state
// (rather than replaying a hand-written inverse per kind of change) means every kind of change,
// including a planner run, is undone the same way and cannot drift from its inverse.
import type { Db } from '../connection';
import { writeTx } from '../connection';
import { writeAudit, type AuditContext } from './audit';
import { reopenDemand } from './demands';

export interface WeekSnapshot {
  sessions: {
    id: string;
    kind: string;
    start_time: string;
    end_time: string;
    room_id: string;
    consultant_id: string;
    interpreter_id: string | null;
    language: string | null;
    status: string;
    pinned: number;
  }[];
  sessionParticipants: { session_id: string; participant_id: string; demand_id: string }[];
  trials: { class_id: string; start_time: string; end_time: string; participant_id: string; demand_id: string; status: string }[];
  intakes: { intake_id: string; date: string; participant_id: string; demand_id: string; status: string }[];
  care: { child_id: string; provider_id: string; slot_start: string; slot_end: string; status: string }[];
}

export function snapshotWeek(db: Db, weekStart: string): WeekSnapshot {
  return {
    sessions: db
      .prepare(
        `SELECT id, kind, start_time, end_time, room_id, consultant_id, interpreter_id, language, status, pinned
         FROM sessions WHERE week_start = ? ORDER BY id`,
      )
      .all(weekStart) as WeekSnapshot['sessions'],
    sessionParticipants: db
      .prepare(
        `SELECT sp.session_id, sp.participant_id, sp.demand_id FROM session_participants sp
         JOIN sessions s ON s.id = sp.session_id WHERE s.week_start = ? ORDER BY sp.session_id, sp.participant_id`,
      )
      .all(weekStart) as WeekSnapshot['sessionParticipants'],
    trials: db
      .prepare('SELECT class_id, start_time, end_time, participant_id, demand_id, status FROM trial_bookings WHERE week_start = ? ORDER BY id')
      .all(weekStart) as WeekSnapshot['trials'],
    intakes: db
      .prepare('SELECT intake_id, date, participant_id, demand_id, status FROM intake_bookings WHERE week_start = ? ORDER BY id')
      .all(weekStart) as WeekSnapshot['intakes'],
    care: db
      .prepare('SELECT child_id, provider_id, slot_start, slot_end, status FROM childcare_bookings WHERE week_start = ? ORDER BY id')
      .all(weekStart) as WeekSnapshot['care'],
  };
}

/** Participant and child ids whose bookings differ between two states: who an undo touches. */
function touchedPeople(a: WeekSnapshot, b: WeekSnapshot): { participants: string[]; children: string[] } {
  const sessionsById = (s: WeekSnapshot) => new Map(s.sessions.map((x) => [x.id, JSON.stringify(x)]));
  const sa = sessionsById(a);
  const sb = sessionsById(b);
  const keys = (s: WeekSnapshot, sess: Map<string, string>) => {
    const m = new Map<string, Set<string>>();
    const add = (p: string, k: string) => (m.get(p) ?? m.set(p, new Set()).get(p)!).add(k);
    for (const x of s.sessionParticipants) add(x.participant_id, `s|${x.demand_id}|${sess.get(x.session_id)}`);
    for (const x of s.trials) add(x.participant_id, `t|${JSON.stringify(x)}`);
    for (const x of s.intakes) add(x.participant_id, `i|${JSON.stringify(x)}`);
    return m;
  };
  const ka = keys(a, sa);
  const kb = keys(b, sb);
  const participants = [...new Set([...ka.keys(), ...kb.keys()])].filter((p) => {
    const x = ka.get(p) ?? new Set();
    const y = kb.get(p) ?? new Set();
    return x.size !== y.size || [...x].some((k) => !y.has(k));
  });
  const care = (s: WeekSnapshot) => new Set(s.care.map((c) => JSON.stringify(c)));
  const ca = care(a);
  const cb = care(b);
  const children = [...new Set([...a.care, ...b.care].filter((c) => !ca.has(JSON.stringify(c)) || !cb.has(JSON.stringify(c))).map((c) => c.child_id))];
  return { participants: participants.sort(), children: children.sort() };
}

/**
 * Puts the week's bookings back to `target`. Demands met in the current state but not in the
 * target are reopened; demands met in the target are marked planned ('done' ones stay done).
 */
export function restoreWeek(db: Db, weekStart: string, target: WeekSnapshot, audit: AuditContext, why: string): void {
  writeTx(db, () => {
    const current = snapshotWeek(db, weekStart);
    for (const d of [...current.sessionParticipants, ...current.trials, ...current.intakes]) reopenDemand(db, d.demand_id);
    db.prepare('DELETE FROM sessions WHERE week_start = ?').run(weekStart);
    db.prepare('DELETE FROM trial_bookings WHERE week_start = ?').run(weekStart);
    db.prepare('DELETE FROM intake_bookings WHERE week_start = ?').run(weekStart);
    db.prepare('DELETE FROM childcare_bookings WHERE week_start = ?').run(weekStart);
    const insSession = db.prepare(
      `INSERT INTO sessions (id, week_start, kind, start_time, end_time, room_id, consultant_id, interpreter_id, language, status, pinned)
       VALUES (@id, @week, @kind, @start_time, @end_time, @room_id, @consultant_id, @interpreter_id, @language, @status, @pinned)`,
    );
    for (const s of target.sessions) insSession.run({ ...s, week: weekStart });
    const insPart = db.prepare('INSERT INTO session_participants (session_id, participant_id, demand_id) VALUES (@session_id, @participant_id, @demand_id)');
    for (const p of target.sessionParticipants) insPart.run(p);
    const insTrial = db.prepare(
      `INSERT INTO trial_bookings (week_start, class_id, start_time, end_time, participant_id, demand_id, status)
       VALUES (@week, @class_id, @start_time, @end_time, @participant_id, @demand_id, @status)`,
    );
    for (const t of target.trials) insTrial.run({ ...t, week: weekStart });
    const insIntake = db.prepare(
      'INSERT INTO intake_bookings (week_start, intake_id, date, participant_id, demand_id, status) VALUES (@week, @intake_id, @date, @participant_id, @demand_id, @status)',
    );
    for (const i of target.intakes) insIntake.run({ ...i, week: weekStart });
    const insCare = db.prepare(
      'INSERT INTO childcare_bookings (week_start, child_id, provider_id, slot_start, slot_end, status) VALUES (@week, @child_id, @provider_id, @slot_start, @slot_end, @status)',
    );
    for (const c of target.care) insCare.run({ ...c, week: weekStart });
    const plan = db.prepare("UPDATE demands SET status = 'planned' WHERE id = ? AND status = 'open'");
    for (const d of [...target.sessionParticipants, ...target.trials, ...target.intakes]) plan.run(d.demand_id);
    const touched = touchedPeople(current, target);
    for (const p of touched.participants) writeAudit(db, audit, 'update', 'booking', p, { type: why, weekStart });
    for (const c of touched.children) writeAudit(db, audit, 'update', 'booking', c, { type: why, weekStart });
  });
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

interface HistoryRow {
  id: number;
  label: string;
  before_state: string;
  after_state: string;
}

const lastDone = (db: Db, weekStart: string) =>
  db.prepare('SELECT id, label, before_state, after_state FROM week_history WHERE week_start = ? AND undone = 0 ORDER BY id DESC LIMIT 1').get(weekStart) as
    | HistoryRow
    | undefined;
const firstUndone = (db: Db, weekStart: string) =>
  db.prepare('SELECT id, label, before_state, after_state FROM week_history WHERE week_start = ? AND undone = 1 ORDER BY id ASC LIMIT 1').get(weekStart) as
    | HistoryRow
    | undefined;

export function historyState(db: Db, weekStart: string): HistoryState {
  const u = lastDone(db, weekStart);
  const r = firstUndone(db, weekStart);
  return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
}

/**
 * Runs `change` inside one transaction and records it with `label`; a new change clears the
 * week's redo stack. A change that turns out to change nothing is not recorded.
 */
export function recordChange<T>(db: Db, weekStart: string, label: string | ((result: T) => string), at: string, change: () => T): T {
  return writeTx(db, () => {
    const before = snapshotWeek(db, weekStart);
    const result = change();
    const after = snapshotWeek(db, weekStart);
    const b = JSON.stringify(before);
    const a = JSON.stringify(after);
    if (a !== b) {
      db.prepare('DELETE FROM week_history WHERE week_start = ? AND undone = 1').run(weekStart);
      db.prepare('INSERT INTO week_history (week_start, at, label, before_state, after_state) VALUES (?, ?, ?, ?, ?)').run(
        weekStart,
        at,
        typeof label === 'function' ? label(result) : label,
        b,
        a,
      );
    }
    return result;
  });
}

/** Undoes the week's last change; null when there is nothing to undo. Returns its label. */
export function undoLast(db: Db, weekStart: string, audit: AuditContext): string | null {
  return writeTx(db, () => {
    const row = lastDone(db, weekStart);
    if (!row) return null;
    restoreWeek(db, weekStart, JSON.parse(row.before_state) as WeekSnapshot, audit, 'undo');
    db.prepare('UPDATE week_history SET undone = 1 WHERE id = ?').run(row.id);
    return row.label;
  });
}

/** Redoes the week's last undone change; null when there is nothing to redo. */
export function redoNext(db: Db, weekStart: string, audit: AuditContext): string | null {
  return writeTx(db, () => {
    const row = firstUndone(db, weekStart);
    if (!row) return null;
    restoreWeek(db, weekStart, JSON.parse(row.after_state) as WeekSnapshot, audit, 'redo');
    db.prepare('UPDATE week_history SET undone = 0 WHERE id = ?').run(row.id);
    return row.label;
  });
}
