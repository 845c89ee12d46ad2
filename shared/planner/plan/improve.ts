// Large neighbourhood search: take part of the plan apart (a few households, some sessions, a
// morning), rebuild it greedily with some randomness, keep the result when the cost does not
// get worse. Household neighbourhoods are what lets the search alternate parents.
import type { Ctx } from './context';
import { planSeats, trySeat } from './seats';
import { joinExisting, planSessions } from './sessions';
import { CLASS, INTAKE, NONE, SESSION } from './state';

export interface ImproveOptions {
  iterations: number;
  maxIdle: number;
  shouldStop: () => boolean;
  /** Share of the time budget used, 0..1 (the iteration share is taken into account too). */
  elapsed?: () => number;
  onIteration?: (it: number, cost: number) => void;
}

/** Close sessions that fell below their minimum after people were taken out. */
export function closeUndersized(ctx: Ctx): void {
  const { m, st } = ctx;
  st.sessions.forEach((S, i) => {
    if (!S || S.pinned) return;
    if (S.members.length === 0 || (S.kind === 'groupInfo' && S.members.length < m.giMin)) st.closeSession(i);
  });
}

function unassignPerson(ctx: Ctx, p: number, freed: Set<number>): void {
  const { m, st } = ctx;
  for (const d of m.participants[p].demands) {
    if (st.pinnedDemand[d]) continue;
    if (st.assignKind[d] !== NONE) st.unassign(d);
    freed.add(d);
  }
}

/** Give a full place to an unplanned demand by taking it from someone else, who is then
 *  re-planned by the repair (an ejection chain of length one). */
function eject(ctx: Ctx, freed: Set<number>): boolean {
  const { m, st, rng } = ctx;
  const un: number[] = [];
  for (let d = 0; d < m.demands.length; d++) if (st.assignKind[d] === NONE && ctx.sessOk[d]) un.push(d);
  if (un.length === 0) return false;
  const d = rng.pick(un);
  const D = m.demands[d];
  const places: { evict: number[]; place: () => boolean }[] = [];
  if (D.kind === 'trialLesson' || D.kind === 'startklasIntake') {
    const trial = D.kind === 'trialLesson';
    for (const o of ctx.seatOpts[d]) {
      const occupants: number[] = [];
      for (let x = 0; x < m.demands.length; x++) {
        if (st.assignKind[x] === (trial ? CLASS : INTAKE) && st.assignRef[x] === o && !st.pinnedDemand[x]) occupants.push(x);
      }
      const pl = trial ? m.classSessions[o] : m.intakes[o];
      const left = () => (trial ? m.classSessions[o].seats - st.classUsed[o] : m.intakes[o].seats - st.intakeUsed[o]);
      const place = () => left() > 0 && st.freeAt(D.p, pl.start, pl.end, pl.loc) && (trial ? st.seatClass(d, o) : st.seatIntake(d, o));
      if (occupants.length > 0) places.push({ evict: occupants, place });
    }
  } else {
    const langs = m.participants[D.p].langs;
    st.sessions.forEach((S, i) => {
      if (!S || S.pinned || S.kind !== D.kind || S.start < D.earliest) return;
      if (S.kind === 'groupInfo' && !langs.includes(S.lang!)) return;
      places.push({ evict: [...S.members], place: () => st.sessionHasRoomFor(i, d) && st.freeAt(D.p, S.start, S.end, m.rooms[S.room].loc) && st.joinSession(d, i) });
    });
  }
  if (places.length === 0) return false;
  const pl = rng.pick(places);
  // A session's place may have no one to evict (an empty session): then only place d.
  const e = pl.evict.length > 0 ? pl.evict[rng.int(0, pl.evict.length - 1)] : undefined;
  if (e !== undefined) {
    st.unassign(e);
    freed.add(e);
  }
  if (!pl.place()) freed.add(d);
  return true;
}

function destroy(ctx: Ctx, freed: Set<number>): void {
  const { m, st, rng } = ctx;
  const kind = rng.int(0, 4);
  if (kind === 4) {
    if (eject(ctx, freed)) {
      // A second, unrelated ejection now and then.
      if (rng.next() < 0.5) eject(ctx, freed);
      for (const S of st.sessions) if (S && !S.pinned && S.kind === 'groupInfo' && S.members.length < m.giMin) for (const d of S.members) freed.add(d);
      closeUndersized(ctx);
      return;
    }
  }
  const liveSessions = () => st.sessions.map((S, i) => (S && !S.pinned ? i : -1)).filter((i) => i >= 0);
  if (kind === 0 && m.households.length > 0) {
    // Households, most often ones with unplanned demands or an imbalance.
    const troubled = m.households.map((_, h) => h).filter((h) => m.households[h].adults.some((a) => st.unplannedOf[a] > 0));
    const n = 1 + rng.int(0, 3);
    for (let i = 0; i < n; i++) {
      const pool = troubled.length > 0 && rng.next() < 0.7 ? troubled : m.households.map((_, h) => h);
      const h = rng.pick(pool);
      for (const a of m.households[h].adults) unassignPerson(ctx, a, freed);
    }
  } else if (kind === 1) {
    const live = liveSessions();
    const n = Math.min(live.length, 1 + rng.int(0, 3));
    const order = rng.shuffle(live);
    for (let i = 0; i < n; i++) {
      for (const d of st.sessions[order[i]]!.members) freed.add(d);
      st.closeSession(order[i]);
    }
  } else if (kind === 2) {
    // A half day: every new session and seat in it.
    const day = m.days[rng.int(0, m.days.length - 1)];
    const half = rng.int(0, 2);
    const from = half === 1 ? day.base + 12 * 60 : day.base;
    const to = half === 0 ? day.base + 12 * 60 : day.base + 1440;
    for (const i of liveSessions()) {
      const S = st.sessions[i]!;
      if (S.start >= from && S.start < to && rng.next() < 0.6) {
        for (const d of S.members) freed.add(d);
        st.closeSession(i);
      }
    }
    for (let d = 0; d < m.demands.length; d++) {
      const k = st.assignKind[d];
      if (k === NONE || k === SESSION || st.pinnedDemand[d]) continue;
      const a = st.acts[m.demands[d].p].find((x) => x.d === d);
      if (a && a.start >= from && a.start < to && rng.next() < 0.3) {
        st.unassign(d);
        freed.add(d);
      }
    }
  } else {
    // People around an unplanned demand: them and their household.
    const un: number[] = [];
    for (let d = 0; d < m.demands.length; d++) if (st.assignKind[d] === NONE) un.push(d);
    if (un.length === 0) return destroy(ctx, freed);
    const n = 1 + rng.int(0, 2);
    for (let i = 0; i < n; i++) {
      const d = rng.pick(un);
      const p = m.demands[d].p;
      const hh = m.participants[p].hh;
      if (hh >= 0) for (const a of m.households[hh].adults) unassignPerson(ctx, a, freed);
      else unassignPerson(ctx, p, freed);
    }
  }
  for (const S of st.sessions) if (S && !S.pinned && S.kind === 'groupInfo' && S.members.length < m.giMin) for (const d of S.members) freed.add(d);
  closeUndersized(ctx);
}

/** Rebuild: seats, new sessions, then joining existing ones, for the given demands. */
export function repair(ctx: Ctx, ds: number[], shouldStop: () => boolean): void {
  const { st } = ctx;
  if (ctx.rng.next() < 0.5) {
    planSeats(ctx, ds);
    planSessions(ctx, ds, shouldStop);
  } else {
    planSessions(ctx, ds, shouldStop);
    planSeats(ctx, ds);
  }
  for (const d of ds) {
    if (st.assignKind[d] !== NONE) continue;
    if (!joinExisting(ctx, d)) trySeat(ctx, d);
  }
  closeUndersized(ctx);
}

export function improve(ctx: Ctx, o: ImproveOptions): number {
  const { m, st, rng } = ctx;
  let cur = st.cost();
  let best = cur;
  let bestSnap = st.snapshot();
  let idle = 0;
  for (let it = 0; it < o.iterations && idle < o.maxIdle; it++) {
    if (o.shouldStop()) break;
    const snap = st.snapshot();
    const freed = new Set<number>();
    destroy(ctx, freed);
    // Also give other unplanned demands a chance, a bounded sample so repair stays cheap.
    const un: number[] = [];
    for (let d = 0; d < m.demands.length; d++) if (st.assignKind[d] === NONE && !freed.has(d)) un.push(d);
    const ds = [...freed, ...rng.shuffle(un).slice(0, 40)].sort((a, b) => a - b);
    ctx.noise = 0.4;
    repair(ctx, ds, o.shouldStop);
    ctx.noise = 0;
    const c = st.cost();
    // Record-to-record travel: accept a plan a little worse than the best so far, with a
    // tolerance shrinking to zero, so the search can leave local optima.
    const progress = Math.max(it / o.iterations, o.elapsed?.() ?? 0);
    const tolerance = best * 0.03 * Math.max(0, 1 - progress / 0.8);
    if (c <= cur || c <= best + tolerance) {
      cur = c;
      if (c < best) {
        best = c;
        bestSnap = st.snapshot();
        idle = 0;
      } else idle++;
    } else {
      st.restore(snap);
      idle++;
    }
    o.onIteration?.(it, best);
  }
  st.restore(bestSnap);
  return best;
}
