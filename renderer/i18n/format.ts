// Date and time presentation. Dates arrive as 'YYYY-MM-DD' and times as 'YYYY-MM-DDTHH:MM'
// wall-clock in Europe/Amsterdam; we build Dates from their parts so the machine's zone
// never shifts a day, and we take times literally (always 24-hour).
import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { addDays, isoWeekOf, type IsoDate } from '../../shared/domain/week';
import { languageName } from '../../shared/domain/languages';
import type { Lang } from './translate';

const locales = { nl, en: enGB };

export function dateFromIso(d: IsoDate): Date {
  const [y, m, day] = d.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, day);
}

export function formatDate(d: IsoDate, lang: Lang, pattern = 'd MMMM yyyy'): string {
  return format(dateFromIso(d), pattern, { locale: locales[lang] });
}

/** "23–27 november 2026", "30 november – 4 december 2026", "28 december 2026 – 1 januari 2027". */
export function formatWeekRange(monday: IsoDate, lang: Lang): string {
  const friday = addDays(monday, 4);
  const sameYear = monday.slice(0, 4) === friday.slice(0, 4);
  const sameMonth = sameYear && monday.slice(5, 7) === friday.slice(5, 7);
  if (sameMonth) return `${formatDate(monday, lang, 'd')}–${formatDate(friday, lang, 'd MMMM yyyy')}`;
  if (sameYear) return `${formatDate(monday, lang, 'd MMMM')} – ${formatDate(friday, lang, 'd MMMM yyyy')}`;
  return `${formatDate(monday, lang, 'd MMMM yyyy')} – ${formatDate(friday, lang, 'd MMMM yyyy')}`;
}

export function isoWeekNumber(d: IsoDate): number {
  return isoWeekOf(d).week;
}

/** 'YYYY-MM-DDTHH:MM' → 'HH:MM', taken literally. */
export function timeOf(local: string): string {
  return local.slice(11, 16);
}

export function dayOf(local: string): IsoDate {
  return local.slice(0, 10);
}

/** "di 24 nov." / "Tue 24 Nov": date-fns' Dutch 'EEE' gives "din", which no Dutch reader writes. */
export function formatDayShort(d: IsoDate, lang: Lang): string {
  return formatDate(d, lang, lang === 'nl' ? 'EEEEEE d MMM' : 'EEE d MMM');
}

export function formatDayLong(d: IsoDate, lang: Lang): string {
  return formatDate(d, lang, 'EEEE d MMMM');
}

export function langName(code: string | null | undefined, lang: Lang): string {
  return code ? languageName(code, lang === 'en' ? 'en' : 'nl') : '';
}
