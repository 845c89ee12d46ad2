// The legal terms per participant: the PIP within 10 weeks, an activity within 4.
import { z } from 'zod';
import { PersonRefSchema, StoredDateSchema } from './common';

export const TermStatusSchema = z.object({
  deadline: StoredDateSchema.nullable(),
  daysLeft: z.number().int().nullable(),
  /** `planned`: the 4-week norm's first activity is booked ahead, on time (shared/domain/deadlines). */
  state: z.enum(['ok', 'warning', 'missed', 'planned', 'met', 'unknown']),
  /** The 4-week norm only: the day its first activity is booked, when still ahead (on time or late). */
  plannedOn: StoredDateSchema.optional(),
  /** A term met after its deadline (a PIP set late, an activity started late): the day, and the fixed days late. */
  metOn: StoredDateSchema.optional(),
  daysLate: z.number().int().positive().optional(),
});

export const deadlineCalls = {
  /** Participants by urgency of the 10-week PIP term and the 4-week activity norm. */
  'deadlines.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.object({
      items: z.array(z.object({ participant: PersonRefSchema, gemeente: z.string(), pip: TermStatusSchema, activity: TermStatusSchema })),
    }),
  },
} as const;
