// The language-school liaison's view of their own school: class capacity, trial seats and
// the outcome of each trial lesson.
import { z } from 'zod';
import { LanguageCodeSchema, MondaySchema, RefSchema, RouteSchema, ClockTimeSchema, StoredDateSchema, StoredLocalTimeSchema, StoredMondaySchema } from './common';

export const ClassCapacitySchema = z.object({
  id: z.string(),
  name: z.string(),
  route: RouteSchema,
  locationName: z.string(),
  capacity: z.number().int(),
  placesTaken: z.number().int(),
  placesFree: z.number().int(),
  trialSeats: z.number().int(),
  lessonTimes: z.array(z.object({ weekday: z.number().int().min(1).max(7), start: ClockTimeSchema, end: ClockTimeSchema })),
  /** Every lesson in the weeks asked for, with trial seats taken and free. */
  lessons: z.array(z.object({ start: StoredLocalTimeSchema, end: StoredLocalTimeSchema, trialBooked: z.number().int(), trialFree: z.number().int() })),
});

export const SchoolCapacitySchema = z.object({
  school: RefSchema,
  weekStart: StoredMondaySchema,
  weeks: z.number().int(),
  classes: z.array(ClassCapacitySchema),
  /** Occupancy per day and day-part over the weeks asked for: places taken + trial bookings vs. capacity. */
  heatmap: z.array(z.object({ date: StoredDateSchema, dayPart: z.enum(['ochtend', 'middag', 'avond']), occupied: z.number().int(), capacity: z.number().int() })),
  /** Who comes for a trial lesson: name, route indication and language only (data minimisation). */
  trialVisitors: z.array(
    z.object({
      bookingId: z.string(),
      name: z.string(),
      routeIndication: RouteSchema.nullable(),
      language: LanguageCodeSchema,
      classId: z.string(),
      className: z.string(),
      start: StoredLocalTimeSchema,
      end: StoredLocalTimeSchema,
      outcome: z.object({ attended: z.boolean(), routeAdvice: RouteSchema.nullable() }).nullable(),
    }),
  ),
});
export type SchoolCapacity = z.infer<typeof SchoolCapacitySchema>;

export const schoolCalls = {
  'school.capacity': {
    input: z.object({ weekStart: MondaySchema, weeks: z.number().int().min(1).max(6).default(3) }).strict(),
    output: SchoolCapacitySchema,
  },
  /** Fewer trial seats than already booked at a coming lesson is refused (field 'confirm') unless `confirm` is true; the bookings stay and `overbooked` lists those lessons. */
  'school.updateClass': {
    input: z
      .object({
        classId: z.string().min(1),
        trialSeats: z.number().int().min(0).max(50).optional(),
        capacity: z.number().int().min(1).max(200).optional(),
        confirm: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      class: ClassCapacitySchema.omit({ lessons: true }),
      /** Coming lessons with more trial lessons booked than the class now has seats for. */
      overbooked: z.array(z.object({ start: StoredLocalTimeSchema, booked: z.number().int() })),
    }),
  },
  'trial.recordOutcome': {
    input: z.object({ bookingId: z.string().min(1), attended: z.boolean(), routeAdvice: RouteSchema.nullable().default(null) }).strict(),
    output: z.object({ outcome: z.object({ bookingId: z.string(), attended: z.boolean(), routeAdvice: RouteSchema.nullable() }) }),
  },
} as const;
