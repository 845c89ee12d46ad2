// What the construction and repair steps share: the model, the working state, the seeded RNG
// and lookups that never change during a run.
import type { Model } from './model';
import { seatOptions, sessionDemandOk } from './options';
import type { Rng } from '../../domain/rng';
import { NONE, type State } from './state';

export interface Ctx {
  m: Model;
  st: State;
  rng: Rng;
  /** 0 in the first construction; > 0 randomises choices during repair. */
  noise: number;
  /** Candidate session starts every `step` grid slots. */
  step: number;
  seatOpts: number[][];
  sessOk: boolean[];
  roomsAtLoc: Map<number, number[]>;
  giLocs: number[];
  toetsLocs: number[];
  interpByLang: Map<string, number[]>;
  /** Most people any toets room can seat. */
  toetsMaxPerRoom: number;
}

export function createCtx(m: Model, st: State, rng: Rng, step: number): Ctx {
  const roomsAtLoc = new Map<number, number[]>();
  m.rooms.forEach((r, i) => {
    const l = roomsAtLoc.get(r.loc) ?? [];
    l.push(i);
    roomsAtLoc.set(r.loc, l);
  });
  const giLocs = [...new Set(m.rooms.filter((r) => r.groupInfo).map((r) => r.loc))];
  const toetsLocs = [...new Set(m.rooms.filter((r) => r.toets).map((r) => r.loc))];
  const interpByLang = new Map<string, number[]>();
  m.interpreters.forEach((t, i) => {
    for (const l of t.langs) {
      const list = interpByLang.get(l) ?? [];
      list.push(i);
      interpByLang.set(l, list);
    }
  });
  const toetsMaxPerRoom = Math.max(1, ...m.rooms.filter((r) => r.toets).map((r) => Math.min(m.toetsMax, r.touch + r.mouse, r.capacity - 1)));
  return { m, st, rng, noise: 0, step, seatOpts: seatOptions(m), sessOk: sessionDemandOk(m), roomsAtLoc, giLocs, toetsLocs, interpByLang, toetsMaxPerRoom };
}

/** Value of planning demand d at loc: its unplanned cost saved, minus travel, minus the change in
 *  household imbalance it causes. */
export function benefit(ctx: Ctx, d: number, loc: number): number {
  const { m, st } = ctx;
  const D = m.demands[d];
  const P = m.participants[D.p];
  let b = D.unplannedCost - m.w.travelMinute * m.travel[P.home][loc];
  if (P.hh >= 0 && m.w.householdImbalance !== 0 && st.assignKind[d] === NONE) {
    const before = st.householdImbalance(P.hh);
    st.unplannedOf[D.p]--;
    const after = st.householdImbalance(P.hh);
    st.unplannedOf[D.p]++;
    b -= m.w.householdImbalance * (after - before);
  }
  if (ctx.noise > 0) b *= 1 + ctx.noise * (ctx.rng.next() - 0.5);
  return b;
}
