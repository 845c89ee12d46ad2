// Turns a plan into per-participant activities and reports the structural problems (rule 0)
// met on the way: unknown ids, a demand met twice or never, a seat for someone else's demand.
// A seat's school and route (rule 7) depend on that seat alone, so they are checked here too,
// by the rule's own function, and cached with the seat.
//
// What depends on one plan element alone (a session's people, a seat, an unplanned entry) is
// remembered from the previous check of the same instance and reused when the element's
// fields are still the same: a drag in the UI changes one or two elements of a plan of
// thousands. Elements are compared field by field, so plans edited in place stay correct.
import type { InstanceIndex, SeatTarget } from '../index-instance';
import { isClassSeat, type Kind, type Plan, type PlanSession, type Seat } from '../spec';
import { toMinutes } from '../../domain/time';
import { msg, p, type MsgParam } from '../../messages';
import { classNameP, classP, momentP, personP, seatTargetP, sessionP, spanP, violation } from './msg-params';
import { checkSeatFit } from './rules/rule-07-trial-and-intake-seats';
import type { Activity, Resolved, Violation } from './types';

interface SessionPart {
  id: string;
  kind: PlanSession['kind'];
  startStr: string;
  endStr: string;
  roomId: string;
  consultantId: string;
  interpreterId: string | null;
  participants: string[];
  start: number;
  end: number;
  li: number;
  locationId: string | null;
  what: MsgParam;
  /** Valid, distinct participants: positions and ids. */
  pis: number[];
  pids: string[];
  violations: Violation[];
}

interface SeatPart {
  participantId: string;
  demandId: string;
  classId: string | undefined;
  start: string | undefined;
  intakeId: string | undefined;
  /** Demand position to count, -1 when the demand is unknown. */
  di: number;
  activity: Activity | null;
  gi: number;
  violations: Violation[];
}

interface UnplannedPart {
  demandId: string;
  reason: string;
  di: number;
  violations: Violation[];
}

interface Memo {
  sessions: SessionPart[];
  seats: SeatPart[];
  unplanned: UnplannedPart[];
}

const memos = new WeakMap<InstanceIndex, Memo>();

function sameStrings(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sessionPart(idx: InstanceIndex, s: PlanSession): SessionPart {
  const out: Violation[] = [];
  const start = toMinutes(s.start);
  const end = toMinutes(s.end);
  const room = idx.rooms.get(s.roomId);
  const what = room ? sessionP(idx, s) : sessionP(idx, s, false);
  const when = end > start ? spanP(start, end) : momentP(start);
  if (!room) out.push(violation(0, [s.id, s.roomId], msg('check.r0.unknownRoom', { what, when, id: s.roomId })));
  if (!idx.consultants.has(s.consultantId)) {
    out.push(violation(0, [s.id, s.consultantId], msg('check.r0.unknownConsultant', { what, when, id: s.consultantId })));
  }
  if (s.interpreterId !== null && !idx.interpreters.has(s.interpreterId)) {
    out.push(violation(0, [s.id, s.interpreterId], msg('check.r0.unknownInterpreter', { what, when, id: s.interpreterId })));
  }
  if (end <= start) {
    out.push(violation(0, [s.id], msg('check.r0.endBeforeStart', { what, start: momentP(start), end: momentP(end) })));
  } else {
    const minutes = s.kind === 'groupInfo' ? idx.instance.activity.groupInfo.minutes : idx.instance.activity.toets.minutes;
    if (end - start !== minutes) {
      out.push(violation(0, [s.id], msg('check.r0.length', { what, when, minutes: end - start, kind: p.kind(s.kind), expected: minutes })));
    }
  }
  const pis: number[] = [];
  const pids: string[] = [];
  const seenHere = new Set<number>();
  for (const pid of s.participants) {
    const pi = idx.participantIndex.get(pid);
    if (pi === undefined) {
      out.push(violation(0, [s.id, pid], msg('check.r0.unknownParticipant', { what, when, id: pid })));
      continue;
    }
    if (seenHere.has(pi)) {
      out.push(violation(0, [s.id, pid], msg('check.r0.twiceInSession', { who: personP(idx, pid), what, when })));
      continue;
    }
    seenHere.add(pi);
    pis.push(pi);
    pids.push(pid);
  }
  return {
    id: s.id,
    kind: s.kind,
    startStr: s.start,
    endStr: s.end,
    roomId: s.roomId,
    consultantId: s.consultantId,
    interpreterId: s.interpreterId,
    participants: [...s.participants],
    start,
    end,
    li: room ? (idx.locationIndex.get(room.locationId) ?? -1) : -1,
    locationId: room?.locationId ?? null,
    what,
    pis,
    pids,
    violations: out,
  };
}

function sessionStill(m: SessionPart | undefined, s: PlanSession): m is SessionPart {
  return (
    m !== undefined &&
    m.id === s.id &&
    m.kind === s.kind &&
    m.startStr === s.start &&
    m.endStr === s.end &&
    m.roomId === s.roomId &&
    m.consultantId === s.consultantId &&
    m.interpreterId === s.interpreterId &&
    sameStrings(m.participants, s.participants)
  );
}

function seatPart(idx: InstanceIndex, seat: Seat): SeatPart {
  const out: Violation[] = [];
  const demands = idx.instance.demands;
  const pid = seat.participantId;
  const pi = idx.participantIndex.get(pid);
  const di = idx.demandIndex.get(seat.demandId);
  const demand = di === undefined ? undefined : demands[di];
  const who = () => personP(idx, pid);
  const classSeat = isClassSeat(seat);
  const part: SeatPart = {
    participantId: pid,
    demandId: seat.demandId,
    classId: classSeat ? seat.classId : undefined,
    start: classSeat ? seat.start : undefined,
    intakeId: classSeat ? undefined : seat.intakeId,
    di: di ?? -1,
    activity: null,
    gi: -1,
    violations: out,
  };
  if (pi === undefined) {
    out.push(violation(0, [pid, seat.demandId], msg('check.r0.seatUnknownParticipant', { id: pid })));
  }
  if (!demand) {
    out.push(violation(0, [pid, seat.demandId], msg('check.r0.seatUnknownDemand', { who: who(), id: seat.demandId })));
  } else if (demand.participantId !== pid) {
    out.push(
      violation(0, [pid, demand.id, demand.participantId], msg('check.r0.seatOtherDemand', { who: who(), kind: p.kind(demand.kind), owner: personP(idx, demand.participantId) })),
    );
  }
  let target: SeatTarget | undefined;
  let kind: Kind;
  let ref: string;
  if (classSeat) {
    kind = 'trialLesson';
    ref = seat.classId;
    const sessions = idx.classSessions.get(seat.classId);
    target = sessions?.get(seat.start);
    const cls = idx.instance.classes.find((c) => c.id === seat.classId);
    if (demand && demand.kind !== 'trialLesson') {
      const what = target ? seatTargetP(idx, target) : classNameP(idx, seat.classId);
      out.push(violation(0, [pid, demand.id, seat.classId], msg('check.r0.trialSeatWrongKind', { who: who(), what, kind: p.kind(demand.kind) })));
    }
    if (!sessions || !cls) {
      out.push(violation(0, [pid, seat.demandId, seat.classId], msg('check.r0.unknownClass', { who: who(), id: seat.classId })));
    } else if (!target) {
      out.push(violation(0, [pid, seat.demandId, seat.classId], msg('check.r0.noLesson', { who: who(), cls: classP(idx, cls), moment: momentP(toMinutes(seat.start)) })));
    }
  } else {
    kind = 'startklasIntake';
    ref = seat.intakeId;
    target = idx.intakeTargets.get(seat.intakeId);
    if (demand && demand.kind !== 'startklasIntake') {
      const what = target ? seatTargetP(idx, target) : p.text(seat.intakeId);
      out.push(violation(0, [pid, demand.id, seat.intakeId], msg('check.r0.intakeSeatWrongKind', { who: who(), what, kind: p.kind(demand.kind) })));
    }
    if (!target) {
      out.push(violation(0, [pid, seat.demandId, seat.intakeId], msg('check.r0.unknownIntake', { who: who(), id: seat.intakeId })));
    }
  }
  if (!target || pi === undefined) return part;
  checkSeatFit(idx, pi, demand, target, out);
  const ok = demand !== undefined && demand.participantId === pid && demand.kind === kind;
  part.gi = target.gi;
  part.activity = {
    participantId: pid,
    pi,
    di: ok ? di! : -1,
    li: target.li,
    demandId: ok ? demand.id : null,
    kind,
    start: target.start,
    end: target.end,
    locationId: target.locationId,
    ref,
    what: seatTargetP(idx, target),
  };
  return part;
}

function seatStill(m: SeatPart | undefined, seat: Seat): m is SeatPart {
  if (m === undefined || m.participantId !== seat.participantId || m.demandId !== seat.demandId) return false;
  return isClassSeat(seat) ? m.classId === seat.classId && m.start === seat.start : m.intakeId === seat.intakeId;
}

function unplannedPart(idx: InstanceIndex, u: Plan['unplanned'][number]): UnplannedPart {
  const out: Violation[] = [];
  const di = idx.demandIndex.get(u.demandId);
  if (di === undefined) {
    out.push(violation(0, [u.demandId], msg('check.r0.unplannedUnknown', { id: u.demandId })));
  } else if (u.reason.trim() === '') {
    const d = idx.instance.demands[di];
    out.push(violation(0, [u.demandId], msg('check.r0.unplannedNoReason', { kind: p.kind(d.kind), who: personP(idx, d.participantId) })));
  }
  return { demandId: u.demandId, reason: u.reason, di: di ?? -1, violations: out };
}

export function resolvePlan(idx: InstanceIndex, plan: Plan, out: Violation[]): Resolved {
  const demands = idx.instance.demands;
  const demandCount = demands.length;
  const occurrences = new Uint16Array(demandCount);
  const met = new Uint8Array(demandCount);
  const activities: Activity[] = [];
  const bump = (i: number) => {
    if (occurrences[i] < 65535) occurrences[i]++;
  };
  let memo = memos.get(idx);
  if (!memo) memos.set(idx, (memo = { sessions: [], seats: [], unplanned: [] }));

  // Session participations per kind and participant, paired with demands once all are known.
  const pending: [Map<number, Activity[]>, Map<number, Activity[]>] = [new Map(), new Map()];
  const seenSessionIds = new Set<string>();
  const sessionMemo = memo.sessions;
  for (let k = 0; k < plan.sessions.length; k++) {
    const s = plan.sessions[k];
    if (seenSessionIds.has(s.id)) {
      out.push(violation(0, [s.id], msg('check.r0.duplicateSession', { what: sessionP(idx, s), when: spanP(toMinutes(s.start), toMinutes(s.end)) })));
    }
    seenSessionIds.add(s.id);
    let part = sessionMemo[k];
    if (!sessionStill(part, s)) sessionMemo[k] = part = sessionPart(idx, s);
    for (const v of part.violations) out.push(v);
    const perKind = pending[s.kind === 'groupInfo' ? 0 : 1];
    for (let j = 0; j < part.pis.length; j++) {
      const pi = part.pis[j];
      const a: Activity = {
        participantId: part.pids[j],
        pi,
        di: -1,
        li: part.li,
        demandId: null,
        kind: part.kind,
        start: part.start,
        end: part.end,
        locationId: part.locationId,
        ref: part.id,
        what: part.what,
      };
      activities.push(a);
      const list = perKind.get(pi);
      if (list) list.push(a);
      else perKind.set(pi, [a]);
    }
  }
  sessionMemo.length = plan.sessions.length;

  // Pair participations with the participant's demands of that kind: earliest demand with the
  // earliest session, which is the pairing that satisfies rule 8 whenever any pairing does.
  const meet = (a: Activity, di: number) => {
    a.di = di;
    a.demandId = demands[di].id;
    bump(di);
    met[di] = 1;
  };
  let listedUnplanned: Set<string> | undefined;
  for (let k = 0; k < 2; k++) {
    const kind: Kind = k === 0 ? 'groupInfo' : 'toets';
    for (const [pi, acts] of pending[k]) {
      let own = idx.sessionDemands[k][pi] ?? [];
      if (own.length > 1) {
        // Several demands of one kind: the ones the plan lists as unplanned are not the ones met.
        listedUnplanned ??= new Set(plan.unplanned.map((u) => u.demandId));
        const open = own.filter((d) => !listedUnplanned!.has(demands[d].id));
        if (open.length >= acts.length) own = open;
        own = [...own].sort((a, b) => idx.earliest[a] - idx.earliest[b]);
      }
      if (acts.length > 1) acts.sort((a, b) => a.start - b.start);
      for (let i = 0; i < acts.length; i++) {
        const a = acts[i];
        if (i < own.length) {
          meet(a, own[i]);
          continue;
        }
        const params = { who: personP(idx, a.participantId), what: a.what, when: spanP(a.start, a.end), kind: p.kind(kind) };
        out.push(violation(0, [a.ref, a.participantId], msg(own.length === 0 ? 'check.r0.noDemand' : 'check.r0.moreSessions', params)));
      }
    }
  }

  const seated = new Map<number, number[]>();
  const seatMemo = memo.seats;
  for (let k = 0; k < plan.seats.length; k++) {
    const seat = plan.seats[k];
    let part = seatMemo[k];
    if (!seatStill(part, seat)) seatMemo[k] = part = seatPart(idx, seat);
    for (const v of part.violations) out.push(v);
    if (part.di >= 0) bump(part.di);
    const a = part.activity;
    if (!a) continue;
    const l = seated.get(part.gi);
    if (l) l.push(a.pi);
    else seated.set(part.gi, [a.pi]);
    if (a.di >= 0) met[a.di] = 1;
    activities.push(a);
  }
  seatMemo.length = plan.seats.length;

  const unplannedMemo = memo.unplanned;
  for (let k = 0; k < plan.unplanned.length; k++) {
    const u = plan.unplanned[k];
    let part = unplannedMemo[k];
    if (part === undefined || part.demandId !== u.demandId || part.reason !== u.reason) unplannedMemo[k] = part = unplannedPart(idx, u);
    for (const v of part.violations) out.push(v);
    if (part.di >= 0) bump(part.di);
  }
  unplannedMemo.length = plan.unplanned.length;

  for (let i = 0; i < demandCount; i++) {
    const n = occurrences[i];
    if (n === 1) continue;
    const d = demands[i];
    const params = { kind: p.kind(d.kind), who: personP(idx, d.participantId), n };
    out.push(violation(0, [d.id, d.participantId], msg(n === 0 ? 'check.r0.notListed' : 'check.r0.plannedTwice', params)));
  }

  const byParticipant: (Activity[] | undefined)[] = new Array(idx.instance.participants.length);
  const active: number[] = [];
  for (const a of activities) {
    const list = byParticipant[a.pi];
    if (list) list.push(a);
    else {
      byParticipant[a.pi] = [a];
      active.push(a.pi);
    }
  }
  for (const pi of active) {
    const list = byParticipant[pi]!;
    if (list.length > 1) list.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return { activities, byParticipant, active, met, seated };
}
