// A class's numbers changed from two processes at once (issue 14): the liaison's change is read
// and checked inside the transaction that writes it, so a change made meanwhile elsewhere is
// neither overwritten nor overlooked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCtx } from '../../../shared/api/access';
import type { ApiResult } from '../../../shared/api/errors';
import type { DatabaseTemplate } from '../../../db/repositories/test-helpers-two-connections';
import { setPlacesTaken } from '../../../db/repositories/test-helpers-two-connections';
import { listClasses } from '../../../db/repositories/region';
import { demoTemplate, raceAtEveryWrite } from '../../../test/support/two-connections';

let template: DatabaseTemplate;
beforeAll(() => {
  template = demoTemplate();
});
afterAll(() => template.remove());

const CLASS = 'K-MERW-ALFA-1';

/** The one that came first went through; the other did not. */
function expectOne(first: ApiResult<unknown>, second: ApiResult<unknown>, secondFirst: boolean, moment: string) {
  expect(secondFirst ? [second.ok, first.ok] : [first.ok, second.ok], moment).toEqual([true, false]);
}

describe('school.updateClass from two processes at once', () => {
  it('keeps both changes: trial seats set in one window, capacity in the other', async () => {
    let capacity = 0;
    let me: ApiCtx, other: ApiCtx;
    const plays = await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        capacity = listClasses(a.db).find((c) => c.id === CLASS)!.capacity;
        me = await a.as('liaison', 'S-MERW');
        other = await b.as('liaison', 'S-MERW');
      },
      first: ({ a }) => a.call(me, 'school.updateClass', { classId: CLASS, capacity: capacity + 1 }),
      // Confirmed: the demo has trial lessons booked in this class (fewer seats than booked needs it).
      second: ({ b }) => b.call(other, 'school.updateClass', { classId: CLASS, trialSeats: 0, confirm: true }),
      check({ a }, first, second, _secondFirst, moment) {
        expect([first.ok, second.ok], moment).toEqual([true, true]);
        expect(
          listClasses(a.db).find((c) => c.id === CLASS),
          moment,
        ).toMatchObject({ capacity: capacity + 1, trialSeats: 0 });
      },
    });
    expect(plays).toBeGreaterThanOrEqual(2);
  });

  it('refuses a capacity below the places taken as they are when it is written', async () => {
    let placesTaken = 0;
    let me: ApiCtx;
    await raceAtEveryWrite(template, {
      async setup({ a }) {
        placesTaken = listClasses(a.db).find((c) => c.id === CLASS)!.placesTaken;
        me = await a.as('liaison', 'S-MERW');
      },
      first: ({ a }) => a.call(me, 'school.updateClass', { classId: CLASS, capacity: placesTaken }),
      // The school's records gain a student (no API call does this; the table refuses it when
      // the class is full).
      second: ({ b }) => {
        try {
          setPlacesTaken(b.db, CLASS, placesTaken + 1);
          return Promise.resolve({ ok: true, data: null });
        } catch (err) {
          return Promise.resolve({ ok: false, error: { code: 'conflict', message: String(err) } });
        }
      },
      check({ a }, first, second, secondFirst, moment) {
        expectOne(first, second, secondFirst, moment);
        if (secondFirst) {
          expect(first.ok ? null : first.error, moment).toMatchObject({
            code: 'conflict',
            field: 'capacity',
            message: `De klas heeft al ${placesTaken + 1} cursisten; de capaciteit kan niet lager dan dat.`,
          });
        }
        const c = listClasses(a.db).find((x) => x.id === CLASS)!;
        expect(c.capacity, moment).toBeGreaterThanOrEqual(c.placesTaken);
      },
    });
  });
});
