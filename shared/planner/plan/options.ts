// Which existing class sessions and intake moments could ever serve a demand (school, route,
// earliest, busy time, reachability). Fixed per instance; the search only checks what is left.
import { overlapsAny } from '../../domain/intervals';
import type { Model } from './model';

export function seatOptions(m: Model): number[][] {
  return m.demands.map((D) => {
    const P = m.participants[D.p];
    const out: number[] = [];
    if (D.kind === 'trialLesson') {
      m.classSessions.forEach((C, i) => {
        if (C.school !== D.school) return;
        if (P.route !== null && C.route !== P.route) return;
        if (C.start < D.earliest || C.seats <= 0) return;
        if (m.travel[P.home][C.loc] === Infinity || overlapsAny(P.busy, C.start, C.end)) return;
        out.push(i);
      });
    } else if (D.kind === 'startklasIntake') {
      m.intakes.forEach((K, i) => {
        if (K.start < D.earliest || K.seats <= 0) return;
        if (m.travel[P.home][K.loc] === Infinity || overlapsAny(P.busy, K.start, K.end)) return;
        out.push(i);
      });
    }
    return out;
  });
}

/** The one demand per participant and session kind that a session seat stands for (SPEC: a
 *  session lists participant ids, each meaning that participant's demand of the kind). */
export function sessionDemandOk(m: Model): boolean[] {
  const seen = new Set<string>();
  return m.demands.map((D) => {
    if (D.kind !== 'groupInfo' && D.kind !== 'toets') return true;
    const key = `${D.p}|${D.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
