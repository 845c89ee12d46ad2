// deadlines.list: participants by urgency of the 10-week PIP term and the 4-week activity norm.
// The PIP term is met once its date is recorded; the first activity is the earliest accepted
// booking or step done (a proposal is not yet an activity).
import type { Handlers } from '../../../shared/api/dispatch';
import { activityTerm, compareUrgency, pipTerm, type TermStatus } from '../../../shared/domain/deadlines';
import type { Db } from '../../../db/connection';
import { listParticipants, type Participant } from '../../../db/repositories/participants';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

/** Earliest activity date per participant, over all weeks: accepted bookings and steps done. */
export function firstActivityDates(db: Db): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT p, min(d) AS d FROM (
         SELECT sp.participant_id AS p, substr(s.start_time, 1, 10) AS d FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE s.status = 'accepted'
         UNION ALL SELECT participant_id, substr(start_time, 1, 10) FROM trial_bookings WHERE status = 'accepted'
         UNION ALL SELECT participant_id, date FROM intake_bookings WHERE status = 'accepted'
         UNION ALL SELECT participant_id, done_on FROM demands WHERE status = 'done' AND done_on IS NOT NULL
       ) GROUP BY p`,
    )
    .all() as { p: string; d: string }[];
  return new Map(rows.map((r) => [r.p, r.d]));
}

/** A participant's two terms as they stand today; `first` from firstActivityDates. */
export function termsOf(p: Participant, today: string, first: Map<string, string>): { pip: TermStatus; activity: TermStatus } {
  return { pip: pipTerm(p.koppelingDate, today, p.pipDate), activity: activityTerm(p.housingDate, today, first.get(p.id) ?? null) };
}

export function deadlineHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'deadlines.list'> {
  return {
    'deadlines.list': ({ limit }) => {
      const today = env.today();
      const first = firstActivityDates(db);
      const items = listParticipants(db).map((p) => ({
        participant: { id: p.id, name: p.name },
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
