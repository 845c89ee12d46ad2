// The fixed values of the templates, read the way people write them: languages by Dutch or
// English name or ISO code, digital skill, route, kind of migrant, weekly care times.
import { LANGUAGES } from '../domain/languages';
import { DIGITAL_SKILLS, type DigitalSkill } from '../domain/kinds';
import { ROUTES, type Route } from '../domain/routes';
import type { WeeklyPattern } from '../domain/availability';
import { isValidHhmm } from '../domain/availability';
import { foldValue } from './cells';
import type { Parsed } from './dates';
import { msg } from '../messages/types';

const LANGUAGE_BY_NAME = new Map<string, string>();
for (const l of LANGUAGES) {
  LANGUAGE_BY_NAME.set(foldValue(l.code), l.code);
  LANGUAGE_BY_NAME.set(foldValue(l.nl), l.code);
  LANGUAGE_BY_NAME.set(foldValue(l.en), l.code);
}
// Other spellings met in case systems.
for (const [name, code] of [
  ['tigrinya', 'ti'],
  ['tigrinja', 'ti'],
  ['tigrina', 'ti'],
  ['perzisch', 'fa'],
  ['pashto', 'ps'],
  ['pasjtoe', 'ps'],
  ['kurmanji', 'kmr'],
  ['sorani', 'ckb'],
  ['oekrains', 'uk'],
  ['mandarijn', 'zh'],
] as const)
  LANGUAGE_BY_NAME.set(name, code);

export function parseLanguage(s: string): Parsed<string> {
  const code = LANGUAGE_BY_NAME.get(foldValue(s));
  return code ? { ok: true, value: code } : { ok: false, reason: msg('import.unknownLanguage') };
}

/** "Arabisch, Engels" (also with ; or /); each language once. */
export function parseLanguageList(s: string): Parsed<string[]> {
  const parts = s
    .split(/[,;/]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const l = parseLanguage(p);
    if (!l.ok) return { ok: false, reason: msg('import.unknownLanguageNamed', { name: p }) };
    if (!out.includes(l.value)) out.push(l.value);
  }
  return { ok: true, value: out };
}

export const DIGITAL_SKILL_NL: Record<DigitalSkill, string> = { none: 'geen', basic: 'basis', good: 'goed' };
const SKILL_BY_NAME = new Map<string, DigitalSkill>([
  ...DIGITAL_SKILLS.map((k) => [DIGITAL_SKILL_NL[k], k] as const),
  ...DIGITAL_SKILLS.map((k) => [k, k] as const),
  ['basaal', 'basic'],
]);
export function parseDigitalSkill(s: string): Parsed<DigitalSkill> {
  const k = SKILL_BY_NAME.get(foldValue(s));
  return k ? { ok: true, value: k } : { ok: false, reason: msg('import.chooseSkill') };
}

export function parseRoute(s: string): Parsed<Route | null> {
  if (s.trim() === '') return { ok: true, value: null };
  const r = ROUTES.find(
    (x) =>
      foldValue(x) ===
      foldValue(s)
        .replace(/-?route$/, '')
        .trim(),
  );
  return r ? { ok: true, value: r } : { ok: false, reason: msg('import.chooseRoute', { routes: ROUTES.join(', ') }) };
}

export const MIGRANT_KINDS_IMPORT = ['statushouder', 'gezinsmigrant'] as const;
export type MigrantKindImport = (typeof MIGRANT_KINDS_IMPORT)[number];
export function parseMigrantKind(s: string): Parsed<MigrantKindImport> {
  const f = foldValue(s).replace(/[^a-z]/g, '');
  const k = MIGRANT_KINDS_IMPORT.find((x) => x === f || `${x}s` === f);
  return k ? { ok: true, value: k } : { ok: false, reason: msg('import.chooseMigrantKind') };
}

// ---------------------------------------------------------------- weekly times

const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const DAY_WORDS: Record<string, number> = {};
DAYS.forEach((d, i) => (DAY_WORDS[d] = i + 1));
['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'].forEach((d, i) => (DAY_WORDS[d] = i + 1));

function parseDays(s: string): number[] | null {
  const out: number[] = [];
  for (const part of s.split(/[,/+]| en /)) {
    const p = part.trim();
    if (!p) continue;
    const range = /^([a-z]+)\s*(?:-|t\/m|tot en met)\s*([a-z]+)$/.exec(p);
    if (range) {
      const a = DAY_WORDS[range[1]];
      const b = DAY_WORDS[range[2]];
      if (!a || !b || b < a) return null;
      for (let d = a; d <= b; d++) out.push(d);
    } else if (DAY_WORDS[p]) out.push(DAY_WORDS[p]);
    else return null;
  }
  return out.length > 0 ? [...new Set(out)].sort((a, b) => a - b) : null;
}

const normTime = (t: string) => {
  const [h, m] = t.replace('.', ':').split(':');
  return `${h.padStart(2, '0')}:${m}`;
};

/** "ma-vr 08:30-14:30; wo 08:30-12:00" as weekly times; '' is none. */
export function parseWeeklyTimes(s: string): Parsed<WeeklyPattern[]> {
  const out: WeeklyPattern[] = [];
  const bad = { ok: false as const, reason: msg('import.weeklyTimesHelp') };
  for (const part of foldValue(s).split(';')) {
    const p = part.trim();
    if (!p) continue;
    const m = /^(.+?)\s+(\d{1,2}[:.]\d{2})\s*-\s*(\d{1,2}[:.]\d{2})$/.exec(p);
    if (!m) return bad;
    const days = parseDays(m[1]);
    const start = normTime(m[2]);
    const end = normTime(m[3]);
    if (!days || !isValidHhmm(start) || !isValidHhmm(end)) return bad;
    if (end <= start) return { ok: false, reason: msg('import.endAfterStart') };
    for (const weekday of days) out.push({ weekday, start, end });
  }
  out.sort((a, b) => a.weekday - b.weekday || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { ok: true, value: out };
}

/** The other way: weekly times as "ma-vr 08:30-14:30; za 09:00-12:00" (consecutive days with the same times joined). */
export function formatWeeklyTimes(patterns: readonly Pick<WeeklyPattern, 'weekday' | 'start' | 'end'>[]): string {
  const byTime = new Map<string, number[]>();
  for (const p of patterns) {
    const k = `${p.start}-${p.end}`;
    byTime.set(k, [...(byTime.get(k) ?? []), p.weekday]);
  }
  const parts: { first: number; text: string }[] = [];
  for (const [time, days] of byTime) {
    const sorted = [...new Set(days)].sort((a, b) => a - b);
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      const label = j === i ? DAYS[sorted[i] - 1] : `${DAYS[sorted[i] - 1]}-${DAYS[sorted[j] - 1]}`;
      parts.push({ first: sorted[i], text: `${label} ${time}` });
      i = j + 1;
    }
  }
  return parts
    .sort((a, b) => a.first - b.first || (a.text < b.text ? -1 : 1))
    .map((p) => p.text)
    .join('; ');
}
