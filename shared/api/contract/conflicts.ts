// Conflicts in the week, each with the fixes that would resolve it.
import { z } from 'zod';
import { LocalTimeSchema, MondaySchema, RefSchema, weekInput, StoredLocalTimeSchema } from './common';
import { SessionChangeSchema } from './week';
import { msgSchema } from '../../messages';

export const ConflictCategorySchema = z.enum(['household', 'interpreter', 'room', 'consultant', 'capacity', 'deadline', 'other']);
export type ConflictCategory = z.infer<typeof ConflictCategorySchema>;

export const FixActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changeSession'), change: SessionChangeSchema }),
  z.object({ type: z.literal('bookChildcare'), childId: z.string(), childcareId: z.string(), slotStart: LocalTimeSchema }),
]);
export type FixAction = z.infer<typeof FixActionSchema>;

export const FixSchema = z.object({
  id: z.string(),
  /** Dutch, e.g. "Verplaats de leerbaarheidstoets van di 24 nov 09:00 naar wo 25 nov 10:00". */
  label: z.string(),
  /** The same as data, for the reader's language (useMsg). */
  msg: msgSchema.optional(),
  action: FixActionSchema,
  /** Cost after minus cost before (SPEC cost); negative is better. */
  costDelta: z.number(),
  /** Number of conflicts in the week after this fix. */
  conflictsAfter: z.number().int().nonnegative(),
});
export type Fix = z.infer<typeof FixSchema>;

export const ConflictSchema = z.object({
  id: z.string(),
  category: ConflictCategorySchema,
  /** SPEC hard-rule number (1..10), 0 for structure; deadline warnings use 0 too. */
  rule: z.number().int(),
  severity: z.enum(['conflict', 'warning']),
  /** Dutch sentence; `msg` is the same as data, for the reader's language (useMsg). */
  message: z.string(),
  msg: msgSchema.optional(),
  entities: z.array(z.string()),
  sessionIds: z.array(z.string()),
  participants: z.array(RefSchema),
  start: StoredLocalTimeSchema.nullable(),
  end: StoredLocalTimeSchema.nullable(),
  fixes: z.array(FixSchema),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const conflictCalls = {
  'week.conflicts': {
    input: weekInput,
    output: z.object({ conflicts: z.array(ConflictSchema), cost: z.number() }),
  },
  'fix.apply': {
    input: z.object({ weekStart: MondaySchema, action: FixActionSchema, confirmPublished: z.boolean().default(false) }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
} as const;
