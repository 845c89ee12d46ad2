// The session editor's date and time fields: a session moved by keyboard, without dragging.
// Times are typed as 24-hour "UU:MM" whatever the browser's locale; this checks them and turns
// the fields into the same change a drag would send.
import type { SessionChange } from '../../../shared/api/contract';
import { addDays } from '../../../shared/domain/week';
import { fromMinutes, toMinutes } from '../../../shared/domain/time';

export interface MoveFields {
  day: string;
  start: string;
  end: string;
}

export type MoveProblem = 'time' | 'endBeforeStart' | 'outsideWeek';

export interface MoveCheck {
  start: MoveProblem | null;
  end: MoveProblem | null;
  day: MoveProblem | null;
  /** The change to send, or null when a field is wrong or nothing changed. */
  change: SessionChange | null;
}

const HHMM = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** "9:30", "09.30" and "09:30" all read as "09:30"; anything else is null. */
export function parseTime(text: string): string | null {
  const m = HHMM.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

/** The working days of the week on screen, the days a session can move to. */
export function weekDays(weekStart: string): string[] {
  return [0, 1, 2, 3, 4].map((n) => addDays(weekStart, n));
}

export function fieldsOf(s: { start: string; end: string }): MoveFields {
  return { day: s.start.slice(0, 10), start: s.start.slice(11, 16), end: s.end.slice(11, 16) };
}

/** A new start keeps the session's length: the end follows, when it still falls on the same day. */
export function endFollowing(s: { start: string; end: string }, startText: string): string | null {
  const start = parseTime(startText);
  if (!start) return null;
  const minutes = toMinutes(s.end) - toMinutes(s.start);
  const end = fromMinutes(toMinutes(`${s.start.slice(0, 10)}T${start}`) + minutes);
  return end.slice(0, 10) === s.start.slice(0, 10) ? end.slice(11, 16) : null;
}

export function checkMove(session: { id: string; start: string; end: string }, weekStart: string, f: MoveFields): MoveCheck {
  const start = parseTime(f.start);
  const end = parseTime(f.end);
  const day = weekDays(weekStart).includes(f.day) ? null : 'outsideWeek';
  const check: MoveCheck = {
    day,
    start: start ? null : 'time',
    end: end ? (start && end <= start ? 'endBeforeStart' : null) : 'time',
    change: null,
  };
  if (check.day || check.start || check.end) return check;
  const change: SessionChange = { sessionId: session.id };
  const newStart = `${f.day}T${start}`;
  const newEnd = `${f.day}T${end}`;
  if (newStart !== session.start) change.start = newStart;
  if (newEnd !== session.end) change.end = newEnd;
  if (change.start || change.end) check.change = change;
  return check;
}
