// deadlines.list on the seeded demo region: the PIP term and the 4-week activity norm.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { activityTerm, compareUrgency, pipTerm } from '../../../shared/domain/deadlines';
import type { Db } from '../../../db/connection';
import { countRows, firstActiveByStepsOnly, firstActiveInSessionsOnly, firstWithoutPip, firstWithPip } from '../../../db/repositories/week-test-queries';
import { callOk, coordinatorServices, DEMO_TODAY as TODAY } from '../../../test/support/demo-services';
import type { ApiCtx } from '../../../shared/api/access';

let db: Db;
let dispatch: Dispatch<ApiCtx>;

beforeEach(() => {
  ({ db, dispatch } = coordinatorServices());
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);

describe('deadlines.list', () => {
  it('deadlines.list orders participants by their most urgent term', async () => {
    const { items } = await call('deadlines.list', { limit: 1000 });
    expect(items).toHaveLength(countRows(db, 'participants'));
    const most = (x: (typeof items)[number]) => (compareUrgency(x.pip, x.activity) <= 0 ? x.pip : x.activity);
    for (let i = 1; i < items.length; i++) expect(compareUrgency(most(items[i - 1]), most(items[i]))).toBeLessThanOrEqual(0);
    expect(items[0].pip.state === 'missed' || items[0].activity.state === 'missed').toBe(true);
    // The PIP term counts down until its date is recorded, then it is met (or missed, if late).
    const p = firstWithoutPip(db);
    expect(items.find((x) => x.participant.id === p.id)!.pip).toEqual(pipTerm(p.k, TODAY));
    const withPip = firstWithPip(db);
    expect(items.find((x) => x.participant.id === withPip.id)!.pip).toEqual(pipTerm(withPip.k, TODAY, withPip.d));
    expect(items.find((x) => x.participant.id === withPip.id)!.pip.state).toBe('met');
    // The activity norm is met by an activity aimed at taking part only: a toets or a group
    // information session does not meet it (activity-norm.test.ts).
    const first = firstActiveInSessionsOnly(db);
    expect(items.find((x) => x.participant.id === first.p)!.activity).toEqual(activityTerm(first.h, TODAY, null));
    // A step done before (a trial lesson or startklas, kept with its day) is an activity too.
    const done = firstActiveByStepsOnly(db);
    expect(items.find((x) => x.participant.id === done.p)!.activity).toEqual(activityTerm(done.h, TODAY, done.d));
    expect((await call('deadlines.list', { limit: 5 })).items).toHaveLength(5);
  });
});
