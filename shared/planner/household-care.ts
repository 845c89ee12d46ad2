// The core of SPEC rule 9, the household rule, in one place: children of a household need care
// while every adult is away (an activity of the plan with the travel there and back, or their
// own busy time), except where every adult is busy on their own: that time the household has
// arranged itself. What a child still needs is that, minus the time it is already covered.
// The checker (check/rules/rule-09-household-care.ts), the planner's working state and lower
// bound (plan/state.ts, plan/bound.ts) and the MILP model (milp/build.ts) build on these.
import { intersect, subtract } from '../domain/intervals';
import { ageInMonths, type Minutes, type Span } from '../domain/time';

/** When a participant is away from home for an activity: the activity with the travel around it. */
export function awayAround(start: Minutes, end: Minutes, travelThere: number, travelBack: number): Span {
  return { start: start - travelThere, end: end + travelBack };
}

/**
 * When the household's children need care. Per adult, `awayOf` gives when they are away (their
 * activities' away spans and their busy time, merged) and `busyOf` their busy time (merged).
 * Adults are asked in turn, and no further once no moment has all of them away.
 */
export function householdCareNeed<A>(adults: readonly A[], awayOf: (adult: A) => Span[], busyOf: (adult: A) => Span[]): Span[] {
  let allAway: Span[] = [];
  let allBusy: Span[] = [];
  for (let k = 0; k < adults.length; k++) {
    const away = awayOf(adults[k]);
    const busy = busyOf(adults[k]);
    allAway = k === 0 ? away : intersect(allAway, away);
    allBusy = k === 0 ? busy : intersect(allBusy, busy);
    if (allAway.length === 0) return [];
  }
  if (allAway.length === 0) return [];
  return allBusy.length ? subtract(allAway, allBusy) : allAway;
}

/** What one child needs of the household's need, given when it is already covered (school, family; merged). */
export function childCareNeed(need: Span[], covered: Span[]): Span[] {
  return covered.length ? subtract(need, covered) : need;
}

/** Whether a childcare provider takes a child of this age in months (both bounds inclusive). */
export function takesAge(ageMonths: number, ageMonthsMin: number, ageMonthsMax: number): boolean {
  return ageMonths >= ageMonthsMin && ageMonths <= ageMonthsMax;
}

/**
 * Children younger than this need an adult or care while their parents are away (the household
 * rule). The one age rule: the week's instance leaves older children out, and the client panel
 * says "needs care" by it.
 */
export const CARE_AGE_YEARS = 12;

/** Whether a child born on `birthDate` still needs care on `day` (both 'YYYY-MM-DD'). */
export function needsCareOn(birthDate: string, day: string): boolean {
  return ageInMonths(birthDate, day) < CARE_AGE_YEARS * 12;
}
