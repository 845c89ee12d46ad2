// Week arithmetic on plain 'YYYY-MM-DD' strings. Dates are calendar days in Europe/Amsterdam;
// we never go through a Date in local time, so the machine's time zone cannot shift a day.

export type IsoDate = string; // YYYY-MM-DD

const DAY_MS = 86_400_000;

function toUtcMs(d: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new Error(`Ongeldige datum: ${d}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isValidIsoDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  return fromUtcMs(toUtcMs(d)) === d;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtcMs(toUtcMs(d) + n * DAY_MS);
}

/** 1 = Monday ... 7 = Sunday (ISO 8601). */
export function isoWeekday(d: IsoDate): number {
  const wd = new Date(toUtcMs(d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function mondayOf(d: IsoDate): IsoDate {
  return addDays(d, 1 - isoWeekday(d));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** ISO 8601 week: the week with the year's first Thursday is week 1. */
export function isoWeekOf(d: IsoDate): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const year = Number(thursday.slice(0, 4));
  const jan1 = `${year}-01-01`;
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return { year, week };
}

export function mondayOfIsoWeek(year: number, week: number): IsoDate {
  // 4 January is always in week 1.
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  return addDays(mondayOf(jan4), (week - 1) * 7);
}

export function isoWeeksInYear(year: number): number {
  return isoWeekOf(`${year}-12-28`).week;
}

/** "2026-W48", the label coordinators use in mail and file names. */
export function isoWeekLabel(d: IsoDate): string {
  const { year, week } = isoWeekOf(d);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Today in Europe/Amsterdam, whatever the machine's zone. */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts; // en-CA formats as YYYY-MM-DD
}
