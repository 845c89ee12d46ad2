// Calendars to take away: a person's week as an .ics file, every staff member's at once as a
// zip, and a consultant's own week.
import { z } from 'zod';
import { MondaySchema } from './common';

export const StaffRefSchema = z
  .object({
    kind: z.enum(['interpreter', 'consultant'], { error: 'Kies tolk (interpreter) of consulent (consultant).' }),
    id: z.string().min(1, { error: 'Kies voor wie de agenda is.' }),
  })
  .strict();

const IcsFileSchema = z.object({ filename: z.string(), content: z.string() });

/** The language of the calendar entries' text (the reader's; Dutch when left out). */
const langField = z.enum(['nl', 'en'], { error: 'Kies nl of en.' }).optional();

export const exportCalls = {
  'export.ics': {
    input: z.object({ weekStart: MondaySchema, person: StaffRefSchema, lang: langField }).strict(),
    output: IcsFileSchema,
  },
  /**
   * One .ics per consultant and interpreter with sessions (or cancellations) that week, as a
   * zip in base64; scope 'changed': only those affected by a change after publication.
   */
  'export.zip': {
    input: z
      .object({
        weekStart: MondaySchema,
        scope: z.enum(['all', 'changed'], { error: 'Kies all (iedereen) of changed (alleen wie een wijziging heeft).' }).default('all'),
        lang: langField,
      })
      .strict(),
    output: z.object({
      filename: z.string(),
      base64: z.string(),
      files: z.array(z.object({ filename: z.string(), kind: z.enum(['interpreter', 'consultant']), name: z.string() })),
    }),
  },
  /** The calling consultant's own sessions of the week as an .ics file. */
  'export.ownWeek': { input: z.object({ weekStart: MondaySchema, lang: langField }).strict(), output: IcsFileSchema },
} as const;
