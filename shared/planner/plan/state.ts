// The mutable working plan: who does what when, and what each room, consultant, interpreter,
// trial seat and childcare slot has left. Every change goes through methods that keep the hard
// rules true, so the search never holds an invalid plan.
import { insideAny, overlapsAny, union } from '../../domain/intervals';
import { awayAround, childCareNeed, householdCareNeed, takesAge } from '../household-care';
import { childAge, type Model } from './model';
import type { SessionKind } from '../../domain/kinds';
import type { Span } from '../../domain/time';

/** An activity of a participant; `away` is the time away from home for it (travel included). */
export interface Act {
  d: number;
  start: number;
  end: number;
  loc: number;
  away: Span;
}
export interface Sess {
  kind: SessionKind;
  start: number;
  end: number;
  room: number;
  cons: number;
  interp: number;
  lang: string | null;
  members: number[]; // demand indices
  pinned: boolean;
  pinnedId?: string;
  /** Participant ids of a pinned session, kept verbatim in the output. */
  pinnedParticipants?: string[];
}
export interface Booking {
  child: number;
  slot: number;
  pinned: boolean;
}

export interface Snapshot {
  acts: Act[][];
  assignKind: Int8Array;
  assignRef: Int32Array;
  sessions: (Sess | null)[];
  roomSess: number[][];
  consSess: number[][];
  interpSess: number[][];
  classUsed: Int32Array;
  intakeUsed: Int32Array;
  slotUsed: Int32Array;
  hhBook: Booking[][];
  unplannedOf: Int32Array;
}

export const NONE = 0,
  SESSION = 1,
  CLASS = 2,
  INTAKE = 3;

export class State {
  readonly m: Model;
  acts: Act[][];
  assignKind: Int8Array;
  assignRef: Int32Array;
  pinnedDemand: Uint8Array;
  sessions: (Sess | null)[] = [];
  roomSess: number[][];
  consSess: number[][];
  interpSess: number[][];
  classUsed: Int32Array;
  intakeUsed: Int32Array;
  slotUsed: Int32Array;
  hhBook: Booking[][];
  /** Unplanned demands per adult, for the household-imbalance term. */
  unplannedOf: Int32Array;
  /** Which child could not be cared for in the last failed care check (for reasons). */
  lastCareFailure: { hh: number; child: number; at: number } | null = null;

  constructor(m: Model) {
    this.m = m;
    this.acts = m.participants.map(() => []);
    this.assignKind = new Int8Array(m.demands.length);
    this.assignRef = new Int32Array(m.demands.length).fill(-1);
    this.pinnedDemand = new Uint8Array(m.demands.length);
    this.roomSess = m.rooms.map(() => []);
    this.consSess = m.consultants.map(() => []);
    this.interpSess = m.interpreters.map(() => []);
    this.classUsed = new Int32Array(m.classSessions.length);
    this.intakeUsed = new Int32Array(m.intakes.length);
    this.slotUsed = new Int32Array(m.slots.length);
    this.hhBook = m.households.map(() => []);
    this.unplannedOf = new Int32Array(m.participants.length);
    for (const d of m.demands) this.unplannedOf[d.p]++;
  }

  // ---- rule 1: one place at a time, with travel between activities ----

  /** Can participant p be at loc during [start, end) given busy time and planned activities? */
  freeAt(p: number, start: number, end: number, loc: number): boolean {
    const P = this.m.participants[p];
    if (this.m.travel[P.home][loc] === Infinity) return false;
    if (overlapsAny(P.busy, start, end)) return false;
    const dayBase = start - (start % 1440);
    // Travel is required only between consecutive activities: the neighbours in time order.
    let prev: Act | null = null;
    let next: Act | null = null;
    for (const a of this.acts[p]) {
      if (a.start < end && start < a.end) return false;
      if (a.start - (a.start % 1440) !== dayBase) continue;
      if (a.end <= start && (!prev || a.end > prev.end)) prev = a;
      if (a.start >= end && (!next || a.start < next.start)) next = a;
    }
    const T = this.m.travel;
    if (prev && start - prev.end < T[prev.loc][loc]) return false;
    if (next && next.start - end < T[loc][next.loc]) return false;
    return true;
  }

  /** Add an activity for demand d; false (and nothing changed) when the household's children
   *  could then not be cared for. */
  addAct(d: number, start: number, end: number, loc: number): boolean {
    const D = this.m.demands[d];
    const P = this.m.participants[D.p];
    const T = this.m.travel;
    const act: Act = { d, start, end, loc, away: awayAround(start, end, T[P.home][loc], T[loc][P.home]) };
    this.acts[D.p].push(act);
    if (P.hh >= 0 && this.m.households[P.hh].children.length > 0) {
      const b = this.careFor(P.hh);
      if (!b) {
        this.acts[D.p].pop();
        return false;
      }
      this.applyBookings(P.hh, b);
    }
    return true;
  }

  /** A pinned activity: kept even if it breaks a rule (the user fixed it). */
  forceAct(d: number, start: number, end: number, loc: number): void {
    const D = this.m.demands[d];
    const P = this.m.participants[D.p];
    const T = this.m.travel;
    const tr = T[P.home][loc] === Infinity ? 0 : T[P.home][loc];
    this.acts[D.p].push({ d, start, end, loc, away: awayAround(start, end, tr, tr) });
    if (P.hh >= 0 && this.m.households[P.hh].children.length > 0) {
      const b = this.careFor(P.hh);
      if (b) this.applyBookings(P.hh, b);
    }
  }

  forceAssign(d: number, kind: number, ref: number, start: number, end: number, loc: number): void {
    this.forceAct(d, start, end, loc);
    if (kind === SESSION) this.sessions[ref]!.members.push(d);
    else if (kind === CLASS) this.classUsed[ref]++;
    else if (kind === INTAKE) this.intakeUsed[ref]++;
    this.setAssign(d, kind, ref);
    this.pinnedDemand[d] = 1;
  }

  /** An activity of a pinned session for a participant without a matching demand. */
  addRawAct(p: number, start: number, end: number, loc: number): void {
    const P = this.m.participants[p];
    const T = this.m.travel;
    const tr = T[P.home][loc] === Infinity ? 0 : T[P.home][loc];
    this.acts[p].push({ d: -1, start, end, loc, away: awayAround(start, end, tr, tr) });
    if (P.hh >= 0 && this.m.households[P.hh].children.length > 0) {
      const b = this.careFor(P.hh);
      if (b) this.applyBookings(P.hh, b);
    }
  }

  removeAct(d: number): void {
    const D = this.m.demands[d];
    const list = this.acts[D.p];
    const i = list.findIndex((a) => a.d === d);
    if (i < 0) return;
    list.splice(i, 1);
    const P = this.m.participants[D.p];
    if (P.hh >= 0 && this.m.households[P.hh].children.length > 0) {
      const b = this.careFor(P.hh);
      if (b) this.applyBookings(P.hh, b);
    }
  }

  // ---- rule 9: care for children ----

  /** Moments at which the household's children need care (before `covered`). */
  householdNeed(h: number): Span[] {
    const H = this.m.households[h];
    // An adult without a participant record is at home.
    if (H.missingAdult) return [];
    const people = this.m.participants;
    return householdCareNeed(
      H.adults,
      (a) => union([...people[a].busy, ...this.acts[a].map((x) => x.away)]),
      (a) => people[a].busy,
    );
  }

  /** Recompute the bookings of the given households from scratch, most constrained first
   *  (youngest children), e.g. after loading pinned activities in arbitrary order. */
  recomputeCare(households: number[]): void {
    const youngest = (h: number) => Math.min(...this.m.households[h].children.map((c) => -Date.parse(c.birthDate)));
    const order = [...households].sort((a, b) => youngest(a) - youngest(b) || a - b);
    for (const h of order)
      this.applyBookings(
        h,
        this.hhBook[h].filter((b) => b.pinned),
      );
    for (const h of order) {
      const b = this.careFor(h);
      if (b) this.applyBookings(h, b);
    }
  }

  /** Bookings that cover every child's need, preferring the household's current ones; null if
   *  impossible with the free seats left. */
  careFor(h: number): Booking[] | null {
    const H = this.m.households[h];
    const current = this.hhBook[h];
    const pinned = current.filter((b) => b.pinned);
    const need = this.householdNeed(h);
    if (need.length === 0) return pinned;
    const slots = this.m.slots;
    const out: Booking[] = [...pinned];
    const usedHere = new Map<number, number>();
    for (let ci = 0; ci < H.children.length; ci++) {
      const child = H.children[ci];
      const needC = childCareNeed(need, child.covered);
      for (const span of needC) {
        let t = span.start;
        while (t < span.end) {
          let best = -1;
          let bestScore = -Infinity;
          for (let si = 0; si < slots.length; si++) {
            const s = slots[si];
            if (s.start > t || s.end <= t) continue;
            const already = out.some((b) => b.child === ci && b.slot === si);
            if (!already) {
              const age = childAge(child, s.day);
              if (!takesAge(age, s.ageMin, s.ageMax)) continue;
              const mine = current.filter((b) => !b.pinned && b.slot === si).length;
              const left = s.free - this.slotUsed[si] + mine - (usedHere.get(si) ?? 0);
              if (left <= 0) continue;
            }
            const keeps = current.some((b) => b.child === ci && b.slot === si);
            // A slot that covers the rest of the need beats one that ends earlier; among those,
            // the provider with the narrowest age range (keep wide ones for children who only
            // fit there), then the one with most seats left.
            const left = s.free - this.slotUsed[si];
            const score = (already ? 1e12 : 0) + (s.end >= span.end ? 1e11 : s.end * 1e3) - (s.ageMax - s.ageMin) * 1e3 + (keeps ? 500 : 0) + Math.min(left, 400);
            if (score > bestScore) {
              bestScore = score;
              best = si;
            }
          }
          if (best < 0) {
            this.lastCareFailure = { hh: h, child: ci, at: t };
            return null;
          }
          if (!out.some((b) => b.child === ci && b.slot === best)) {
            out.push({ child: ci, slot: best, pinned: false });
            usedHere.set(best, (usedHere.get(best) ?? 0) + 1);
          }
          t = slots[best].end;
        }
      }
    }
    return out;
  }

  applyBookings(h: number, list: Booking[]): void {
    for (const b of this.hhBook[h]) if (!b.pinned) this.slotUsed[b.slot]--;
    for (const b of list) if (!b.pinned) this.slotUsed[b.slot]++;
    this.hhBook[h] = list;
  }

  // ---- sessions ----

  roomFree(r: number, start: number, end: number): boolean {
    for (const s of this.roomSess[r]) {
      const S = this.sessions[s]!;
      if (S.start < end && start < S.end) return false;
    }
    return insideAny(this.m.rooms[r].avail, start, end);
  }
  consFree(c: number, start: number, end: number): boolean {
    for (const s of this.consSess[c]) {
      const S = this.sessions[s]!;
      if (S.start < end && start < S.end) return false;
    }
    return insideAny(this.m.consultants[c].avail, start, end);
  }
  interpFree(t: number, start: number, end: number): boolean {
    for (const s of this.interpSess[t]) {
      const S = this.sessions[s]!;
      if (S.start < end && start < S.end) return false;
    }
    return insideAny(this.m.interpreters[t].avail, start, end);
  }

  openSession(s: Omit<Sess, 'members'>): number {
    const idx = this.sessions.length;
    this.sessions.push({ ...s, members: [] });
    this.roomSess[s.room]?.push(idx);
    this.consSess[s.cons]?.push(idx);
    if (s.interp >= 0) this.interpSess[s.interp]?.push(idx);
    return idx;
  }

  /** Remove a session and unplan its members. */
  closeSession(idx: number): void {
    const S = this.sessions[idx];
    if (!S) return;
    for (const d of [...S.members]) this.unassign(d);
    const drop = (list: number[]) => {
      const i = list.indexOf(idx);
      if (i >= 0) list.splice(i, 1);
    };
    drop(this.roomSess[S.room] ?? []);
    drop(this.consSess[S.cons] ?? []);
    if (S.interp >= 0) drop(this.interpSess[S.interp] ?? []);
    this.sessions[idx] = null;
  }

  /** Whether the session has room for demand d by capacity and laptops (not time). */
  sessionHasRoomFor(idx: number, d: number): boolean {
    const S = this.sessions[idx]!;
    const R = this.m.rooms[S.room];
    const n = S.members.length + 1;
    if (n + 1 + (S.interp >= 0 ? 1 : 0) > R.capacity) return false;
    if (S.kind === 'groupInfo') return n <= this.m.giMax;
    if (n > this.m.toetsMax || n > R.touch + R.mouse) return false;
    const needTouch = (p: number) => this.m.participants[p].skill !== 'good';
    let touch = needTouch(this.m.demands[d].p) ? 1 : 0;
    for (const x of S.members) if (needTouch(this.m.demands[x].p)) touch++;
    return touch <= R.touch;
  }

  joinSession(d: number, idx: number): boolean {
    const S = this.sessions[idx]!;
    if (!this.addAct(d, S.start, S.end, this.sessionLoc(S, this.m.demands[d].p))) return false;
    S.members.push(d);
    this.setAssign(d, SESSION, idx);
    return true;
  }

  seatClass(d: number, cs: number): boolean {
    const C = this.m.classSessions[cs];
    if (!this.addAct(d, C.start, C.end, C.loc)) return false;
    this.classUsed[cs]++;
    this.setAssign(d, CLASS, cs);
    return true;
  }

  seatIntake(d: number, k: number): boolean {
    const K = this.m.intakes[k];
    if (!this.addAct(d, K.start, K.end, K.loc)) return false;
    this.intakeUsed[k]++;
    this.setAssign(d, INTAKE, k);
    return true;
  }

  private setAssign(d: number, kind: number, ref: number): void {
    if (this.assignKind[d] === NONE) this.unplannedOf[this.m.demands[d].p]--;
    this.assignKind[d] = kind;
    this.assignRef[d] = ref;
  }

  /** Unplan demand d (a group session left below its minimum is the caller's to close). */
  unassign(d: number): void {
    const k = this.assignKind[d];
    if (k === NONE) return;
    const ref = this.assignRef[d];
    if (k === SESSION) {
      const S = this.sessions[ref];
      if (S) {
        const i = S.members.indexOf(d);
        if (i >= 0) S.members.splice(i, 1);
      }
    } else if (k === CLASS) this.classUsed[ref]--;
    else if (k === INTAKE) this.intakeUsed[ref]--;
    this.assignKind[d] = NONE;
    this.assignRef[d] = -1;
    this.unplannedOf[this.m.demands[d].p]++;
    this.removeAct(d);
  }

  sessionLoc(S: Sess, p: number): number {
    return S.room >= 0 ? this.m.rooms[S.room].loc : this.m.participants[p].home;
  }

  snapshot(): Snapshot {
    return {
      acts: this.acts.map((a) => a.slice()),
      assignKind: this.assignKind.slice(),
      assignRef: this.assignRef.slice(),
      sessions: this.sessions.map((s) => (s ? { ...s, members: s.members.slice() } : null)),
      roomSess: this.roomSess.map((x) => x.slice()),
      consSess: this.consSess.map((x) => x.slice()),
      interpSess: this.interpSess.map((x) => x.slice()),
      classUsed: this.classUsed.slice(),
      intakeUsed: this.intakeUsed.slice(),
      slotUsed: this.slotUsed.slice(),
      hhBook: this.hhBook.map((x) => x.slice()),
      unplannedOf: this.unplannedOf.slice(),
    };
  }

  restore(s: Snapshot): void {
    this.acts = s.acts.map((a) => a.slice());
    this.assignKind = s.assignKind.slice();
    this.assignRef = s.assignRef.slice();
    this.sessions = s.sessions.map((x) => (x ? { ...x, members: x.members.slice() } : null));
    this.roomSess = s.roomSess.map((x) => x.slice());
    this.consSess = s.consSess.map((x) => x.slice());
    this.interpSess = s.interpSess.map((x) => x.slice());
    this.classUsed = s.classUsed.slice();
    this.intakeUsed = s.intakeUsed.slice();
    this.slotUsed = s.slotUsed.slice();
    this.hhBook = s.hhBook.map((x) => x.slice());
    this.unplannedOf = s.unplannedOf.slice();
  }

  // ---- cost (the SPEC cost, from the state) ----

  sessionCost(S: Sess): number {
    const min = S.end - S.start;
    return this.m.w.consultantMinute * min + (S.interp >= 0 ? this.m.w.interpreterMinute * min : 0);
  }

  householdImbalance(h: number): number {
    let max = -Infinity;
    let min = Infinity;
    let n = 0;
    for (const a of this.m.households[h].adults) {
      if (this.m.participants[a].demands.length === 0) continue;
      n++;
      const u = this.unplannedOf[a];
      if (u > max) max = u;
      if (u < min) min = u;
    }
    return n >= 2 ? max - min : 0;
  }

  cost(): number {
    const m = this.m;
    let c = 0;
    for (let d = 0; d < m.demands.length; d++) {
      const D = m.demands[d];
      if (this.assignKind[d] === NONE) c += D.unplannedCost;
    }
    for (let p = 0; p < m.participants.length; p++) {
      const home = m.participants[p].home;
      for (const a of this.acts[p]) {
        const t = m.travel[home][a.loc];
        if (t !== Infinity) c += m.w.travelMinute * t;
      }
    }
    for (const S of this.sessions) if (S) c += this.sessionCost(S);
    for (const list of this.hhBook) c += m.w.childcareSlot * list.length;
    for (let h = 0; h < m.households.length; h++) c += m.w.householdImbalance * this.householdImbalance(h);
    return c;
  }
}
