// New group information sessions (per language) and toets sessions, built greedily: every
// candidate (language, day, start, location) is scored by what it would plan, the best one is
// opened, and scores are refreshed lazily (they only fall as people and resources are used up).
import { benefit, type Ctx } from './context';
import { gridStarts } from './model';
import { NONE } from './state';

interface Cand {
  id: number;
  toets: boolean;
  lang: string | null;
  start: number;
  loc: number;
  score: number;
  f: number;
}

class Heap {
  private a: Cand[] = [];
  get size() {
    return this.a.length;
  }
  private less(x: Cand, y: Cand) {
    return x.score > y.score || (x.score === y.score && x.id < y.id);
  }
  push(c: Cand) {
    const a = this.a;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  peek(): Cand | undefined {
    return this.a[0];
  }
  pop(): Cand | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

interface Pools {
  byLang: Map<string, number[]>;
  toets: number[];
}

function pools(ctx: Ctx, ds: number[]): Pools {
  const { m, st } = ctx;
  const byLang = new Map<string, number[]>();
  const toets: number[] = [];
  for (const d of ds) {
    if (st.assignKind[d] !== NONE || !ctx.sessOk[d]) continue;
    const D = m.demands[d];
    if (D.kind === 'toets') toets.push(d);
    else if (D.kind === 'groupInfo') {
      for (const l of m.participants[D.p].langs) {
        const list = byLang.get(l) ?? [];
        list.push(d);
        byLang.set(l, list);
      }
    }
  }
  return { byLang, toets };
}

function sessionCost(ctx: Ctx, minutes: number, interp: boolean): number {
  return ctx.m.w.consultantMinute * minutes + (interp ? ctx.m.w.interpreterMinute * minutes : 0);
}

/** Free consultant for a group session: one who speaks the language if possible (no interpreter),
 *  not toets-certified if possible (keeps them for toets). */
function pickGroupStaff(ctx: Ctx, lang: string, start: number, end: number): { cons: number; interp: number } | null {
  const { m, st } = ctx;
  let speaker = -1;
  let other = -1;
  m.consultants.forEach((c, i) => {
    if (!st.consFree(i, start, end)) return;
    if (c.langs.has(lang)) {
      if (speaker < 0 || (m.consultants[speaker].cert && !c.cert)) speaker = i;
    } else if (other < 0 || (m.consultants[other].cert && !c.cert)) other = i;
  });
  if (speaker >= 0) return { cons: speaker, interp: -1 };
  if (other < 0) return null;
  for (const t of ctx.interpByLang.get(lang) ?? []) if (st.interpFree(t, start, end)) return { cons: other, interp: t };
  return null;
}

function eligible(ctx: Ctx, list: number[], start: number, end: number, loc: number): { d: number; b: number }[] {
  const { m, st } = ctx;
  const out: { d: number; b: number }[] = [];
  for (const d of list) {
    if (st.assignKind[d] !== NONE) continue;
    const D = m.demands[d];
    if (D.earliest > start || !st.freeAt(D.p, start, end, loc)) continue;
    out.push({ d, b: benefit(ctx, d, loc) });
  }
  out.sort((x, y) => y.b - x.b || x.d - y.d);
  return out;
}

/** Cheap upper estimate of the value of the best `cap` eligible demands (no imbalance, no
 *  sorting of the whole list): the lazy greedy only needs an optimistic score. */
function quickGain(ctx: Ctx, list: number[], start: number, end: number, loc: number, cap: number, min: number): number {
  const { m, st } = ctx;
  const top: number[] = [];
  const wT = m.w.travelMinute;
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (st.assignKind[d] !== NONE) continue;
    const D = m.demands[d];
    if (D.earliest > start || !st.freeAt(D.p, start, end, loc)) continue;
    n++;
    const b = D.unplannedCost - wT * m.travel[m.participants[D.p].home][loc];
    if (top.length < cap) {
      let j = top.length;
      top.push(b);
      while (j > 0 && top[j - 1] < b) {
        top[j] = top[j - 1];
        j--;
      }
      top[j] = b;
    } else if (b > top[cap - 1]) {
      let j = cap - 1;
      while (j > 0 && top[j - 1] < b) {
        top[j] = top[j - 1];
        j--;
      }
      top[j] = b;
    }
  }
  if (n < min) return -Infinity;
  let g = 0;
  for (const b of top) g += b;
  return g;
}

/** Drop planned demands from the pools now and then, so scans stay short. */
function compact(ctx: Ctx, P: Pools): void {
  const keep = (l: number[]) => l.filter((d) => ctx.st.assignKind[d] === NONE);
  for (const [k, l] of P.byLang) P.byLang.set(k, keep(l));
  P.toets = keep(P.toets);
}

/** Pack toets participants into a room's laptops; returns the chosen demand indices. */
function packToets(ctx: Ctx, el: { d: number; b: number }[], room: number): { ds: number[]; gain: number } {
  const { m } = ctx;
  const R = m.rooms[room];
  const maxN = Math.min(m.toetsMax, R.touch + R.mouse, R.capacity - 1);
  let n = 0;
  let touch = 0;
  let gain = 0;
  const ds: number[] = [];
  for (const x of el) {
    if (n >= maxN) break;
    if (x.b <= 0) break;
    const needsTouch = m.participants[m.demands[x.d].p].skill !== 'good';
    if (needsTouch && touch >= R.touch) continue;
    if (needsTouch) touch++;
    n++;
    gain += x.b;
    ds.push(x.d);
  }
  return { ds, gain };
}

function groupCap(ctx: Ctx, room: number, interp: boolean): number {
  return Math.min(ctx.m.giMax, ctx.m.rooms[room].capacity - 1 - (interp ? 1 : 0));
}

/** Optimistic toets value per room: the best participants by quick benefit, touch-laptop users
 *  limited by the room's touch laptops (a greedy merge is optimal for these two limits). */
function quickToets(ctx: Ctx, list: number[], start: number, end: number, loc: number, k: number): { touch: number[]; good: number[] } | null {
  const { m, st } = ctx;
  const touch: number[] = [];
  const good: number[] = [];
  const wT = m.w.travelMinute;
  // Keep only the k best of each list (insertion into a short sorted array).
  const keep = (arr: number[], b: number) => {
    if (arr.length >= k && b <= arr[arr.length - 1]) return;
    let j = arr.length < k ? arr.length : k - 1;
    if (arr.length < k) arr.push(b);
    while (j > 0 && arr[j - 1] < b) {
      arr[j] = arr[j - 1];
      j--;
    }
    arr[j] = b;
  };
  let any = false;
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (st.assignKind[d] !== NONE) continue;
    const D = m.demands[d];
    if (D.earliest > start || !st.freeAt(D.p, start, end, loc)) continue;
    const P = m.participants[D.p];
    any = true;
    keep(P.skill === 'good' ? good : touch, D.unplannedCost - wT * m.travel[P.home][loc]);
  }
  return any ? { touch, good } : null;
}

function mergeGain(q: { touch: number[]; good: number[] }, touchCap: number, maxN: number): number {
  let i = 0;
  let j = 0;
  let n = 0;
  let g = 0;
  while (n < maxN) {
    const a = i < q.touch.length && i < touchCap ? q.touch[i] : -Infinity;
    const b = j < q.good.length ? q.good[j] : -Infinity;
    const x = Math.max(a, b);
    if (!(x > 0)) break;
    if (a >= b) i++;
    else j++;
    g += x;
    n++;
  }
  return n > 0 ? g : -Infinity;
}

function certifiedFree(ctx: Ctx, start: number, end: number): boolean {
  const cs = ctx.m.consultants;
  for (let i = 0; i < cs.length; i++) if (cs[i].cert && ctx.st.consFree(i, start, end)) return true;
  return false;
}

/** Score of a candidate now (no childcare check: an upper estimate). */
function estimate(ctx: Ctx, toets: boolean, lang: string | null, start: number, loc: number, P: Pools): number {
  const { m, st } = ctx;
  const rooms = ctx.roomsAtLoc.get(loc) ?? [];
  if (toets) {
    const end = start + m.toetsMinutes;
    let best = -Infinity;
    let q: { touch: number[]; good: number[] } | null | undefined;
    for (const r of rooms) {
      const R = m.rooms[r];
      if (!R.toets || !st.roomFree(r, start, end)) continue;
      if (q === undefined) {
        if (!certifiedFree(ctx, start, end)) return -Infinity;
        q = quickToets(ctx, P.toets, start, end, loc, ctx.toetsMaxPerRoom);
      }
      if (q === null) return -Infinity;
      const gain = mergeGain(q, R.touch, Math.min(m.toetsMax, R.touch + R.mouse, R.capacity - 1));
      if (gain > -Infinity) best = Math.max(best, gain - sessionCost(ctx, m.toetsMinutes, false));
    }
    return best;
  }
  const end = start + m.giMinutes;
  let bestRoomCap = -1;
  for (const r of rooms) if (m.rooms[r].groupInfo && m.rooms[r].capacity > bestRoomCap && st.roomFree(r, start, end)) bestRoomCap = m.rooms[r].capacity;
  if (bestRoomCap < 0) return -Infinity;
  const list = P.byLang.get(lang!) ?? [];
  const optimistic = Math.min(m.giMax, bestRoomCap - 1);
  if (optimistic < Math.max(1, m.giMin)) return -Infinity;
  let gain = quickGain(ctx, list, start, end, loc, optimistic, Math.max(1, m.giMin));
  if (gain === -Infinity) return gain;
  const staff = pickGroupStaff(ctx, lang!, start, end);
  if (!staff) return -Infinity;
  if (staff.interp >= 0) {
    const cap = Math.min(m.giMax, bestRoomCap - 2);
    if (cap < Math.max(1, m.giMin)) return -Infinity;
    if (cap < optimistic) gain = quickGain(ctx, list, start, end, loc, cap, Math.max(1, m.giMin));
  }
  return gain - sessionCost(ctx, m.giMinutes, staff.interp >= 0);
}

/** Open the candidate's session with the best room and staff and fill it; false if it cannot
 *  reach its minimum size once childcare is checked. */
function realize(ctx: Ctx, c: Cand, P: Pools): boolean {
  const { m, st } = ctx;
  const rooms = ctx.roomsAtLoc.get(c.loc) ?? [];
  if (c.toets) {
    const end = c.start + m.toetsMinutes;
    const el = eligible(ctx, P.toets, c.start, end, c.loc);
    let bestRoom = -1;
    let bestGain = -Infinity;
    for (const r of rooms) {
      if (!m.rooms[r].toets || !st.roomFree(r, c.start, end)) continue;
      const { gain } = packToets(ctx, el, r);
      // Prefer toets-only use of a room that cannot host groups; tie-break by fewer laptops.
      const g = gain - (m.rooms[r].groupInfo ? 0.5 : 0);
      if (g > bestGain) {
        bestGain = g;
        bestRoom = r;
      }
    }
    if (bestRoom < 0) return false;
    let cons = -1;
    m.consultants.forEach((k, i) => {
      if (!k.cert || !st.consFree(i, c.start, end)) return;
      if (cons < 0 || k.langs.size < m.consultants[cons].langs.size) cons = i;
    });
    if (cons < 0) return false;
    const s = st.openSession({ kind: 'toets', start: c.start, end, room: bestRoom, cons, interp: -1, lang: null, pinned: false });
    const R = m.rooms[bestRoom];
    const maxN = Math.min(m.toetsMax, R.touch + R.mouse, R.capacity - 1);
    for (const x of el) {
      if (st.sessions[s]!.members.length >= maxN || x.b <= 0) break;
      if (!st.sessionHasRoomFor(s, x.d)) continue;
      st.joinSession(x.d, s);
    }
    if (st.sessions[s]!.members.length === 0) {
      st.closeSession(s);
      return false;
    }
    return true;
  }
  const end = c.start + m.giMinutes;
  const staff = pickGroupStaff(ctx, c.lang!, c.start, end);
  if (!staff) return false;
  const el = eligible(ctx, P.byLang.get(c.lang!) ?? [], c.start, end, c.loc);
  let room = -1;
  let key = -Infinity;
  for (const r of rooms) {
    if (!m.rooms[r].groupInfo || !st.roomFree(r, c.start, end)) continue;
    const fit = Math.min(groupCap(ctx, r, staff.interp >= 0), el.length);
    // Most people first; then keep toets rooms free; then the smallest room that fits.
    const k = fit * 10_000 - (m.rooms[r].toets ? 5_000 : 0) - m.rooms[r].capacity;
    if (k > key) {
      key = k;
      room = r;
    }
  }
  if (room < 0) return false;
  const cap = groupCap(ctx, room, staff.interp >= 0);
  if (cap < m.giMin) return false;
  const s = st.openSession({ kind: 'groupInfo', start: c.start, end, room, cons: staff.cons, interp: staff.interp, lang: c.lang, pinned: false });
  for (const x of el) {
    if (st.sessions[s]!.members.length >= cap) break;
    if (x.b <= 0) break;
    st.joinSession(x.d, s);
  }
  if (st.sessions[s]!.members.length < Math.max(1, m.giMin)) {
    st.closeSession(s);
    return false;
  }
  return true;
}

/** Open new sessions for the unplanned session demands among `ds`. */
export function planSessions(ctx: Ctx, ds: number[], shouldStop: () => boolean = () => false): void {
  const { m } = ctx;
  const P = pools(ctx, ds);
  const heap = new Heap();
  let id = 0;
  const push = (toets: boolean, lang: string | null, start: number, loc: number) => {
    const raw = estimate(ctx, toets, lang, start, loc, P);
    if (!(raw > 0)) return;
    // During repair each candidate gets a fixed random weight, so rebuilds try other groupings.
    const f = ctx.noise > 0 ? 1 + ctx.noise * (ctx.rng.next() - 0.5) : 1;
    heap.push({ id: id++, toets, lang, start, loc, score: raw * f, f });
  };
  for (let day = 0; day < m.days.length; day++) {
    for (const [lang, list] of P.byLang) {
      if (list.length < m.giMin) continue;
      for (const start of gridStarts(m, day, m.giMinutes, ctx.step)) for (const loc of ctx.giLocs) push(false, lang, start, loc);
    }
    if (P.toets.length > 0) {
      for (const start of gridStarts(m, day, m.toetsMinutes, ctx.step)) for (const loc of ctx.toetsLocs) push(true, null, start, loc);
    }
  }
  let commits = 0;
  while (heap.size > 0) {
    if (shouldStop()) return;
    const c = heap.pop()!;
    const fresh = estimate(ctx, c.toets, c.lang, c.start, c.loc, P) * c.f;
    if (!(fresh > 0)) continue;
    const next = heap.peek();
    if (next && fresh < next.score) {
      c.score = fresh;
      heap.push(c);
      continue;
    }
    if (realize(ctx, c, P)) {
      if (++commits % 20 === 0) compact(ctx, P);
      // The same slot may hold another session (another room or consultant): look again.
      c.score = estimate(ctx, c.toets, c.lang, c.start, c.loc, P) * c.f;
      if (c.score > 0) heap.push(c);
    }
  }
}

/** Put an unplanned session demand into an existing session with room left, nearest first. */
export function joinExisting(ctx: Ctx, d: number): boolean {
  const { m, st } = ctx;
  if (st.assignKind[d] !== NONE || !ctx.sessOk[d]) return false;
  const D = m.demands[d];
  if (D.kind !== 'groupInfo' && D.kind !== 'toets') return false;
  const P = m.participants[D.p];
  const options: { i: number; tr: number }[] = [];
  for (let i = 0; i < st.sessions.length; i++) {
    const S = st.sessions[i];
    if (!S || S.pinned || S.kind !== D.kind || S.start < D.earliest) continue;
    if (S.kind === 'groupInfo' && !P.langs.includes(S.lang!)) continue;
    const loc = m.rooms[S.room].loc;
    if (!st.sessionHasRoomFor(i, d) || !st.freeAt(D.p, S.start, S.end, loc)) continue;
    options.push({ i, tr: m.travel[P.home][loc] });
  }
  options.sort((a, b) => a.tr - b.tr || a.i - b.i);
  // The nearest may fail on childcare; then the next.
  for (const o of options) if (st.joinSession(d, o.i)) return true;
  return false;
}
