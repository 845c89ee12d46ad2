// Pinned sessions, seats and childcare bookings: put into the state exactly as given, before the
// planner places anything else around them.
import type { ChildcareBooking, PlanSession, Seat } from '../spec';
import { isClassSeat } from '../spec';
import { toMinutes } from '../../domain/time';
import type { Model } from './model';
import { CLASS, INTAKE, NONE, SESSION, type State } from './state';

export interface Fixed {
  sessions?: PlanSession[];
  seats?: Seat[];
  childcare?: ChildcareBooking[];
}

export function loadPinned(m: Model, st: State, fixed: Fixed | undefined): void {
  if (!fixed) return;
  for (const b of fixed.childcare ?? []) {
    const slot = m.slotIndex.get(`${b.childcareId}|${b.slotStart}`);
    const ch = m.childIndex.get(b.childId);
    if (slot === undefined || !ch) continue;
    st.hhBook[ch.hh].push({ child: ch.child, slot, pinned: true });
    // A pinned booking takes its seat like any other: count it, or the slot gets overbooked.
    st.slotUsed[slot]++;
  }
  for (const s of fixed.sessions ?? []) {
    const start = toMinutes(s.start);
    const end = toMinutes(s.end);
    const idx = st.openSession({
      kind: s.kind,
      start,
      end,
      room: m.roomIndex.get(s.roomId) ?? -1,
      cons: m.consIndex.get(s.consultantId) ?? -1,
      interp: s.interpreterId !== null ? (m.interpIndex.get(s.interpreterId) ?? -1) : -1,
      lang: s.language,
      pinned: true,
      pinnedId: s.id,
      pinnedParticipants: s.participants,
    });
    const S = st.sessions[idx]!;
    for (const pid of s.participants) {
      const p = m.pIndex.get(pid);
      if (p === undefined) continue;
      const d = m.participants[p].demands.find((x) => m.demands[x].kind === s.kind && st.assignKind[x] === NONE);
      const loc = st.sessionLoc(S, p);
      if (d === undefined) st.addRawAct(p, start, end, loc);
      else st.forceAssign(d, SESSION, idx, start, end, loc);
    }
  }
  const touched = new Set<number>();
  for (const s of fixed.sessions ?? [])
    for (const pid of s.participants) {
      const p = m.pIndex.get(pid);
      if (p !== undefined && m.participants[p].hh >= 0) touched.add(m.participants[p].hh);
    }
  for (const seat of fixed.seats ?? []) {
    const d = m.dIndex.get(seat.demandId);
    if (d === undefined || st.assignKind[d] !== NONE) continue;
    if (isClassSeat(seat)) {
      const cs = m.classSessionIndex.get(`${seat.classId}|${seat.start}`);
      if (cs === undefined) continue;
      const C = m.classSessions[cs];
      st.forceAssign(d, CLASS, cs, C.start, C.end, C.loc);
    } else {
      const k = m.intakeIndex.get(seat.intakeId);
      if (k === undefined) continue;
      const K = m.intakes[k];
      st.forceAssign(d, INTAKE, k, K.start, K.end, K.loc);
    }
    const hh = m.participants[m.demands[d].p].hh;
    if (hh >= 0) touched.add(hh);
  }
  // Pinned activities arrived in list order; book childcare for them in a better order.
  st.recomputeCare([...touched].filter((h) => m.households[h].children.length > 0));
}
