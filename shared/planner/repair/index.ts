// Repair suggestions for the conflicts of a week: candidate fixes judged by the checker.
export { applyAction } from './apply-action';
export { activityDays, sessionsOf } from './candidates';
export { FIXABLE_RULES, MAX_FIXES, judgeCandidates, pickFixes, type FixPool } from './fixes';
export type { CareTarget, FixContext, FixTarget, Judged } from './types';
export { addedBy, countOf, newViolations, violationKey } from './violation-diff';
