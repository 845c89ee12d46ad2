// The message shape in the API contract (output schemas that carry a message use msgSchema).
import { z } from 'zod';
import { DEMAND_KINDS } from '../domain/kinds';
import type { Msg, MsgParam } from './types';

const hintSchema = z.object({ gemeente: z.string().optional(), birthYear: z.number().int().optional(), clientNumber: z.string().optional() });

export const msgParamSchema: z.ZodType<MsgParam> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), value: z.string() }),
    z.object({ type: z.literal('number'), value: z.number() }),
    z.object({ type: z.literal('person'), name: z.string(), hint: hintSchema.optional() }),
    z.object({ type: z.literal('date'), value: z.string(), withYear: z.boolean().optional() }),
    z.object({ type: z.literal('time'), value: z.string() }),
    z.object({ type: z.literal('span'), start: z.string(), end: z.string() }),
    z.object({ type: z.literal('kind'), value: z.enum(DEMAND_KINDS) }),
    z.object({ type: z.literal('daysLeft'), value: z.number().int() }),
    z.object({ type: z.literal('age'), months: z.number().int() }),
    z.object({ type: z.literal('list'), items: z.array(msgParamSchema) }),
    z.object({ type: z.literal('msg'), value: msgSchema }),
  ]),
) as z.ZodType<MsgParam>;

export const msgSchema: z.ZodType<Msg> = z.lazy(() => z.object({ code: z.string(), params: z.record(z.string(), msgParamSchema) })) as z.ZodType<Msg>;
