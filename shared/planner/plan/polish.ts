// Moving whole sessions: the same group at another time, room, location or language (one all
// members speak, ideally one a free consultant speaks, so no interpreter is needed). Catches
// travel and interpreter savings that the rebuilds leave behind.
import type { Ctx } from './context';
import { gridStarts } from './model';

export function polishSessions(ctx: Ctx, shouldStop: () => boolean): void {
  const { m, st } = ctx;
  for (let idx = 0; idx < st.sessions.length; idx++) {
    if (shouldStop()) return;
    const S = st.sessions[idx];
    if (!S || S.pinned) continue;
    // A session no one is in only costs: close it rather than move it.
    if (S.members.length === 0) {
      st.closeSession(idx);
      continue;
    }
    const members = [...S.members];
    const people = members.map((d) => m.demands[d]);
    const minutes = S.end - S.start;
    const langs = S.kind === 'groupInfo' ? m.participants[people[0].p].langs.filter((l) => people.every((D) => m.participants[D.p].langs.includes(l))) : [null];
    const touchNeed = people.filter((D) => m.participants[D.p].skill !== 'good').length;
    const earliest = Math.max(...people.map((D) => D.earliest));
    const before = st.cost();
    const snap = st.snapshot();
    st.closeSession(idx);
    let best: { start: number; room: number; cons: number; interp: number; lang: string | null; value: number } | null = null;
    for (let day = 0; day < m.days.length; day++) {
      for (const start of gridStarts(m, day, minutes)) {
        if (start < earliest) continue;
        const end = start + minutes;
        rooms: for (let r = 0; r < m.rooms.length; r++) {
          const R = m.rooms[r];
          if (S.kind === 'groupInfo' ? !R.groupInfo : !R.toets) continue;
          if (S.kind === 'toets' && (touchNeed > R.touch || members.length > Math.min(R.touch + R.mouse, m.toetsMax))) continue;
          if (R.capacity < members.length + 1) continue;
          if (!st.roomFree(r, start, end)) continue;
          for (const D of people) if (!st.freeAt(D.p, start, end, R.loc)) continue rooms;
          let travel = 0;
          for (const D of people) travel += m.w.travelMinute * m.travel[m.participants[D.p].home][R.loc];
          for (const lang of langs) {
            let cons = -1;
            let interp = -1;
            for (let c = 0; c < m.consultants.length; c++) {
              const C = m.consultants[c];
              if (S.kind === 'toets' && !C.cert) continue;
              if (!st.consFree(c, start, end)) continue;
              if (lang === null || C.langs.has(lang)) {
                cons = c;
                interp = -1;
                break;
              }
              if (cons < 0) cons = c;
            }
            if (cons < 0) continue;
            if (lang !== null && !m.consultants[cons].langs.has(lang)) {
              interp = (ctx.interpByLang.get(lang) ?? []).find((t) => st.interpFree(t, start, end)) ?? -1;
              if (interp < 0) continue;
              if (R.capacity < members.length + 2) continue;
            }
            const value = travel + (m.w.consultantMinute + (interp >= 0 ? m.w.interpreterMinute : 0)) * minutes;
            if (!best || value < best.value) best = { start, room: r, cons, interp, lang, value };
          }
        }
      }
    }
    if (!best) {
      st.restore(snap);
      continue;
    }
    const ni = st.openSession({
      kind: S.kind,
      start: best.start,
      end: best.start + minutes,
      room: best.room,
      cons: best.cons,
      interp: best.interp,
      lang: best.lang,
      pinned: false,
    });
    let ok = true;
    for (const d of members)
      if (!st.joinSession(d, ni)) {
        ok = false;
        break;
      }
    if (!ok || st.cost() >= before) st.restore(snap);
  }
}

/** Move single people to another existing session of their kind that is closer to home. */
export function moveMembers(ctx: Ctx, shouldStop: () => boolean): void {
  const { m, st } = ctx;
  for (let idx = 0; idx < st.sessions.length; idx++) {
    if (shouldStop()) return;
    const S = st.sessions[idx];
    if (!S || S.pinned) continue;
    for (const d of [...S.members]) {
      if (S.kind === 'groupInfo' && S.members.length <= m.giMin) break;
      const D = m.demands[d];
      const P = m.participants[D.p];
      const here = m.travel[P.home][m.rooms[S.room].loc];
      let target = -1;
      let bestTravel = here;
      st.sessions.forEach((T, j) => {
        if (!T || T.pinned || j === idx || T.kind !== S.kind || T.start < D.earliest) return;
        if (T.kind === 'groupInfo' && !P.langs.includes(T.lang!)) return;
        const tr = m.travel[P.home][m.rooms[T.room].loc];
        if (tr >= bestTravel) return;
        target = j;
        bestTravel = tr;
      });
      if (target < 0) continue;
      // Only travel and this household's childcare change: compare those.
      const books = () => (P.hh >= 0 ? st.hhBook[P.hh].length : 0);
      const before = m.w.travelMinute * here + m.w.childcareSlot * books();
      st.unassign(d);
      const T = st.sessions[target]!;
      if (st.sessionHasRoomFor(target, d) && st.freeAt(D.p, T.start, T.end, m.rooms[T.room].loc) && st.joinSession(d, target)) {
        if (m.w.travelMinute * bestTravel + m.w.childcareSlot * books() < before) continue;
        st.unassign(d);
      }
      if (!st.joinSession(d, idx)) {
        // Cannot happen (the place was just left), but never lose a member silently.
        st.forceAssign(d, 1, idx, S.start, S.end, m.rooms[S.room].loc);
        st.pinnedDemand[d] = 0;
      }
    }
    // Everyone moved to a session closer to home (a toets has no minimum): the session is empty
    // and would only cost a consultant and a room, so it goes.
    if (S.members.length === 0) st.closeSession(idx);
  }
}
