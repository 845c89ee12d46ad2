// Cells as a reader hands them over (exceljs or papaparse): text, numbers, booleans, dates or
// nothing. Everything here is pure: the file readers live in electron/services/data/.
export type Cell = string | number | boolean | Date | null | undefined;
export type SheetRows = readonly (readonly Cell[])[];

/** A heading as it is compared: accents kept, case and extra spaces not. */
export function normalizeHeading(s: Cell): string {
  return cellText(s).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A cell as trimmed text ('' for nothing); numbers without a trailing ".0". */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).trim();
}

/** Lower case, no accents, single spaces: to match a value against a list of names. */
export function foldValue(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function isEmptyRow(row: readonly Cell[] | undefined): boolean {
  return !row || row.every((c) => cellText(c) === '');
}
