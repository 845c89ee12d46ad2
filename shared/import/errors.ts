// A rejected row, named so that a coordinator can find it in the file.
export interface RowError {
  sheet: string;
  /** The row number as Excel shows it (1 = the first row); 0 for the sheet as a whole. */
  row: number;
  column: string;
  value: string;
  /** Dutch: why. */
  reason: string;
}

/** `Deelnemers rij 17, Datum huisvesting "31-02-2026": geen bestaande datum`. */
export function formatRowError(e: RowError): string {
  const where = e.row > 0 ? `${e.sheet} rij ${e.row}` : e.sheet;
  const col = e.column ? `, ${e.column}` : '';
  const value = e.value !== '' ? ` "${e.value.length > 60 ? `${e.value.slice(0, 57)}...` : e.value}"` : '';
  return `${where}${col}${value}: ${e.reason}`;
}
