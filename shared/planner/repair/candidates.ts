// Candidate fixes per rule: move a session (nearest times first), give it another room,
// consultant or interpreter, or book a childcare seat; for a household gap, moves that clear
// the gap's travel and rooms closer to home. Each candidate is judged by the checker later.
import { addDays } from '../../domain/week';
import { ageInMonths, fromMinutes, hhmmToMinutes, toMinutes } from '../../domain/time';
import { msg, p as param, renderMsg, type Msg } from '../../messages';
import { indexInstance } from '../index-instance';
import { childP, momentP, providerP, roomP, sessionP, spanP } from '../check/msg-params';
import type { FixAction } from '../../api/contract';
import type { Violation } from '../check';
import { takesAge } from '../household-care';
import { isClassSeat, type Plan, type PlanSession } from '../spec';
import { busyElsewhere, freeRooms, staffFree, travelToRoom, within } from './free-resources';
import type { Candidate, CareTarget, FixContext, FixTarget } from './types';

/** Candidates judged per conflict; nearest first, so the best simple moves are always tried. */
const MAX_MOVES_PER_SESSION = 24;

/** A candidate from its action and message; the Dutch label is written once, here. */
function candidate(action: FixAction, m: Msg): Candidate {
  return { action, msg: m, label: renderMsg(m, 'nl') };
}

/** "Verplaats de groepsvoorlichting in het Arabisch van di 24 nov 09:00 naar wo 25 nov 10:00 (in Zaal 2, …)". */
function moveMsg(ctx: FixContext, s: PlanSession, to: string, room: string): Msg {
  const idx = indexInstance(ctx.instance);
  const params = { what: sessionP(idx, s, false), from: momentP(toMinutes(s.start)), to: momentP(toMinutes(to)) };
  return room !== s.roomId ? msg('fix.moveRoom', { ...params, room: roomP(idx, room) }) : msg('fix.move', params);
}

function roomMsg(ctx: FixContext, s: PlanSession, room: string, closer: boolean): Msg {
  const idx = indexInstance(ctx.instance);
  return msg(closer ? 'fix.closerRoom' : 'fix.room', { what: sessionP(idx, s, false), from: momentP(toMinutes(s.start)), room: roomP(idx, room) });
}

function staffMsg(ctx: FixContext, s: PlanSession, role: 'interpreter' | 'consultant', who: string, old: string | undefined): Msg {
  const idx = indexInstance(ctx.instance);
  const params = { what: sessionP(idx, s, false), when: momentP(toMinutes(s.start)), who: param.person(who) };
  return old ? msg(`fix.${role}Instead`, { ...params, old: param.person(old) }) : msg(`fix.${role}`, params);
}

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
    out.push(candidate({ type: 'changeSession', change }, moveMsg(ctx, s, o.start, room)));
  }
  return out;
}

function roomCandidates(ctx: FixContext, s: PlanSession): Candidate[] {
  return freeRooms(ctx, s, s.start, s.end)
    .filter((r) => r !== s.roomId)
    .map((r) => candidate({ type: 'changeSession', change: { sessionId: s.id, roomId: r } }, roomMsg(ctx, s, r, false)));
}

function interpreterCandidates(ctx: FixContext, s: PlanSession): Candidate[] {
  if (s.kind !== 'groupInfo' || !s.language) return [];
  const old = ctx.instance.interpreters.find((t) => t.id === s.interpreterId)?.name;
  return ctx.instance.interpreters
    .filter((t) => t.id !== s.interpreterId && t.languages.includes(s.language!) && within(t.available, s.start, s.end))
    .filter((t) => !busyElsewhere(ctx.plan, s.id, (o) => o.interpreterId, t.id, s.start, s.end))
    .sort((a, b) => a.costPerHour - b.costPerHour || a.id.localeCompare(b.id))
    .map((t) => candidate({ type: 'changeSession', change: { sessionId: s.id, interpreterId: t.id } }, staffMsg(ctx, s, 'interpreter', t.name, old)));
}

function consultantCandidates(ctx: FixContext, s: PlanSession): Candidate[] {
  const old = ctx.instance.consultants.find((c) => c.id === s.consultantId)?.name;
  return ctx.instance.consultants
    .filter((c) => c.id !== s.consultantId && (s.kind !== 'toets' || c.toetsCertified) && within(c.available, s.start, s.end))
    .filter((c) => !busyElsewhere(ctx.plan, s.id, (o) => o.consultantId, c.id, s.start, s.end))
    .map((c) => candidate({ type: 'changeSession', change: { sessionId: s.id, consultantId: c.id } }, staffMsg(ctx, s, 'consultant', c.name, old)));
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
      if (!takesAge(age, p.ageMonthsMin, p.ageMonthsMax)) continue;
      if ((booked.get(`${p.id}|${slot.start}`) ?? 0) >= slot.free) continue;
      const idx = indexInstance(ctx.instance);
      const name = ctx.childNames.get(childId);
      const childParam = name ? msg('check.what.child', { name: param.person(name), age: param.age(age) }) : null;
      out.push(
        candidate(
          { type: 'bookChildcare', childId, childcareId: p.id, slotStart: slot.start },
          msg('fix.childcare', {
            child: childParam ? param.msg(childParam) : childP(idx, childId, age),
            provider: providerP(idx, p.id),
            when: spanP(toMinutes(slot.start), toMinutes(slot.end)),
          }),
        ),
      );
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
    list.push(candidate({ type: 'changeSession', change }, moveMsg(ctx, s, o.start, room)));
  }
  const out: Candidate[] = [];
  for (const [a, b] of [
    [lists[0], lists[1]],
    [lists[2], lists[3]],
  ]) {
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
    .map(({ r }) => candidate({ type: 'changeSession', change: { sessionId: s.id, roomId: r } }, roomMsg(ctx, s, r, true)));
}

/** Candidates for violation `v`; `care` is the gap of a household conflict, when known. */
export function candidatesFor(ctx: FixContext, v: Violation, target: FixTarget): Candidate[] {
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
