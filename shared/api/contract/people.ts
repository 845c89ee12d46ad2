// Participants and households of the own region (issue 10, items 3, 4 and 6): the client page,
// the participant and household forms, the client's steps, ending a trajectory and the AVG
// erasure. The coordinator may do all of it; a consultant only for their own clients (the
// service refuses others with one sentence that names nobody). The `...FormSchema` exports
// are for the renderer: the same checks and Dutch messages as the calls.
import { z } from 'zod';
import { LANGUAGES } from '../../domain/languages';
import { DEMAND_KINDS, DIGITAL_SKILLS } from '../../domain/kinds';
import { ROUTES } from '../../domain/routes';
import {
  DemandKindSchema,
  DigitalSkillSchema,
  LanguageCodeSchema,
  PersonHintSchema,
  RefSchema,
  RouteSchema,
  SessionStatusSchema,
  StoredDateSchema,
  StoredLocalTimeSchema,
} from './common';
import { TermStatusSchema } from './deadlines';
import { OverrideNoteSchema, TrialOutcomeSchema } from './caseload';
import { dateField, idField, intField, optionalTextField, patternsField, refField, textField } from './manage-common';
import { chooseMsg, formMsg, labelledMsg, msgSchema, type FieldLabel } from '../../messages';

export const MIGRANT_KINDS = ['statushouder', 'gezinsmigrant'] as const;
const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [string, ...string[]];

const languageField = (label: FieldLabel) => z.enum(LANGUAGE_CODES, { error: labelledMsg(label, 'chooseLanguage') });
const optionalDate = (label: FieldLabel) => dateField(label).nullable().default(null);
const participantId = z.string({ error: chooseMsg('participant') }).min(1, { error: chooseMsg('participant') });
/** Apply even though bookings are cancelled: without it the answer lists them and nothing changes. */
const confirmField = z.boolean().default(false);

// ---------------------------------------------------------------- the participant form

const participantShape = {
  id: idField,
  givenName: textField('givenName', 60),
  familyName: optionalTextField('familyName', 80).transform((s) => s ?? ''),
  gemeenteId: refField('gemeente'),
  /** Where the person lives (a woonkern of the gemeente); default: the gemeente's first place. */
  homeLocationId: z.string().min(1).nullable().default(null),
  migrantKind: z.enum(MIGRANT_KINDS, { error: formMsg('migrantKind') }),
  /** Statushouder: the koppeling to the gemeente (start of the PIP term). */
  koppelingDate: optionalDate('koppelingDate'),
  /** Gezinsmigrant: arrival and registration in the gemeente (start of the PIP term). */
  registrationDate: optionalDate('registrationDate'),
  housingDate: optionalDate('housingDate'),
  language: languageField('language'),
  otherLanguages: z
    .array(languageField('otherLanguages'), { error: labelledMsg('otherLanguages', 'giveList') })
    .max(10, { error: labelledMsg('otherLanguages', 'atMostItems', { max: 10 }) })
    .refine((l) => new Set(l).size === l.length, { error: labelledMsg('otherLanguages', 'eachLanguageOnce') })
    .default([]),
  digitalSkill: z.enum(DIGITAL_SKILLS, { error: labelledMsg('digitalSkill', 'digitalSkill') }),
  routeIndication: z
    .enum(ROUTES, { error: labelledMsg('routeIndication', 'routeOrEmpty') })
    .nullable()
    .default(null),
  /** Weekly busy times such as work. */
  busy: patternsField('busy').default([]),
  /** The consultant; a consultant creates clients only for themselves (null = themselves). */
  consultantId: z.string().min(1).nullable().default(null),
};

function checkParticipant(
  v: { migrantKind: string; koppelingDate: string | null; registrationDate: string | null; housingDate: string | null; language: string; otherLanguages: string[] },
  ctx: z.RefinementCtx,
): void {
  if (v.migrantKind === 'statushouder' && !v.koppelingDate) ctx.addIssue({ code: 'custom', message: formMsg('koppelingRequired'), path: ['koppelingDate'] });
  if (v.migrantKind === 'gezinsmigrant') {
    if (!v.registrationDate) ctx.addIssue({ code: 'custom', message: formMsg('arrivalRequired'), path: ['registrationDate'] });
    if (v.koppelingDate) ctx.addIssue({ code: 'custom', message: labelledMsg('koppelingDate', 'noKoppelingForFamily'), path: ['koppelingDate'] });
  }
  if (v.migrantKind === 'statushouder' && v.registrationDate)
    ctx.addIssue({ code: 'custom', message: labelledMsg('arrivalDate', 'arrivalOnlyForFamily'), path: ['registrationDate'] });
  if (v.housingDate && v.koppelingDate && v.housingDate < v.koppelingDate) ctx.addIssue({ code: 'custom', message: formMsg('housingBeforeKoppeling'), path: ['housingDate'] });
  if (v.otherLanguages.includes(v.language)) ctx.addIssue({ code: 'custom', message: labelledMsg('otherLanguages', 'firstLanguageNotAgain'), path: ['otherLanguages'] });
}

export const ParticipantFormSchema = z.object(participantShape).strict().superRefine(checkParticipant);
export type ParticipantForm = z.input<typeof ParticipantFormSchema>;
const participantSave = z
  .object({
    ...participantShape,
    reason: optionalTextField('reason', 200),
    /** The version the form was filled on (ParticipantDetail.version); another stored one is refused as 'stale'. */
    expectedVersion: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine(checkParticipant);

// ---------------------------------------------------------------- household form

const ChildFormSchema = z
  .object({
    id: idField,
    givenName: textField('childGivenName', 60),
    birthDate: dateField('birthDate'),
    /** Times care is already arranged every week, such as school. */
    covered: patternsField('covered').default([]),
  })
  .strict();

const householdShape = {
  participantId,
  /** Adults of the household who are not participants (a Dutch partner): they count as at home. */
  adultsOutside: intField('adultsOutside', 0, 6).default(0),
  /** Partners who are participants: the full list (one left out leaves the household). */
  partnerIds: z
    .array(z.string().min(1), { error: labelledMsg('partners', 'giveList') })
    .max(4, { error: labelledMsg('partners', 'atMostItems', { max: 4 }) })
    .default([]),
  /** The full list of children: one without id is added, one left out is removed. */
  children: z
    .array(ChildFormSchema, { error: labelledMsg('children', 'giveList') })
    .max(15, { error: labelledMsg('children', 'atMostItems', { max: 15 }) })
    .default([]),
};
export const HouseholdFormSchema = z.object(householdShape).strict();
export type HouseholdForm = z.input<typeof HouseholdFormSchema>;

// ---------------------------------------------------------------- answers

export const PersonBookingSchema = z.object({
  kind: DemandKindSchema,
  /** Dutch, e.g. "Proefles Taalschool Noord (B1-ochtend)": `labelMsg` in Dutch. */
  label: z.string(),
  /** What it is, for the reader's language. */
  labelMsg: msgSchema,
  start: StoredLocalTimeSchema,
  end: StoredLocalTimeSchema,
  locationName: z.string(),
  status: SessionStatusSchema,
  /** A trial lesson the client did not come to (the school's word): past, no longer holding its step. */
  missed: z.boolean(),
  /** Booked with "Toch boeken". */
  override: OverrideNoteSchema.optional(),
});

export const StepSchema = z.object({
  demandId: z.string(),
  kind: DemandKindSchema,
  /** Dutch, e.g. "Proefles Taalschool Noord": `labelMsg` in Dutch. */
  label: z.string(),
  /** What the step is, for the reader's language. */
  labelMsg: msgSchema,
  school: RefSchema.nullable(),
  status: z.enum(['open', 'planned', 'done']),
  earliestDate: StoredDateSchema.nullable(),
  dueDate: StoredDateSchema.nullable(),
  booking: PersonBookingSchema.nullable(),
});
export type Step = z.infer<typeof StepSchema>;

const WeeklyTimeSchema = z.object({ weekday: z.number().int(), start: z.string(), end: z.string() });

export const ParticipantDetailSchema = z.object({
  person: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    name: z.string(),
    /** What tells this person apart from same-named others (gemeente, else also client number), as every list shows it. */
    hint: PersonHintSchema.optional(),
    gemeente: RefSchema,
    homeLocation: RefSchema,
    migrantKind: z.enum(MIGRANT_KINDS),
    koppelingDate: StoredDateSchema.nullable(),
    registrationDate: StoredDateSchema.nullable(),
    housingDate: StoredDateSchema.nullable(),
    pipDate: StoredDateSchema.nullable(),
    language: LanguageCodeSchema,
    otherLanguages: z.array(LanguageCodeSchema),
    digitalSkill: DigitalSkillSchema,
    routeIndication: RouteSchema.nullable(),
    consultant: RefSchema.nullable(),
    busy: z.array(WeeklyTimeSchema),
    endedOn: StoredDateSchema.nullable(),
    endReason: z.string().nullable(),
    erased: z.boolean(),
  }),
  terms: z.object({ pip: TermStatusSchema, activity: TermStatusSchema }),
  household: z
    .object({
      name: z.string(),
      adultsOutside: z.number().int(),
      /** Send back as expectedVersion with households.save. */
      version: z.number().int().positive(),
      partners: z.array(RefSchema),
      children: z.array(
        z.object({
          id: z.string(),
          givenName: z.string(),
          birthDate: StoredDateSchema,
          ageMonths: z.number().int(),
          covered: z.array(WeeklyTimeSchema),
        }),
      ),
    })
    .nullable(),
  /** Open and planned steps in the consultant's order, then the done ones. */
  steps: z.array(StepSchema),
  bookings: z.object({ past: z.array(PersonBookingSchema), coming: z.array(PersonBookingSchema) }),
  trialOutcomes: z.array(TrialOutcomeSchema),
  /**
   * Newest first: what changed, who did it, when (UTC) and why; no ids, no values. `whatMsg`,
   * `whoMsg` and `whyMsg` are the messages the page writes in the reader's language; `what`, `who`
   * and `why` their Dutch.
   */
  history: z.array(z.object({ at: z.string(), who: z.string(), what: z.string(), why: z.string(), whoMsg: msgSchema, whatMsg: msgSchema, whyMsg: msgSchema })),
  /** The version of the participant's form data: send it back as expectedVersion with participants.save. */
  version: z.number().int().positive(),
});
export type ParticipantDetail = z.infer<typeof ParticipantDetailSchema>;

/**
 * The answer to every change of this area. applied = false: nothing changed (a preview, or
 * bookings would be cancelled and the call was not confirmed); `message` says why in Dutch and
 * `bookings` lists what a confirmation would cancel.
 */
export const PeopleOutcomeSchema = z.object({
  applied: z.boolean(),
  /** The participant (a new one's id), or null. */
  id: z.string().nullable(),
  message: z.string(),
  bookings: z.array(PersonBookingSchema),
});
export type PeopleOutcome = z.infer<typeof PeopleOutcomeSchema>;

export const StepsOutcomeSchema = PeopleOutcomeSchema.extend({ steps: z.array(StepSchema) });

export const ErasePreviewSchema = z.object({
  /** Dutch sentences: what will go, what stays as an anonymous placeholder (`removesMsg`, `keepsMsg` in Dutch). */
  removes: z.array(z.string()),
  keeps: z.array(z.string()),
  /** The same as messages, for the reader's language. */
  removesMsg: z.array(msgSchema),
  keepsMsg: z.array(msgSchema),
  futureBookings: z.array(PersonBookingSchema),
  pastBookings: z.number().int(),
});

// ---------------------------------------------------------------- calls

/** What the participant and step forms choose from: gemeenten, consultants (a consultant: only themselves), schools. */
export const PeopleOptionsSchema = z.object({
  gemeenten: z.array(RefSchema),
  consultants: z.array(RefSchema),
  schools: z.array(RefSchema),
});
export type PeopleOptions = z.infer<typeof PeopleOptionsSchema>;

export const peopleCalls = {
  /** The choices of the participant form and the step form. */
  'people.options': { input: z.object({}).strict(), output: PeopleOptionsSchema },
  /** Everything the client page shows; the read is audited. */
  'participants.get': { input: z.object({ id: participantId }).strict(), output: ParticipantDetailSchema },
  /** Creates (no id) or updates a participant; a new one gets the standard steps. */
  'participants.save': { input: participantSave, output: PeopleOutcomeSchema },
  /** The participant's household: created when needed; partners, other adults, children. */
  /** Removing a child with childcare booked from today on says so; with confirm that care is cancelled. */
  'households.save': {
    input: z
      .object({
        ...householdShape,
        confirm: confirmField,
        /** The household's version the form was filled on (ParticipantDetail.household.version); another is refused as 'stale'. */
        expectedVersion: z.number().int().positive().optional(),
      })
      .strict(),
    output: PeopleOutcomeSchema,
  },
  /** Puts two participants in one household (the first one's, or the partner's, or a new one). */
  'households.link': { input: z.object({ participantId, partnerId: participantId }).strict(), output: PeopleOutcomeSchema },
  'steps.add': {
    input: z
      .object({
        participantId,
        kind: z.enum(DEMAND_KINDS, { error: labelledMsg('stepKind', 'chooseStep') }),
        schoolId: z.string().min(1).nullable().default(null),
        earliestDate: dateField('from').nullable().default(null),
        dueDate: dateField('dueDate').nullable().default(null),
      })
      .strict(),
    output: StepsOutcomeSchema,
  },
  /** Removing a step with a booking lists the booking; with confirm the booking is cancelled too. */
  'steps.remove': { input: z.object({ participantId, demandId: z.string().min(1), confirm: confirmField }).strict(), output: StepsOutcomeSchema },
  /** The open and planned steps in the new order (all of them, each once). */
  'steps.reorder': {
    input: z
      .object({
        participantId,
        demandIds: z
          .array(z.string().min(1))
          .min(1, { error: labelledMsg('order', 'giveSteps') })
          .max(50),
      })
      .strict(),
    output: StepsOutcomeSchema,
  },
  /** "Traject beëindigen": out of planning, history kept; bookings from the date on are listed and cancelled only with confirm. */
  'participants.end': {
    input: z.object({ id: participantId, date: dateField('endDate'), reason: textField('reason', 200), confirm: confirmField }).strict(),
    output: PeopleOutcomeSchema,
  },
  /** What "Gegevens verwijderen" would remove and keep. */
  'participants.erasePreview': { input: z.object({ id: participantId }).strict(), output: ErasePreviewSchema },
  /** The AVG erasure; only with confirm: true (after the preview). */
  'participants.erase': {
    input: z.object({ id: participantId, confirm: z.literal(true, { error: formMsg('confirmErase') }) }).strict(),
    output: PeopleOutcomeSchema,
  },
} as const;
