// Events pushed from the services to every open window (IPC) or page (HTTP, server-sent
// events), and the bridge a transport hands the renderer.
import { msgSchema } from '../../messages';
import { z } from 'zod';
import { StoredMondaySchema } from './common';
import { PlannerJobStateSchema } from './planner';

export const AppEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('week.changed'), weekStart: StoredMondaySchema }),
  z.object({ type: z.literal('data.changed'), area: z.string() }),
  z.object({
    type: z.literal('planner.progress'),
    jobId: z.string(),
    weekStart: StoredMondaySchema,
    fraction: z.number(),
    phase: z.string(),
    cost: z.number().optional(),
  }),
  z.object({
    type: z.literal('planner.finished'),
    jobId: z.string(),
    weekStart: StoredMondaySchema,
    state: PlannerJobStateSchema,
    cost: z.number().nullable(),
    bound: z.number().nullable(),
    planned: z.number().int(),
    unplanned: z.number().int(),
    message: z.string().nullable(),
    /** `message` as data, for the reader's language. */
    msg: msgSchema.optional(),
  }),
]);
export type AppEvent = z.infer<typeof AppEventSchema>;

/** What a transport exposes to the renderer; the renderer never knows which one it has. */
export interface ApiBridge {
  call(name: string, input: unknown): Promise<unknown>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}
