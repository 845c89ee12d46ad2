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
import { toMinutes } from '../domain/time';
import { resolveBookings } from './check/bookings';
import { costOf } from './check/cost';
import { resolvePlan } from './check/resolve';
import { checkOnePlaceAtATime } from './check/rules/rule-01-one-place-at-a-time';
import { checkRooms } from './check/rules/rule-02-rooms';
import { checkConsultants } from './check/rules/rule-03-consultants';
import { checkInterpretersAndLanguage } from './check/rules/rule-04-interpreters-and-language';
import { checkToetsLaptops } from './check/rules/rule-05-toets-laptops';
import { checkGroupSize } from './check/rules/rule-06-group-size';
import { checkTrialAndIntakeSeats } from './check/rules/rule-07-trial-and-intake-seats';
import { checkNotBeforeEarliest } from './check/rules/rule-08-not-before-earliest';
import { checkHouseholdCare } from './check/rules/rule-09-household-care';
import { checkGridAndWorkingDays } from './check/rules/rule-10-grid-and-working-days';
import type { CareGap, CheckResult, CostBreakdown, RuleInput, Violation } from './check/types';

export type { Activity, CareGap, CheckResult, CostBreakdown, Violation } from './check/types';
export { COST_LABELS_NL, RULE_TITLES_NL } from './check/rules-nl';

/** All hard-rule violations (rule 0 = plan structure) and the cost of a plan. */
export function checkPlan(instance: Instance, plan: Plan): CheckResult {
  const idx = indexInstance(instance);
  const violations: Violation[] = [];
  // Rule 0, plan structure: what the plan's ids and demands resolve to.
  const resolved = resolvePlan(idx, plan, violations);
  const bookings = resolveBookings(idx, plan, violations);
  const sessions = plan.sessions.map((s) => ({ s, start: toMinutes(s.start), end: toMinutes(s.end) }));
  const input: RuleInput = { idx, plan, resolved, bookings, sessions };
  // The SPEC's hard rules, one function each (check/rules/).
  const careGaps: CareGap[] = [];
  checkOnePlaceAtATime(input, violations);
  checkRooms(input, violations);
  checkConsultants(input, violations);
  checkInterpretersAndLanguage(input, violations);
  checkToetsLaptops(input, violations);
  checkGroupSize(input, violations);
  checkTrialAndIntakeSeats(input, violations);
  checkNotBeforeEarliest(input, violations);
  checkHouseholdCare(input, violations, careGaps);
  checkGridAndWorkingDays(input, violations);
  // Stable: within a rule, violations keep the order they were found in.
  violations.sort((a, b) => a.rule - b.rule);
  const breakdown = costOf(idx, plan, resolved);
  return { violations, cost: breakdown.total, breakdown, careGaps };
}

/** The cost alone, per the SPEC's cost section. */
export function planCost(instance: Instance, plan: Plan): CostBreakdown {
  const idx = indexInstance(instance);
  const resolved = resolvePlan(idx, plan, []);
  return costOf(idx, plan, resolved);
}
