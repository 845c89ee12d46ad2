// Dutch public holidays (issue 13): schools, municipalities and childcare are closed, so no flow
// offers or plans an activity on one. Pure date arithmetic on 'YYYY-MM-DD' strings.
//
// The list: Nieuwjaarsdag, Goede Vrijdag (most municipalities and many schools close; we count
// it), Eerste en Tweede Paasdag, Koningsdag (27 April, or 26 April when the 27th is a Sunday),
// Bevrijdingsdag (5 May) only in lustrum years (2025, 2030, ...: the years it is a general day
// off), Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag.
import { msg, p, type Msg } from '../messages/types';
import { addDays, isoWeekday, type IsoDate } from './week';

export type HolidayCode =
  'newYear' | 'goodFriday' | 'easterSunday' | 'easterMonday' | 'kingsDay' | 'liberationDay' | 'ascension' | 'whitSunday' | 'whitMonday' | 'christmasDay' | 'boxingDay';

export interface Holiday {
  date: IsoDate;
  code: HolidayCode;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The public holidays of a year, in date order. */
export function holidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  const kingsDay = `${year}-04-27`;
  const list: Holiday[] = [
    { date: `${year}-01-01`, code: 'newYear' },
    { date: addDays(easter, -2), code: 'goodFriday' },
    { date: easter, code: 'easterSunday' },
    { date: addDays(easter, 1), code: 'easterMonday' },
    { date: isoWeekday(kingsDay) === 7 ? `${year}-04-26` : kingsDay, code: 'kingsDay' },
    ...(year % 5 === 0 ? [{ date: `${year}-05-05`, code: 'liberationDay' as const }] : []),
    { date: addDays(easter, 39), code: 'ascension' },
    { date: addDays(easter, 49), code: 'whitSunday' },
    { date: addDays(easter, 50), code: 'whitMonday' },
    { date: `${year}-12-25`, code: 'christmasDay' },
    { date: `${year}-12-26`, code: 'boxingDay' },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const byYear = new Map<number, Map<IsoDate, HolidayCode>>();

/** The holiday on a day ('YYYY-MM-DD', or a 'YYYY-MM-DDTHH:MM' time whose day counts), or null. */
export function holidayOn(day: string): Holiday | null {
  const date = day.slice(0, 10);
  const year = +date.slice(0, 4);
  let days = byYear.get(year);
  if (!days) {
    days = new Map(holidaysOf(year).map((h) => [h.date, h.code]));
    byYear.set(year, days);
  }
  const code = days.get(date);
  return code ? { date, code } : null;
}

export function isHoliday(day: string): boolean {
  return holidayOn(day) !== null;
}

/** The holidays from `from` up to and including `to`. */
export function holidaysBetween(from: IsoDate, to: IsoDate): Holiday[] {
  const out: Holiday[] = [];
  for (let y = +from.slice(0, 4); y <= +to.slice(0, 4); y++) for (const h of holidaysOf(y)) if (h.date >= from && h.date <= to) out.push(h);
  return out;
}

/** The times (intervals, lessons, moments) that do not start on a holiday: nothing is offered or planned then. */
export function withoutHolidays<T extends { start: string }>(times: readonly T[]): T[] {
  return times.filter((t) => !isHoliday(t.start));
}

/** "vr 25 dec is Eerste Kerstdag: ... Kies een andere dag." — the refusal for an activity on a holiday. */
export function holidayClosedMsg(h: Holiday): Msg {
  return msg('holiday.closed', { date: p.date(h.date), holiday: p.msg(holidayMsg(h.code)) });
}

/** The holiday's name as a message: "Eerste Kerstdag" / "Christmas Day". */
export function holidayMsg(code: HolidayCode): Msg {
  return msg(`holiday.${code}`);
}
