// The one API contract. Every call has a zod schema for its input and its output; dispatch
// validates both, so the transports (IPC, HTTP) and the renderer never see unchecked data.
import { z } from 'zod';
import { isValidIsoDate, isoWeekday } from '../domain/week';

export const IsoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'Verwacht een datum als JJJJ-MM-DD.' });

export const MondaySchema = IsoDateSchema.refine((d) => isValidIsoDate(d) && isoWeekday(d) === 1, {
  message: 'Een week begint op maandag.',
});

/** Local wall-clock time in Europe/Amsterdam, "YYYY-MM-DDTHH:MM" (as in the planning SPEC). */
export const LocalTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'Verwacht een tijd als JJJJ-MM-DDTUU:MM.' });

export const LanguageCodeSchema = z.string().min(2).max(8);
export const DigitalSkillSchema = z.enum(['none', 'basic', 'good']);
export const RouteSchema = z.enum(['B1', 'Z', 'Onderwijs', 'Alfa']);
export const DemandKindSchema = z.enum(['groupInfo', 'toets', 'trialLesson', 'startklasIntake']);
export const SessionKindSchema = z.enum(['groupInfo', 'toets']);
export const SessionStatusSchema = z.enum(['proposed', 'accepted']);
export const WeekStatusSchema = z.enum(['concept', 'published']);

const Ref = z.object({ id: z.string(), name: z.string() });

export const AppInfoSchema = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dataFile: z.string(),
  regionName: z.string(),
  /** Today in Europe/Amsterdam, so the UI opens on the right week whatever the machine's zone. */
  today: IsoDateSchema,
});

export const PlannedSessionSchema = z.object({
  id: z.string(),
  kind: SessionKindSchema,
  status: SessionStatusSchema,
  start: LocalTimeSchema,
  end: LocalTimeSchema,
  language: LanguageCodeSchema.nullable(),
  room: z.object({ id: z.string(), name: z.string(), locationId: z.string(), locationName: z.string(), gemeente: z.string() }),
  consultant: Ref,
  interpreter: Ref.nullable(),
  pinned: z.boolean(),
  participantCount: z.number().int().nonnegative(),
  participants: z.array(Ref),
});
export type PlannedSession = z.infer<typeof PlannedSessionSchema>;

export const WeekViewSchema = z.object({
  weekStart: MondaySchema,
  isoYear: z.number().int(),
  isoWeek: z.number().int().min(1).max(53),
  status: WeekStatusSchema,
  sessions: z.array(PlannedSessionSchema),
});
export type WeekView = z.infer<typeof WeekViewSchema>;

export const ParticipantListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  language: LanguageCodeSchema,
  otherLanguages: z.array(LanguageCodeSchema),
  gemeente: z.string(),
  householdId: z.string().nullable(),
  digitalSkill: DigitalSkillSchema,
  routeIndication: RouteSchema.nullable(),
  housingDate: IsoDateSchema.nullable(),
  /** Koppeling date + 10 weeks: when the PIP must be set. */
  pipDeadline: IsoDateSchema.nullable(),
  openDemands: z.array(DemandKindSchema),
});
export type ParticipantListItem = z.infer<typeof ParticipantListItemSchema>;

export const RegionOverviewSchema = z.object({
  name: z.string(),
  gemeenten: z.array(z.string()),
  counts: z.object({
    participants: z.number().int(),
    households: z.number().int(),
    children: z.number().int(),
    locations: z.number().int(),
    rooms: z.number().int(),
    consultants: z.number().int(),
    interpreters: z.number().int(),
    schools: z.number().int(),
    classes: z.number().int(),
    childcareProviders: z.number().int(),
  }),
});
export type RegionOverview = z.infer<typeof RegionOverviewSchema>;

const empty = z.object({}).strict();

export const contract = {
  'app.info': { input: empty, output: AppInfoSchema },
  'region.overview': { input: empty, output: RegionOverviewSchema },
  'week.get': {
    input: z.object({ weekStart: MondaySchema }).strict(),
    output: WeekViewSchema,
  },
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

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type HandlerInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

// Events pushed from the services to every open window (IPC) or page (HTTP, server-sent events).
export const AppEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('week.changed'), weekStart: MondaySchema }),
  z.object({ type: z.literal('data.changed'), area: z.string() }),
]);
export type AppEvent = z.infer<typeof AppEventSchema>;

/** What a transport exposes to the renderer; the renderer never knows which one it has. */
export interface ApiBridge {
  call(name: string, input: unknown): Promise<unknown>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}
