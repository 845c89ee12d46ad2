// What a consultant books for a client: a toets, trial lessons (with childcare), a startklas
// intake, a group information session. Each answer carries the household warnings.
import { z } from 'zod';
import {
  LanguageCodeSchema,
  LaptopKindSchema,
  LocalTimeSchema,
  RefSchema,
  RouteSchema,
  SessionStatusSchema,
  participantInput,
  participantWeekInput,
  weekInput,
  StoredDateSchema,
  StoredLocalTimeSchema,
} from './common';
import { msgSchema } from '../../messages';

export const HouseholdWarningSchema = z.object({
  kind: z.enum(['partner', 'childcare', 'busy']),
  /** Dutch, e.g. "Valt samen met de proefles van Ahmad in Gorinchem (di 24 nov 09:00-11:00)." */
  message: z.string(),
  /** The same as data, written in the reader's language by the renderer. */
  msg: msgSchema.optional(),
});

export const ToetsSlotSchema = z.object({
  sessionId: z.string(),
  start: StoredLocalTimeSchema,
  end: StoredLocalTimeSchema,
  status: SessionStatusSchema,
  roomName: z.string(),
  locationName: z.string(),
  gemeente: z.string(),
  consultant: RefSchema,
  /** Free laptops of the kind this client needs. */
  freeLaptops: z.number().int(),
  /** What booking this slot would break (the checker's hard rules for the client and their household), Dutch; empty when it fits. */
  problems: z.array(HouseholdWarningSchema),
});
export type ToetsSlot = z.infer<typeof ToetsSlotSchema>;

/** A group information session as the consultant reads it: when, where, in what language. */
const GroupInfoSessionSchema = z.object({
  sessionId: z.string(),
  start: StoredLocalTimeSchema,
  end: StoredLocalTimeSchema,
  language: LanguageCodeSchema,
  locationName: z.string(),
});

/** "Toch boeken": the consultant books an option that breaks a hard rule, with the reason (audited). */
export const OverrideSchema = z
  .object({
    reason: z.string().trim().min(3, { message: 'geef in een paar woorden aan waarom u toch boekt.' }).max(500, { message: 'hooguit 500 tekens.' }),
  })
  .strict();

export const ChildcareOfferSchema = z.object({
  childId: z.string(),
  childName: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  /** The provider's town (gemeente): it may be another town than the client's. */
  town: z.string(),
  slotStart: StoredLocalTimeSchema,
  slotEnd: StoredLocalTimeSchema,
});
export type ChildcareOffer = z.infer<typeof ChildcareOfferSchema>;

export const TrialOptionSchema = z.object({
  classId: z.string(),
  className: z.string(),
  route: RouteSchema,
  start: StoredLocalTimeSchema,
  end: StoredLocalTimeSchema,
  locationName: z.string(),
  trialFree: z.number().int(),
  warnings: z.array(HouseholdWarningSchema),
  /** Free childcare seats that would take away the childcare warning (one per child). */
  childcareOffers: z.array(ChildcareOfferSchema),
});
export type TrialOption = z.infer<typeof TrialOptionSchema>;

export const TrialBookingSchema = z.object({
  bookingId: z.string(),
  school: RefSchema,
  classId: z.string(),
  className: z.string(),
  start: StoredLocalTimeSchema,
  end: StoredLocalTimeSchema,
});

export const IntakeRefSchema = z.object({ intakeId: z.string(), date: StoredDateSchema, start: StoredLocalTimeSchema, end: StoredLocalTimeSchema, locationName: z.string() });

export const bookingCalls = {
  /** Toets sessions of a week that fit this client; reason says why none fits (Dutch). */
  'toets.slots': {
    input: participantWeekInput,
    output: z.object({
      laptopKind: LaptopKindSchema,
      slots: z.array(ToetsSlotSchema),
      reason: z.string().nullable(),
      /** The reason as data, for the reader's language. */
      reasonMsg: msgSchema.nullable(),
      booked: ToetsSlotSchema.nullable(),
    }),
  },
  /** Books the client's toets; an existing toets booking is moved (rebook). A slot that breaks a hard rule is refused unless `override` gives the reason to book it anyway (recorded in the audit). */
  'toets.book': {
    input: z.object({ participantId: z.string().min(1), sessionId: z.string().min(1), override: OverrideSchema.optional() }).strict(),
    output: z.object({ booked: ToetsSlotSchema, warnings: z.array(HouseholdWarningSchema) }),
  },
  'toets.cancel': { input: participantInput, output: z.object({ cancelled: z.boolean() }) },
  /** Toets rooms and whether the signed-in consultant may open a slot (certified). */
  'toets.rooms': {
    input: weekInput,
    output: z.object({
      certified: z.boolean(),
      rooms: z.array(
        z.object({ id: z.string(), name: z.string(), locationName: z.string(), gemeente: z.string(), laptopsTouch: z.number().int(), laptopsMouse: z.number().int() }),
      ),
    }),
  },
  /** A certified consultant opens a toets slot (toets length) in a free toets room. */
  'toets.openSlot': {
    input: z.object({ roomId: z.string().min(1), start: LocalTimeSchema }).strict(),
    output: z.object({ slot: ToetsSlotSchema }),
  },
  /** Trial-lesson options at each school for this week and the next (or the first later week with a free seat), with household warnings. */
  'trial.options': {
    input: participantWeekInput,
    output: z.object({
      schools: z.array(
        z.object({
          school: RefSchema,
          options: z.array(TrialOptionSchema),
          booked: TrialBookingSchema.nullable(),
          /** Dutch, when this school has nothing this week or next (the options are then the first later ones, if any). */
          reason: z.string().nullable(),
          /** The reason as data, for the reader's language. */
          reasonMsg: msgSchema.nullable(),
        }),
      ),
      /** What already breaks the household rule in the weeks shown, with or without any option: said once, above the options, never under one. */
      existing: z.array(msgSchema),
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
        /** "Toch boeken": the reason to book lessons that break a hard rule (else refused, field 'override'). */
        override: OverrideSchema.optional(),
      })
      .strict(),
    output: z.object({
      bookings: z.array(TrialBookingSchema),
      warnings: z.array(HouseholdWarningSchema),
      /** The childcare booked with the lessons, to say so after booking. */
      childcare: z.array(z.object({ childName: z.string(), providerName: z.string(), town: z.string(), slotStart: StoredLocalTimeSchema, slotEnd: StoredLocalTimeSchema })),
    }),
  },
  'trial.cancel': { input: z.object({ bookingId: z.string().min(1) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** Next startklas intake with a free seat, else the waiting list. */
  /** An intake that would break a hard rule for the client's household is skipped; when only such intakes are free, the call is refused (field 'override') unless `override` gives the reason to book the first anyway. */
  /**
   * The startklas intake moments of the coming weeks the consultant can choose from: each with its
   * free seats, what booking it would break (`problems`: booking then needs "Toch boeken") and the
   * partners' appointments then (`warnings`: said, not refused); `current`: the client's booked
   * intake (nothing to choose), `waitingPosition`: their place on the list; `window`: until when
   * moments are offered and what set that day (shared/domain/intake-window.ts), null with `current`.
   */
  'startklas.options': {
    input: participantInput,
    output: z.object({
      current: IntakeRefSchema.nullable(),
      waitingPosition: z.number().int().positive().nullable(),
      options: z.array(IntakeRefSchema.extend({ freeSeats: z.number().int().nonnegative(), problems: z.array(HouseholdWarningSchema), warnings: z.array(HouseholdWarningSchema) })),
      window: z.object({ until: StoredDateSchema, by: z.enum(['activity', 'pip', 'min', 'max']) }).nullable(),
    }),
  },
  /** `intakeId` and `date`: book exactly that moment (from startklas.options); refused (field 'intakeId') when it has filled up or is gone. */
  'startklas.register': {
    input: z
      .object({
        participantId: z.string().min(1),
        intakeId: z.string().min(1).max(64).optional(),
        date: StoredDateSchema.optional(),
        override: OverrideSchema.optional(),
      })
      .strict(),
    output: z.object({
      status: z.enum(['booked', 'waiting']),
      intake: IntakeRefSchema.nullable(),
      waitingPosition: z.number().int().positive().nullable(),
      /** What the booking brings for the household (Dutch); empty when nothing. */
      warnings: z.array(HouseholdWarningSchema),
    }),
  },
  /** Frees the client's intake seat (or waiting place); the first on the waiting list moves up. */
  'startklas.cancel': {
    input: participantInput,
    output: z.object({ cancelled: z.boolean(), movedUp: RefSchema.nullable() }),
  },
  /**
   * What "Op de lijst zetten" would do, before it is done: the group session the client would be
   * put in (the first in their language with a seat that breaks no hard rule, else the first with
   * a seat), what it would break (`problems`: booking then needs "Toch boeken") and the partners'
   * appointments at that time (`warnings`); no session: the client goes on the list for one.
   */
  'groupInfo.preview': {
    input: participantInput,
    output: z.object({
      /** The client is already in this session (nothing to book). */
      already: z.boolean(),
      session: GroupInfoSessionSchema.extend({ freeSeats: z.number().int().nonnegative() }).nullable(),
      problems: z.array(HouseholdWarningSchema),
      warnings: z.array(HouseholdWarningSchema),
    }),
  },
  /**
   * Puts the client in the next group session in their language that breaks no hard rule (else
   * refused, field 'override', unless `override` gives the reason), or on the list for one.
   * `sessionId`: the session the preview showed; refused (field 'sessionId') when it has no seat left.
   */
  'groupInfo.enlist': {
    input: z.object({ participantId: z.string().min(1), sessionId: z.string().min(1).max(64).optional(), override: OverrideSchema.optional() }).strict(),
    output: z.object({
      /** What the booking brings for the household (Dutch); empty when nothing. */
      warnings: z.array(HouseholdWarningSchema),
      session: GroupInfoSessionSchema.nullable(),
      /** Dutch: when it is, or that the client is on the list. */
      message: z.string(),
      /** The same as data, for the reader's language. */
      msg: msgSchema,
    }),
  },
} as const;
