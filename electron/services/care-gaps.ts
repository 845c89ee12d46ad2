// The gaps behind rule-9 conflicts, as spans with the sessions that cause them. The checker's
// violation carries the gap only in its sentence; fixes need it as data, because the gap is
// often the travel before or after a session (the away span overlaps it, the session does not).
// Built from the checker's own pieces (index, resolved activities, away spans, interval
// arithmetic) in the checker's order, so the n-th gap of a key is the n-th violation of that key.
import { indexInstance } from '../../shared/planner/index-instance';
import { intersect, subtract, union } from '../../shared/domain/intervals';
import { awaySpan } from '../../shared/planner/check/people';
import { resolvePlan } from '../../shared/planner/check/resolve';
import type { Instance, Plan } from '../../shared/planner/spec';
import { ageInMonths, type Span } from '../../shared/domain/time';

export interface CareGap {
  /** Minutes, as in the checker. */
  gap: Span;
  /** Adults of the household, as ids. */
  adults: string[];
  /** Sessions of the adults whose away span (travel included) overlaps the gap. */
  sessionIds: string[];
  /** Per session in the gap: the adult in it, for travel-aware room choices. */
  sessionAdult: Map<string, string>;
}

/** Rule-9 gap violations by violationKey (`9|adults,household,child`), in the checker's order. */
export function careGaps(instance: Instance, plan: Plan): Map<string, CareGap[]> {
  const idx = indexInstance(instance);
  const resolved = resolvePlan(idx, plan, []);
  const sessionIds = new Set(plan.sessions.map((s) => s.id));
  const bookedCover = new Map<string, Span[]>();
  for (const b of plan.childcare) {
    const entry = idx.children.get(b.childId);
    const provider = idx.childcare.get(b.childcareId);
    const slot = idx.childcareSlots.get(b.childcareId)?.get(b.slotStart);
    if (!entry || !provider || !slot) continue;
    // Misfit ages give no cover, as in the checker; a double booking counts once either way.
    const age = ageInMonths(entry.child.birthDate, b.slotStart.slice(0, 10));
    if (age < provider.ageMonthsMin || age > provider.ageMonthsMax) continue;
    (bookedCover.get(b.childId) ?? bookedCover.set(b.childId, []).get(b.childId)!).push({ start: slot.start, end: slot.end });
  }
  const out = new Map<string, CareGap[]>();
  const touched = new Set<number>();
  for (const pi of resolved.active) for (const h of idx.careHouseholdsOfAdult[pi] ?? []) touched.add(h);
  const people = instance.participants;
  for (const hi of touched) {
    const { household: h, adults, children } = idx.careHouseholds[hi];
    let all: Span[] = [];
    let busyAll: Span[] = [];
    const away: { span: Span; ref: string; adult: string }[] = [];
    for (let k = 0; k < adults.length; k++) {
      const a = adults[k];
      const b = idx.busyMerged[a];
      const acts = resolved.byParticipant[a] ?? [];
      for (const act of acts) if (sessionIds.has(act.ref)) away.push({ span: awaySpan(idx, act), ref: act.ref, adult: people[a].id });
      const u = acts.length ? union([...acts.map((act) => awaySpan(idx, act)), ...b]) : b;
      all = k === 0 ? u : intersect(all, u);
      busyAll = k === 0 ? b : intersect(busyAll, b);
      if (all.length === 0) break;
    }
    if (all.length === 0) continue;
    const need = busyAll.length ? subtract(all, busyAll) : all;
    if (need.length === 0) continue;
    const ids = adults.map((a) => people[a].id);
    for (const { child, covered } of children) {
      let open = covered.length ? subtract(need, covered) : need;
      const cover = bookedCover.get(child.id);
      if (cover) open = subtract(open, union(cover));
      if (!open.length) continue;
      const key = `9|${[...ids, h.id, child.id].join(',')}`;
      const list = out.get(key) ?? out.set(key, []).get(key)!;
      for (const gap of open) {
        const inGap = away.filter((x) => x.span.start < gap.end && gap.start < x.span.end);
        list.push({ gap, adults: ids, sessionIds: [...new Set(inGap.map((x) => x.ref))], sessionAdult: new Map(inGap.map((x) => [x.ref, x.adult])) });
      }
    }
  }
  return out;
}
