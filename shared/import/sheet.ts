// One sheet (or CSV) against its template: the heading row, which column is which, columns not
// recognised, missing required columns, and the data rows (empty rows left out).
import { cellText, isEmptyRow, normalizeHeading, type Cell, type SheetRows } from './cells';
import { msg } from '../messages/types';
import type { RowError } from './errors';
import type { ListTemplate } from './templates';

/** More data rows than this in one sheet is not a region's list. */
export const MAX_DATA_ROWS = 50_000;

export interface DataRow {
  /** As Excel numbers it. */
  row: number;
  cell: (heading: string) => Cell;
  text: (heading: string) => string;
}

export interface MappedSheet {
  sheet: string;
  rows: DataRow[];
  /** Headings not in the template, as written in the file. */
  unknownColumns: string[];
  /** Sheet-wide problems: no heading row, a required column missing, too many rows. */
  errors: RowError[];
}

export function mapSheet(rows: SheetRows, t: ListTemplate, sheet = t.sheet): MappedSheet {
  const headerIndex = rows.findIndex((r) => !isEmptyRow(r));
  if (headerIndex < 0) return { sheet, rows: [], unknownColumns: [], errors: [{ sheet, row: 0, column: '', value: '', msg: msg('import.sheetEmpty') }] };
  const header = rows[headerIndex];
  const index = new Map<string, number>();
  const unknownColumns: string[] = [];
  const errors: RowError[] = [];
  const known = new Map(t.columns.map((c) => [normalizeHeading(c.heading), c.heading]));
  header.forEach((h, i) => {
    const key = normalizeHeading(h);
    if (key === '') return;
    const heading = known.get(key);
    if (!heading) unknownColumns.push(cellText(h));
    else if (index.has(heading)) errors.push({ sheet, row: headerIndex + 1, column: heading, value: '', msg: msg('import.columnTwice') });
    else index.set(heading, i);
  });
  for (const c of t.columns) {
    if (c.required && !index.has(c.heading)) errors.push({ sheet, row: headerIndex + 1, column: c.heading, value: '', msg: msg('import.columnMissing') });
  }
  const data: DataRow[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const r = rows[i];
    if (isEmptyRow(r)) continue;
    if (data.length >= MAX_DATA_ROWS) {
      errors.push({ sheet, row: i + 1, column: '', value: '', msg: msg('import.tooManyRows', { max: MAX_DATA_ROWS }) });
      break;
    }
    const cell = (heading: string): Cell => {
      const k = index.get(heading);
      return k === undefined ? null : r[k];
    };
    data.push({ row: i + 1, cell, text: (h) => cellText(cell(h)) });
  }
  return { sheet, rows: data, unknownColumns, errors };
}
