// Fixes for one conflict, found with the planner's own rules: each candidate (move a session,
// change its room, consultant or interpreter, book a childcare seat) is applied to a copy of
// the plan and judged by checkPlan. Only candidates that remove this conflict are kept, each
// with the number of conflicts after it and the cost change, so a fix never makes the week
// worse without saying so. Each candidate is judged once per call and its result reused for
// every conflict it is tried for, and the checkPlan runs are shared out over the conflicts, so
// the first conflicts of a broken week cannot use up what the later ones need.
import type { Fix, FixAction } from '../../api/contract';
import { checkPlan, type Violation } from '../check';
import type { Msg } from '../../messages';
import { applyAction } from './apply-action';
import { candidatesFor } from './candidates';
import type { FixContext, FixTarget, Judged } from './types';
import { countOf, violationKey } from './violation-diff';

export const MAX_FIXES = 3;

function judge(ctx: FixContext, action: FixAction): Judged | null {
  const k = JSON.stringify(action);
  const hit = ctx.judged.get(k);
  if (hit) return hit;
  if (ctx.budget.left <= 0) return null;
  ctx.budget.left--;
  const r = checkPlan(ctx.instance, applyAction(ctx.plan, action));
  const counts = new Map<string, number>();
  for (const v of r.violations) counts.set(violationKey(v), (counts.get(violationKey(v)) ?? 0) + 1);
  const j = { counts, total: r.violations.length, cost: r.cost };
  ctx.judged.set(k, j);
  return j;
}

/** Rules that have candidate fixes; the budget is shared out over their conflicts only. */
export const FIXABLE_RULES = new Set([1, 2, 3, 4, 5, 8, 9, 10]);

/** Candidates judged during one week.conflicts call, by action; shared by all its conflicts. */
export type FixPool = Map<string, { label: string; msg: Msg; action: FixAction; judged: Judged }>;

/**
 * Judges the candidates of violation `v` within this conflict's share of the budget (results
 * already judged for an earlier conflict are free) and adds them to `pool`; returns the action
 * keys of this conflict's own candidates. Call once per conflict, before pickFixes.
 */
export function judgeCandidates(ctx: FixContext, pool: FixPool, v: Violation, target: FixTarget): Set<string> {
  const share = Math.ceil(ctx.budget.left / Math.max(1, ctx.budget.conflictsLeft));
  ctx.budget.conflictsLeft = Math.max(0, ctx.budget.conflictsLeft - 1);
  const own = new Set<string>();
  let spent = 0;
  for (const c of candidatesFor(ctx, v, target)) {
    const k = JSON.stringify(c.action);
    if (own.has(k)) continue;
    const known = ctx.judged.has(k);
    if (!known && spent >= share) continue;
    const j = judge(ctx, c.action);
    if (!j) continue;
    if (!known) spent++;
    own.add(k);
    if (!pool.has(k)) pool.set(k, { label: c.label, msg: c.msg, action: c.action, judged: j });
  }
  return own;
}

/**
 * Up to MAX_FIXES fixes for violation `v`: every judged candidate in the pool that lowers the
 * number of conflicts like `v`, whichever conflict it was found for; the best first, this
 * conflict's own candidates first among equals.
 */
export function pickFixes(ctx: FixContext, pool: FixPool, v: Violation, conflictId: string, own: Set<string>): Fix[] {
  const key = violationKey(v);
  const before = countOf(ctx.base.violations, key);
  const kept: (Fix & { own: number; order: number })[] = [];
  let order = 0;
  for (const [k, c] of pool) {
    order++;
    if ((c.judged.counts.get(key) ?? 0) >= before) continue;
    kept.push({ id: '', label: c.label, msg: c.msg, action: c.action, costDelta: c.judged.cost - ctx.base.cost, conflictsAfter: c.judged.total, own: own.has(k) ? 0 : 1, order });
  }
  kept.sort((a, b) => a.conflictsAfter - b.conflictsAfter || a.costDelta - b.costDelta || a.own - b.own || a.order - b.order);
  return kept.slice(0, MAX_FIXES).map(({ own: _o, order: _r, ...f }, i) => ({ ...f, id: `${conflictId}#${i + 1}` }));
}
