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

// --- Profiles, consultant and language-school liaison (issue 5) --------------------------

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

/** A booked appointment in words the consultant reads: what, when, where. */
export const AppointmentSchema = z.object({
  kind: DemandKindSchema,
  /** Dutch, e.g. "Proefles Taalschool Noord (B1-ochtend)". */
  label: z.string(),
  start: LocalTimeSchema,
  end: LocalTimeSchema,
  locationName: z.string(),
  status: SessionStatusSchema,
});
export type Appointment = z.infer<typeof AppointmentSchema>;

export const TrialOutcomeSchema = z.object({
  bookingId: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  lessonStart: LocalTimeSchema,
  attended: z.boolean(),
  routeAdvice: RouteSchema.nullable(),
  recordedAt: z.string(),
});
export type TrialOutcome = z.infer<typeof TrialOutcomeSchema>;

export const CaseloadItemSchema = z.object({
  participant: z.object({
    id: z.string(),
    name: z.string(),
    language: LanguageCodeSchema,
    gemeente: z.string(),
    digitalSkill: DigitalSkillSchema,
    routeIndication: RouteSchema.nullable(),
    migrantKind: z.enum(['statushouder', 'gezinsmigrant']),
    /** The day the PIP was set; null while it is not. */
    pipDate: IsoDateSchema.nullable(),
  }),
  /** Open or booked next steps (demands); done steps are left out. */
  steps: z.array(
    z.object({
      demandId: z.string(),
      kind: DemandKindSchema,
      school: Ref.nullable(),
      status: z.enum(['open', 'planned', 'done']),
      booking: AppointmentSchema.nullable(),
      /** Position on the startklas waiting list (1 = next), null when not waiting. */
      waitingPosition: z.number().int().positive().nullable(),
    }),
  ),
  pip: TermStatusSchema,
  activity: TermStatusSchema,
  /** The more urgent of the two terms. */
  urgency: z.enum(['missed', 'warning', 'ok', 'unknown', 'met']),
  trialOutcomes: z.array(TrialOutcomeSchema),
  /** Household context for booking: null for a single participant without children. */
  household: z
    .object({
      partners: z.array(z.object({ id: z.string(), name: z.string(), appointments: z.array(AppointmentSchema) })),
      adultsOutside: z.number().int(),
      children: z.array(
        z.object({
          id: z.string(),
          givenName: z.string(),
          ageYears: z.number().int(),
          /** Needs care when the parents are away (younger than 12). */
          needsCare: z.boolean(),
          care: z.array(z.object({ providerName: z.string(), kind: z.enum(['kinderopvang', 'vve', 'bso', 'school']), start: LocalTimeSchema, end: LocalTimeSchema })),
        }),
      ),
    })
    .nullable(),
});
export type CaseloadItem = z.infer<typeof CaseloadItemSchema>;

export const LaptopKindSchema = z.enum(['touch', 'mouse']);

export const ToetsSlotSchema = z.object({
  sessionId: z.string(),
  start: LocalTimeSchema,
  end: LocalTimeSchema,
  status: SessionStatusSchema,
  roomName: z.string(),
  locationName: z.string(),
  gemeente: z.string(),
  consultant: Ref,
  /** Free laptops of the kind this client needs. */
  freeLaptops: z.number().int(),
});
export type ToetsSlot = z.infer<typeof ToetsSlotSchema>;

export const SlotRequestSchema = z.object({
  id: z.string(),
  kind: z.literal('toets'),
  participant: Ref,
  consultant: Ref,
  weekStart: MondaySchema,
  laptopKind: LaptopKindSchema,
  note: z.string(),
  createdAt: z.string(),
  status: z.enum(['open', 'done']),
});
export type SlotRequest = z.infer<typeof SlotRequestSchema>;

export const HouseholdWarningSchema = z.object({
  kind: z.enum(['partner', 'childcare', 'busy']),
  /** Dutch, e.g. "Valt samen met de les van partner Ahmad (di 09:00–12:00)". */
  message: z.string(),
});

export const ChildcareOfferSchema = z.object({
  childId: z.string(),
  childName: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  slotStart: LocalTimeSchema,
  slotEnd: LocalTimeSchema,
});
export type ChildcareOffer = z.infer<typeof ChildcareOfferSchema>;

export const TrialOptionSchema = z.object({
  classId: z.string(),
  className: z.string(),
  route: RouteSchema,
  start: LocalTimeSchema,
  end: LocalTimeSchema,
  locationName: z.string(),
  trialFree: z.number().int(),
  warnings: z.array(HouseholdWarningSchema),
  /** Free childcare seats that would take away the childcare warning (one per child). */
  childcareOffers: z.array(ChildcareOfferSchema),
});
export type TrialOption = z.infer<typeof TrialOptionSchema>;

export const TrialBookingSchema = z.object({
  bookingId: z.string(),
  school: Ref,
  classId: z.string(),
  className: z.string(),
  start: LocalTimeSchema,
  end: LocalTimeSchema,
});

export const IntakeRefSchema = z.object({ intakeId: z.string(), date: IsoDateSchema, start: LocalTimeSchema, end: LocalTimeSchema, locationName: z.string() });

export const ClassCapacitySchema = z.object({
  id: z.string(),
  name: z.string(),
  route: RouteSchema,
  locationName: z.string(),
  capacity: z.number().int(),
  placesTaken: z.number().int(),
  placesFree: z.number().int(),
  trialSeats: z.number().int(),
  lessonTimes: z.array(z.object({ weekday: z.number().int().min(1).max(7), start: z.string(), end: z.string() })),
  /** Every lesson in the weeks asked for, with trial seats taken and free. */
  lessons: z.array(z.object({ start: LocalTimeSchema, end: LocalTimeSchema, trialBooked: z.number().int(), trialFree: z.number().int() })),
});

export const SchoolCapacitySchema = z.object({
  school: Ref,
  weekStart: MondaySchema,
  weeks: z.number().int(),
  classes: z.array(ClassCapacitySchema),
  /** Occupancy per day and day-part over the weeks asked for: places taken + trial bookings vs. capacity. */
  heatmap: z.array(z.object({ date: IsoDateSchema, dayPart: z.enum(['ochtend', 'middag', 'avond']), occupied: z.number().int(), capacity: z.number().int() })),
  /** Who comes for a trial lesson: name, route indication and language only (data minimisation). */
  trialVisitors: z.array(
    z.object({
      bookingId: z.string(),
      name: z.string(),
      routeIndication: RouteSchema.nullable(),
      language: LanguageCodeSchema,
      classId: z.string(),
      className: z.string(),
      start: LocalTimeSchema,
      end: LocalTimeSchema,
      outcome: z.object({ attended: z.boolean(), routeAdvice: RouteSchema.nullable() }).nullable(),
    }),
  ),
});
export type SchoolCapacity = z.infer<typeof SchoolCapacitySchema>;

const participantWeekInput = z.object({ participantId: z.string().min(1), weekStart: MondaySchema }).strict();
const participantInput = z.object({ participantId: z.string().min(1) }).strict();

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
  // --- issue 5: profiles (allowed without a profile) ---
  'profile.options': { input: empty, output: z.object({ consultants: z.array(Ref), schools: z.array(Ref) }) },
  'profile.select': { input: ProfileSelectSchema, output: z.object({ profile: ProfileSchema }) },
  'profile.current': { input: empty, output: z.object({ profile: ProfileSchema.nullable() }) },
  // --- issue 5: consultant ---
  /** The consultant's own clients; urgency 'urgent' = missed or warning on a term. */
  'consultant.caseload': {
    input: z
      .object({
        urgency: z.enum(['all', 'urgent']).default('all'),
        step: DemandKindSchema.optional(),
        /** The week whose bookings count as "this week" for household context; default: this week. */
        weekStart: MondaySchema.optional(),
      })
      .strict(),
    output: z.object({ weekStart: MondaySchema, items: z.array(CaseloadItemSchema) }),
  },
  /** Toets sessions of a week that fit this client; reason says why none fits (Dutch). */
  'toets.slots': {
    input: participantWeekInput,
    output: z.object({
      laptopKind: LaptopKindSchema,
      slots: z.array(ToetsSlotSchema),
      reason: z.string().nullable(),
      booked: ToetsSlotSchema.nullable(),
    }),
  },
  /** Books the client's toets; an existing toets booking is moved (rebook). */
  'toets.book': {
    input: z.object({ participantId: z.string().min(1), sessionId: z.string().min(1) }).strict(),
    output: z.object({ booked: ToetsSlotSchema, warnings: z.array(HouseholdWarningSchema) }),
  },
  'toets.cancel': { input: participantInput, output: z.object({ cancelled: z.boolean() }) },
  /** A request to the coordinator for an extra toets slot; shows in requests.list. */
  'toets.requestSlot': {
    input: z.object({ participantId: z.string().min(1), weekStart: MondaySchema, note: z.string().max(500).default('') }).strict(),
    output: z.object({ request: SlotRequestSchema }),
  },
  /** Toets rooms and whether the signed-in consultant may open a slot (certified). */
  'toets.rooms': {
    input: weekInput,
    output: z.object({
      certified: z.boolean(),
      rooms: z.array(z.object({ id: z.string(), name: z.string(), locationName: z.string(), gemeente: z.string(), laptopsTouch: z.number().int(), laptopsMouse: z.number().int() })),
    }),
  },
  /** A certified consultant opens a toets slot (toets length) in a free toets room. */
  'toets.openSlot': {
    input: z.object({ roomId: z.string().min(1), start: LocalTimeSchema }).strict(),
    output: z.object({ slot: ToetsSlotSchema }),
  },
  'requests.list': {
    input: z.object({ status: z.enum(['open', 'all']).default('open') }).strict(),
    output: z.object({ items: z.array(SlotRequestSchema) }),
  },
  'requests.resolve': { input: z.object({ requestId: z.string().min(1) }).strict(), output: z.object({ request: SlotRequestSchema }) },
  /** Trial-lesson options at each school for this week and the next (or the first later week with a free seat), with household warnings. */
  'trial.options': {
    input: participantWeekInput,
    output: z.object({
      schools: z.array(
        z.object({
          school: Ref,
          options: z.array(TrialOptionSchema),
          booked: TrialBookingSchema.nullable(),
          /** Dutch, when this school has nothing this week or next (the options are then the first later ones, if any). */
          reason: z.string().nullable(),
        }),
      ),
    }),
  },
  /** Books trial lessons (one per school, both in one call), each optionally with childcare. */
  'trial.book': {
    input: z
      .object({
        participantId: z.string().min(1),
        lessons: z
          .array(
            z
              .object({
                classId: z.string().min(1),
                start: LocalTimeSchema,
                childcare: z.array(z.object({ childId: z.string().min(1), providerId: z.string().min(1), slotStart: LocalTimeSchema }).strict()).default([]),
              })
              .strict(),
          )
          .min(1)
          .max(2),
      })
      .strict(),
    output: z.object({ bookings: z.array(TrialBookingSchema), warnings: z.array(HouseholdWarningSchema) }),
  },
  'trial.cancel': { input: z.object({ bookingId: z.string().min(1) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** Next startklas intake with a free seat, else the waiting list. */
  'startklas.register': {
    input: participantInput,
    output: z.object({ status: z.enum(['booked', 'waiting']), intake: IntakeRefSchema.nullable(), waitingPosition: z.number().int().positive().nullable() }),
  },
  /** Frees the client's intake seat (or waiting place); the first on the waiting list moves up. */
  'startklas.cancel': {
    input: participantInput,
    output: z.object({ cancelled: z.boolean(), movedUp: Ref.nullable() }),
  },
  /** Puts the client in the next group session in their language, or on the list for one. */
  /** The day the client's PIP was set (null: not yet); answers the PIP term as it now stands. */
  'pip.set': {
    input: z.object({ participantId: z.string().min(1), pipDate: IsoDateSchema.nullable() }).strict(),
    output: z.object({ pip: TermStatusSchema }),
  },
  'groupInfo.enlist': {
    input: participantInput,
    output: z.object({
      session: z.object({ sessionId: z.string(), start: LocalTimeSchema, end: LocalTimeSchema, language: LanguageCodeSchema, locationName: z.string() }).nullable(),
      /** Dutch: when it is, or that the client is on the list. */
      message: z.string(),
    }),
  },
  // --- issue 5: language-school liaison (own school only) ---
  'school.capacity': {
    input: z.object({ weekStart: MondaySchema, weeks: z.number().int().min(1).max(6).default(3) }).strict(),
    output: SchoolCapacitySchema,
  },
  'school.updateClass': {
    input: z.object({ classId: z.string().min(1), trialSeats: z.number().int().min(0).max(50).optional(), capacity: z.number().int().min(1).max(200).optional() }).strict(),
    output: z.object({ class: ClassCapacitySchema.omit({ lessons: true }) }),
  },
  'trial.recordOutcome': {
    input: z.object({ bookingId: z.string().min(1), attended: z.boolean(), routeAdvice: RouteSchema.nullable().default(null) }).strict(),
    output: z.object({ outcome: z.object({ bookingId: z.string(), attended: z.boolean(), routeAdvice: RouteSchema.nullable() }) }),
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
