/** One message in both languages. Codes read "area.what", e.g. "check.roomDouble". */
export type Catalog = Record<string, { nl: string; en: string }>;
