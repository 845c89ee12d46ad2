// Availability, busy times and covered times (school) are kept as weekly patterns with dated
// exceptions, so a coordinator never retypes a week: the week's intervals are derived here.
import { addDays, isoWeekday, isValidIsoDate, type IsoDate } from './week';

export type HHMM = string; // "09:30"

export interface WeeklyPattern {
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  start: HHMM;
  end: HHMM;
  /** First and last date (inclusive) on which the pattern holds; null = open-ended. */
  validFrom?: IsoDate | null;
  validUntil?: IsoDate | null;
}

/**
 * A change on one date. `add` adds time (extra availability, an extra appointment); `remove`
 * takes time away (unavailable that day, a study day without school). Without start and end a
 * `remove` takes the whole day.
 */
export interface DatedException {
  date: IsoDate;
  kind: 'add' | 'remove';
  start?: HHMM | null;
  end?: HHMM | null;
}

export interface TimeInterval {
  start: string; // "YYYY-MM-DDTHH:MM"
  end: string;
}

const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isValidHhmm(s: string): boolean {
  return HHMM_RE.test(s);
}

function toMin(hhmm: HHMM): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function toHhmm(min: number): HHMM {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

type Span = [number, number];

function merge(spans: Span[]): Span[] {
  const sorted = spans.filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

function subtract(spans: Span[], cut: Span): Span[] {
  const out: Span[] = [];
  for (const [a, b] of spans) {
    if (cut[1] <= a || cut[0] >= b) {
      out.push([a, b]);
      continue;
    }
    if (a < cut[0]) out.push([a, cut[0]]);
    if (cut[1] < b) out.push([cut[1], b]);
  }
  return out;
}

function checkTimes(what: string, start: string, end: string): void {
  if (!isValidHhmm(start) || !isValidHhmm(end)) {
    throw new Error(`${what}: tijden moeten UU:MM zijn (kreeg ${start}-${end}).`);
  }
  if (start >= end) throw new Error(`${what}: eindtijd ${end} ligt niet na begintijd ${start}.`);
}

/** The intervals on one calendar day, sorted and merged. */
export function expandDay(patterns: readonly WeeklyPattern[], exceptions: readonly DatedException[], day: IsoDate): TimeInterval[] {
  if (!isValidIsoDate(day)) throw new Error(`Ongeldige datum: ${day}`);
  return expandOn(patterns, exceptions, day, isoWeekday(day));
}

function expandOn(patterns: readonly WeeklyPattern[], exceptions: readonly DatedException[], day: IsoDate, wd: number): TimeInterval[] {
  let spans: Span[] = [];
  for (const [i, p] of patterns.entries()) {
    checkTimes(`Weekpatroon ${i + 1}`, p.start, p.end);
    if (p.weekday !== wd) continue;
    if (p.validFrom && day < p.validFrom) continue;
    if (p.validUntil && day > p.validUntil) continue;
    spans.push([toMin(p.start), toMin(p.end)]);
  }
  const onDay = exceptions.filter((e) => e.date === day);
  for (const e of onDay) {
    if (e.kind === 'add') {
      if (!e.start || !e.end) throw new Error(`Uitzondering op ${day}: 'erbij' heeft een begin- en eindtijd nodig.`);
      checkTimes(`Uitzondering op ${day}`, e.start, e.end);
      spans.push([toMin(e.start), toMin(e.end)]);
    }
  }
  spans = merge(spans);
  // Removals win over additions on the same date: "not available" is the safer reading.
  for (const e of onDay) {
    if (e.kind !== 'remove') continue;
    if (!e.start && !e.end) {
      spans = [];
      continue;
    }
    if (!e.start || !e.end) throw new Error(`Uitzondering op ${day}: geef begin én eind, of geen van beide (hele dag).`);
    checkTimes(`Uitzondering op ${day}`, e.start, e.end);
    spans = subtract(spans, [toMin(e.start), toMin(e.end)]);
  }
  return spans.map(([a, b]) => ({ start: `${day}T${toHhmm(a)}`, end: `${day}T${toHhmm(b)}` }));
}

/** The intervals of `days` consecutive days from `weekStart` (a Monday), in time order. */
export function expandWeek(patterns: readonly WeeklyPattern[], exceptions: readonly DatedException[], weekStart: IsoDate, days = 7): TimeInterval[] {
  const out: TimeInterval[] = [];
  for (const { day, wd } of weekDays(weekStart, days)) out.push(...expandOn(patterns, exceptions, day, wd));
  return out;
}

// A week is expanded for thousands of people in a row: its dates and weekdays once, not each time.
let lastWeek: { key: string; days: { day: IsoDate; wd: number }[] } | null = null;

function weekDays(weekStart: IsoDate, days: number): { day: IsoDate; wd: number }[] {
  const key = `${weekStart}/${days}`;
  if (lastWeek?.key === key) return lastWeek.days;
  if (!isValidIsoDate(weekStart)) throw new Error(`Ongeldige datum: ${weekStart}`);
  const list = Array.from({ length: days }, (_, d) => {
    const day = addDays(weekStart, d);
    return { day, wd: isoWeekday(day) };
  });
  lastWeek = { key, days: list };
  return list;
}
