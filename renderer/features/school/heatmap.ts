import { holidayOn, holidaysBetween, type HolidayCode } from '../../../shared/domain/holidays';
import { addDays, isoWeekday } from '../../../shared/domain/week';
import type { Capacity } from './schoolStore';

export const DAY_PARTS = ['ochtend', 'middag', 'avond'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export interface HeatCell {
  date: string;
  dayPart: DayPart;
  occupied: number;
  capacity: number;
  /** 0..1, or null when the school has no lessons then. */
  ratio: number | null;
  /** A public holiday (shared/domain/holidays): no lessons and no trial lessons that day. */
  holiday: HolidayCode | null;
}

/**
 * Dates as columns and day-parts as rows; a day-part without lessons is an empty cell. A weekday
 * of the weeks shown that is a public holiday is a column too, named, instead of being left out
 * (the school has no lessons then because nothing takes place on a holiday).
 */
export function heatGrid(heatmap: Capacity['heatmap'], range?: { weekStart: string; weeks: number }): { dates: string[]; rows: { dayPart: DayPart; cells: HeatCell[] }[] } {
  const holidays = range && heatmap.length > 0 ? holidaysBetween(range.weekStart, addDays(range.weekStart, 7 * range.weeks - 1)).filter((h) => isoWeekday(h.date) <= 5) : [];
  const dates = [...new Set([...heatmap.map((h) => h.date), ...holidays.map((h) => h.date)])].sort();
  const byKey = new Map(heatmap.map((h) => [`${h.date}|${h.dayPart}`, h]));
  const rows = DAY_PARTS.filter((dp) => heatmap.some((h) => h.dayPart === dp)).map((dayPart) => ({
    dayPart,
    cells: dates.map((date) => {
      const h = byKey.get(`${date}|${dayPart}`);
      const occupied = h?.occupied ?? 0;
      const capacity = h?.capacity ?? 0;
      const holiday = holidayOn(date)?.code ?? null;
      return { date, dayPart, occupied, capacity, ratio: capacity > 0 && !holiday ? occupied / capacity : null, holiday };
    }),
  }));
  return { dates, rows };
}

/** Five steps of the colour scale, and a sixth for more than full (over capacity, never "vol"). */
export function heatLevel(ratio: number | null): number {
  if (ratio === null) return -1;
  if (ratio > 1) return 5;
  if (ratio >= 1) return 4;
  if (ratio >= 0.85) return 3;
  if (ratio >= 0.6) return 2;
  if (ratio >= 0.3) return 1;
  return 0;
}
