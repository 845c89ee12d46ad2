// The planner run in a worker: start, follow, cancel, and what it could not plan.
import { msgSchema } from '../../messages';
import { z } from 'zod';
import { DemandKindSchema, MondaySchema, PersonRefSchema, weekInput, StoredMondaySchema } from './common';

export const PlannerJobStateSchema = z.enum(['running', 'done', 'cancelled', 'failed']);

export const UnplannedItemSchema = z.object({
  demandId: z.string(),
  participant: PersonRefSchema,
  kind: DemandKindSchema,
  schoolId: z.string().nullable(),
  /** The school's name for a trial lesson (a person may wait for trials at two schools). */
  schoolName: z.string().nullable(),
  priority: z.number().int(),
  reason: z.string(),
  /** The reason as a message, for the English interface; only set where it is built as one. */
  msg: msgSchema.optional(),
});

export const plannerCalls = {
  'week.unplanned': {
    input: weekInput,
    output: z.object({ items: z.array(UnplannedItemSchema), cost: z.number().nullable(), bound: z.number().nullable() }),
  },
  /** Starts the planner on a week in a worker; progress and the end arrive as planner.* events. */
  'planner.start': {
    input: z
      .object({
        weekStart: MondaySchema,
        timeLimitSeconds: z.number().min(0.5).max(120).default(10),
        seed: z.number().int().min(0).default(1),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
  /**
   * Ends the planning lock of a week on the team server: its holder, or a beheerder for a lock
   * someone left behind. `released` is false when there was none.
   */
  'planner.releaseLock': { input: weekInput, output: z.object({ released: z.boolean() }) },
  'planner.cancel': { input: z.object({ jobId: z.string().min(1) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'planner.status': {
    input: z.object({ jobId: z.string().min(1) }).strict(),
    output: z.object({
      jobId: z.string(),
      weekStart: StoredMondaySchema,
      state: PlannerJobStateSchema,
      fraction: z.number(),
      phase: z.string(),
      message: z.string().nullable(),
      msg: msgSchema.optional(),
    }),
  },
} as const;
