// deadlines.list: participants by urgency of the 10-week PIP term and the 4-week activity norm.
// The PIP term is met once its date is recorded; the 4-week norm once an activity aimed at taking
// part has started (an accepted booking on a day today or past, or one recorded as done or
// attended); one booked ahead is planned. A proposal is not yet an activity.
import type { Handlers } from '../../../shared/api/dispatch';
import { compareUrgency, participantTerms, type ActivityDates, type TermStatus } from '../../../shared/domain/deadlines';
import type { Db } from '../../../db/connection';
import { activityDates } from '../../../db/repositories/sessions';
import { listParticipants, type Participant } from '../../../db/repositories/participants';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';
import { participantHints, withHint } from '../participants/hints';

/** A participant's two terms as they stand today; `first` from activityDates. */
export function termsOf(p: Participant, today: string, first: Map<string, ActivityDates>): { pip: TermStatus; activity: TermStatus } {
  return participantTerms(p, today, first.get(p.id) ?? null);
}

/**
 * Everyone whose terms are watched (a trajectory not ended; an erased person's is ended too),
 * with their two terms as they stand today: what Termijnen lists and what the week's deadline
 * warnings (week/conflicts.ts) pick from, so the two count the same people.
 */
export function watchedTerms(db: Db, today: string): { participant: Participant; pip: TermStatus; activity: TermStatus }[] {
  const first = activityDates(db);
  return listParticipants(db)
    .filter((p) => p.endedOn === null)
    .map((p) => ({ participant: p, ...termsOf(p, today, first) }));
}

export function deadlineHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'deadlines.list'> {
  return {
    'deadlines.list': ({ limit }) => {
      const hintOf = participantHints(db);
      // An ended trajectory (or an erased person) is out of the terms' watch.
      const items = watchedTerms(db, env.today()).map(({ participant: p, pip, activity }) => ({
        participant: withHint(hintOf, { id: p.id, name: p.name }),
        gemeente: p.gemeente,
        pip,
        activity,
      }));
      // A person is as urgent as their most urgent term.
      const urgent = (x: (typeof items)[number]) => (compareUrgency(x.pip, x.activity) <= 0 ? x.pip : x.activity);
      items.sort((a, b) => compareUrgency(urgent(a), urgent(b)) || compareUrgency(a.pip, b.pip) || a.participant.name.localeCompare(b.participant.name, 'nl'));
      return { items: items.slice(0, limit) };
    },
  };
}
