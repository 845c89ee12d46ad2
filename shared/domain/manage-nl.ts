// Dutch wording of the management area (Beheer): what uses a thing, what a change did.
// Names only, never ids: these sentences go to the coordinator as they are.
import { isoWeekOf } from './week';

/** "week 49". */
export function weekNl(monday: string): string {
  return `week ${isoWeekOf(monday).week}`;
}

/** "1 sessie", "3 sessies". */
export function countNl(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A en B", "A, B en C". */
export function andList(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** "3 sessies vanaf week 49". */
export function futureUseNl(n: number, one: string, many: string, firstWeek: string | null): string {
  return `${countNl(n, one, many)}${firstWeek ? ` vanaf ${weekNl(firstWeek)}` : ''}`;
}

/** "Zaal 1 wordt nog gebruikt door 3 sessies vanaf week 49." */
export function stillUsedNl(subject: string, uses: string[]): string {
  return `${subject} wordt nog gebruikt door ${andList(uses)}.`;
}

/** "in week 48 en 49". */
export function weeksNl(mondays: string[]): string {
  if (mondays.length === 0) return '';
  return `in week ${andList(mondays.map((m) => String(isoWeekOf(m).week)))}`;
}
