// What the repair suggestions work with: the week being repaired and the candidates judged so far.
import type { FixAction } from '../../api/contract';
import type { Msg } from '../../messages';
import type { CareGap, CheckResult } from '../check';
import type { Instance, Plan } from '../spec';

export interface FixContext {
  instance: Instance;
  plan: Plan;
  base: CheckResult;
  childNames: Map<string, string>;
  providerNames: Map<string, string>;
  /**
   * checkPlan runs left for one week.conflicts call, so a broken week stays quick, and the
   * conflicts still to be given fixes: each gets its fair share of what is left.
   */
  budget: { left: number; conflictsLeft: number };
  /** Judged candidates by action, for reuse across conflicts. */
  judged: Map<string, Judged>;
}

/** A judged candidate: how often each conflict key occurs after it, and what it costs. */
export interface Judged {
  counts: Map<string, number>;
  total: number;
  cost: number;
}

/** The gap of a household conflict (minutes) and the adults' sessions whose away span overlaps it. */
export type CareTarget = Pick<CareGap, 'gap' | 'sessionAdult'>;

/** What a conflict is about, for its candidates: the people, sessions and (rule 9) the gap. */
export interface FixTarget {
  people: string[];
  sessionIds: string[] | null;
  care?: CareTarget;
}

/** A fix to judge: an action, what it does as a message, and that message in Dutch. */
export type Candidate = { action: FixAction; msg: Msg; label: string };
