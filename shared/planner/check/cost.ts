// The SPEC's cost: one number, lower is better, computed the same way for any plan.
import { travelAt, type InstanceIndex } from '../index-instance';
import type { Plan } from '../spec';
import { toMinutes } from '../../domain/time';
import type { CostBreakdown, Resolved } from './types';

export function costOf(idx: InstanceIndex, plan: Plan, resolved: Resolved): CostBreakdown {
  const w = idx.instance.weights;

  // Unplanned: every demand not met by a participation or seat, whether or not the plan lists
  // it (a plan that forgets a demand must not look cheaper for it).
  let unplanned = 0;
  const people = idx.instance.participants;
  const unplannedOf = new Int32Array(people.length);
  const hasDemands = new Uint8Array(people.length);
  const demands = idx.instance.demands;
  for (let i = 0; i < demands.length; i++) {
    const pi = idx.demandParticipant[i];
    if (pi >= 0) hasDemands[pi] = 1;
    if (resolved.met[i]) continue;
    unplanned += w.unplanned * demands[i].priority;
    if (pi >= 0) unplannedOf[pi]++;
  }

  let interpreter = 0;
  let consultant = 0;
  for (const s of plan.sessions) {
    const minutes = Math.max(0, toMinutes(s.end) - toMinutes(s.start));
    consultant += w.consultantMinute * minutes;
    if (s.interpreterId !== null) interpreter += w.interpreterMinute * minutes;
  }

  const childcare = w.childcareSlot * plan.childcare.length;

  let travel = 0;
  for (const a of resolved.activities) {
    if (a.li < 0) continue;
    travel += w.travelMinute * (travelAt(idx, idx.home[a.pi], a.li) ?? 0);
  }

  let householdImbalance = 0;
  for (const adults of idx.householdAdults) {
    if (adults.length < 2) continue;
    let min = Infinity;
    let max = -Infinity;
    let counted = 0;
    for (const pi of adults) {
      if (!hasDemands[pi]) continue;
      const n = unplannedOf[pi];
      if (n < min) min = n;
      if (n > max) max = n;
      counted++;
    }
    if (counted >= 2) householdImbalance += w.householdImbalance * (max - min);
  }

  const total = unplanned + interpreter + consultant + childcare + travel + householdImbalance;
  return { unplanned, interpreter, consultant, childcare, travel, householdImbalance, total };
}
