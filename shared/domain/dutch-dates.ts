// Dutch short day and month names for text built outside the renderer (conflict messages,
// planner reasons). The renderer formats with date-fns `nl`; these match its short forms.
import { isoWeekday } from './week';
import { toMinutes } from './time';

export const DAY_NAMES_NL = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'] as const;
/** ISO weekday (1 = Monday … 7 = Sunday) → "ma" … "zo". */
export function isoWeekdayNl(isoWeekday: number): string {
  return DAY_NAMES_NL[isoWeekday % 7];
}
export const MONTH_NAMES_NL = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** 'YYYY-MM-DD' → "wo 25 nov 2026". */
export function formatDateNl(isoDate: string): string {
  const y = +isoDate.slice(0, 4);
  const m = +isoDate.slice(5, 7);
  const d = +isoDate.slice(8, 10);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAY_NAMES_NL[weekday]} ${d} ${MONTH_NAMES_NL[m - 1]} ${y}`;
}

/** 'YYYY-MM-DDTHH:MM' → "di 01-12 09:00": an appointment's start inside a sentence. */
export function formatShortTimeNl(t: string): string {
  return `${isoWeekdayNl(isoWeekday(t.slice(0, 10)))} ${t.slice(8, 10)}-${t.slice(5, 7)} ${t.slice(11, 16)}`;
}

/** "di 24 nov 09:00–11:00", the way coordinators read a time in a conflict message. */
export function formatSpanNl(start: string, end: string): string {
  const date = new Date(toMinutes(start) * 60_000);
  const dayName = DAY_NAMES_NL[date.getUTCDay()];
  const month = MONTH_NAMES_NL[date.getUTCMonth()];
  return `${dayName} ${date.getUTCDate()} ${month} ${start.slice(11, 16)}–${end.slice(11, 16)}`;
}

/** "di 24 nov 10:00". */
export function whenNl(t: string): string {
  return formatSpanNl(t, t).replace(/–\d\d:\d\d$/, '');
}
