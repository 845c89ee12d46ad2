// Who uses this window: the coordinator, a consultant or a language-school liaison. These calls
// are allowed before a profile is chosen.
import { z } from 'zod';
import { RefSchema, emptyInput } from './common';

export const ProfileKindSchema = z.enum(['coordinator', 'consultant', 'liaison']);
export type ProfileKind = z.infer<typeof ProfileKindSchema>;
/** Who uses this window: id is the consultant's or school's id, null for the coordinator. */
export const ProfileSchema = z.object({ kind: ProfileKindSchema, id: z.string().nullable(), name: z.string() });
export type Profile = z.infer<typeof ProfileSchema>;

export const ProfileSelectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('coordinator') }).strict(),
  z.object({ kind: z.literal('consultant'), consultantId: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('liaison'), schoolId: z.string().min(1) }).strict(),
]);

export const profileCalls = {
  'profile.options': { input: emptyInput, output: z.object({ consultants: z.array(RefSchema), schools: z.array(RefSchema) }) },
  'profile.select': { input: ProfileSelectSchema, output: z.object({ profile: ProfileSchema }) },
  'profile.current': { input: emptyInput, output: z.object({ profile: ProfileSchema.nullable() }) },
} as const;
