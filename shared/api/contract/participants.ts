// Finding participants by name, number or place.
import { z } from 'zod';
import { TermStatusSchema } from './deadlines';
import { DemandKindSchema, DigitalSkillSchema, LanguageCodeSchema, PersonHintSchema, RouteSchema, StoredDateSchema } from './common';

export const ParticipantListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** What sets this person apart from others with the same name. */
  hint: PersonHintSchema.optional(),
  language: LanguageCodeSchema,
  otherLanguages: z.array(LanguageCodeSchema),
  gemeente: z.string(),
  householdId: z.string().nullable(),
  digitalSkill: DigitalSkillSchema,
  routeIndication: RouteSchema.nullable(),
  housingDate: StoredDateSchema.nullable(),
  /** The PIP term as Termijnen and the caseload show it (met once the PIP is set). */
  pip: TermStatusSchema,
  openDemands: z.array(DemandKindSchema),
});
export type ParticipantListItem = z.infer<typeof ParticipantListItemSchema>;

export const participantCalls = {
  'participants.search': {
    input: z
      .object({
        query: z.string().max(100, { message: 'Zoektekst is te lang (max. 100 tekens).' }).default(''),
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(ParticipantListItemSchema) }),
  },
} as const;
