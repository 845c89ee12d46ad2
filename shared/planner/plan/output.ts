// The state written out as a SPEC plan. Pinned items are copied verbatim; new sessions get ids
// that do not clash with pinned ones, in a stable order (same seed, same plan text).
import type { Plan, PlanSession, Seat } from '../spec';
import { msg, renderMsg, type Msg } from '../../messages';
import { fromMinutes } from '../../domain/time';
import type { Model } from './model';
import type { Fixed } from './pinned';
import { CLASS, INTAKE, NONE, type State } from './state';

export function toPlan(m: Model, st: State, fixed: Fixed | undefined, reasons: Map<string, Msg>): Plan {
  const pinnedIds = new Set((fixed?.sessions ?? []).map((s) => s.id));
  // A new session without participants is never proposed (planWeek closes them before this).
  const fresh = st.sessions.filter((S) => S && !S.pinned && S.members.length > 0).map((S) => S!);
  fresh.sort((a, b) => a.start - b.start || a.room - b.room || a.cons - b.cons);
  let n = 0;
  const nextId = () => {
    let id: string;
    do id = `S${++n}`;
    while (pinnedIds.has(id));
    return id;
  };
  const sessions: PlanSession[] = [...(fixed?.sessions ?? [])];
  for (const S of fresh) {
    const participants = S.members.map((d) => m.participants[m.demands[d].p].id).sort();
    sessions.push({
      id: nextId(),
      kind: S.kind,
      start: fromMinutes(S.start),
      end: fromMinutes(S.end),
      roomId: m.rooms[S.room].id,
      consultantId: m.consultants[S.cons].id,
      interpreterId: S.interp >= 0 ? m.interpreters[S.interp].id : null,
      language: S.kind === 'groupInfo' ? S.lang : null,
      participants,
    });
  }
  const fixedSeatDemands = new Set((fixed?.seats ?? []).map((s) => s.demandId));
  const seats: Seat[] = [...(fixed?.seats ?? [])];
  for (let d = 0; d < m.demands.length; d++) {
    const D = m.demands[d];
    if (fixedSeatDemands.has(D.id)) continue;
    const k = st.assignKind[d];
    const pid = m.participants[D.p].id;
    if (k === CLASS) {
      const C = m.classSessions[st.assignRef[d]];
      seats.push({ participantId: pid, demandId: D.id, classId: C.classId, start: C.startStr });
    } else if (k === INTAKE) {
      seats.push({ participantId: pid, demandId: D.id, intakeId: m.intakes[st.assignRef[d]].id });
    }
  }
  const childcare = [...(fixed?.childcare ?? [])];
  const booked: Plan['childcare'] = [];
  st.hhBook.forEach((list, h) => {
    for (const b of list) {
      if (b.pinned) continue;
      const s = m.slots[b.slot];
      booked.push({ childId: m.households[h].children[b.child].id, childcareId: s.ccId, slotStart: s.startStr });
    }
  });
  booked.sort((a, b) => (a.slotStart + a.childId + a.childcareId < b.slotStart + b.childId + b.childcareId ? -1 : 1));
  childcare.push(...booked);
  const unplanned: Plan['unplanned'] = [];
  const assigned = new Set<string>();
  for (let d = 0; d < m.demands.length; d++) if (st.assignKind[d] !== NONE) assigned.add(m.demands[d].id);
  const listed = new Set<string>();
  for (const D of m.inst.demands) {
    if (assigned.has(D.id) || listed.has(D.id)) continue;
    listed.add(D.id);
    // The SPEC's reason is the Dutch sentence; the message beside it writes it in English too.
    const why = reasons.get(D.id) ?? msg('planner.reason.unknown');
    unplanned.push({ demandId: D.id, reason: renderMsg(why, 'nl'), msg: why });
  }
  return { version: 1, sessions, seats, childcare, unplanned };
}
