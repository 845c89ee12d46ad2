// Dates as people type them in Excel: dd-mm-jjjj, d-m-jjjj (also with / or .), jjjj-mm-dd,
// Excel date serials and the Date objects a reader makes of a date cell.
import { isValidIsoDate } from '../domain/week';
import { msg, type Msg } from '../messages/types';
import { cellText, type Cell } from './cells';

/** A value read, or why not (a message of shared/messages/catalog/import.ts). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Msg };

const pad = (n: number) => String(n).padStart(2, '0');

function fromParts(y: number, m: number, d: number): Parsed<string> {
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isValidIsoDate(iso) ? { ok: true, value: iso } : { ok: false, reason: msg('import.noSuchDate') };
}

/** Excel's day 1 is 1900-01-01, with the 1900 leap-year bug: serial 0 is 1899-12-30 from March 1900 on. */
export function excelSerialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A date cell as 'YYYY-MM-DD', or why it is not one. */
export function parseDateCell(c: Cell): Parsed<string> {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return { ok: false, reason: msg('import.noDate') };
    return fromParts(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  }
  if (typeof c === 'number') {
    // Serials from 1950 to 2100 only: a small number is a typing error, not a date in 1900.
    if (Number.isInteger(c) && c >= 18_264 && c <= 73_051) return { ok: true, value: excelSerialToIso(c) };
    return { ok: false, reason: msg('import.noDateWrite') };
  }
  const s = cellText(c);
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}$/.test(s)) return parseDateCell(Number(s));
  return { ok: false, reason: msg('import.noDateWrite') };
}

/** How an export writes a date: dd-mm-jjjj, as Dutch Excel shows it. */
export function formatDateNl(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}
