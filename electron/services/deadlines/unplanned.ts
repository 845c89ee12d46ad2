// week.unplanned: the week's demands without a booking, most urgent first, each with the reason
// the last planner run gave (or that the planner has not run for the week yet).
import type { Handlers } from '../../../shared/api/dispatch';
import { checkPlan } from '../../../shared/planner/check';
import { storedPlan } from '../../../db/instance/instance-from-db';
import { lastStoredRun, unplannedReasons } from '../../../db/repositories/planner-runs';
import { weekInstance } from '../week/week-instance';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';
import { participantHints, withHint } from '../participants/hints';
import { msg, renderMsg } from '../../../shared/messages';

export function unplannedHandlers({ db }: ServiceDeps): Pick<Handlers<ApiCtx>, 'week.unplanned'> {
  return {
    'week.unplanned': ({ weekStart }) => {
      const instance = weekInstance(db, weekStart);
      const plan = storedPlan(db, weekStart, instance);
      const reasons = unplannedReasons(db, weekStart);
      const names = new Map(instance.participants.map((p) => [p.id, p.name]));
      const demand = new Map(instance.demands.map((d) => [d.id, d]));
      const hintOf = participantHints(db);
      const items = plan.unplanned
        .map((u) => {
          const d = demand.get(u.demandId)!;
          const stored = reasons.get(d.id);
          // The run's reason as a message when it stored one (older runs: only the Dutch text);
          // "not run yet" is built here.
          const m = stored ? stored.msg : msg('planner.notRunYet');
          return {
            demandId: d.id,
            participant: withHint(hintOf, { id: d.participantId, name: names.get(d.participantId) ?? d.participantId }),
            kind: d.kind,
            schoolId: d.schoolId,
            priority: d.priority,
            reason: stored ? stored.reason : renderMsg(m!, 'nl'),
            ...(m ? { msg: m } : {}),
          };
        })
        .sort((a, b) => b.priority - a.priority || a.participant.name.localeCompare(b.participant.name, 'nl'));
      return { items, cost: checkPlan(instance, plan).cost, bound: lastStoredRun(db, weekStart)?.bound ?? null };
    },
  };
}
