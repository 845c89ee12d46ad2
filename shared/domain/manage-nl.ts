// Dutch wording of the management area (Beheer): what uses a row, as the lists show it. What a
// change did is a message (electron/services/manage/wording.ts). Names only, never ids.
import { isoWeekOf } from './week';

/** "week 49". */
export function weekNl(monday: string): string {
  return `week ${isoWeekOf(monday).week}`;
}

/** "1 sessie", "3 sessies". */
export function countNl(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 sessies vanaf week 49". */
export function futureUseNl(n: number, one: string, many: string, firstWeek: string | null): string {
  return `${countNl(n, one, many)}${firstWeek ? ` vanaf ${weekNl(firstWeek)}` : ''}`;
}
