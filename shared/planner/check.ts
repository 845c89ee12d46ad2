// Conflict checker and cost of SPEC v1: the one judge of a plan, shared by the conflict panel,
// the planner and the command line. Pure and fast: the UI runs it on every drag.
//
// Readings of the SPEC where its words leave room (each covered by tests):
// - Rule 1 compares busy intervals with the activity itself, without travel around it: busy
//   time has no location, and the SPEC's conflict-free baseline plan starts a toets at the
//   minute a busy interval ends, 54 minutes from home. Travel counts between two activities
//   on one day, from home for reachability (a missing pair is impossible), and in rule 9.
// - Rule 9: a booking whose provider does not take the child's age is itself a conflict (the
//   provider cannot take the child), besides leaving the child without care.
// - A participant in a session meets their own demand of that kind; with several such
//   demands, the ones listed as unplanned are skipped and the rest are paired earliest first.
// - The cost counts every demand that is not met as unplanned, listed or not.
import { indexInstance } from './index-instance';
import type { Instance, Plan } from './spec';
import { checkCare } from './check/care';
import { costOf } from './check/cost';
import { checkParticipants } from './check/people';
import { resolvePlan } from './check/resolve';
import { checkSeatCounts } from './check/seats';
import { checkSessions } from './check/sessions';
import type { CheckResult, CostBreakdown, Violation } from './check/types';

export type { Activity, CheckResult, CostBreakdown, Violation } from './check/types';
export { COST_LABELS_NL, RULE_TITLES_NL } from './check/rules-nl';

/** All hard-rule violations (rule 0 = plan structure) and the cost of a plan. */
export function checkPlan(instance: Instance, plan: Plan): CheckResult {
  const idx = indexInstance(instance);
  const violations: Violation[] = [];
  const resolved = resolvePlan(idx, plan, violations);
  checkParticipants(idx, resolved, violations);
  checkSessions(idx, plan, violations);
  checkSeatCounts(idx, resolved, violations);
  checkCare(idx, plan, resolved, violations);
  violations.sort((a, b) => a.rule - b.rule);
  const breakdown = costOf(idx, plan, resolved);
  return { violations, cost: breakdown.total, breakdown };
}

/** The cost alone, per the SPEC's cost section. */
export function planCost(instance: Instance, plan: Plan): CostBreakdown {
  const idx = indexInstance(instance);
  const resolved = resolvePlan(idx, plan, []);
  return costOf(idx, plan, resolved);
}
