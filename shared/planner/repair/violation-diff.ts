// Violations compared by what they are about (rule and entities), not by their wording: the
// same conflict before and after a change, counted with repeats.
import type { Violation } from '../check';

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
