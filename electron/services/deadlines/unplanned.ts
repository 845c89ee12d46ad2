// week.unplanned: the week's demands without a booking, most urgent first, each with the reason
// the last planner run gave; without one, that the planner has not run for the week yet, or that
// its last run no longer applies (its proposal was discarded, which also removed its reasons, or
// the demand is newer than the run). A trial lesson names its school.
import type { Handlers } from '../../../shared/api/dispatch';
import { lastStoredRun, unplannedReasons } from '../../../db/repositories/planner-runs';
import { weekCheck } from '../week/week-instance';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';
import { participantHints, withHint } from '../participants/hints';
import { msg, renderMsg } from '../../../shared/messages';

export function unplannedHandlers({ db }: ServiceDeps): Pick<Handlers<ApiCtx>, 'week.unplanned'> {
  return {
    'week.unplanned': ({ weekStart }) => {
      const { instance, plan, before } = weekCheck(db, weekStart);
      const reasons = unplannedReasons(db, weekStart);
      const names = new Map(instance.participants.map((p) => [p.id, p.name]));
      const demand = new Map(instance.demands.map((d) => [d.id, d]));
      const hintOf = participantHints(db);
      const schools = instance.labels?.schools ?? {};
      const noReason = msg(lastStoredRun(db, weekStart) ? 'planner.runNoLongerApplies' : 'planner.notRunYet');
      const items = plan.unplanned
        .map((u) => {
          const d = demand.get(u.demandId)!;
          const stored = reasons.get(d.id);
          // The run's reason as a message when it stored one (older runs: only the Dutch text);
          // without one the reason is built here, the same for every such demand.
          const m = stored ? stored.msg : noReason;
          return {
            demandId: d.id,
            participant: withHint(hintOf, { id: d.participantId, name: names.get(d.participantId) ?? d.participantId }),
            kind: d.kind,
            schoolId: d.schoolId,
            schoolName: d.schoolId ? (schools[d.schoolId] ?? null) : null,
            priority: d.priority,
            reason: stored ? stored.reason : renderMsg(m!, 'nl'),
            ...(m ? { msg: m } : {}),
          };
        })
        .sort((a, b) => b.priority - a.priority || a.participant.name.localeCompare(b.participant.name, 'nl'));
      return { items, cost: before.cost, bound: lastStoredRun(db, weekStart)?.bound ?? null };
    },
  };
}
