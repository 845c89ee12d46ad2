// Set operations on sorted, merged lists of half-open minute spans; the household care rule is
// "all adults away, minus all adults busy, minus covered" and is computed with these.
import type { Span } from '../time';

export function normalize(spans: Span[]): Span[] {
  const s = spans.filter((x) => x.start < x.end).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) {
      if (x.end > last.end) last.end = x.end;
    } else out.push({ start: x.start, end: x.end });
  }
  return out;
}

export function intersect(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i].start, b[j].start);
    const e = Math.min(a[i].end, b[j].end);
    if (s < e) out.push({ start: s, end: e });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return out;
}

export function subtract(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const x of a) {
    let cur = x.start;
    while (j < b.length && b[j].end <= cur) j++;
    let k = j;
    while (k < b.length && b[k].start < x.end) {
      if (b[k].start > cur) out.push({ start: cur, end: b[k].start });
      cur = Math.max(cur, b[k].end);
      k++;
    }
    if (cur < x.end) out.push({ start: cur, end: x.end });
  }
  return out;
}
