// Issue 13, holidays named: a demand that stays unplanned in a week with a public holiday says
// which day was the holiday ("vr 25 dec is Eerste Kerstdag"), in Dutch and English.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/api/contract';
import { renderMsg } from '../../../shared/messages';
import { callOk, demoServices } from '../../../test/support/demo-services';

const worker = {
  file: fileURLToPath(new URL('../../../test/support/ts-worker.mjs', import.meta.url)),
  extraData: { __tsEntry: fileURLToPath(new URL('../../planner-jobs/plan-worker.ts', import.meta.url)) },
};

const CHRISTMAS_WEEK = '2026-12-21';

describe('week.unplanned in a week with a public holiday', () => {
  it('names the holiday in a reason of nothing free', async () => {
    const { dispatch, bus, db } = demoServices({ planWorker: worker, today: () => CHRISTMAS_WEEK });
    const done = new Promise<Extract<AppEvent, { type: 'planner.finished' }>>((resolve) =>
      bus.on((e) => {
        if (e.type === 'planner.finished') resolve(e);
      }),
    );
    await callOk(dispatch, 'planner.start', { weekStart: CHRISTMAS_WEEK, timeLimitSeconds: 1, seed: 1 });
    expect((await done).state).toBe('done');
    const { items } = await callOk(dispatch, 'week.unplanned', { weekStart: CHRISTMAS_WEEK });
    const named = items.filter((i) => i.msg?.code === 'planner.reason.holiday');
    expect(named.length).toBeGreaterThan(0);
    for (const i of named) {
      expect(i.reason).toBe(renderMsg(i.msg!, 'nl'));
      expect(i.reason).toContain('vr 25 dec is Eerste Kerstdag: feestdag');
      expect(renderMsg(i.msg!, 'en')).toContain('Fri 25 Dec is Christmas Day: public holiday');
    }
    // A reason that is not about nothing being free (a group too small, childcare) stays as it was.
    expect(items.filter((i) => i.msg?.code !== 'planner.reason.holiday').every((i) => !i.reason.includes('Kerstdag'))).toBe(true);
    db.close();
  });
});
