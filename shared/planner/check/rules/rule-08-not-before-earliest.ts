// SPEC rule 8, not earlier than possible: an activity that meets a demand starts no earlier
// than the demand's earliest moment.
import { msg, p } from '../../../messages';
import { momentP, personP, spanP, violation } from '../msg-params';
import type { RuleInput, Violation } from '../types';

export function checkNotBeforeEarliest({ idx, resolved }: RuleInput, out: Violation[]): void {
  const people = idx.instance.participants;
  for (const pi of resolved.active) {
    const q = people[pi];
    for (const a of resolved.byParticipant[pi]!) {
      if (a.di < 0 || a.start >= idx.earliest[a.di]) continue;
      const earliest = idx.earliest[a.di];
      out.push(
        violation(
          8,
          [q.id, a.demandId!, a.ref],
          msg('check.r8.early', { who: personP(idx, q.id), when: spanP(a.start, a.end), what: a.what, kind: p.kind(a.kind), from: momentP(earliest) }),
        ),
      );
    }
  }
}
