// The one API contract. Every call has a zod schema for its input and its output; dispatch
// validates both, so the transports (IPC, HTTP) and the renderer never see unchecked data.
import { z } from 'zod';
import { isValidIsoDate, isoWeekday } from '../domain/week';
import { InstanceSchema, PlanSchema } from '../planner/spec';

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

// --- The coordinator's week (issue 4) -------------------------------------------------------

export const WeekResourcesSchema = z.object({
  locations: z.array(z.object({ id: z.string(), name: z.string(), gemeente: z.string() })),
  rooms: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      locationId: z.string(),
      locationName: z.string(),
      gemeente: z.string(),
      capacity: z.number().int(),
      laptopsTouch: z.number().int(),
      laptopsMouse: z.number().int(),
      kinds: z.array(SessionKindSchema),
    }),
  ),
  consultants: z.array(z.object({ id: z.string(), name: z.string(), languages: z.array(z.string()), toetsCertified: z.boolean() })),
  interpreters: z.array(z.object({ id: z.string(), name: z.string(), languages: z.array(z.string()) })),
});
export type WeekResources = z.infer<typeof WeekResourcesSchema>;

/** Existing sessions of others shown as layers: school classes with trial seats, startklas intakes, childcare. */
export const WeekLayersSchema = z.object({
  classSessions: z.array(
    z.object({
      classId: z.string(),
      schoolId: z.string(),
      schoolName: z.string(),
      route: RouteSchema,
      start: LocalTimeSchema,
      end: LocalTimeSchema,
      locationName: z.string(),
      trialSeats: z.number().int(),
      trialBooked: z.array(Ref),
    }),
  ),
  intakes: z.array(
    z.object({ id: z.string(), start: LocalTimeSchema, end: LocalTimeSchema, locationName: z.string(), seats: z.number().int(), booked: z.array(Ref) }),
  ),
  childcare: z.array(
    z.object({
      providerId: z.string(),
      providerName: z.string(),
      kind: z.enum(['kinderopvang', 'vve', 'bso']),
      start: LocalTimeSchema,
      end: LocalTimeSchema,
      free: z.number().int(),
      booked: z.array(z.object({ childId: z.string(), householdId: z.string() })),
    }),
  ),
});
export type WeekLayers = z.infer<typeof WeekLayersSchema>;

/**
 * The week as the planner and checker see it: the SPEC instance built from stored data and
 * the stored sessions and bookings as a SPEC plan (accepted and proposed). The renderer runs
 * the checker on this while the coordinator drags, so conflicts show without a round trip.
 */
export const WeekPlanningSchema = z.object({
  instance: InstanceSchema,
  plan: PlanSchema,
  sessionStatus: z.record(z.string(), SessionStatusSchema),
});
export type WeekPlanning = z.infer<typeof WeekPlanningSchema>;

export const ConflictCategorySchema = z.enum(['household', 'interpreter', 'room', 'consultant', 'capacity', 'deadline', 'other']);
export type ConflictCategory = z.infer<typeof ConflictCategorySchema>;

/** A change to one planned session; every field but sessionId is optional. */
export const SessionChangeSchema = z
  .object({
    sessionId: z.string().min(1),
    start: LocalTimeSchema.optional(),
    end: LocalTimeSchema.optional(),
    roomId: z.string().min(1).optional(),
    consultantId: z.string().min(1).optional(),
    interpreterId: z.string().min(1).nullable().optional(),
    addParticipantIds: z.array(z.string().min(1)).max(50).optional(),
    removeParticipantIds: z.array(z.string().min(1)).max(50).optional(),
  })
  .strict();
export type SessionChange = z.infer<typeof SessionChangeSchema>;

export const FixActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changeSession'), change: SessionChangeSchema }),
  z.object({ type: z.literal('bookChildcare'), childId: z.string(), childcareId: z.string(), slotStart: LocalTimeSchema }),
]);
export type FixAction = z.infer<typeof FixActionSchema>;

export const FixSchema = z.object({
  id: z.string(),
  /** Dutch, e.g. "Verplaats de toets van Fatima naar woensdag 10:00". */
  label: z.string(),
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
  message: z.string(),
  entities: z.array(z.string()),
  sessionIds: z.array(z.string()),
  participants: z.array(Ref),
  start: LocalTimeSchema.nullable(),
  end: LocalTimeSchema.nullable(),
  fixes: z.array(FixSchema),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const TermStatusSchema = z.object({
  deadline: IsoDateSchema.nullable(),
  daysLeft: z.number().int().nullable(),
  state: z.enum(['ok', 'warning', 'missed', 'met', 'unknown']),
});

export const UnplannedItemSchema = z.object({
  demandId: z.string(),
  participant: Ref,
  kind: DemandKindSchema,
  schoolId: z.string().nullable(),
  priority: z.number().int(),
  reason: z.string(),
});

export const PlannerJobStateSchema = z.enum(['running', 'done', 'cancelled', 'failed']);

export const HistoryStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** Dutch description of what undo/redo would do, e.g. "Sessie verplaatst naar di 10:00". */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

const weekInput = z.object({ weekStart: MondaySchema }).strict();
/** A call that changes the week: a published week changes only with confirmPublished: true. */
const publishedWeekInput = z.object({ weekStart: MondaySchema, confirmPublished: z.boolean().default(false) }).strict();

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
  'week.resources': { input: weekInput, output: WeekResourcesSchema },
  'week.layers': { input: weekInput, output: WeekLayersSchema },
  'week.planning': { input: weekInput, output: WeekPlanningSchema },
  'week.conflicts': {
    input: weekInput,
    output: z.object({ conflicts: z.array(ConflictSchema), cost: z.number() }),
  },
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
  'planner.cancel': { input: z.object({ jobId: z.string().min(1) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'planner.status': {
    input: z.object({ jobId: z.string().min(1) }).strict(),
    output: z.object({ jobId: z.string(), weekStart: MondaySchema, state: PlannerJobStateSchema, fraction: z.number(), phase: z.string(), message: z.string().nullable() }),
  },
  /** Accept all proposed sessions of the week, or only those listed. */
  'proposal.accept': {
    input: z.object({ weekStart: MondaySchema, sessionIds: z.array(z.string().min(1)).optional(), confirmPublished: z.boolean().default(false) }).strict(),
    output: z.object({ accepted: z.number().int() }),
  },
  'proposal.discard': { input: publishedWeekInput, output: z.object({ discarded: z.number().int() }) },
  /** A change to a published week needs confirmPublished: true and is logged. */
  'session.update': {
    input: SessionChangeSchema.extend({ confirmPublished: z.boolean().default(false) }).strict(),
    output: z.object({ session: PlannedSessionSchema }),
  },
  'session.pin': {
    input: z.object({ sessionId: z.string().min(1), pinned: z.boolean() }).strict(),
    output: z.object({ session: PlannedSessionSchema }),
  },
  'fix.apply': {
    input: z.object({ weekStart: MondaySchema, action: FixActionSchema, confirmPublished: z.boolean().default(false) }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'history.state': { input: weekInput, output: HistoryStateSchema },
  'history.undo': { input: publishedWeekInput, output: HistoryStateSchema },
  'history.redo': { input: publishedWeekInput, output: HistoryStateSchema },
  'week.publish': { input: weekInput, output: z.object({ status: WeekStatusSchema }) },
  'export.ics': {
    input: z
      .object({ weekStart: MondaySchema, person: z.object({ kind: z.enum(['interpreter', 'consultant']), id: z.string().min(1) }).strict() })
      .strict(),
    output: z.object({ filename: z.string(), content: z.string() }),
  },
  /** Participants by urgency of the 10-week PIP term and the 4-week activity norm. */
  'deadlines.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.object({
      items: z.array(z.object({ participant: Ref, gemeente: z.string(), pip: TermStatusSchema, activity: TermStatusSchema })),
    }),
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
  z.object({
    type: z.literal('planner.progress'),
    jobId: z.string(),
    weekStart: MondaySchema,
    fraction: z.number(),
    phase: z.string(),
    cost: z.number().optional(),
  }),
  z.object({
    type: z.literal('planner.finished'),
    jobId: z.string(),
    weekStart: MondaySchema,
    state: PlannerJobStateSchema,
    cost: z.number().nullable(),
    bound: z.number().nullable(),
    planned: z.number().int(),
    unplanned: z.number().int(),
    message: z.string().nullable(),
  }),
]);
export type AppEvent = z.infer<typeof AppEventSchema>;

/** What a transport exposes to the renderer; the renderer never knows which one it has. */
export interface ApiBridge {
  call(name: string, input: unknown): Promise<unknown>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}
