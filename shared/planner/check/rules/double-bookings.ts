// One resource in two sessions at once, for the rules on rooms (2), consultants (3) and
// interpreters (4).
import type { TimedSession, Violation } from '../types';

/** Sessions grouped by the resource `key` names; sessions without one are left out. */
export function sessionsPer(sessions: TimedSession[], key: (t: TimedSession) => string | null): Map<string, TimedSession[]> {
  const groups = new Map<string, TimedSession[]>();
  for (const t of sessions) {
    const k = key(t);
    if (k === null) continue;
    const l = groups.get(k);
    if (l) l.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}

/** Sort each resource's sessions and report every session that overlaps an earlier one. */
export function doubleBookings(groups: Map<string, TimedSession[]>, make: (a: TimedSession, b: TimedSession, resourceId: string) => Violation, out: Violation[]): void {
  for (const [id, list] of groups) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.start - b.start);
    let last = list[0];
    for (let i = 1; i < list.length; i++) {
      const t = list[i];
      if (t.start < last.end) out.push(make(last, t, id));
      if (t.end > last.end) last = t;
    }
  }
}
