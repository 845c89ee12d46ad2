// SPEC times are local wall-clock strings ("2026-11-23T09:00"). For arithmetic we map them to
// minutes on a naive clock (as if UTC): wall-clock differences stay exact, and no time-zone or
// DST rule can move a session, which is what the SPEC's local-time model wants.

export type Minutes = number;

export function toMinutes(t: string): Minutes {
  // Fast path without regex: this runs in the checker's inner loops.
  const y = +t.slice(0, 4);
  const mo = +t.slice(5, 7);
  const d = +t.slice(8, 10);
  const h = +t.slice(11, 13);
  const mi = +t.slice(14, 16);
  return Date.UTC(y, mo - 1, d, h, mi) / 60_000;
}

export function fromMinutes(m: Minutes): string {
  return new Date(m * 60_000).toISOString().slice(0, 16);
}

/** Minutes since midnight of "HH:MM". */
export function hhmmToMinutes(hhmm: string): number {
  return +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5);
}

/** The calendar day "YYYY-MM-DD" of a time. */
export function dayOf(t: string): string {
  return t.slice(0, 10);
}

export function dayStartMinutes(day: string): Minutes {
  return toMinutes(`${day}T00:00`);
}

export interface Span {
  start: Minutes;
  end: Minutes;
}

export function toSpan(i: { start: string; end: string }): Span {
  return { start: toMinutes(i.start), end: toMinutes(i.end) };
}

/** Half-open intervals [start, end) overlap. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whole months from birthDate to day (SPEC: a child's age in months on a day). */
export function ageInMonths(birthDate: string, day: string): number {
  const by = +birthDate.slice(0, 4);
  const bm = +birthDate.slice(5, 7);
  const bd = +birthDate.slice(8, 10);
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7);
  const d = +day.slice(8, 10);
  let months = (y - by) * 12 + (m - bm);
  if (d < bd) months -= 1;
  return months;
}
