// The 4-week norm is met only by an activity aimed at taking part (DOMAIN.md): a trial lesson,
// a startklas seat, not a toets or an information session; an attended trial lesson keeps its day.
import { describe, expect, it } from 'vitest';
import { activityTerm } from '../../../shared/domain/deadlines';
import { getTrialBooking } from '../../../db/repositories/bookings';
import { listSteps } from '../../../db/repositories/people';
import { getParticipant } from '../../../db/repositories/participants';
import { firstActiveInSessionsOnly, firstWithProcessStepsOnly } from '../../../db/repositories/week-test-queries';
import { pastTrialBookingAt } from '../../../db/repositories/test-helpers-demo';
import { DEMO_TODAY as TODAY } from '../../../test/support/demo-services';
import { useDemoProfiles, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

const termsOf = async (id: string) => (await call(await as('coordinator'), 'deadlines.list', { limit: 1000 })).items.find((x) => x.participant.id === id)!;

describe('the 4-week activity norm', () => {
  it('is not met by a toets or a group information session, booked or done', async () => {
    const inSessions = firstActiveInSessionsOnly(db);
    expect((await termsOf(inSessions.p)).activity).toEqual(activityTerm(inSessions.h, TODAY, null));
    const byDoneSteps = firstWithProcessStepsOnly(db);
    const done = listSteps(db, byDoneSteps.p).filter((s) => s.status === 'done');
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((s) => s.kind === 'toets' || s.kind === 'groupInfo')).toBe(true);
    expect((await termsOf(byDoneSteps.p)).activity).toEqual(activityTerm(byDoneSteps.h, TODAY, null));
    // Housed more than four weeks ago, with only those steps: the norm is missed, not met.
    expect((await termsOf(inSessions.p)).activity.state).not.toBe('met');
  });

  it('an attended trial lesson is a step done on the lesson\u2019s day, and meets the norm from then', async () => {
    const liaison = await as('liaison', 'S-MERW');
    const { id } = pastTrialBookingAt(db, 'S-MERW', `${TODAY}T00:00`)!;
    const b = getTrialBooking(db, id)!;
    await call(liaison, 'trial.recordOutcome', { bookingId: String(id), attended: true, routeAdvice: 'B1' });
    const lessonDay = b.start.slice(0, 10);
    expect(listSteps(db, b.participantId).find((s) => s.id === b.demandId)).toMatchObject({ status: 'done', doneOn: lessonDay });
    const p = getParticipant(db, b.participantId)!;
    const activity = (await termsOf(p.id)).activity;
    expect(activity.deadline).toBe(activityTerm(p.housingDate, TODAY).deadline);
    if (lessonDay <= activity.deadline!) expect(activity.state).toBe('met');
  });
});
