// Seat swaps by priority: an unplanned trial-lesson or intake demand takes a full seat from a
// lower-priority demand, which then tries another seat. Kept only when the plan cost falls; a
// systematic pass of what the search's random ejections do now and then.
import type { Ctx } from './context';
import { trySeat } from './seats';
import { CLASS, INTAKE, NONE, type State } from './state';
import type { Model } from './model';

export function swapSeats(ctx: Ctx, shouldStop: () => boolean): void {
  const { m, st } = ctx;
  const holders = new Map<string, number[]>();
  const key = (kind: number, ref: number) => `${kind}|${ref}`;
  const rebuild = () => {
    holders.clear();
    for (let d = 0; d < m.demands.length; d++) {
      const k = st.assignKind[d];
      if ((k === CLASS || k === INTAKE) && !st.pinnedDemand[d]) {
        const list = holders.get(key(k, st.assignRef[d])) ?? [];
        list.push(d);
        holders.set(key(k, st.assignRef[d]), list);
      }
    }
  };
  rebuild();
  const waiting = m.demands
    .map((_, d) => d)
    .filter((d) => st.assignKind[d] === NONE && (m.demands[d].kind === 'trialLesson' || m.demands[d].kind === 'startklasIntake'))
    .sort((a, b) => m.demands[b].prio - m.demands[a].prio || a - b);
  const local = (ds: number[]) => localCost(m, st, ds);
  const seat = (x: number, kind: number, ref: number) => (kind === CLASS ? st.seatClass(x, ref) : st.seatIntake(x, ref));
  for (const d of waiting) {
    if (shouldStop()) return;
    if (st.assignKind[d] !== NONE) continue;
    const D = m.demands[d];
    const trial = D.kind === 'trialLesson';
    const kind = trial ? CLASS : INTAKE;
    let done = false;
    for (const o of ctx.seatOpts[d]) {
      if (done) break;
      const pl = trial ? m.classSessions[o] : m.intakes[o];
      if (!st.freeAt(D.p, pl.start, pl.end, pl.loc)) continue;
      const occupants = (holders.get(key(kind, o)) ?? []).filter((e) => m.demands[e].prio < D.prio);
      for (const e of occupants) {
        const before = local([d, e]);
        st.unassign(e);
        if (!seat(d, kind, o)) {
          if (!seat(e, kind, o)) {
            st.forceAssign(e, kind, o, pl.start, pl.end, pl.loc);
            st.pinnedDemand[e] = 0;
          }
          continue;
        }
        trySeat(ctx, e);
        if (local([d, e]) < before) {
          done = true;
          rebuild();
          break;
        }
        // Undo: e back into its seat (it was feasible a moment ago).
        st.unassign(e);
        st.unassign(d);
        if (!seat(e, kind, o)) {
          st.forceAssign(e, kind, o, pl.start, pl.end, pl.loc);
          st.pinnedDemand[e] = 0;
        }
      }
    }
  }
}

/** Cost of the parts a swap touches: the demands' unplanned cost and travel, and their
 *  households' childcare bookings and imbalance (a full cost per try is too slow). */
function localCost(m: Model, st: State, ds: number[]): number {
  let c = 0;
  const hhs = new Set<number>();
  for (const x of ds) {
    const X = m.demands[x];
    const P = m.participants[X.p];
    if (st.assignKind[x] === NONE) c += X.unplannedCost;
    else {
      const a = st.acts[X.p].find((y) => y.d === x);
      if (a) c += m.w.travelMinute * m.travel[P.home][a.loc];
    }
    if (P.hh >= 0) hhs.add(P.hh);
  }
  for (const h of hhs) c += m.w.childcareSlot * st.hhBook[h].length + m.w.householdImbalance * st.householdImbalance(h);
  return c;
}
