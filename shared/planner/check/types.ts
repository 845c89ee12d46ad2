import type { Kind } from '../spec';
import type { Minutes } from '../../domain/time';

export interface Violation {
  /** 1..10 as numbered in the SPEC; 0 = plan structure (demand not exactly once, unknown ids, ...). */
  rule: number;
  /** Ids involved: participants, household, child, room, consultant, interpreter, session, demand, ... */
  entities: string[];
  /** A Dutch sentence a coordinator understands, with names and times. */
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

export interface CheckResult {
  violations: Violation[];
  cost: number;
  breakdown: CostBreakdown;
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
  /** Dutch description, e.g. "groepsvoorlichting S3 in Zaal 1 (Gemeentehuis Gorinchem)". */
  label: string;
}
