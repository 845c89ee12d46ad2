// Calendars to take away: a person's week as an .ics file.
import { z } from 'zod';
import { MondaySchema } from './common';

export const exportCalls = {
  'export.ics': {
    input: z.object({ weekStart: MondaySchema, person: z.object({ kind: z.enum(['interpreter', 'consultant']), id: z.string().min(1) }).strict() }).strict(),
    output: z.object({ filename: z.string(), content: z.string() }),
  },
} as const;
