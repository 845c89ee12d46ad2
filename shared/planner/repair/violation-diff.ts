// Violations compared by what they are about (rule and entities), not by their wording: the
// same conflict before and after a change, counted with repeats. `addedBy` is the one "what this
// booking changes" diff every booking flow uses: a care gap counts only for the time it adds.
import type { CheckResult, Violation } from '../check';
import { subtract, union } from '../../domain/intervals';

export function violationKey(v: Pick<Violation, 'rule' | 'entities'> & Partial<Violation>): string {
  return `${v.rule}|${v.entities.join(',')}`;
}

/** How often a violation with this key occurs. */
export function countOf(vs: Violation[], key: string): number {
  let n = 0;
  for (const v of vs) if (violationKey(v) === key) n++;
  return n;
}

/** Violations of `after` that were not in `before` (by rule and entities, counting repeats). */
export function newViolations(before: Violation[], after: Violation[]): Violation[] {
  const left = new Map<string, number>();
  for (const v of before) left.set(violationKey(v), (left.get(violationKey(v)) ?? 0) + 1);
  return after.filter((v) => {
    const k = violationKey(v);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      return false;
    }
    return true;
  });
}

/**
 * What a change adds to a week, of the violations `concerns` accepts: a child's care gap only
 * when it leaves the child without care at a time it had care before (a gap that was there
 * anyway, or that only reads differently because the activities around it changed, is not the
 * change's doing); every other violation when it is new by rule and entities.
 */
export function addedBy(
  before: Pick<CheckResult, 'violations' | 'careGaps'>,
  after: Pick<CheckResult, 'violations' | 'careGaps'>,
  concerns: (v: Violation) => boolean = () => true,
): Violation[] {
  const gapOf = (r: Pick<CheckResult, 'careGaps'>) => new Map(r.careGaps.map((g) => [g.violation, g]));
  const gapsBefore = gapOf(before);
  const gapsAfter = gapOf(after);
  const uncovered = new Map<string, { start: number; end: number }[]>();
  for (const g of before.careGaps) uncovered.set(g.childId, [...(uncovered.get(g.childId) ?? []), g.gap]);
  const added: Violation[] = [];
  for (const v of after.violations) {
    const g = gapsAfter.get(v);
    if (!g || !concerns(v)) continue;
    if (subtract([g.gap], union(uncovered.get(g.childId) ?? [])).length > 0) added.push(v);
  }
  const others = (r: Pick<CheckResult, 'violations'>, gaps: Map<Violation, unknown>) => r.violations.filter((v) => !gaps.has(v) && concerns(v));
  const fresh = new Set(newViolations(others(before, gapsBefore), others(after, gapsAfter)));
  // In the order the checker gives them.
  return after.violations.filter((v) => fresh.has(v) || added.includes(v));
}
