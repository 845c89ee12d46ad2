// Excel in and out (issue 11): importing every list (the resource lists, participants and
// children) from .xlsx or .csv (a preview first, then all rows in one transaction), the region
// and the week's plan as .xlsx, the templates per list, and "Back-up maken". Files travel as base64; larger files than fit a call go
// through `npm run data`.
import { z } from 'zod';
import { IMPORT_LISTS } from '../../import/templates';
import { msg, msgSchema, renderMsg } from '../../messages';
import { MondaySchema } from './common';

/** Base64 characters a call may carry (the browser-mode server takes 1 MB per request). */
export const MAX_UPLOAD_BASE64 = 900_000;
/** A file larger than a call carries: the renderer says it before sending (in the reader's language), the contract in Dutch. */
export const UPLOAD_TOO_LARGE = msg('import.file.tooLargeForApp');
export const RESTORE_UPLOAD_TOO_LARGE = msg('backup.tooLargeForApp');
/** Errors an answer lists; the count says how many there are in all. */
export const MAX_LISTED_ERRORS = 500;

const FileInputSchema = z
  .object({
    fileName: z.string({ error: 'Bestand: kies een bestand.' }).trim().min(1, { error: 'Bestand: kies een bestand.' }).max(200, { error: 'Bestand: de naam is te lang.' }),
    base64: z
      .string({ error: 'Bestand: kies een bestand.' })
      .max(MAX_UPLOAD_BASE64, { error: renderMsg(UPLOAD_TOO_LARGE, 'nl') })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Bestand: de inhoud is niet goed doorgekomen; kies het bestand opnieuw.' }),
  })
  .strict();

export const ImportOutcomeSchema = z.object({
  applied: z.boolean(),
  lists: z.array(
    z.object({
      list: z.enum(IMPORT_LISTS),
      sheet: z.string(),
      new: z.number().int(),
      changed: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.number().int(),
    }),
  ),
  /**
   * Each error with where it is (sheet '' for the file as a whole); `msg` why and `lineMsg` the
   * whole line, written in the reader's language; `reason` and `text` the same in Dutch (the log).
   * At most MAX_LISTED_ERRORS.
   */
  errors: z.array(
    z.object({
      sheet: z.string(),
      row: z.number().int(),
      column: z.string(),
      value: z.string(),
      msg: msgSchema,
      lineMsg: msgSchema,
      reason: z.string(),
      text: z.string(),
    }),
  ),
  errorCount: z.number().int(),
  unknownColumns: z.array(z.object({ sheet: z.string(), columns: z.array(z.string()) })),
  ignoredSheets: z.array(z.string()),
  /** What happened, in one sentence: `msg` for the reader, `message` in Dutch. */
  message: z.string(),
  msg: msgSchema,
});
export type ImportOutcomeView = z.infer<typeof ImportOutcomeSchema>;

/** A backup file chosen on the user's computer travels gzip-compressed (a region's database compresses well). */
const RestoreUploadSchema = z
  .object({
    source: z.literal('file'),
    fileName: z.string({ error: 'Bestand: kies een bestand.' }).trim().min(1, { error: 'Bestand: kies een bestand.' }).max(200, { error: 'Bestand: de naam is te lang.' }),
    gzipBase64: z
      .string({ error: 'Bestand: kies een bestand.' })
      .min(1, { error: 'Bestand: kies een bestand.' })
      .max(MAX_UPLOAD_BASE64, { error: renderMsg(RESTORE_UPLOAD_TOO_LARGE, 'nl') })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Bestand: de inhoud is niet goed doorgekomen; kies het bestand opnieuw.' }),
  })
  .strict();

const RestoreListedSchema = z
  .object({
    source: z.literal('backup'),
    name: z.string({ error: 'Back-up: kies een back-up uit de lijst.' }).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/, { error: 'Back-up: kies een back-up uit de lijst.' }),
  })
  .strict();

export const BackupListSchema = z.object({
  /** The data folder's backups/ (shown so the coordinator knows where to put a file). */
  folder: z.string(),
  /** Newest first. `at`: when it was written, local time 'YYYY-MM-DDTHH:MM:SS'. */
  items: z.array(z.object({ name: z.string(), at: z.string(), size: z.number().int() })),
});
export type BackupList = z.infer<typeof BackupListSchema>;

const XlsxFileSchema = z.object({ filename: z.string(), base64: z.string() });

export const dataCalls = {
  /** Reads the file and answers what an import would do; nothing is written. */
  'data.importPreview': { input: FileInputSchema, output: ImportOutcomeSchema },
  /** Imports the file: all rows in one transaction, or none when a row is rejected. */
  'data.import': { input: FileInputSchema, output: ImportOutcomeSchema },
  /** The whole region as one .xlsx: a sheet per list in the template columns. */
  'data.exportRegion': { input: z.object({}).strict(), output: XlsxFileSchema },
  /** A list's import template (participants with children; without a list: every list): headings, explanation and drop-down lists. */
  'data.template': { input: z.object({ list: z.enum(IMPORT_LISTS, { error: 'Lijst: kies een lijst.' }).optional() }).strict(), output: XlsxFileSchema },
  /** The week's plan as .xlsx, a sheet per day. */
  'data.exportWeek': { input: z.object({ weekStart: MondaySchema }).strict(), output: XlsxFileSchema },
  /** "Back-up maken": a consistent copy in the data folder's backups/ while the app runs. */
  'data.backup': { input: z.object({}).strict(), output: z.object({ file: z.string(), message: z.string(), msg: msgSchema }) },
  /** The backups in the data folder's backups/, newest first. */
  'data.backups': { input: z.object({}).strict(), output: BackupListSchema },
  /**
   * Restores a backup (one from the list, or a file the user chose): checked first (ours, intact,
   * not from a newer version; otherwise refused and nothing changes), the current database kept
   * in backups/, then replaced. Every window starts afresh (a 'setup' data event).
   */
  'data.restore': {
    input: z.discriminatedUnion('source', [RestoreListedSchema, RestoreUploadSchema]),
    output: z.object({ message: z.string(), msg: msgSchema, kept: z.string() }),
  },
} as const;
