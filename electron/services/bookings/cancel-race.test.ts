// A cancel from one window while another window cancels the same booking and books the step
// again on another day: the booking is read inside the cancel's transaction and must still be the
// lesson that window saw, so the late cancel neither removes the new lesson (SQLite may give it
// the freed id) nor reopens the step that the new booking now meets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCtx } from '../../../shared/api/access';
import type { ApiResult } from '../../../shared/api/errors';
import type { DatabaseTemplate } from '../../../db/repositories/test-helpers-two-connections';
import { setTrialSeats } from '../../../db/repositories/test-helpers-demo';
import { countTrialBookings, listTrialBookingsOf } from '../../../db/repositories/bookings';
import { listDemands } from '../../../db/repositories/demands';
import { demoTemplate, raceAtEveryWrite } from '../../../test/support/two-connections';

let template: DatabaseTemplate;
beforeAll(() => {
  template = demoTemplate();
});
afterAll(() => template.remove());

const CLASS = 'K-MERW-ALFA-1';
const LESSON = '2026-12-01T09:00';
const THURSDAY = '2026-12-03T09:00';
const CLIENT = 'P-029';

describe('cancelling a trial lesson from two windows at once', () => {
  it('leaves the lesson booked anew and its step planned, whichever window comes first', async () => {
    let me: ApiCtx, other: ApiCtx;
    let bookingId = '';
    const plays = await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        setTrialSeats(a.db, { classId: CLASS }, Math.max(countTrialBookings(a.db, CLASS, LESSON), countTrialBookings(a.db, CLASS, THURSDAY)) + 2);
        me = await a.as('consultant', 'C-04');
        other = await b.as('consultant', 'C-04');
        const booked = await a.call(me, 'trial.book', { participantId: CLIENT, lessons: [{ classId: CLASS, start: LESSON }] });
        if (!booked.ok) throw new Error(booked.error.message);
        bookingId = (booked.data as { bookings: { bookingId: string }[] }).bookings[0]!.bookingId;
      },
      first: ({ a }) => a.call(me, 'trial.cancel', { bookingId }),
      second: ({ b }) => {
        // Both handlers run at once, one after the other, as one window's two clicks would.
        const cancelled = b.call(other, 'trial.cancel', { bookingId });
        const rebooked = b.call(other, 'trial.book', { participantId: CLIENT, lessons: [{ classId: CLASS, start: THURSDAY }] });
        return Promise.all([cancelled, rebooked]).then(([, r]) => r);
      },
      check({ a }, first: ApiResult<unknown>, second: ApiResult<unknown>, _secondFirst, moment) {
        expect(first.ok, moment).toBe(true);
        expect(second.ok, `${moment}: ${JSON.stringify(second)}`).toBe(true);
        const lessons = listTrialBookingsOf(a.db, CLIENT).filter((t) => t.classId === CLASS);
        expect(
          lessons.map((t) => t.start),
          moment,
        ).toEqual([THURSDAY]);
        const step = listDemands(a.db, { participantId: CLIENT }).find((d) => d.id === lessons[0]!.demandId);
        expect(step?.status, moment).toBe('planned');
      },
    });
    expect(plays).toBeGreaterThanOrEqual(2);
  });
});
