// The consultant's own clients: their next steps, terms, trial outcomes and household.
import { z } from 'zod';
import {
  DemandKindSchema,
  DigitalSkillSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  MondaySchema,
  PersonHintSchema,
  RefSchema,
  RouteSchema,
  SessionStatusSchema,
  StoredDateSchema,
  StoredLocalTimeSchema,
  StoredMondaySchema,
} from './common';
import { TermStatusSchema } from './deadlines';
import { msgSchema } from '../../messages';

/** A booking made with "Toch boeken": the reason, and what it breaks with who booked it and when. */
export const OverrideNoteSchema = z.object({
  reason: z.string(),
  /** "Geboekt ondanks: … Reden: … (wie, wanneer)." */
  msg: msgSchema,
  /** The same in Dutch. */
  note: z.string(),
});
export type OverrideNote = z.infer<typeof OverrideNoteSchema>;

/** A booked appointment in words the consultant reads: what, when, where. */
export const AppointmentSchema = z.object({
  kind: DemandKindSchema,
  /** Dutch, e.g. "Proefles Taalschool Noord (B1-ochtend)": `labelMsg` in Dutch. */
  label: z.string(),
  /** What it is, for the reader's language. */
  labelMsg: msgSchema,
  start: StoredLocalTimeSchema,
  end: StoredLocalTimeSchema,
  locationName: z.string(),
  status: SessionStatusSchema,
  /** Booked with "Toch boeken" (a step's own booking only). */
  override: OverrideNoteSchema.optional(),
});
export type Appointment = z.infer<typeof AppointmentSchema>;

export const TrialOutcomeSchema = z.object({
  bookingId: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  lessonStart: StoredLocalTimeSchema,
  attended: z.boolean(),
  routeAdvice: RouteSchema.nullable(),
  recordedAt: z.string(),
});
export type TrialOutcome = z.infer<typeof TrialOutcomeSchema>;

export const CaseloadItemSchema = z.object({
  participant: z.object({
    id: z.string(),
    name: z.string(),
    /** What sets this person apart from others with the same name. */
    hint: PersonHintSchema.optional(),
    language: LanguageCodeSchema,
    gemeente: z.string(),
    digitalSkill: DigitalSkillSchema,
    routeIndication: RouteSchema.nullable(),
    migrantKind: z.enum(['statushouder', 'gezinsmigrant']),
    /** The day the PIP was set; null while it is not. */
    pipDate: StoredDateSchema.nullable(),
  }),
  /** Open or booked next steps (demands); done steps are left out. */
  steps: z.array(
    z.object({
      demandId: z.string(),
      kind: DemandKindSchema,
      school: RefSchema.nullable(),
      status: z.enum(['open', 'planned', 'done']),
      booking: AppointmentSchema.nullable(),
      /** Position on the startklas waiting list (1 = next), null when not waiting. */
      waitingPosition: z.number().int().positive().nullable(),
      /** Group information with nothing booked: the day the client was put on the list for a session (absent when not). */
      listedOn: StoredDateSchema.optional(),
      /**
       * Where the step stands: 'toBook' (nothing booked), 'booked' (coming), 'waiting' (startklas
       * list), 'past' (the appointment has been, outcome not yet in), 'noShow' (the client did not
       * come: to book again; `booking` is then the missed one).
       */
      state: z.enum(['toBook', 'booked', 'waiting', 'past', 'noShow']),
    }),
  ),
  pip: TermStatusSchema,
  activity: TermStatusSchema,
  /** The more urgent of the two terms. */
  urgency: z.enum(['missed', 'warning', 'ok', 'unknown', 'planned', 'met']),
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
          /** Written with formatAge (shared/messages): months under 2 years, then years. */
          ageMonths: z.number().int(),
          /** Needs care when the parents are away (younger than 12). */
          needsCare: z.boolean(),
          care: z.array(z.object({ providerName: z.string(), kind: z.enum(['kinderopvang', 'vve', 'bso', 'school']), start: StoredLocalTimeSchema, end: StoredLocalTimeSchema })),
        }),
      ),
    })
    .nullable(),
});
export type CaseloadItem = z.infer<typeof CaseloadItemSchema>;

export const caseloadCalls = {
  /**
   * The consultant's own clients; urgency 'urgent' = missed or warning on a term. The
   * coordinator asks for one participant (participantId): their item, to book for them by hand.
   */
  'consultant.caseload': {
    input: z
      .object({
        urgency: z.enum(['all', 'urgent']).default('all'),
        /** Only clients with this step still to book (nothing booked, or a no-show). */
        step: DemandKindSchema.optional(),
        /** Only clients with some step still to book. */
        toBook: z.boolean().optional(),
        /** Part of the client's name (any case). */
        search: z.string().trim().max(100).optional(),
        /** The week whose bookings count as "this week" for household context; default: this week. */
        weekStart: MondaySchema.optional(),
        /** Only this participant (the coordinator's "handmatig boeken": required for the coordinator). */
        participantId: z.string().trim().min(1).max(64).optional(),
      })
      .strict(),
    output: z.object({ weekStart: StoredMondaySchema, items: z.array(CaseloadItemSchema) }),
  },
  /** The day the client's PIP was set (null: not yet); answers the PIP term as it now stands. */
  'pip.set': {
    input: z.object({ participantId: z.string().min(1), pipDate: IsoDateSchema.nullable() }).strict(),
    output: z.object({ pip: TermStatusSchema }),
  },
} as const;
