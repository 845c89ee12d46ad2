// SPEC rule 3, consultants: the consultant is available during the session, certified for a
// toets, and in one session at a time.
import { sessionNl, spanNl } from '../messages';
import { insideAny } from '../../../domain/intervals';
import type { RuleInput, Violation } from '../types';
import { doubleBookings, sessionsPer } from './double-bookings';

export function checkConsultants({ idx, sessions }: RuleInput, out: Violation[]): void {
  for (const { s, start, end } of sessions) {
    const consultant = idx.consultants.get(s.consultantId);
    if (!consultant) continue;
    if (!insideAny(idx.consultantAvailable.get(consultant.id)!, start, end)) {
      out.push({ rule: 3, entities: [s.id, consultant.id], message: `${consultant.name} is op ${spanNl(start, end)} niet beschikbaar voor de ${sessionNl(s)}.` });
    }
    if (s.kind === 'toets' && !consultant.toetsCertified) {
      out.push({
        rule: 3,
        entities: [s.id, consultant.id],
        message: `${consultant.name} is niet gecertificeerd voor de leerbaarheidstoets, maar begeleidt de ${sessionNl(s)} op ${spanNl(start, end)}.`,
      });
    }
  }

  doubleBookings(
    sessionsPer(sessions, (t) => t.s.consultantId),
    (a, b, id) => ({
      rule: 3,
      entities: [a.s.id, b.s.id, id],
      message: `${idx.consultants.get(id)?.name ?? id} staat tegelijk in ${sessionNl(a.s)} (${spanNl(a.start, a.end)}) en ${sessionNl(b.s)} (${spanNl(b.start, b.end)}).`,
    }),
    out,
  );
}
