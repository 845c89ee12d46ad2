// Set arithmetic on lists of half-open spans, used by the household rule: "all adults away"
// is an intersection of unions, minus what busy alone explains, minus care already arranged.
import type { Span } from '../time';

/** Sorted, merged copy. Touching spans merge: [9,10) and [10,11) are one stretch of absence. */
export function union(list: Span[]): Span[] {
  if (list.length === 0) return [];
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: Span[] = [{ ...sorted[0] }];
  for (let i = 1; i < sorted.length; i++) {
    const s = sorted[i];
    const last = out[out.length - 1];
    if (s.start <= last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
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
