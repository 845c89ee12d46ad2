// A lower bound on the plan cost from relaxations that are cheap to compute:
// - every demand costs at least min(its unplanned cost, its cheapest way to be met), where a
//   session place carries its share of the consultant (and interpreter) minutes;
// - a demand that no option can meet at all (no class of its school and route after earliest,
//   no language group that could ever reach the minimum size, ...) is unplanned;
// - trial seats, intake seats and toets places are counted: when there are fewer than demands
//   (by a max-flow that ignores time conflicts), the cheapest possible set of demands goes
//   unplanned.
// Childcare, household imbalance and conflicts between demands are left out (all >= 0).
import type { SessionKind } from '../../domain/kinds';
import type { Ctx } from './context';
import { childAge, gridStarts, type Model } from './model';
import { union } from '../../domain/intervals';
import { awayAround, childCareNeed, householdCareNeed, takesAge } from '../household-care';

/** Languages in which a group session could be held at all, and who could join one. */
export function servableLanguages(m: Model, ctx: Ctx): Set<string> {
  const staffed = new Set<string>();
  for (const c of m.consultants) if (c.avail.length > 0) for (const l of c.langs) staffed.add(l);
  if (m.consultants.some((c) => c.avail.length > 0)) for (const t of m.interpreters) if (t.avail.length > 0) for (const l of t.langs) staffed.add(l);
  if (!m.rooms.some((r) => r.groupInfo && r.avail.length > 0 && r.capacity >= m.giMin + 1)) return new Set();
  let langs = new Set(staffed);
  // Fixpoint: a language needs giMin demands whose speakers have no other choice left.
  for (;;) {
    const count = new Map<string, number>();
    m.demands.forEach((D, d) => {
      if (D.kind !== 'groupInfo' || !ctx.sessOk[d]) return;
      for (const l of m.participants[D.p].langs) if (langs.has(l)) count.set(l, (count.get(l) ?? 0) + 1);
    });
    const next = new Set([...langs].filter((l) => (count.get(l) ?? 0) >= Math.max(1, m.giMin)));
    if (next.size === langs.size) return next;
    langs = next;
  }
}

function maxFlow(options: number[][], caps: number[]): number {
  const used = caps.map(() => [] as number[]);
  let flow = 0;
  for (let d = 0; d < options.length; d++) {
    if (options[d].length === 0) continue;
    const seen = new Uint8Array(caps.length);
    const tryAug = (x: number): boolean => {
      for (const o of options[x]) {
        if (seen[o]) continue;
        seen[o] = 1;
        if (used[o].length < caps[o]) {
          used[o].push(x);
          return true;
        }
        for (let i = 0; i < used[o].length; i++) {
          if (tryAug(used[o][i])) {
            used[o][i] = x;
            return true;
          }
        }
      }
      return false;
    };
    if (tryAug(d)) flow++;
  }
  return flow;
}

function sessionSlots(avail: { start: number; end: number }[], minutes: number): number {
  let n = 0;
  for (const a of avail) n += Math.floor((a.end - a.start) / minutes);
  return n;
}

/** For a participant who is the only adult of a household: could the children be cared for
 *  while they are away for [start, end) at loc (ignoring other households' use of seats)?
 *  Parents in two-adult households always pass (the other parent may stay home). */
function careCoverable(m: Model, p: number, start: number, end: number, loc: number): boolean {
  const P = m.participants[p];
  if (P.hh < 0) return true;
  const H = m.households[P.hh];
  if (H.missingAdult || H.adults.length !== 1 || H.children.length === 0) return true;
  const away = awayAround(start, end, m.travel[P.home][loc], m.travel[loc][P.home]);
  const need = householdCareNeed(
    [p],
    () => union([away, ...P.busy]),
    () => P.busy,
  );
  // Covering the need asks only whether slots of the right age reach on, whoever else uses
  // their seats: that is what makes this a bound rather than the planner's own care search.
  for (const child of H.children) {
    for (const span of childCareNeed(need, child.covered)) {
      let t = span.start;
      while (t < span.end) {
        let reach = -1;
        for (const s of m.slots) {
          if (s.start > t || s.end <= t || s.free <= 0) continue;
          const age = childAge(child, s.day);
          if (takesAge(age, s.ageMin, s.ageMax) && s.end > reach) reach = s.end;
        }
        if (reach < 0) return false;
        t = reach;
      }
    }
  }
  return true;
}

/** Could a session demand be met at some grid start in some room of its kind, as far as the
 *  single parent's childcare goes? */
function sessionCareCoverable(m: Model, d: number, kind: SessionKind): boolean {
  const D = m.demands[d];
  const minutes = kind === 'groupInfo' ? m.giMinutes : m.toetsMinutes;
  const locs = [...new Set(m.rooms.filter((r) => (kind === 'groupInfo' ? r.groupInfo : r.toets)).map((r) => r.loc))];
  for (let day = 0; day < m.days.length; day++) {
    for (const start of gridStarts(m, day, minutes)) {
      if (start < D.earliest) continue;
      for (const loc of locs) if (careCoverable(m, D.p, start, start + minutes, loc)) return true;
    }
  }
  return false;
}

export function lowerBound(m: Model, ctx: Ctx): number {
  // Seat options a single parent could use at all, given childcare.
  const seatOpts = ctx.seatOpts.map((opts, d) => {
    const D = m.demands[d];
    return opts.filter((o) => {
      const pl = D.kind === 'trialLesson' ? m.classSessions[o] : m.intakes[o];
      return careCoverable(m, D.p, pl.start, pl.end, pl.loc);
    });
  });
  const w = m.w;
  const serve = new Array<number>(m.demands.length).fill(Infinity);
  const langs = servableLanguages(m, ctx);
  const giRoomLocs = m.rooms.filter((r) => r.groupInfo && r.avail.length > 0).map((r) => r.loc);
  const toetsRooms = m.rooms.filter((r) => r.toets && r.avail.length > 0 && Math.min(r.touch + r.mouse, r.capacity - 1) >= 1);
  const toetsPer = Math.min(m.toetsMax, Math.max(0, ...toetsRooms.map((r) => Math.min(r.touch + r.mouse, r.capacity - 1))));
  const toetsTouchPer = Math.max(0, ...toetsRooms.map((r) => Math.min(r.touch, r.capacity - 1, m.toetsMax)));
  const certified = m.consultants.filter((c) => c.cert);
  const speakerLangs = new Set(m.consultants.flatMap((c) => [...c.langs]));
  for (let d = 0; d < m.demands.length; d++) {
    const D = m.demands[d];
    const P = m.participants[D.p];
    const tr = (loc: number) => w.travelMinute * m.travel[P.home][loc];
    if (D.kind === 'trialLesson') for (const o of seatOpts[d]) serve[d] = Math.min(serve[d], tr(m.classSessions[o].loc));
    else if (D.kind === 'startklasIntake') for (const o of seatOpts[d]) serve[d] = Math.min(serve[d], tr(m.intakes[o].loc));
    else if (D.kind === 'groupInfo' && ctx.sessOk[d]) {
      const ls = P.langs.filter((l) => langs.has(l));
      if (ls.length === 0 || !sessionCareCoverable(m, d, 'groupInfo')) continue;
      const interp = ls.every((l) => !speakerLangs.has(l));
      const share = ((w.consultantMinute + (interp ? w.interpreterMinute : 0)) * m.giMinutes) / Math.max(1, m.giMax);
      for (const loc of giRoomLocs) serve[d] = Math.min(serve[d], tr(loc) + share);
    } else if (D.kind === 'toets' && ctx.sessOk[d] && certified.length > 0 && toetsPer > 0) {
      if ((P.skill !== 'good' && toetsTouchPer === 0) || !sessionCareCoverable(m, d, 'toets')) continue;
      const share = (w.consultantMinute * m.toetsMinutes) / toetsPer;
      for (const r of toetsRooms) serve[d] = Math.min(serve[d], tr(r.loc) + share);
    }
  }
  let total = 0;
  const extra = (d: number) => m.demands[d].unplannedCost - Math.min(serve[d], m.demands[d].unplannedCost);
  for (let d = 0; d < m.demands.length; d++) total += Math.min(serve[d], m.demands[d].unplannedCost);
  // Seats are scarce: at least (demands - seats) of each pool stay unplanned.
  const pooled = (ds: number[], canMeet: number) => {
    const k = ds.length - canMeet;
    if (k <= 0) return 0;
    return ds
      .map(extra)
      .sort((a, b) => a - b)
      .slice(0, k)
      .reduce((a, b) => a + b, 0);
  };
  const trial = m.demands.map((_, d) => d).filter((d) => m.demands[d].kind === 'trialLesson' && serve[d] < Infinity);
  total += pooled(
    trial,
    maxFlow(
      trial.map((d) => seatOpts[d]),
      m.classSessions.map((c) => c.seats),
    ),
  );
  const intake = m.demands.map((_, d) => d).filter((d) => m.demands[d].kind === 'startklasIntake' && serve[d] < Infinity);
  total += pooled(
    intake,
    maxFlow(
      intake.map((d) => seatOpts[d]),
      m.intakes.map((k) => k.seats),
    ),
  );
  const toets = m.demands.map((_, d) => d).filter((d) => m.demands[d].kind === 'toets' && serve[d] < Infinity);
  const toetsSessions = Math.min(
    certified.reduce((a, c) => a + sessionSlots(c.avail, m.toetsMinutes), 0),
    toetsRooms.reduce((a, r) => a + sessionSlots(r.avail, m.toetsMinutes), 0),
  );
  const touchNeeders = toets.filter((d) => m.participants[m.demands[d].p].skill !== 'good');
  total += Math.max(pooled(toets, toetsSessions * toetsPer), pooled(touchNeeders, toetsSessions * toetsTouchPer));
  const integral = Object.values(w).every((x) => Number.isInteger(x));
  return integral ? Math.ceil(total - 1e-9) : total;
}
