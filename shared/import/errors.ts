// A rejected row, named so that a coordinator can find it in the file. Why is a message
// (catalogue shared/messages/catalog/import.ts): the renderer writes the line in the reader's
// language; the sheet, column and value stay as the file has them.
import { renderMsg } from '../messages/render';
import type { MsgLang } from '../messages/format';
import { msg, p, type Msg } from '../messages/types';

export interface RowError {
  /** '' for the file as a whole. */
  sheet: string;
  /** The row number as Excel shows it (1 = the first row); 0 for the sheet as a whole. */
  row: number;
  column: string;
  value: string;
  /** Why. */
  msg: Msg;
}

/** A long value shortened for the line. */
const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}...` : value);

/** The whole line as a message: `Deelnemers rij 17, Datum huisvesting "31-02-2026": geen bestaande datum`. */
export function rowErrorMsg(e: RowError): Msg {
  const where = p.msg(e.row > 0 ? msg('import.at.row', { sheet: e.sheet, row: e.row }) : e.sheet === '' ? msg('import.wholeFile') : msg('import.at.sheet', { sheet: e.sheet }));
  const reason = p.msg(e.msg);
  if (!e.column) return msg('import.line', { where, reason });
  if (e.value === '') return msg('import.lineColumn', { where, column: e.column, reason });
  return msg('import.lineValue', { where, column: e.column, value: shown(e.value), reason });
}

/** The line as text in a language. */
export function rowErrorText(e: RowError, lang: MsgLang): string {
  return renderMsg(rowErrorMsg(e), lang);
}

/** The line in Dutch: the command line and the log. */
export function formatRowError(e: RowError): string {
  return rowErrorText(e, 'nl');
}

/** A sheet-wide error that stops the sheet's rows being read (no heading row, a required column missing). */
export function blocksSheet(errors: readonly RowError[]): boolean {
  return errors.some((x) => x.msg.code === 'import.columnMissing' || x.row === 0);
}
