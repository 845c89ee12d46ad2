// A consultant asks the coordinator for an extra toets slot; the coordinator resolves it.
import { z } from 'zod';
import { LaptopKindSchema, MondaySchema, RefSchema, StoredMondaySchema } from './common';

export const SlotRequestSchema = z.object({
  id: z.string(),
  kind: z.literal('toets'),
  participant: RefSchema,
  consultant: RefSchema,
  weekStart: StoredMondaySchema,
  laptopKind: LaptopKindSchema,
  note: z.string(),
  createdAt: z.string(),
  status: z.enum(['open', 'done']),
});
export type SlotRequest = z.infer<typeof SlotRequestSchema>;

export const requestCalls = {
  /** A request to the coordinator for an extra toets slot; shows in requests.list. */
  'toets.requestSlot': {
    input: z.object({ participantId: z.string().min(1), weekStart: MondaySchema, note: z.string().max(500).default('') }).strict(),
    output: z.object({ request: SlotRequestSchema }),
  },
  'requests.list': {
    input: z.object({ status: z.enum(['open', 'all']).default('open') }).strict(),
    output: z.object({ items: z.array(SlotRequestSchema) }),
  },
  'requests.resolve': { input: z.object({ requestId: z.string().min(1) }).strict(), output: z.object({ request: SlotRequestSchema }) },
} as const;
