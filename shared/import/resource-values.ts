// The values of the resource lists as people write them in Excel, and back: yes/no, whole and
// decimal numbers, a day of the week, a time (also as Excel stores it), weekly times with an
// optional validity ("ma-vr 09:00-17:00 vanaf 01-01-2027"), dated exceptions
// ("24-12-2026 dicht (Kerst)", "03-12-2026 13:00-17:00 dicht", "02-12-2026 09:00-13:00 extra")
// and a childcare provider's day-parts with seats ("ma-vr 08:30-12:30 4 plaatsen").
import { cellText, foldValue, type Cell } from './cells';
import { formatDateNl, parseDateCell, type Parsed } from './dates';
import { formatWeeklyTimes, parseWeeklyTimes } from './values';
import { msg, p as param, type Msg } from '../messages/types';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: Msg): Parsed<never> => ({ ok: false, reason });

/** ja / nee (also waar/onwaar, x, 1/0); empty gives the default. */
export function parseYesNo(c: Cell, empty: boolean): Parsed<boolean> {
  if (typeof c === 'boolean') return ok(c);
  const f = foldValue(cellText(c));
  if (f === '') return ok(empty);
  if (['ja', 'j', 'yes', 'y', 'x', '1', 'waar', 'true', 'wel'].includes(f)) return ok(true);
  if (['nee', 'n', 'no', '0', 'onwaar', 'false', 'niet'].includes(f)) return ok(false);
  return bad(msg('import.chooseYesNo'));
}

export const yesNo = (b: boolean) => (b ? 'ja' : 'nee');

/** A number as typed: 62,50 or 62.50 or a number cell. */
export function parseNumber(c: Cell): Parsed<number> {
  if (typeof c === 'number') return Number.isFinite(c) ? ok(c) : bad(msg('import.notNumber'));
  const s = cellText(c).replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return bad(msg('import.notNumber'));
  return ok(Number(s.replace(',', '.')));
}

export function parseWholeNumber(c: Cell): Parsed<number> {
  const n = parseNumber(c);
  if (!n.ok) return bad(msg('import.notWholeNumber'));
  return Number.isInteger(n.value) ? n : bad(msg('import.notWholeNumber'));
}

/** A decimal as Dutch Excel shows it: 62,5. */
export const formatNumberNl = (n: number) => String(n).replace('.', ',');

const DAYS_LONG = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const DAYS_SHORT = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

export function parseWeekday(c: Cell): Parsed<number> {
  if (typeof c === 'number' && Number.isInteger(c) && c >= 1 && c <= 7) return ok(c);
  const f = foldValue(cellText(c));
  const i = DAYS_LONG.indexOf(f) >= 0 ? DAYS_LONG.indexOf(f) : DAYS_SHORT.indexOf(f);
  return i >= 0 ? ok(i + 1) : bad(msg('import.chooseWeekday'));
}

export const weekdayNl = (d: number) => DAYS_LONG[d - 1] ?? '';

const pad = (n: number) => String(n).padStart(2, '0');

/** A time: "9:00", "09.00", or a time cell (Excel keeps it as a fraction of a day, or a date on 30-12-1899). */
export function parseTime(c: Cell): Parsed<string> {
  if (c instanceof Date) return ok(`${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}`);
  if (typeof c === 'number' && c >= 0 && c < 1) {
    const minutes = Math.round(c * 24 * 60);
    return ok(`${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);
  }
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(cellText(c));
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return bad(msg('import.timeFormat'));
  return ok(`${pad(Number(m[1]))}:${m[2]}`);
}

export interface ValidPattern {
  weekday: number;
  start: string;
  end: string;
  validFrom: string | null;
  validUntil: string | null;
}

const TIMES_HELP = msg('import.patternsHelp');
const dateIn = (value: string, reason: Msg) => msg('import.patternsDate', { help: param.msg(TIMES_HELP), value, reason: param.msg(reason) });
/** Weekly times' own refusal, or the help of the list that holds them. */
const timesReason = (reason: Msg, help: Msg) => (reason.code === 'import.weeklyTimesHelp' ? help : reason);

/** Weekly times, each part optionally valid only "vanaf dd-mm-jjjj" and/or "t/m dd-mm-jjjj". */
export function parsePatterns(s: string): Parsed<ValidPattern[]> {
  const out: ValidPattern[] = [];
  for (const raw of s.split(';')) {
    let part = foldValue(raw);
    if (!part) continue;
    let validFrom: string | null = null;
    let validUntil: string | null = null;
    const until = /\s+(?:t\/m|tot en met)\s+(\S+)$/.exec(part);
    if (until) {
      const d = parseDateCell(until[1]);
      if (!d.ok) return bad(dateIn(until[1], d.reason));
      validUntil = d.value;
      part = part.slice(0, until.index);
    }
    const from = /\s+vanaf\s+(\S+)$/.exec(part);
    if (from) {
      const d = parseDateCell(from[1]);
      if (!d.ok) return bad(dateIn(from[1], d.reason));
      validFrom = d.value;
      part = part.slice(0, from.index);
    }
    const p = parseWeeklyTimes(part);
    if (!p.ok) return bad(timesReason(p.reason, TIMES_HELP));
    for (const x of p.value) out.push({ weekday: x.weekday, start: x.start, end: x.end, validFrom, validUntil });
  }
  out.sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  return ok(out);
}

export function formatPatterns(patterns: readonly ValidPattern[]): string {
  const groups = new Map<string, ValidPattern[]>();
  for (const p of patterns) {
    const k = `${p.validFrom ?? ''}|${p.validUntil ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const parts: string[] = [];
  for (const [k, ps] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const [from, until] = k.split('|');
    const suffix = `${from ? ` vanaf ${formatDateNl(from)}` : ''}${until ? ` t/m ${formatDateNl(until)}` : ''}`;
    for (const t of formatWeeklyTimes(ps).split('; ')) parts.push(`${t}${suffix}`);
  }
  return parts.join('; ');
}

export interface NotedExceptionValue {
  date: string;
  kind: 'add' | 'remove';
  start: string | null;
  end: string | null;
  note: string | null;
}

const EXCEPTION_HELP = msg('import.exceptionsHelp');

/** Dated exceptions: "dd-mm-jjjj [UU:MM-UU:MM] dicht|extra [(toelichting)]", separated by ;. */
export function parseExceptions(s: string): Parsed<NotedExceptionValue[]> {
  const out: NotedExceptionValue[] = [];
  for (const raw of s.split(';')) {
    const text = raw.trim();
    if (!text) continue;
    const m = /^(\S+)\s+(?:(\d{1,2}[:.]\d{2})\s*-\s*(\d{1,2}[:.]\d{2})\s+)?(dicht|extra|extra open|open)\s*(?:\((.*)\))?$/i.exec(text);
    if (!m) return bad(EXCEPTION_HELP);
    const date = parseDateCell(m[1]);
    if (!date.ok) return bad(msg('import.valueReason', { value: m[1], reason: param.msg(date.reason) }));
    const start = m[2] ? parseTime(m[2]) : null;
    const end = m[3] ? parseTime(m[3]) : null;
    if ((start && !start.ok) || (end && !end.ok)) return bad(EXCEPTION_HELP);
    out.push({
      date: date.value,
      kind: foldValue(m[4]) === 'dicht' ? 'remove' : 'add',
      start: start && start.ok ? start.value : null,
      end: end && end.ok ? end.value : null,
      note: m[5]?.trim() || null,
    });
  }
  out.sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''));
  return ok(out);
}

export function formatExceptions(list: readonly NotedExceptionValue[]): string {
  return list
    .map((e) => `${formatDateNl(e.date)}${e.start && e.end ? ` ${e.start}-${e.end}` : ''} ${e.kind === 'remove' ? 'dicht' : 'extra'}${e.note ? ` (${e.note})` : ''}`)
    .join('; ');
}

export interface DaypartValue {
  weekday: number;
  start: string;
  end: string;
  seats: number;
}

const DAYPART_HELP = msg('import.daypartsHelp');

/** A provider's day-parts: days, times and the free seats, "ma-vr 08:30-12:30 4 plaatsen". */
export function parseDayparts(s: string): Parsed<DaypartValue[]> {
  const out: DaypartValue[] = [];
  for (const raw of s.split(';')) {
    const part = foldValue(raw);
    if (!part) continue;
    const m = /^(.*\d)\s*:?\s+(\d+)\s*(?:plaatsen|plaats|plekken|plek|pl\.?)?$/.exec(part);
    if (!m) return bad(DAYPART_HELP);
    const times = parseWeeklyTimes(m[1]);
    if (!times.ok) return bad(timesReason(times.reason, DAYPART_HELP));
    for (const t of times.value) out.push({ weekday: t.weekday, start: t.start, end: t.end, seats: Number(m[2]) });
  }
  out.sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  return ok(out);
}

export function formatDayparts(list: readonly DaypartValue[]): string {
  const bySeats = new Map<number, DaypartValue[]>();
  for (const d of list) bySeats.set(d.seats, [...(bySeats.get(d.seats) ?? []), d]);
  const parts: { first: number; start: string; text: string }[] = [];
  for (const [seats, ds] of bySeats) {
    for (const t of formatWeeklyTimes(ds).split('; ')) {
      const first = DAYS_SHORT.indexOf(t.slice(0, 2)) + 1;
      parts.push({ first, start: t.slice(-11), text: `${t} ${seats} ${seats === 1 ? 'plaats' : 'plaatsen'}` });
    }
  }
  return parts
    .sort((a, b) => a.first - b.first || a.start.localeCompare(b.start))
    .map((p) => p.text)
    .join('; ');
}

/** A value out of a fixed list, by its Dutch word (any case) or its code; `words` maps code → word. */
export function parseChoice<K extends string>(s: string, words: Record<K, string>, extra: Record<string, K> = {}): Parsed<K> {
  const f = foldValue(s);
  for (const [code, word] of Object.entries(words) as [K, string][]) if (foldValue(word) === f || foldValue(code) === f) return ok(code);
  if (extra[f]) return ok(extra[f]);
  return bad(msg('import.chooseOneOf', { options: Object.values<string>(words).join(', ') }));
}
