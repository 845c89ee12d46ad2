// The planning contract of SPEC v1 (instance in, plan out) as zod schemas. Field names and
// types follow the SPEC's normative type listing exactly; other tools read our plans.
import { z } from 'zod';
import { msgSchema } from '../messages/schema';
import { DEMAND_KINDS, DIGITAL_SKILLS, SESSION_KINDS } from '../domain/kinds';
import { ROUTES } from '../domain/routes';

const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const HHMM_RE = /^\d{2}:\d{2}$/;

export const TimeSchema = z.string().regex(TIME_RE, { message: 'verwacht JJJJ-MM-DDTUU:MM' });
export const DateSchema = z.string().regex(DATE_RE, { message: 'verwacht JJJJ-MM-DD' });
export const IntervalSchema = z.object({ start: TimeSchema, end: TimeSchema }).refine((i) => i.start < i.end, { message: 'einde ligt niet na begin' });

export const KindSchema = z.enum(DEMAND_KINDS);
export const NewSessionKindSchema = z.enum(SESSION_KINDS);
export const RouteSchema = z.enum(ROUTES);

const id = z.string().min(1);
const nonNeg = z.number().int().nonnegative();

/**
 * Not part of SPEC v1 (other tools ignore it): names the app knows for ids the SPEC only
 * references, so the checker's messages name schools, classes, providers and children instead of
 * showing ids, and tell same-named participants apart by their gemeente.
 */
export const InstanceLabelsSchema = z
  .object({
    schools: z.record(z.string(), z.string()),
    classes: z.record(z.string(), z.string()),
    childcare: z.record(z.string(), z.string()),
    children: z.record(z.string(), z.string()),
    /** Participant id → the gemeente they live in. */
    gemeenten: z.record(z.string(), z.string()),
  })
  .partial();

export const InstanceSchema = z.object({
  version: z.literal(1),
  week: z.object({ start: DateSchema, days: z.number().int().min(1).max(7) }),
  grid: z.object({
    slotMinutes: z.number().int().positive(),
    dayStart: z.string().regex(HHMM_RE),
    dayEnd: z.string().regex(HHMM_RE),
  }),
  weights: z.object({
    unplanned: z.number(),
    interpreterMinute: z.number(),
    consultantMinute: z.number(),
    childcareSlot: z.number(),
    travelMinute: z.number(),
    householdImbalance: z.number(),
  }),
  activity: z.object({
    groupInfo: z.object({ minutes: z.number().int().positive(), minSize: nonNeg, maxSize: z.number().int().positive() }),
    toets: z.object({ minutes: z.number().int().positive(), maxSize: z.number().int().positive().nullable() }),
  }),
  locations: z.array(z.object({ id, name: z.string(), gemeente: z.string() })),
  travelMinutes: z.array(z.object({ from: id, to: id, minutes: nonNeg })),
  rooms: z.array(
    z.object({
      id,
      locationId: id,
      name: z.string(),
      capacity: nonNeg,
      laptopsTouch: nonNeg,
      laptopsMouse: nonNeg,
      kinds: z.array(NewSessionKindSchema),
      available: z.array(IntervalSchema),
    }),
  ),
  consultants: z.array(z.object({ id, name: z.string(), languages: z.array(z.string()), toetsCertified: z.boolean(), available: z.array(IntervalSchema) })),
  interpreters: z.array(z.object({ id, name: z.string(), languages: z.array(z.string()), available: z.array(IntervalSchema), costPerHour: z.number() })),
  classes: z.array(z.object({ id, schoolId: id, route: RouteSchema, locationId: id, sessions: z.array(IntervalSchema), trialSeats: nonNeg })),
  startklasIntakes: z.array(z.object({ id, locationId: id, start: TimeSchema, end: TimeSchema, seats: nonNeg })),
  childcare: z.array(
    z.object({
      id,
      locationId: id,
      kind: z.enum(['kinderopvang', 'vve', 'bso']),
      ageMonthsMin: nonNeg,
      ageMonthsMax: nonNeg,
      slots: z.array(z.object({ start: TimeSchema, end: TimeSchema, free: nonNeg })),
    }),
  ),
  households: z.array(
    z.object({
      id,
      adults: z.array(id),
      children: z.array(z.object({ id, birthDate: DateSchema, covered: z.array(IntervalSchema) })),
    }),
  ),
  participants: z.array(
    z.object({
      id,
      name: z.string(),
      householdId: id.nullable(),
      homeLocationId: id,
      language: z.string(),
      otherLanguages: z.array(z.string()),
      digitalSkill: z.enum(DIGITAL_SKILLS),
      routeIndication: RouteSchema.nullable(),
      busy: z.array(IntervalSchema),
    }),
  ),
  demands: z.array(
    z.object({
      id,
      participantId: id,
      kind: KindSchema,
      priority: z.number().int().min(1).max(10),
      earliest: TimeSchema,
      schoolId: id.nullable(),
    }),
  ),
  labels: InstanceLabelsSchema.optional(),
});

export const PlanSessionSchema = z.object({
  id,
  kind: NewSessionKindSchema,
  start: TimeSchema,
  end: TimeSchema,
  roomId: id,
  consultantId: id,
  interpreterId: id.nullable(),
  language: z.string().nullable(),
  participants: z.array(id),
});

export const ClassSeatSchema = z.object({ participantId: id, demandId: id, classId: id, start: TimeSchema });
export const IntakeSeatSchema = z.object({ participantId: id, demandId: id, intakeId: id });
export const SeatSchema = z.union([ClassSeatSchema, IntakeSeatSchema]);

export const PlanSchema = z.object({
  version: z.literal(1),
  sessions: z.array(PlanSessionSchema),
  seats: z.array(SeatSchema),
  childcare: z.array(z.object({ childId: id, childcareId: id, slotStart: TimeSchema })),
  /**
   * `msg` is not part of SPEC v1 (other tools ignore it): the reason as a message
   * (shared/messages), so the app can write it in English; `reason` is its Dutch text.
   */
  unplanned: z.array(z.object({ demandId: id, reason: z.string(), msg: msgSchema.optional() })),
  cost: z.number().optional(),
  bound: z.number().nullable().optional(),
});

export type Instance = z.infer<typeof InstanceSchema>;
export type InstanceLabels = z.infer<typeof InstanceLabelsSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type PlanSession = z.infer<typeof PlanSessionSchema>;
export type Seat = z.infer<typeof SeatSchema>;
export type ClassSeat = z.infer<typeof ClassSeatSchema>;
export type IntakeSeat = z.infer<typeof IntakeSeatSchema>;
export type ChildcareBooking = Plan['childcare'][number];
export type Demand = Instance['demands'][number];
export type Participant = Instance['participants'][number];
export type Interval = z.infer<typeof IntervalSchema>;
export type Kind = z.infer<typeof KindSchema>;

export function isClassSeat(s: Seat): s is ClassSeat {
  return 'classId' in s;
}

/** Parse with errors that name the field: "participants.3.busy.0.start: verwacht JJJJ-MM-DDTUU:MM". */
export function parseInstance(raw: unknown): { ok: true; instance: Instance } | { ok: false; errors: string[] } {
  const r = InstanceSchema.safeParse(raw);
  if (r.success) return { ok: true, instance: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || '(instantie)'}: ${i.message}`) };
}

export function parsePlan(raw: unknown): { ok: true; plan: Plan } | { ok: false; errors: string[] } {
  const r = PlanSchema.safeParse(raw);
  if (r.success) return { ok: true, plan: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || '(plan)'}: ${i.message}`) };
}
