// The checker's vocabulary: what it reports (violations, care gaps, cost) and what its rule
// checks read (the plan resolved once into activities, valid bookings and timed sessions).
import type { Instance, Kind, Plan, PlanSession } from '../spec';
import type { ChildEntry, IndexedSlot, InstanceIndex } from '../index-instance';
import type { Minutes, Span } from '../../domain/time';
import type { Msg, MsgParam } from '../../messages';

export interface Violation {
  /** 1..10 as numbered in the SPEC; 0 = plan structure (demand not exactly once, unknown ids, ...). */
  rule: number;
  /** Ids involved: participants, household, child, room, consultant, interpreter, session, demand, ... */
  entities: string[];
  /** What is wrong as data (code and parameters: names, times, places; never an id). */
  msg: Msg;
  /** The same in Dutch (renderMsg(msg, 'nl')), for the command line and the SPEC output. */
  message: string;
}

export interface CostBreakdown {
  unplanned: number;
  interpreter: number;
  consultant: number;
  childcare: number;
  travel: number;
  householdImbalance: number;
  total: number;
}

/**
 * A time a child of a household has no care (SPEC rule 9), as data: the violation carries it
 * only in its sentence, and repair suggestions need the span and the sessions that cause it,
 * because the gap is often the travel before or after a session.
 */
export interface CareGap {
  /** The rule-9 violation that reports this gap. */
  violation: Violation;
  householdId: string;
  childId: string;
  /** The uncovered time, in minutes. */
  gap: Span;
  /** Adults of the household, as ids. */
  adults: string[];
  /** Sessions of the adults whose away span (travel included) overlaps the gap. */
  sessionIds: string[];
  /** Per such session: the adult in it (the later one in `adults` when both are). */
  sessionAdult: Map<string, string>;
}

export interface CheckResult {
  violations: Violation[];
  cost: number;
  breakdown: CostBreakdown;
  /** One per rule-9 violation about a child without care, in the order of the violations. */
  careGaps: CareGap[];
}

/** One planned presence of a participant: a new-session participation or a seat. */
export interface Activity {
  participantId: string;
  /** Participant position in instance.participants. */
  pi: number;
  /** Demand position in instance.demands, -1 when none. */
  di: number;
  /** Location position, -1 when unknown. */
  li: number;
  /** The demand this activity meets; null when none could be matched (reported as rule 0). */
  demandId: string | null;
  kind: Kind;
  start: Minutes;
  end: Minutes;
  /** null when the room, class or intake is unknown (reported as rule 0). */
  locationId: string | null;
  /** Session id, class id or intake id. */
  ref: string;
  /** What it is, e.g. "groepsvoorlichting in het Arabisch in Zaal 1, Gemeentehuis Gorinchem". */
  what: MsgParam;
}

/** The plan as activities per participant (check/resolve.ts). */
export interface Resolved {
  activities: Activity[];
  /** Activities per participant position, sorted by start; undefined when none. */
  byParticipant: (Activity[] | undefined)[];
  /** Participant positions that have activities. */
  active: number[];
  /** Per demand position: 1 when met by a session participation or a seat. */
  met: Uint8Array;
  /** Per seat target (index gi): participant positions seated there. */
  seated: Map<number, number[]>;
}

/** A childcare booking whose child, provider and slot exist, booked once (check/bookings.ts). */
export interface ValidBooking {
  childId: string;
  entry: ChildEntry;
  provider: Instance['childcare'][number];
  slot: IndexedSlot;
  slotStart: string;
}

export interface ResolvedBookings {
  valid: ValidBooking[];
  /** Children booked per slot, for the slot's free seats. */
  perSlot: Map<IndexedSlot, { providerId: string; children: string[] }>;
}

/** A plan session with its times in minutes. */
export interface TimedSession {
  s: PlanSession;
  start: Minutes;
  end: Minutes;
}

/** What every rule check reads: the index, the plan and what was resolved from it once. */
export interface RuleInput {
  idx: InstanceIndex;
  plan: Plan;
  resolved: Resolved;
  bookings: ResolvedBookings;
  /** plan.sessions in plan order. */
  sessions: TimedSession[];
}
