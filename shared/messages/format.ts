// Parameters written out per language. Pure string arithmetic on naive local times: messages are
// built for many violations at once.
import { KIND_NL, type DemandKind } from '../domain/kinds';
import { DAY_NAMES_NL, MONTH_NAMES_NL } from '../domain/dutch-dates';
import type { MsgParam, PersonHint } from './types';

export type MsgLang = 'nl' | 'en';

const DAY_NAMES_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const KIND_EN: Record<DemandKind, string> = {
  groupInfo: 'group information session',
  toets: 'learnability test',
  trialLesson: 'trial lesson',
  startklasIntake: 'startklas intake',
};

/** 'YYYY-MM-DD' → "di 24 nov" / "Tue 24 Nov" (and the year when asked). */
export function formatDate(isoDate: string, lang: MsgLang, withYear = false): string {
  const y = +isoDate.slice(0, 4);
  const m = +isoDate.slice(5, 7);
  const d = +isoDate.slice(8, 10);
  if (!y || !m || !d) return isoDate;
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const text = lang === 'nl' ? `${DAY_NAMES_NL[wd]} ${d} ${MONTH_NAMES_NL[m - 1]}` : `${DAY_NAMES_EN[wd]} ${d} ${MONTH_NAMES_EN[m - 1]}`;
  return withYear ? `${text} ${y}` : text;
}

/** "di 24 nov 09:00–11:00" (an en dash, as on the screens); across days "di 24 nov 22:00 – wo 25 nov 01:00". */
export function formatSpan(start: string, end: string, lang: MsgLang): string {
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  if (sameDay) return `${formatDate(start.slice(0, 10), lang)} ${start.slice(11, 16)}–${end.slice(11, 16)}`;
  return `${formatDate(start.slice(0, 10), lang)} ${start.slice(11, 16)} – ${formatDate(end.slice(0, 10), lang)} ${end.slice(11, 16)}`;
}

export function formatDaysLeft(n: number, lang: MsgLang): string {
  if (lang === 'nl') {
    if (n === 0) return 'vandaag';
    if (n === 1) return 'morgen';
    if (n > 1) return `nog ${n} dagen`;
    return n === -1 ? '1 dag te laat' : `${-n} dagen te laat`;
  }
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n > 1) return `${n} days left`;
  return n === -1 ? '1 day late' : `${-n} days late`;
}

/**
 * A child's age, the one way every screen and message writes it: under 2 years in months
 * ("6 maanden", "1 maand" / "6 months", "1 month"), from 2 on in whole years ("2 jaar" / "2 years").
 */
export function formatAge(months: number, lang: MsgLang): string {
  const m = Math.max(0, Math.floor(months));
  if (m < 24) return lang === 'nl' ? (m === 1 ? '1 maand' : `${m} maanden`) : m === 1 ? '1 month' : `${m} months`;
  const y = Math.floor(m / 12);
  return lang === 'nl' ? `${y} jaar` : y === 1 ? '1 year' : `${y} years`;
}

export function formatList(items: string[], lang: MsgLang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

/** What tells a person apart, without the name: "Molenlanden, cliëntnr. KL-46113"; '' without a hint. */
export function formatHint(hint: PersonHint | undefined, lang: MsgLang): string {
  if (!hint) return '';
  const parts: string[] = [];
  if (hint.gemeente) parts.push(hint.gemeente);
  if (hint.birthYear) parts.push(String(hint.birthYear));
  if (hint.clientNumber) parts.push(`${lang === 'nl' ? 'cliëntnr.' : 'client no.'} ${hint.clientNumber}`);
  return parts.join(', ');
}

export function formatPerson(name: string, hint: PersonHint | undefined, lang: MsgLang): string {
  const told = formatHint(hint, lang);
  return told ? `${name} (${told})` : name;
}

export function formatKind(kind: DemandKind, lang: MsgLang): string {
  return lang === 'nl' ? KIND_NL[kind] : KIND_EN[kind];
}

/** A parameter as text; `nested` writes a message parameter (render.ts passes itself). */
export function formatParam(param: MsgParam, lang: MsgLang, nested: (m: Extract<MsgParam, { type: 'msg' }>['value']) => string): string {
  switch (param.type) {
    case 'text':
      return param.value;
    case 'number':
      return String(param.value);
    case 'person':
      return formatPerson(param.name, param.hint, lang);
    case 'date':
      return formatDate(param.value, lang, param.withYear);
    case 'time':
      return param.value;
    case 'span':
      return formatSpan(param.start, param.end, lang);
    case 'kind':
      return formatKind(param.value, lang);
    case 'daysLeft':
      return formatDaysLeft(param.value, lang);
    case 'age':
      return formatAge(param.months, lang);
    case 'list':
      return formatList(
        param.items.map((i) => formatParam(i, lang, nested)),
        lang,
      );
    case 'msg':
      return nested(param.value);
  }
}
