// Set arithmetic on lists of half-open minute spans, the one implementation for the checker,
// the planner and the repair suggestions. The household rule is built from these: "all adults
// away" is an intersection of unions, minus what busy time alone explains, minus care already
// arranged. Lists passed to intersect and subtract must be merged (the output of union).
import type { Minutes, Span } from './time';

/**
 * Sorted, merged copy. Touching spans merge: [9,10) and [10,11) are one stretch of absence.
 * Empty or inverted spans are dropped: they cover no time, and left in a list they would split
 * or duplicate the pieces that subtract returns.
 */
export function union(list: Span[]): Span[] {
  const sorted = list.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Intersection of two merged lists. */
export function intersect(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (start < end) out.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return out;
}

/** a minus b, both merged lists. */
export function subtract(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const s of a) {
    let cur = s.start;
    while (j < b.length && b[j].end <= cur) j++;
    let k = j;
    while (k < b.length && b[k].start < s.end) {
      if (b[k].start > cur) out.push({ start: cur, end: b[k].start });
      if (b[k].end > cur) cur = b[k].end;
      k++;
    }
    if (cur < s.end) out.push({ start: cur, end: s.end });
  }
  return out;
}

/** True when [start, end) lies inside one of the spans, sorted by start (merged or not). */
export function insideAny(sorted: Span[], start: Minutes, end: Minutes): boolean {
  for (const s of sorted) {
    if (s.start > start) return false;
    if (end <= s.end) return true;
  }
  return false;
}

/** True when [start, end) overlaps one of the spans, in any order. */
export function overlapsAny(list: Span[], start: Minutes, end: Minutes): boolean {
  for (const b of list) if (b.start < end && start < b.end) return true;
  return false;
}
