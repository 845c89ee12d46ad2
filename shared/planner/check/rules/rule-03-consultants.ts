// SPEC rule 3, consultants: the consultant is available during the session, certified for a
// toets, and in one session at a time.
import { msg, p } from '../../../messages';
import { sessionP, spanP, violation } from '../msg-params';
import { insideAny } from '../../../domain/intervals';
import type { RuleInput, Violation } from '../types';
import { doubleBookings, sessionsPer } from './double-bookings';

export function checkConsultants({ idx, sessions }: RuleInput, out: Violation[]): void {
  for (const { s, start, end } of sessions) {
    const consultant = idx.consultants.get(s.consultantId);
    if (!consultant) continue;
    if (!insideAny(idx.consultantAvailable.get(consultant.id)!, start, end)) {
      out.push(violation(3, [s.id, consultant.id], msg('check.r3.unavailable', { who: p.person(consultant.name), when: spanP(start, end), what: sessionP(idx, s) })));
    }
    if (s.kind === 'toets' && !consultant.toetsCertified) {
      out.push(violation(3, [s.id, consultant.id], msg('check.r3.notCertified', { who: p.person(consultant.name), what: sessionP(idx, s), when: spanP(start, end) })));
    }
  }

  doubleBookings(
    sessionsPer(sessions, (t) => t.s.consultantId),
    (a, b, id) =>
      violation(
        3,
        [a.s.id, b.s.id, id],
        msg('check.r3.double', {
          who: p.person(idx.consultants.get(id)?.name ?? id),
          a: sessionP(idx, a.s),
          aWhen: spanP(a.start, a.end),
          b: sessionP(idx, b.s),
          bWhen: spanP(b.start, b.end),
        }),
      ),
    out,
  );
}
