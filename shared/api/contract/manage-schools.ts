// Beheer, language schools and their classes, and the startklas intake moments.
// A school liaison may list and save the classes of their own school (classes.list, classes.save).
import { z } from 'zod';
import { formMsg, labelledMsg } from '../../messages';
import { ROUTES } from '../../domain/routes';
import { RouteSchema } from './common';
import {
  ChangeOutcomeSchema,
  RefOptionSchema,
  RemoveInputSchema,
  UsageSchema,
  dateField,
  endAfterStart,
  formAndSave,
  idField,
  intField,
  listOf,
  refField,
  textField,
  timeField,
  untilNotBeforeFrom,
  weekdayField,
  stampField,
} from './manage-common';

// Schools -------------------------------------------------------------------------------------

export const SchoolItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  name: z.string(),
  locationId: z.string().nullable(),
  locationName: z.string().nullable(),
  /** Classes in use, and all classes (in or out of use). */
  classes: z.number().int(),
  allClasses: z.number().int(),
  /** Trial-lesson requests of participants for this school (open, planned or done). */
  trialDemands: z.number().int(),
  trialBookings: UsageSchema,
});
export type SchoolItem = z.infer<typeof SchoolItemSchema>;

const school = formAndSave({ id: idField, name: textField('name'), locationId: z.string().min(1).nullable().default(null) });
export const SchoolFormSchema = school.form;
export type SchoolForm = z.input<typeof SchoolFormSchema>;

// Classes -------------------------------------------------------------------------------------

export const LessonTimeSchema = z
  .object({ weekday: weekdayField, start: timeField('start'), end: timeField('end') })
  .strict()
  .superRefine((v, ctx) => endAfterStart(v, ctx));

export const ClassItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  schoolId: z.string(),
  schoolName: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  name: z.string(),
  route: RouteSchema,
  capacity: z.number().int(),
  placesTaken: z.number().int(),
  trialSeats: z.number().int(),
  lessons: z.array(LessonTimeSchema),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  active: z.boolean(),
  trialBookings: UsageSchema,
});
export type ClassItem = z.infer<typeof ClassItemSchema>;

const klass = formAndSave(
  {
    id: idField,
    schoolId: refField('languageSchool'),
    locationId: refField('location'),
    name: textField('name'),
    route: z.enum(ROUTES, { error: labelledMsg('route', 'route') }),
    capacity: intField('capacity', 1, 200),
    placesTaken: intField('placesTaken', 0, 200),
    trialSeats: intField('trialSeats', 0, 50),
    lessons: z
      .array(LessonTimeSchema, { error: labelledMsg('lessons', 'giveList') })
      .min(1, { error: labelledMsg('lessons', 'atLeastOneLesson') })
      .max(30, { error: labelledMsg('lessons', 'atMostItems', { max: 30 }) }),
    firstDate: dateField('firstDate').nullable().default(null),
    lastDate: dateField('lastDate').nullable().default(null),
    active: z.boolean().default(true),
  },
  (v, ctx) => {
    if (v.placesTaken > v.capacity) ctx.addIssue({ code: 'custom', message: formMsg('placesOverCapacity'), path: ['placesTaken'] });
    untilNotBeforeFrom(v.firstDate, v.lastDate, ctx, 'lastDate', 'lastDate');
  },
);
export const ClassFormSchema = klass.form;
export type ClassForm = z.input<typeof ClassFormSchema>;

// Startklas intake moments --------------------------------------------------------------------

export const StartklasIntakeItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  locationId: z.string(),
  locationName: z.string(),
  weekday: z.number().int(),
  start: z.string(),
  end: z.string(),
  seats: z.number().int(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  active: z.boolean(),
  bookings: UsageSchema,
});
export type StartklasIntakeItem = z.infer<typeof StartklasIntakeItemSchema>;

const intake = formAndSave(
  {
    id: idField,
    locationId: refField('location'),
    weekday: weekdayField,
    start: timeField('start'),
    end: timeField('end'),
    seats: intField('seats', 0, 100),
    validFrom: dateField('from').nullable().default(null),
    validUntil: dateField('until').nullable().default(null),
    active: z.boolean().default(true),
  },
  (v, ctx) => {
    endAfterStart(v, ctx);
    untilNotBeforeFrom(v.validFrom, v.validUntil, ctx, 'validUntil', 'until');
  },
);
export const StartklasIntakeFormSchema = intake.form;
export type StartklasIntakeForm = z.input<typeof StartklasIntakeFormSchema>;

export const manageSchoolCalls = {
  'schools.list': { input: z.object({}).strict(), output: listOf(SchoolItemSchema).extend({ locations: z.array(RefOptionSchema) }) },
  'schools.save': { input: school.save, output: ChangeOutcomeSchema },
  /** Erases the school; refused while it has classes (in or out of use), trial-lesson requests or outcomes. */
  'schools.remove': { input: RemoveInputSchema, output: ChangeOutcomeSchema },
  /** Coordinator: every class (filter by schoolId if given). Liaison: their own school's classes only. */
  'classes.list': {
    input: z.object({ schoolId: z.string().min(1).optional() }).strict(),
    output: listOf(ClassItemSchema).extend({ schools: z.array(RefOptionSchema), locations: z.array(RefOptionSchema) }),
  },
  /** Coordinator: any class. Liaison: only a class of their own school (new or existing). */
  'classes.save': { input: klass.save, output: ChangeOutcomeSchema },
  /**
   * Without trial bookings or outcomes: erased. Otherwise taken out of use (history keeps it);
   * with trial bookings from this week on only with confirm: they stay and show as conflicts.
   */
  'classes.remove': { input: RemoveInputSchema, output: ChangeOutcomeSchema },
  'startklasIntakes.list': { input: z.object({}).strict(), output: listOf(StartklasIntakeItemSchema).extend({ locations: z.array(RefOptionSchema) }) },
  'startklasIntakes.save': { input: intake.save, output: ChangeOutcomeSchema },
  /** As classes.remove, for intake bookings. */
  'startklasIntakes.remove': { input: RemoveInputSchema, output: ChangeOutcomeSchema },
} as const;
