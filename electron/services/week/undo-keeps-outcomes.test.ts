// Undo restores what the change did and nothing else: a trial outcome the school recorded stays
// attached to its booking, and the booking keeps its id, after the coordinator undoes and redoes
// a change in the same week.
import { describe, expect, it } from 'vitest';
import { pastTrialBookingAt } from '../../../db/repositories/test-helpers-demo';
import { as, call, db, useDemoProfiles } from '../../../test/support/demo-profiles';
import { DEMO_TODAY, DEMO_WEEK } from '../../../test/support/demo-services';

useDemoProfiles();

describe('undo and a recorded trial outcome', () => {
  it('keeps the outcome and the booking id through undo and redo of a change in that week', async () => {
    const liaison = await as('liaison', 'S-MERW');
    const coordinator = await as('coordinator');
    const booking = pastTrialBookingAt(db, 'S-MERW', `${DEMO_TODAY}T00:00`)!;
    const bookingId = String(booking.id);
    await call(liaison, 'trial.recordOutcome', { bookingId, attended: true, routeAdvice: 'B1' });

    const week = await call(coordinator, 'week.get', { weekStart: DEMO_WEEK });
    const session = week.sessions[0]!;
    await call(coordinator, 'session.pin', { sessionId: session.id, pinned: !session.pinned });
    await call(coordinator, 'history.undo', { weekStart: DEMO_WEEK, confirmPublished: true });
    await call(coordinator, 'history.redo', { weekStart: DEMO_WEEK, confirmPublished: true });
    await call(coordinator, 'history.undo', { weekStart: DEMO_WEEK, confirmPublished: true });

    const capacity = await call(liaison, 'school.capacity', { weekStart: DEMO_WEEK, weeks: 1 });
    const visitor = capacity.trialVisitors.find((v) => v.bookingId === bookingId);
    expect(visitor?.outcome).toEqual({ attended: true, routeAdvice: 'B1' });
    // The school can still correct it under the same booking id.
    expect(await call(liaison, 'trial.recordOutcome', { bookingId, attended: false, routeAdvice: null })).toMatchObject({ outcome: { bookingId, attended: false } });
  });
});
