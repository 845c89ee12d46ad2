// Cancelling a moment as a whole: a trial lesson of a language school's class (the school is
// closed that day) or a startklas intake moment (the teacher is ill). Without confirm the answer
// says who would lose their place and nothing changes; with confirm every booking of the moment
// goes in one transaction, the steps are to be booked again and the moment is no longer offered.
import { z } from 'zod';
import { IsoDateSchema, LocalTimeSchema, PersonHintSchema, RefSchema, StoredLocalTimeSchema } from './common';
import { msgSchema } from '../../messages';

/** A trial lesson (the class and the lesson's start) or an intake moment (the intake and its date). */
export const MomentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trial'), classId: z.string().min(1).max(64), start: LocalTimeSchema }).strict(),
  z.object({ kind: z.literal('intake'), intakeId: z.string().min(1).max(64), date: IsoDateSchema }).strict(),
]);
export type MomentInput = z.infer<typeof MomentSchema>;

export const momentCalls = {
  /**
   * Cancels one trial lesson or intake moment with every booking in it; `confirm: false` (the
   * default) only answers who would lose their place, with their consultant. The reason goes
   * into the audit log. A liaison cancels their own school's trial lessons only.
   */
  'moment.cancel': {
    input: z
      .object({
        moment: MomentSchema,
        reason: z.string().trim().max(500).optional(),
        confirm: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      moment: z.object({
        kind: z.enum(['trial', 'intake']),
        start: StoredLocalTimeSchema,
        end: StoredLocalTimeSchema,
        locationName: z.string(),
        /** A trial lesson's class and school; null for an intake moment. */
        className: z.string().nullable(),
        school: RefSchema.nullable(),
      }),
      /** Who loses their place, by name (with what tells same-named people apart, not for a liaison) and their consultant. */
      participants: z.array(RefSchema.extend({ hint: PersonHintSchema.optional(), consultant: RefSchema.nullable() })),
      /** True once cancelled (confirm); false for the preview. */
      confirmed: z.boolean(),
      /** What was done, or what would be done: a sentence with the count, no names. */
      msg: msgSchema,
    }),
  },
} as const;
