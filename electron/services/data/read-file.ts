// Reading an import file into sheets of cells: .xlsx through exceljs, .csv through papaparse
// (`;` as Dutch Excel writes it, or `,`; UTF-8 with or without BOM, or Windows-1252). What is
// not such a file is refused with one message (UnreadableFileError; its `message` is the Dutch):
// the command line exits with 2 for it, the app writes it in the reader's language.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Cell } from '../../../shared/import/cells';
import { msg, renderMsg, type Msg } from '../../../shared/messages';

export interface ImportSheet {
  /** The sheet name, or for a CSV the file name without extension. */
  name: string;
  /** A CSV file: its rows are named after the list it holds ("Deelnemers rij 17"), not the file. */
  csv?: boolean;
  rows: Cell[][];
}

export class UnreadableFileError extends Error {
  constructor(readonly msg: Msg) {
    super(renderMsg(msg, 'nl'));
    this.name = 'UnreadableFileError';
  }
}

/** Larger files are not a region's lists (and would not fit in memory comfortably). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '');
}

export function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 4096);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) odd++;
  }
  return odd > n / 20;
}

export function readCsv(buf: Uint8Array, fileName: string): ImportSheet {
  if (looksBinary(buf)) throw new UnreadableFileError(msg('import.file.binaryCsv', { file: fileName }));
  const text = decodeText(buf);
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new UnreadableFileError(msg('import.file.csvQuotes', { file: fileName, row: (fatal.row ?? 0) + 1 }));
  return { name: baseName(fileName), csv: true, rows: parsed.data.map((r) => (Array.isArray(r) ? r : [])) };
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return null;
  }
  return String(v);
}

export async function readXlsx(buf: Uint8Array): Promise<ImportSheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError(msg('import.file.notXlsx'));
  }
  return wb.worksheets.map((ws) => {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows };
  });
}

/** The sheets of an .xlsx or .csv file (by its extension, or by its first bytes). */
export async function readImportFile(buf: Uint8Array, fileName: string): Promise<ImportSheet[]> {
  if (buf.length === 0) throw new UnreadableFileError(msg('import.file.empty', { file: fileName }));
  if (buf.length > MAX_FILE_BYTES) throw new UnreadableFileError(msg('import.file.tooLarge', { file: fileName }));
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const zip = buf[0] === 0x50 && buf[1] === 0x4b;
  if (ext === 'xlsx' || ext === 'xlsm' || (ext !== 'csv' && ext !== 'txt' && zip)) return readXlsx(buf);
  if (ext === 'csv' || ext === 'txt') return [readCsv(buf, fileName)];
  if (ext === 'xls') throw new UnreadableFileError(msg('import.file.xls', { file: fileName }));
  throw new UnreadableFileError(msg('import.file.chooseType', { file: fileName }));
}
