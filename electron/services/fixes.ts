// Fixes for one conflict, found with the planner's own rules: each candidate (move a session,
// change its room, consultant or interpreter, book a childcare seat) is applied to a copy of
// the plan and judged by checkPlan. Only candidates that remove this conflict are kept, each
// with the number of conflicts after it and the cost change, so a fix never makes the week
// worse without saying so. Each candidate is judged once per call and its result reused for
// every conflict it is tried for, and the checkPlan runs are shared out over the conflicts, so
// the first conflicts of a broken week cannot use up what the later ones need.
import type { Fix, FixAction } from '../../shared/api/contract';
import { addDays } from '../../shared/domain/week';
import { languageName } from '../../shared/domain/languages';
import { checkPlan, type CheckResult, type Violation } from '../../shared/planner/check';
import { indexInstance, travelBetween } from '../../shared/planner/index-instance';
import { isClassSeat, type Instance, type Plan, type PlanSession } from '../../shared/planner/spec';
import { formatSpanNl, whenNl } from '../../shared/domain/dutch-dates';
import { ageInMonths, fromMinutes, hhmmToMinutes, toMinutes } from '../../shared/domain/time';

export const MAX_FIXES = 3;
/** Candidates judged per conflict; nearest first, so the best simple moves are always tried. */
const MAX_MOVES_PER_SESSION = 24;

export interface FixContext {
  instance: Instance;
  plan: Plan;
  base: CheckResult;
  childNames: Map<string, string>;
  providerNames: Map<string, string>;
  /**
   * checkPlan runs left for one week.conflicts call, so a broken week stays quick, and the
   * conflicts still to be given fixes: each gets its fair share of what is left.
   */
  budget: { left: number; conflictsLeft: number };
  /** Judged candidates by action, for reuse across conflicts. */
  judged: Map<string, Judged>;
}

/** A judged candidate: how often each conflict key occurs after it, and what it costs. */
export interface Judged {
  counts: Map<string, number>;
  total: number;
  cost: number;
}

/** The gap of a household conflict (minutes) and the adults' sessions whose away span overlaps it. */
export interface CareTarget {
  gap: { start: number; end: number };
  sessionAdult: Map<string, string>;
}

export function violationKey(v: Violation): string {
  return `${v.rule}|${v.entities.join(',')}`;
}

const count = (vs: Violation[], key: string) => vs.reduce((n, v) => n + (violationKey(v) === key ? 1 : 0), 0);

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

export function applyAction(plan: Plan, action: FixAction): Plan {
  if (action.type === 'bookChildcare') {
    return { ...plan, childcare: [...plan.childcare, { childId: action.childId, childcareId: action.childcareId, slotStart: action.slotStart }] };
  }
  const c = action.change;
  return {
    ...plan,
    sessions: plan.sessions.map((s) => {
      if (s.id !== c.sessionId) return s;
      const dur = toMinutes(s.end) - toMinutes(s.start);
      const start = c.start ?? s.start;
      const end = c.end ?? (c.start ? fromMinutes(toMinutes(c.start) + dur) : s.end);
      const remove = new Set(c.removeParticipantIds ?? []);
      return {
        ...s,
        start,
        end,
        roomId: c.roomId ?? s.roomId,
        consultantId: c.consultantId ?? s.consultantId,
        interpreterId: c.interpreterId === undefined ? s.interpreterId : c.interpreterId,
        participants: [...s.participants.filter((p) => !remove.has(p)), ...(c.addParticipantIds ?? [])],
      };
    }),
  };
}

const within = (avail: { start: string; end: string }[], start: string, end: string) => avail.some((a) => a.start <= start && end <= a.end);
const overlapsT = (a: { start: string; end: string }, start: string, end: string) => a.start < end && start < a.end;

function sessionNl(s: PlanSession): string {
  return s.kind === 'groupInfo' ? `groepsvoorlichting ${s.language ? languageName(s.language) : ''}`.trim() : 'leerbaarheidstoets';
}

function busyElsewhere(plan: Plan, self: string, pick: (s: PlanSession) => string | null, id: string, start: string, end: string): boolean {
  return plan.sessions.some((o) => o.id !== self && pick(o) === id && overlapsT(o, start, end));
}

function roomFits(ctx: FixContext, s: PlanSession, roomId: string, start: string, end: string): boolean {
  const room = ctx.instance.rooms.find((r) => r.id === roomId);
  if (!room || !room.kinds.includes(s.kind)) return false;
  if (room.capacity < s.participants.length + 1 + (s.interpreterId ? 1 : 0)) return false;
  if (!within(room.available, start, end)) return false;
  return !busyElsewhere(ctx.plan, s.id, (o) => o.roomId, roomId, start, end);
}

/** Free rooms for the session at a time, its own room first, then the closest in size. */
function freeRooms(ctx: FixContext, s: PlanSession, start: string, end: string): string[] {
  const need = s.participants.length + 1 + (s.interpreterId ? 1 : 0);
  return ctx.instance.rooms
    .filter((r) => roomFits(ctx, s, r.id, start, end))
    .sort((a, b) => +(b.id === s.roomId) - +(a.id === s.roomId) || a.capacity - need - (b.capacity - need) || a.id.localeCompare(b.id))
    .map((r) => r.id);
}

const busyCache = new WeakMap<Instance, Map<string, Instance['participants'][number]['busy']>>();
function busyOf(instance: Instance) {
  let m = busyCache.get(instance);
  if (!m) busyCache.set(instance, (m = new Map(instance.participants.map((p) => [p.id, p.busy]))));
  return m;
}

function staffFree(ctx: FixContext, s: PlanSession, start: string, end: string): boolean {
  const c = ctx.instance.consultants.find((x) => x.id === s.consultantId);
  if (!c || !within(c.available, start, end) || busyElsewhere(ctx.plan, s.id, (o) => o.consultantId, c.id, start, end)) return false;
  if (s.interpreterId) {
    const t = ctx.instance.interpreters.find((x) => x.id === s.interpreterId);
    if (!t || !within(t.available, start, end) || busyElsewhere(ctx.plan, s.id, (o) => o.interpreterId, t.id, start, end)) return false;
  }
  const busy = busyOf(ctx.instance);
  return s.participants.every((pid) => !(busy.get(pid) ?? []).some((b) => overlapsT(b, start, end)));
}

function roomLabel(ctx: FixContext, roomId: string): string {
  const r = ctx.instance.rooms.find((x) => x.id === roomId);
  const loc = r && ctx.instance.locations.find((l) => l.id === r.locationId);
  return r ? `${r.name}${loc ? ` (${loc.name})` : ''}` : roomId;
}

type Candidate = { action: FixAction; label: string };

/** Other grid times for a session, nearest first; `otherDayFirst` for the household rule. */
function moveCandidates(ctx: FixContext, s: PlanSession, otherDayFirst: boolean): Candidate[] {
  const { week, grid } = ctx.instance;
  const dur = toMinutes(s.end) - toMinutes(s.start);
  const from = toMinutes(s.start);
  const dayStart = hhmmToMinutes(grid.dayStart);
  const dayEnd = hhmmToMinutes(grid.dayEnd);
  const options: { start: string; end: string; key: [number, number] }[] = [];
  for (let d = 0; d < week.days; d++) {
    const day = addDays(week.start, d);
    for (let t = dayStart; t + dur <= dayEnd; t += grid.slotMinutes) {
      const start = fromMinutes(toMinutes(`${day}T00:00`) + t);
      if (start === s.start) continue;
      const end = fromMinutes(toMinutes(start) + dur);
      const sameDay = day === s.start.slice(0, 10) ? 1 : 0;
      options.push({ start, end, key: [otherDayFirst ? sameDay : 0, Math.abs(toMinutes(start) - from)] });
    }
  }
  options.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.start.localeCompare(b.start));
  const out: Candidate[] = [];
  for (const o of options) {
    if (out.length >= MAX_MOVES_PER_SESSION) break;
    if (!staffFree(ctx, s, o.start, o.end)) continue;
    const room = freeRooms(ctx, s, o.start, o.end)[0];
    if (!room) continue;
    const change = { sessionId: s.id, start: o.start, ...(room !== s.roomId ? { roomId: room } : {}) };
    out.push({
      action: { type: 'changeSession', change },
      label: `Verplaats de ${sessionNl(s)} van ${whenNl(s.start)} naar ${whenNl(o.start)}${room !== s.roomId ? ` in ${roomLabel(ctx, room)}` : ''}`,
    });
  }
  return out;
}

function roomCandidates(ctx: FixContext, s: PlanSession): Candidate[] {
  return freeRooms(ctx, s, s.start, s.end)
    .filter((r) => r !== s.roomId)
    .map((r) => ({ action: { type: 'changeSession', change: { sessionId: s.id, roomId: r } }, label: `Verplaats de ${sessionNl(s)} van ${whenNl(s.start)} naar ${roomLabel(ctx, r)}` }));
}

function interpreterCandidates(ctx: FixContext, s: PlanSession): Candidate[] {
  if (s.kind !== 'groupInfo' || !s.language) return [];
  const old = ctx.instance.interpreters.find((t) => t.id === s.interpreterId)?.name;
  return ctx.instance.interpreters
    .filter((t) => t.id !== s.interpreterId && t.languages.includes(s.language!) && within(t.available, s.start, s.end))
    .filter((t) => !busyElsewhere(ctx.plan, s.id, (o) => o.interpreterId, t.id, s.start, s.end))
    .sort((a, b) => a.costPerHour - b.costPerHour || a.id.localeCompare(b.id))
    .map((t) => ({
      action: { type: 'changeSession', change: { sessionId: s.id, interpreterId: t.id } },
      label: `Wissel de tolk van de ${sessionNl(s)} op ${whenNl(s.start)}: ${t.name}${old ? ` in plaats van ${old}` : ''}`,
    }));
}

function consultantCandidates(ctx: FixContext, s: PlanSession): Candidate[] {
  const old = ctx.instance.consultants.find((c) => c.id === s.consultantId)?.name;
  return ctx.instance.consultants
    .filter((c) => c.id !== s.consultantId && (s.kind !== 'toets' || c.toetsCertified) && within(c.available, s.start, s.end))
    .filter((c) => !busyElsewhere(ctx.plan, s.id, (o) => o.consultantId, c.id, s.start, s.end))
    .map((c) => ({
      action: { type: 'changeSession', change: { sessionId: s.id, consultantId: c.id } },
      label: `Wissel de consulent van de ${sessionNl(s)} op ${whenNl(s.start)}: ${c.name}${old ? ` in plaats van ${old}` : ''}`,
    }));
}

/**
 * Free seats of the right age on the days the household's adults are in the plan; with
 * `covering`, only seats whose daypart covers that whole gap (minutes), as only those remove it.
 */
function childcareCandidates(ctx: FixContext, childId: string, days: Set<string>, covering?: CareTarget['gap']): Candidate[] {
  const hh = ctx.instance.households.find((h) => h.children.some((c) => c.id === childId));
  const child = hh?.children.find((c) => c.id === childId);
  if (!child) return [];
  const booked = new Map<string, number>();
  for (const b of ctx.plan.childcare) booked.set(`${b.childcareId}|${b.slotStart}`, (booked.get(`${b.childcareId}|${b.slotStart}`) ?? 0) + 1);
  const own = new Set(ctx.plan.childcare.filter((b) => b.childId === childId).map((b) => b.slotStart));
  const out: Candidate[] = [];
  for (const p of ctx.instance.childcare) {
    for (const slot of p.slots) {
      const day = slot.start.slice(0, 10);
      if (!days.has(day) || own.has(slot.start)) continue;
      if (covering && !(toMinutes(slot.start) <= covering.start && covering.end <= toMinutes(slot.end))) continue;
      const age = ageInMonths(child.birthDate, day);
      if (age < p.ageMonthsMin || age > p.ageMonthsMax) continue;
      if ((booked.get(`${p.id}|${slot.start}`) ?? 0) >= slot.free) continue;
      out.push({
        action: { type: 'bookChildcare', childId, childcareId: p.id, slotStart: slot.start },
        label: `Boek een opvangplek voor ${ctx.childNames.get(childId) ?? `kind ${childId}`} bij ${ctx.providerNames.get(p.id) ?? p.id} op ${formatSpanNl(slot.start, slot.end)}`,
      });
    }
  }
  return out;
}

/** Sessions of the plan that a violation is about: named ones, or those of the people it names. */
export function sessionsOf(plan: Plan, v: Violation, people: string[]): PlanSession[] {
  const ids = new Set(v.entities);
  const named = plan.sessions.filter((s) => ids.has(s.id));
  if (named.length) return named;
  const who = new Set(people);
  return plan.sessions.filter((s) => s.participants.some((p) => who.has(p)));
}

/** The days on which people have a session or seat in the plan. */
export function activityDays(ctx: FixContext, people: string[]): Set<string> {
  const who = new Set(people);
  const days = new Set<string>();
  for (const s of ctx.plan.sessions) if (s.participants.some((p) => who.has(p))) days.add(s.start.slice(0, 10));
  for (const seat of ctx.plan.seats) {
    if (!who.has(seat.participantId)) continue;
    if (isClassSeat(seat)) days.add(seat.start.slice(0, 10));
    else {
      const k = ctx.instance.startklasIntakes.find((i) => i.id === seat.intakeId);
      if (k) days.add(k.start.slice(0, 10));
    }
  }
  return days;
}

/** Travel minutes from a participant's home to a room, 0 when unknown (as in the checker). */
function travelToRoom(ctx: FixContext, participantId: string, roomId: string): number {
  const idx = indexInstance(ctx.instance);
  const home = idx.participants.get(participantId)?.homeLocationId;
  const loc = idx.rooms.get(roomId)?.locationId;
  return (home && loc && travelBetween(idx, home, loc)) || 0;
}

/**
 * Moves of a session in a household gap: grid times where the adult's new away span (travel
 * included) clears the gap come first, nearest same-day times and nearest other days taken in
 * turn, so a travel-only gap is tried with a small shift as well as with another day.
 */
function householdMoveCandidates(ctx: FixContext, s: PlanSession, adult: string, gap: CareTarget['gap']): Candidate[] {
  const { week, grid } = ctx.instance;
  const dur = toMinutes(s.end) - toMinutes(s.start);
  const from = toMinutes(s.start);
  const dayStart = hhmmToMinutes(grid.dayStart);
  const dayEnd = hhmmToMinutes(grid.dayEnd);
  const lists: [Candidate[], Candidate[], Candidate[], Candidate[]] = [[], [], [], []];
  const options: { start: string; end: string; dist: number; sameDay: boolean }[] = [];
  for (let d = 0; d < week.days; d++) {
    const day = addDays(week.start, d);
    for (let t = dayStart; t + dur <= dayEnd; t += grid.slotMinutes) {
      const start = fromMinutes(toMinutes(`${day}T00:00`) + t);
      if (start === s.start) continue;
      options.push({ start, end: fromMinutes(toMinutes(start) + dur), dist: Math.abs(toMinutes(start) - from), sameDay: day === s.start.slice(0, 10) });
    }
  }
  options.sort((a, b) => a.dist - b.dist || a.start.localeCompare(b.start));
  for (const o of options) {
    if (!staffFree(ctx, s, o.start, o.end)) continue;
    // The session's own room if it clears the gap, else the free room nearest the adult's home.
    const rooms = freeRooms(ctx, s, o.start, o.end).map((r, i) => ({ r, i, t: travelToRoom(ctx, adult, r) }));
    if (!rooms.length) continue;
    const clearsWith = (t: number) => toMinutes(o.end) + t <= gap.start || gap.end <= toMinutes(o.start) - t;
    const pick = rooms.find((x) => x.r === s.roomId && clearsWith(x.t)) ?? [...rooms].sort((a, b) => a.t - b.t || a.i - b.i)[0];
    const room = pick.r;
    const clears = clearsWith(pick.t);
    const list = lists[(clears ? 0 : 2) + (o.sameDay ? 0 : 1)];
    if (list.length >= MAX_MOVES_PER_SESSION) continue;
    const change = { sessionId: s.id, start: o.start, ...(room !== s.roomId ? { roomId: room } : {}) };
    list.push({
      action: { type: 'changeSession', change },
      label: `Verplaats de ${sessionNl(s)} van ${whenNl(s.start)} naar ${whenNl(o.start)}${room !== s.roomId ? ` in ${roomLabel(ctx, room)}` : ''}`,
    });
  }
  const out: Candidate[] = [];
  for (const [a, b] of [[lists[0], lists[1]], [lists[2], lists[3]]]) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i < a.length) out.push(a[i]);
      if (i < b.length) out.push(b[i]);
    }
  }
  return out;
}

/** Free rooms at the same time that are closer to the adult's home, closest first. */
function closerRoomCandidates(ctx: FixContext, s: PlanSession, adult: string): Candidate[] {
  const now = travelToRoom(ctx, adult, s.roomId);
  return freeRooms(ctx, s, s.start, s.end)
    .map((r) => ({ r, t: travelToRoom(ctx, adult, r) }))
    .filter((x) => x.r !== s.roomId && x.t < now)
    .sort((a, b) => a.t - b.t || a.r.localeCompare(b.r))
    .map(({ r }) => ({ action: { type: 'changeSession', change: { sessionId: s.id, roomId: r } }, label: `Verplaats de ${sessionNl(s)} van ${whenNl(s.start)} naar ${roomLabel(ctx, r)}, dichter bij huis` }));
}

/** Candidates for violation `v`; `care` is the gap of a household conflict, when known. */
function candidatesFor(ctx: FixContext, v: Violation, target: { people: string[]; sessionIds: string[] | null; care?: CareTarget }): Candidate[] {
  const people = target.people;
  const sessions = target.sessionIds?.length ? ctx.plan.sessions.filter((s) => target.sessionIds!.includes(s.id)) : sessionsOf(ctx.plan, v, people);
  const candidates: Candidate[] = [];
  switch (v.rule) {
    case 2:
      for (const s of sessions) candidates.push(...roomCandidates(ctx, s), ...moveCandidates(ctx, s, false));
      break;
    case 3:
      for (const s of sessions) candidates.push(...consultantCandidates(ctx, s), ...moveCandidates(ctx, s, false));
      break;
    case 4:
      for (const s of sessions) candidates.push(...interpreterCandidates(ctx, s), ...moveCandidates(ctx, s, false));
      break;
    case 5:
      for (const s of sessions) candidates.push(...roomCandidates(ctx, s));
      break;
    case 9: {
      const child = v.entities[v.entities.length - 1];
      const care = target.care;
      if (care) {
        // Care for the gap itself first: it is one booking and leaves everyone's sessions alone.
        const seats = childcareCandidates(ctx, child, activityDays(ctx, people), care.gap);
        const moves = sessions.map((s) => householdMoveCandidates(ctx, s, care.sessionAdult.get(s.id) ?? people[0], care.gap));
        const rooms = sessions.flatMap((s) => closerRoomCandidates(ctx, s, care.sessionAdult.get(s.id) ?? people[0]));
        candidates.push(...seats, ...rooms);
        // Sessions in turn, so the second session of a gap is not starved by the first.
        for (let i = 0; i < Math.max(0, ...moves.map((m) => m.length)); i++) for (const m of moves) if (i < m.length) candidates.push(m[i]);
      } else {
        // Both parents learn: put one parent's session on another day, or find care for the child.
        for (const s of sessions) candidates.push(...moveCandidates(ctx, s, true));
        candidates.push(...childcareCandidates(ctx, child, activityDays(ctx, people)));
      }
      break;
    }
    case 1:
    case 8:
    case 10:
      for (const s of sessions) candidates.push(...moveCandidates(ctx, s, v.rule === 1));
      break;
    default:
      break;
  }
  return candidates;
}

/** Rules that have candidate fixes; the budget is shared out over their conflicts only. */
export const FIXABLE_RULES = new Set([1, 2, 3, 4, 5, 8, 9, 10]);

/** Candidates judged during one week.conflicts call, by action; shared by all its conflicts. */
export type FixPool = Map<string, { label: string; action: FixAction; judged: Judged }>;

/**
 * Judges the candidates of violation `v` within this conflict's share of the budget (results
 * already judged for an earlier conflict are free) and adds them to `pool`; returns the action
 * keys of this conflict's own candidates. Call once per conflict, before pickFixes.
 */
export function judgeCandidates(ctx: FixContext, pool: FixPool, v: Violation, target: { people: string[]; sessionIds: string[] | null; care?: CareTarget }): Set<string> {
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
    if (!pool.has(k)) pool.set(k, { label: c.label, action: c.action, judged: j });
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
  const before = count(ctx.base.violations, key);
  const kept: (Fix & { own: number; order: number })[] = [];
  let order = 0;
  for (const [k, c] of pool) {
    order++;
    if ((c.judged.counts.get(key) ?? 0) >= before) continue;
    kept.push({ id: '', label: c.label, action: c.action, costDelta: c.judged.cost - ctx.base.cost, conflictsAfter: c.judged.total, own: own.has(k) ? 0 : 1, order });
  }
  kept.sort((a, b) => a.conflictsAfter - b.conflictsAfter || a.costDelta - b.costDelta || a.own - b.own || a.order - b.order);
  return kept.slice(0, MAX_FIXES).map(({ own: _o, order: _r, ...f }, i) => ({ ...f, id: `${conflictId}#${i + 1}` }));
}
