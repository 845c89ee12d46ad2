// The coordinator's week: its sessions, the resources and other activities around them, the
// SPEC view the checker runs on, and the edits that change it.
import { z } from 'zod';
import { InstanceSchema, PlanSchema } from '../../planner/spec';
import { msgSchema } from '../../messages';
import {
  LanguageCodeSchema,
  LocalTimeSchema,
  MondaySchema,
  PersonRefSchema,
  RefSchema,
  RouteSchema,
  SessionKindSchema,
  SessionStatusSchema,
  WeekStatusSchema,
  publishedWeekInput,
  weekInput,
  StoredLocalTimeSchema,
  StoredMondaySchema,
} from './common';

export const PlannedSessionSchema = z.object({
  id: z.string(),
  kind: SessionKindSchema,
  status: SessionStatusSchema,
  start: StoredLocalTimeSchema,
  end: StoredLocalTimeSchema,
  language: LanguageCodeSchema.nullable(),
  room: z.object({ id: z.string(), name: z.string(), locationId: z.string(), locationName: z.string(), gemeente: z.string() }),
  consultant: RefSchema,
  interpreter: RefSchema.nullable(),
  pinned: z.boolean(),
  participantCount: z.number().int().nonnegative(),
  participants: z.array(PersonRefSchema),
  /** Moves on every change of the session or its participants: send it back as expectedVersion. */
  version: z.number().int().positive(),
});
export type PlannedSession = z.infer<typeof PlannedSessionSchema>;

/** The seats a proposal holds besides its sessions: accepting it books them too. */
export const ProposalSeatsSchema = z.object({
  trials: z.array(z.object({ participant: RefSchema, school: z.string(), start: StoredLocalTimeSchema, end: StoredLocalTimeSchema })),
  intakes: z.array(z.object({ participant: RefSchema, location: z.string(), start: StoredLocalTimeSchema, end: StoredLocalTimeSchema })),
  care: z.array(z.object({ child: z.string(), provider: z.string(), start: StoredLocalTimeSchema, end: StoredLocalTimeSchema })),
});
export type ProposalSeats = z.infer<typeof ProposalSeatsSchema>;

/** What accepting or discarding a proposal did, per kind. */
export const ProposalCountsSchema = z.object({
  sessions: z.number().int().nonnegative(),
  trials: z.number().int().nonnegative(),
  intakes: z.number().int().nonnegative(),
  care: z.number().int().nonnegative(),
});
export type ProposalCounts = z.infer<typeof ProposalCountsSchema>;

export const WeekViewSchema = z.object({
  weekStart: StoredMondaySchema,
  isoYear: z.number().int(),
  isoWeek: z.number().int().min(1).max(53),
  status: WeekStatusSchema,
  sessions: z.array(PlannedSessionSchema),
  /** Only when the week has proposed seats (trial lessons, startklas, childcare). */
  proposal: ProposalSeatsSchema.optional(),
  /**
   * On the team server, while someone plans this week (a planner run until its proposal is
   * accepted or discarded): who and since when ('YYYY-MM-DDTHH:MM:SS', Amsterdam). `mine` when
   * it is the caller's own account; others cannot start a run or accept meanwhile.
   */
  /** `holder` the account's Dutch label; `holderMsg` the same in the reader's language. */
  planningLock: z.object({ holder: z.string(), holderMsg: msgSchema.optional(), since: z.string(), mine: z.boolean() }).optional(),
});
export type WeekView = z.infer<typeof WeekViewSchema>;

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
      start: StoredLocalTimeSchema,
      end: StoredLocalTimeSchema,
      locationName: z.string(),
      trialSeats: z.number().int(),
      trialBooked: z.array(RefSchema),
    }),
  ),
  intakes: z.array(
    z.object({
      id: z.string(),
      /** The intake the moment belongs to (with the start's date it names the moment for moment.cancel). */
      intakeId: z.string(),
      start: StoredLocalTimeSchema,
      end: StoredLocalTimeSchema,
      locationName: z.string(),
      seats: z.number().int(),
      booked: z.array(RefSchema),
    }),
  ),
  childcare: z.array(
    z.object({
      providerId: z.string(),
      providerName: z.string(),
      kind: z.enum(['kinderopvang', 'vve', 'bso']),
      start: StoredLocalTimeSchema,
      end: StoredLocalTimeSchema,
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
    /**
     * The session's version the change was made on (PlannedSession.version). When the stored
     * one differs the change is refused with code 'stale'. Optional for other systems; the app
     * always sends it.
     */
    expectedVersion: z.number().int().positive().optional(),
  })
  .strict();
export type SessionChange = z.infer<typeof SessionChangeSchema>;

/** A session as published or as it is now, for the list of changes after publication. */
export const SessionSnapshotSchema = z.object({
  start: StoredLocalTimeSchema,
  end: StoredLocalTimeSchema,
  status: SessionStatusSchema,
  room: z.object({ id: z.string(), name: z.string(), locationName: z.string() }),
  consultant: RefSchema,
  interpreter: RefSchema.nullable(),
  participantCount: z.number().int().nonnegative(),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;

export const ChangeKindSchema = z.enum(['moved', 'changed', 'cancelled', 'new']);

/**
 * A published week compared with what was published: the sessions that changed (before and
 * after) and who is affected, each with what changed for them. Participants carry their own
 * consultant's name (who tells them); staff can be sent their updated calendar.
 */
export const WeekChangesSchema = z.object({
  weekStart: StoredMondaySchema,
  status: WeekStatusSchema,
  publishedAt: z.string().nullable(),
  changes: z.array(
    z.object({
      sessionId: z.string(),
      what: ChangeKindSchema,
      kind: SessionKindSchema,
      language: LanguageCodeSchema.nullable(),
      before: SessionSnapshotSchema.nullable(),
      after: SessionSnapshotSchema.nullable(),
    }),
  ),
  affected: z.array(
    z.object({
      role: z.enum(['consultant', 'interpreter', 'participant']),
      id: z.string(),
      name: z.string(),
      consultant: z.string().nullable(),
      changes: z.array(z.object({ sessionId: z.string(), what: ChangeKindSchema })),
    }),
  ),
});
export type WeekChanges = z.infer<typeof WeekChangesSchema>;

export const weekCalls = {
  'week.get': {
    input: z.object({ weekStart: MondaySchema }).strict(),
    output: WeekViewSchema,
  },
  'week.resources': { input: weekInput, output: WeekResourcesSchema },
  'week.layers': { input: weekInput, output: WeekLayersSchema },
  'week.planning': { input: weekInput, output: WeekPlanningSchema },
  /** Accept all proposed sessions of the week, or only those listed. */
  'proposal.accept': {
    input: z.object({ weekStart: MondaySchema, sessionIds: z.array(z.string().min(1)).optional(), confirmPublished: z.boolean().default(false) }).strict(),
    output: z.object({ accepted: z.number().int(), counts: ProposalCountsSchema }),
  },
  'proposal.discard': { input: publishedWeekInput, output: z.object({ discarded: z.number().int(), counts: ProposalCountsSchema }) },
  /** A change to a published week needs confirmPublished: true and is logged. */
  'session.update': {
    input: SessionChangeSchema.extend({ confirmPublished: z.boolean().default(false) }).strict(),
    output: z.object({ session: PlannedSessionSchema }),
  },
  /**
   * Cancels one session: it is removed with its participants' bookings (their steps are open to
   * book again, the staff are free); a published week keeps it as published, so the change list
   * and the calendars carry it as cancelled. The reason goes into the audit log. Undo restores it.
   */
  'session.cancel': {
    input: z
      .object({
        sessionId: z.string().min(1),
        reason: z.string().trim().max(500).optional(),
        expectedVersion: z.number().int().positive().optional(),
        confirmPublished: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ weekStart: StoredMondaySchema, participantCount: z.number().int().nonnegative() }),
  },
  'session.pin': {
    input: z.object({ sessionId: z.string().min(1), pinned: z.boolean(), expectedVersion: z.number().int().positive().optional() }).strict(),
    output: z.object({ session: PlannedSessionSchema }),
  },
  /** Publishes the week, or publishes it again after changes: what is published becomes the week as it is now. */
  'week.publish': { input: weekInput, output: z.object({ status: WeekStatusSchema }) },
  /** What changed since the week was published and who must be told. */
  'week.changes': { input: weekInput, output: WeekChangesSchema },
} as const;
