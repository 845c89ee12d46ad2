// The week-planning problem as a mixed-integer linear program (SPEC v1), for an exact reference
// with HiGHS. Pure: produces LP text and a decoder that turns a solution back into a plan.
//
// Variables: one binary per candidate session (start on the grid x room x consultant x
// interpreter x language, or start x room x certified consultant for a toets), one binary per
// (demand, candidate session) and per (demand, seat option), an "unplanned" variable per
// demand, a binary per (child, childcare slot), and per household the max and min of its adults'
// unplanned counts. Rules:
// - resources (rooms, consultants, interpreters): at most one session covering each start time;
// - participants: at most one activity covering each start time, and same-day pairs too close
//   for the travel between them excluded. Pairwise travel is exact when travel times obey the
//   triangle inequality (then only consecutive pairs can bind); otherwise the model is a
//   slight restriction;
// - care: for each household and each elementary time interval (between all away/busy/cover/
//   slot breakpoints) at which all adults could be away, the children not covered need a
//   booked slot covering that interval;
// - sizes, laptops, seats and slot capacity as in the SPEC.
// With startStep = 1 every grid start is a candidate and the model is the full problem; with a
// larger step only every n-th start is offered, so the optimum is that of a restricted problem
// (a feasible plan, an upper bound on the true optimum) and its bound says nothing about the
// full problem.
import type { SessionKind } from '../../domain/kinds';
import type { Instance, Plan, PlanSession, Seat } from '../spec';
import { fromMinutes } from '../../domain/time';
import { insideAny, overlapsAny } from '../../domain/intervals';
import { buildModel, gridStarts, childAge } from '../plan/model';
import { seatOptions, sessionDemandOk } from '../plan/options';
import { awayAround, takesAge } from '../household-care';
import { LpWriter, type Term } from './lp';
import { msg, renderMsg } from '../../messages';

export interface MilpOptions {
  /** Offer every n-th grid start (1 = all: the exact model). */
  startStep?: number;
  /** Leave out travel between activities and the care rule: a relaxation
   *  whose optimum (or proven bound) is a lower bound on the full problem. */
  relaxed?: boolean;
}

export interface MilpModel {
  lp: string;
  numVars: number;
  numRows: number;
  candidates: number;
  /** True when the model is the full problem (every grid start offered, nothing relaxed). */
  exact: boolean;
  relaxed: boolean;
  decode(value: (name: string) => number): Plan;
}

interface Cand {
  kind: SessionKind;
  lang: string | null;
  start: number;
  end: number;
  room: number;
  cons: number;
  interp: number;
  loc: number;
  members: number[];
  cap: number;
  touchCap: number;
  cost: number;
}

interface Group {
  start: number;
  end: number;
  loc: number;
  vars: string[];
  demands: Set<number>;
}

export function buildMilp(inst: Instance, options: MilpOptions = {}): MilpModel {
  const step = Math.max(1, Math.floor(options.startStep ?? 1));
  const m = buildModel(inst);
  const seatOpts = seatOptions(m);
  const sessOk = sessionDemandOk(m);
  const w = m.w;
  const lp = new LpWriter();

  // ---- candidate sessions ----
  const cands: Cand[] = [];
  const canAttend = (d: number, start: number, end: number, loc: number) => {
    const D = m.demands[d];
    const P = m.participants[D.p];
    return D.earliest <= start && m.travel[P.home][loc] !== Infinity && !overlapsAny(P.busy, start, end);
  };
  const giDemands = m.demands.map((_, d) => d).filter((d) => m.demands[d].kind === 'groupInfo' && sessOk[d]);
  const toetsDemands = m.demands.map((_, d) => d).filter((d) => m.demands[d].kind === 'toets' && sessOk[d]);
  const langs = [...new Set(giDemands.flatMap((d) => m.participants[m.demands[d].p].langs))].sort();
  for (let day = 0; day < m.days.length; day++) {
    for (const start of gridStarts(m, day, m.giMinutes, step)) {
      const end = start + m.giMinutes;
      m.rooms.forEach((R, r) => {
        if (!R.groupInfo || !insideAny(R.avail, start, end)) return;
        for (const lang of langs) {
          const members = giDemands.filter((d) => m.participants[m.demands[d].p].langs.includes(lang) && canAttend(d, start, end, R.loc));
          if (members.length < Math.max(1, m.giMin)) continue;
          m.consultants.forEach((C, c) => {
            if (!insideAny(C.avail, start, end)) return;
            const staff: number[] = C.langs.has(lang) ? [-1] : m.interpreters.map((T, t) => (T.langs.has(lang) && insideAny(T.avail, start, end) ? t : -2)).filter((t) => t >= 0);
            for (const interp of staff) {
              const cap = Math.min(m.giMax, R.capacity - 1 - (interp >= 0 ? 1 : 0));
              if (cap < Math.max(1, m.giMin)) continue;
              const cost = (w.consultantMinute + (interp >= 0 ? w.interpreterMinute : 0)) * m.giMinutes;
              cands.push({ kind: 'groupInfo', lang, start, end, room: r, cons: c, interp, loc: R.loc, members, cap, touchCap: Infinity, cost });
            }
          });
        }
      });
    }
    if (toetsDemands.length === 0) continue;
    for (const start of gridStarts(m, day, m.toetsMinutes, step)) {
      const end = start + m.toetsMinutes;
      m.rooms.forEach((R, r) => {
        if (!R.toets || !insideAny(R.avail, start, end)) return;
        const cap = Math.min(m.toetsMax, R.touch + R.mouse, R.capacity - 1);
        if (cap < 1) return;
        const members = toetsDemands.filter((d) => canAttend(d, start, end, R.loc) && (R.touch > 0 || m.participants[m.demands[d].p].skill === 'good'));
        if (members.length === 0) return;
        m.consultants.forEach((C, c) => {
          if (!C.cert || !insideAny(C.avail, start, end)) return;
          cands.push({
            kind: 'toets',
            lang: null,
            start,
            end,
            room: r,
            cons: c,
            interp: -1,
            loc: R.loc,
            members,
            cap,
            touchCap: R.touch,
            cost: w.consultantMinute * m.toetsMinutes,
          });
        });
      });
    }
  }

  // ---- variables and per-demand rows ----
  const u = m.demands.map((D, d) => lp.continuous(`u${d}`, 0, 1, D.unplannedCost));
  const assign: Term[][] = m.demands.map((_, d) => [[1, u[d]]]);
  const groups: Map<string, Group>[] = m.participants.map(() => new Map());
  const addToGroup = (p: number, start: number, end: number, loc: number, v: string, d: number) => {
    const key = `${start}|${end}|${loc}`;
    let g = groups[p].get(key);
    if (!g) {
      g = { start, end, loc, vars: [], demands: new Set() };
      groups[p].set(key, g);
    }
    g.vars.push(v);
    g.demands.add(d);
  };
  const byResource = (list: Map<number, number[]>, key: number, k: number) => {
    const l = list.get(key) ?? [];
    l.push(k);
    list.set(key, l);
  };
  const roomUse = new Map<number, number[]>();
  const consUse = new Map<number, number[]>();
  const interpUse = new Map<number, number[]>();
  cands.forEach((K, k) => {
    const z = lp.binary(`z${k}`, K.cost);
    byResource(roomUse, K.room, k);
    byResource(consUse, K.cons, k);
    if (K.interp >= 0) byResource(interpUse, K.interp, k);
    const size: Term[] = [];
    const touch: Term[] = [];
    for (const d of K.members) {
      const D = m.demands[d];
      const P = m.participants[D.p];
      const x = lp.binary(`x${d}_${k}`, w.travelMinute * m.travel[P.home][K.loc]);
      assign[d].push([1, x]);
      lp.row(
        [
          [1, x],
          [-1, z],
        ],
        '<=',
        0,
      );
      size.push([1, x]);
      if (P.skill !== 'good') touch.push([1, x]);
      addToGroup(D.p, K.start, K.end, K.loc, x, d);
    }
    lp.row([...size, [-K.cap, z]], '<=', 0);
    if (K.kind === 'groupInfo') lp.row([...size, [-m.giMin, z]], '>=', 0);
    else if (touch.length > 0) lp.row([...touch, [-K.touchCap, z]], '<=', 0);
  });
  const classSeatRows = new Map<number, Term[]>();
  const intakeSeatRows = new Map<number, Term[]>();
  m.demands.forEach((D, d) => {
    const P = m.participants[D.p];
    for (const o of seatOpts[d]) {
      const trial = D.kind === 'trialLesson';
      const place = trial ? m.classSessions[o] : m.intakes[o];
      const y = lp.binary(`y${d}_${o}`, w.travelMinute * m.travel[P.home][place.loc]);
      assign[d].push([1, y]);
      const rows = trial ? classSeatRows : intakeSeatRows;
      const l = rows.get(o) ?? [];
      l.push([1, y]);
      rows.set(o, l);
      addToGroup(D.p, place.start, place.end, place.loc, y, d);
    }
  });
  for (const terms of assign) lp.row(terms, '=', 1);
  // Demands of participants missing from the instance can only be unplanned: a fixed cost.
  const unknown = inst.demands.filter((D) => !m.pIndex.has(D.participantId)).reduce((a, D) => a + w.unplanned * D.priority, 0);
  if (unknown !== 0) lp.continuous('fixedcost', 1, 1, unknown);
  for (const [o, terms] of classSeatRows) lp.row(terms, '<=', m.classSessions[o].seats);
  for (const [o, terms] of intakeSeatRows) lp.row(terms, '<=', m.intakes[o].seats);

  // ---- resources: one session at a time ----
  for (const list of [roomUse, consUse, interpUse]) {
    for (const ks of list.values()) {
      const starts = [...new Set(ks.map((k) => cands[k].start))];
      for (const t of starts) {
        const cover = ks.filter((k) => cands[k].start <= t && t < cands[k].end);
        if (cover.length > 1)
          lp.row(
            cover.map((k) => [1, `z${k}`] as Term),
            '<=',
            1,
          );
      }
    }
  }

  // ---- participants: one place at a time, travel between consecutive activities ----
  const groupList = groups.map((g) => [...g.values()]);
  groupList.forEach((gs) => {
    if (gs.length < 2) return;
    const starts = [...new Set(gs.map((g) => g.start))];
    for (const t of starts) {
      const cover = gs.filter((g) => g.start <= t && t < g.end);
      const ds = new Set(cover.flatMap((g) => [...g.demands]));
      if (ds.size > 1)
        lp.row(
          cover.flatMap((g) => g.vars.map((v) => [1, v] as Term)),
          '<=',
          1,
        );
    }
    if (options.relaxed) return;
    for (const a of gs) {
      for (const b of gs) {
        if (a === b || a.end > b.start || a.loc === b.loc) continue;
        if (Math.floor(a.start / 1440) !== Math.floor(b.start / 1440)) continue;
        if (b.start - a.end >= m.travel[a.loc][b.loc]) continue;
        if ([...a.demands].every((d) => b.demands.has(d)) && a.demands.size === 1 && b.demands.size === 1) continue;
        lp.row([...a.vars.map((v) => [1, v] as Term), ...b.vars.map((v) => [1, v] as Term)], '<=', 1);
      }
    }
  });

  // ---- care for children ----
  // Who is away is decided by the solver here, so the need (household-care.ts) cannot be
  // computed up front; rule 9 is stated at every breakpoint instead: when some adult is not
  // busy and every such adult is away, each child not covered needs a booked slot then.
  const bookings: { name: string; hh: number; child: number; slot: number }[] = [];
  const bookingVar = new Map<string, string>();
  const slotRows = new Map<number, Term[]>();
  let needN = 0;
  m.households.forEach((H, h) => {
    if (options.relaxed) return;
    if (H.children.length === 0 || H.missingAdult || H.adults.length === 0) return;
    const away = H.adults.map((a) => {
      const P = m.participants[a];
      return groupList[a].map((g) => ({ ...awayAround(g.start, g.end, m.travel[P.home][g.loc], m.travel[g.loc][P.home]), vars: g.vars }));
    });
    if (away.some((list) => list.length === 0) && H.adults.every((a) => m.participants[a].busy.length === 0)) return;
    const bp = new Set<number>();
    for (const list of away)
      for (const x of list) {
        bp.add(x.start);
        bp.add(x.end);
      }
    for (const a of H.adults)
      for (const b of m.participants[a].busy) {
        bp.add(b.start);
        bp.add(b.end);
      }
    for (const c of H.children)
      for (const x of c.covered) {
        bp.add(x.start);
        bp.add(x.end);
      }
    for (const s of m.slots) {
      bp.add(s.start);
      bp.add(s.end);
    }
    const points = [...bp].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const t = points[i];
      const free = H.adults.map((a, ai) => ({ a, ai })).filter(({ a }) => !m.participants[a].busy.some((b) => b.start <= t && t < b.end));
      if (free.length === 0) continue; // all busy on their own: the household's arrangement
      const covering = free.map(({ ai }) => away[ai].filter((x) => x.start <= t && t < x.end));
      if (covering.some((c) => c.length === 0)) continue;
      const kids = H.children.map((c, ci) => ({ c, ci })).filter(({ c }) => !c.covered.some((x) => x.start <= t && t < x.end));
      if (kids.length === 0) continue;
      const need = lp.continuous(`n${needN++}`, 0, 1);
      const awayVars: string[] = [];
      covering.forEach((list, j) => {
        const a = lp.continuous(`a${needN}_${j}`, 0, 1);
        awayVars.push(a);
        for (const x of list) lp.row([...x.vars.map((v) => [1, v] as Term), [-1, a]], '<=', 0);
      });
      lp.row([...awayVars.map((v) => [1, v] as Term), [-1, need]], '<=', free.length - 1);
      for (const { c, ci } of kids) {
        const terms: Term[] = [];
        m.slots.forEach((s, si) => {
          if (!(s.start <= t && t < s.end)) return;
          const age = childAge(c, s.day);
          if (!takesAge(age, s.ageMin, s.ageMax) || s.free <= 0) return;
          const key = `${h}_${ci}_${si}`;
          let b = bookingVar.get(key);
          if (!b) {
            b = lp.binary(`b${key}`, w.childcareSlot);
            bookingVar.set(key, b);
            bookings.push({ name: b, hh: h, child: ci, slot: si });
            const l = slotRows.get(si) ?? [];
            l.push([1, b]);
            slotRows.set(si, l);
          }
          terms.push([1, b]);
        });
        lp.row([...terms, [-1, need]], '>=', 0);
      }
    }
  });
  for (const [si, terms] of slotRows) lp.row(terms, '<=', m.slots[si].free);

  // ---- household imbalance ----
  m.households.forEach((H, h) => {
    const adults = H.adults.filter((a) => m.participants[a].demands.length > 0);
    if (adults.length < 2 || w.householdImbalance === 0) return;
    const mx = lp.continuous(`mx${h}`, 0, 1e6, w.householdImbalance);
    const mn = lp.continuous(`mn${h}`, 0, 1e6, -w.householdImbalance);
    for (const a of adults) {
      const U: Term[] = m.participants[a].demands.map((d) => [1, u[d]] as Term);
      lp.row([[1, mx], ...U.map(([c, n]) => [-c, n] as Term)], '>=', 0);
      lp.row([[1, mn], ...U.map(([c, n]) => [-c, n] as Term)], '<=', 0);
    }
  });

  const decode = (value: (name: string) => number): Plan => {
    const on = (n: string) => value(n) > 0.5;
    const sessions: PlanSession[] = [];
    cands.forEach((K, k) => {
      if (!on(`z${k}`)) return;
      const members = K.members.filter((d) => on(`x${d}_${k}`));
      sessions.push({
        id: `M${sessions.length + 1}`,
        kind: K.kind,
        start: fromMinutes(K.start),
        end: fromMinutes(K.end),
        roomId: m.rooms[K.room].id,
        consultantId: m.consultants[K.cons].id,
        interpreterId: K.interp >= 0 ? m.interpreters[K.interp].id : null,
        language: K.lang,
        participants: members.map((d) => m.participants[m.demands[d].p].id).sort(),
      });
    });
    const seats: Seat[] = [];
    const met = new Set<number>();
    cands.forEach((K, k) => {
      for (const d of K.members) if (on(`x${d}_${k}`)) met.add(d);
    });
    m.demands.forEach((D, d) => {
      for (const o of seatOpts[d]) {
        if (!on(`y${d}_${o}`)) continue;
        met.add(d);
        const pid = m.participants[D.p].id;
        if (D.kind === 'trialLesson') seats.push({ participantId: pid, demandId: D.id, classId: m.classSessions[o].classId, start: m.classSessions[o].startStr });
        else seats.push({ participantId: pid, demandId: D.id, intakeId: m.intakes[o].id });
      }
    });
    const childcare = bookings
      .filter((b) => on(b.name))
      .map((b) => ({
        childId: m.households[b.hh].children[b.child].id,
        childcareId: m.slots[b.slot].ccId,
        slotStart: m.slots[b.slot].startStr,
      }));
    const metIds = new Set([...met].map((d) => m.demands[d].id));
    const why = msg('planner.reason.milp');
    const unplanned = inst.demands.filter((D) => !metIds.has(D.id)).map((D) => ({ demandId: D.id, reason: renderMsg(why, 'nl'), msg: why }));
    return { version: 1, sessions, seats, childcare, unplanned };
  };

  return { lp: lp.toString(), numVars: lp.numVars, numRows: lp.numRows, candidates: cands.length, exact: step === 1 && !options.relaxed, relaxed: !!options.relaxed, decode };
}
