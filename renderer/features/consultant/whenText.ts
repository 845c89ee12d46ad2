import { dayOf, formatDayShort, timeOf } from '../../i18n/format';

/** "ma 23 nov 09:00–11:00": when a booking or an option is, as the client sections show it. */
export function whenText(start: string, end: string, lang: 'nl' | 'en'): string {
  return `${formatDayShort(dayOf(start), lang)} ${timeOf(start)}–${timeOf(end)}`;
}
