// SPEC rule 8, not earlier than possible: an activity that meets a demand starts no earlier
// than the demand's earliest moment.
import { dayNl, spanNl, timeNl } from '../messages';
import type { RuleInput, Violation } from '../types';

export function checkNotBeforeEarliest({ idx, resolved }: RuleInput, out: Violation[]): void {
  const people = idx.instance.participants;
  for (const pi of resolved.active) {
    const p = people[pi];
    for (const a of resolved.byParticipant[pi]!) {
      if (a.di < 0 || a.start >= idx.earliest[a.di]) continue;
      const earliest = idx.earliest[a.di];
      out.push({
        rule: 8,
        entities: [p.id, a.demandId!, a.ref],
        message: `${p.name} staat op ${spanNl(a.start, a.end)} in ${a.label}, maar aanvraag ${a.demandId} mag pas vanaf ${dayNl(earliest)} ${timeNl(earliest)}.`,
      });
    }
  }
}
