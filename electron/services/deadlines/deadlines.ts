// deadlines.list: participants by urgency of the 10-week PIP term and the 4-week activity norm.
// The PIP term is met once its date is recorded; the first activity is the earliest accepted
// booking or step done (a proposal is not yet an activity).
import type { Handlers } from '../../../shared/api/dispatch';
import { compareUrgency, participantTerms, type TermStatus } from '../../../shared/domain/deadlines';
import { firstActivityDates } from '../../../db/repositories/sessions';
import { listParticipants, type Participant } from '../../../db/repositories/participants';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';
import { participantHints, withHint } from '../participants/hints';

/** A participant's two terms as they stand today; `first` from firstActivityDates. */
export function termsOf(p: Participant, today: string, first: Map<string, string>): { pip: TermStatus; activity: TermStatus } {
  return participantTerms(p, today, first.get(p.id) ?? null);
}

export function deadlineHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'deadlines.list'> {
  return {
    'deadlines.list': ({ limit }) => {
      const today = env.today();
      const first = firstActivityDates(db);
      const hintOf = participantHints(db);
      // An ended trajectory (or an erased person) is out of the terms' watch.
      const items = listParticipants(db)
        .filter((p) => p.endedOn === null)
        .map((p) => ({
          participant: withHint(hintOf, { id: p.id, name: p.name }),
          gemeente: p.gemeente,
          ...termsOf(p, today, first),
        }));
      // A person is as urgent as their most urgent term.
      const urgent = (x: (typeof items)[number]) => (compareUrgency(x.pip, x.activity) <= 0 ? x.pip : x.activity);
      items.sort((a, b) => compareUrgency(urgent(a), urgent(b)) || compareUrgency(a.pip, b.pip) || a.participant.name.localeCompare(b.participant.name, 'nl'));
      return { items: items.slice(0, limit) };
    },
  };
}
