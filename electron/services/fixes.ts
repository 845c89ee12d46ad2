// Fixes for one conflict, found with the planner's own rules: each candidate (move a session,
// change its room, consultant or interpreter, book a childcare seat) is applied to a copy of
// the plan and judged by checkPlan. Only candidates that remove this conflict are kept, each
// with the number of conflicts after it and the cost change, so a fix never makes the week
// worse without saying so.
import type { Fix, FixAction } from '../../shared/api/contract';
import { addDays } from '../../shared/domain/week';
import { languageName } from '../../shared/domain/languages';
import { checkPlan, type CheckResult, type Violation } from '../../shared/planner/check';
import { isClassSeat, type Instance, type Plan, type PlanSession } from '../../shared/planner/spec';
import { ageInMonths, formatSpanNl, fromMinutes, hhmmToMinutes, toMinutes } from '../../shared/planner/time';
import { whenNl } from './session-edits';

export const MAX_FIXES = 3;
/** Candidates judged per conflict; nearest first, so the best simple moves are always tried. */
const MAX_MOVES_PER_SESSION = 24;

export interface FixContext {
  instance: Instance;
  plan: Plan;
  base: CheckResult;
  childNames: Map<string, string>;
  providerNames: Map<string, string>;
  /** Shared budget of checkPlan runs for one week.conflicts call, so a broken week stays quick. */
  budget: { left: number };
}

export function violationKey(v: Violation): string {
  return `${v.rule}|${v.entities.join(',')}`;
}

const count = (vs: Violation[], key: string) => vs.reduce((n, v) => n + (violationKey(v) === key ? 1 : 0), 0);

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

/** Free seats of the right age on the days the household's adults are in the plan. */
function childcareCandidates(ctx: FixContext, childId: string, days: Set<string>): Candidate[] {
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

/**
 * Up to MAX_FIXES fixes for violation `v`. `people`: the adults of a household conflict (for
 * childcare days); `sessionIds`: the sessions to try moving, when the violation names none.
 */
export function fixesFor(ctx: FixContext, v: Violation, conflictId: string, target: { people: string[]; sessionIds: string[] | null }): Fix[] {
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
      // Both parents learn: put one parent's session on another day, or find care for the child.
      for (const s of sessions) candidates.push(...moveCandidates(ctx, s, true));
      const child = v.entities[v.entities.length - 1];
      candidates.push(...childcareCandidates(ctx, child, activityDays(ctx, people)));
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
  const key = violationKey(v);
  const before = count(ctx.base.violations, key);
  const kept: Fix[] = [];
  for (const c of candidates) {
    if (ctx.budget.left <= 0) break;
    ctx.budget.left--;
    const after = checkPlan(ctx.instance, applyAction(ctx.plan, c.action));
    if (count(after.violations, key) >= before) continue;
    kept.push({ id: '', label: c.label, action: c.action, costDelta: after.cost - ctx.base.cost, conflictsAfter: after.violations.length });
  }
  kept.sort((a, b) => a.conflictsAfter - b.conflictsAfter || a.costDelta - b.costDelta);
  return kept.slice(0, MAX_FIXES).map((f, i) => ({ ...f, id: `${conflictId}#${i + 1}` }));
}
