// week.get through dispatch on the seeded demo region.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { Db } from '../../../db/connection';
import { weekSessionRows } from '../../../db/repositories/week-test-queries';
import { callOk, DEMO_WEEK as ANCHOR, strictDemoServices } from '../../../test/support/demo-services';
import type { ApiCtx } from '../../../shared/api/access';

let db: Db;
let dispatch: Dispatch<ApiCtx>;

beforeAll(() => {
  ({ db, dispatch } = strictDemoServices());
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);

describe('week.get', () => {
  it('week.get returns the sessions of the week with rooms, staff and participants', async () => {
    const week = await call('week.get', { weekStart: ANCHOR });
    expect(week).toMatchObject({ weekStart: ANCHOR, isoYear: 2026, isoWeek: 48, status: 'concept' });
    const stored = weekSessionRows(db, ANCHOR);
    expect(week.sessions.map((s) => s.id)).toEqual(stored.map((s) => s.id));
    for (const s of week.sessions) {
      expect(s.start >= `${ANCHOR}T00:00` && s.start < '2026-11-30T00:00').toBe(true);
      expect(s.participantCount).toBe(s.participants.length);
      expect(s.room.gemeente).toMatch(/Gorinchem|Molenlanden|Vijfheerenlanden/);
      if (s.kind === 'groupInfo') expect(s.language).not.toBeNull();
      else expect(s.interpreter).toBeNull();
    }
    const withInterpreter = week.sessions.find((s) => s.interpreter);
    expect(withInterpreter?.interpreter?.name).toBeTruthy();
  });

  it('week.get of an empty week is an empty concept week', async () => {
    expect(await call('week.get', { weekStart: '2027-01-04' })).toEqual({ weekStart: '2027-01-04', isoYear: 2027, isoWeek: 1, status: 'concept', sessions: [] });
  });
});
