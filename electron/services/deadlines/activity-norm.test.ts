// The 4-week norm is met only by an activity aimed at taking part (DOMAIN.md): a trial lesson,
// a startklas seat, not a toets or an information session; an attended trial lesson keeps its day.
// It is met only once that activity has started: one booked ahead is planned (on time) or going
// to be late, never "Gehaald".
import { describe, expect, it } from 'vitest';
import { activityTerm } from '../../../shared/domain/deadlines';
import { addDays } from '../../../shared/domain/week';
import { getTrialBooking } from '../../../db/repositories/bookings';
import { listSteps } from '../../../db/repositories/people';
import { getParticipant, listParticipants } from '../../../db/repositories/participants';
import { activityDates } from '../../../db/repositories/sessions';
import { firstActiveInSessionsOnly, firstWithProcessStepsOnly } from '../../../db/repositories/week-test-queries';
import { pastTrialBookingAt } from '../../../db/repositories/test-helpers-demo';
import { callOk, demoServices, DEMO_TODAY as TODAY } from '../../../test/support/demo-services';
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

  it('is not met by a lesson only booked ahead: planned when on time, going to be late after the deadline; met from the lesson\u2019s day', async () => {
    const dates = activityDates(db);
    // People whose only activity is booked after today: nothing attended or done yet.
    const ahead = listParticipants(db).filter((p) => p.endedOn === null && p.housingDate && !dates.get(p.id)?.recordedOn && (dates.get(p.id)?.bookedOn ?? '') > TODAY);
    const seen = new Set<string>();
    const listed = new Map((await call(await as('coordinator'), 'deadlines.list', { limit: 1000 })).items.map((x) => [x.participant.id, x]));
    for (const p of ahead) {
      const booked = dates.get(p.id)!.bookedOn!;
      const activity = listed.get(p.id)!.activity;
      const deadline = activityTerm(p.housingDate, TODAY).deadline!;
      expect(activity.state, p.id).not.toBe('met');
      expect(activity.plannedOn, p.id).toBe(booked);
      if (booked <= deadline) expect(activity.state, p.id).toBe('planned');
      else expect(activity.state, p.id).toBe(deadline < TODAY ? 'missed' : 'warning');
      seen.add(booked <= deadline ? 'planned' : deadline < TODAY ? 'missed' : 'late');
    }
    // The demo region has each case: on time, going to be late, and already missed.
    expect([...seen].sort()).toEqual(['late', 'missed', 'planned']);

    // On the day of the lesson the activity has started: the norm is met.
    const onTime = ahead.find((p) => dates.get(p.id)!.bookedOn! <= activityTerm(p.housingDate, TODAY).deadline!)!;
    const day = dates.get(onTime.id)!.bookedOn!;
    const then = demoServices({ today: () => day });
    const item = (await callOk(then.dispatch, 'deadlines.list', { limit: 1000 })).items.find((x) => x.participant.id === onTime.id)!;
    expect(item.activity).toEqual({ deadline: activityTerm(onTime.housingDate, day).deadline, daysLeft: activityTerm(onTime.housingDate, day).daysLeft, state: 'met' });
    // The day before, it is still only planned.
    const before = demoServices({ today: () => addDays(day, -1) });
    expect((await callOk(before.dispatch, 'deadlines.list', { limit: 1000 })).items.find((x) => x.participant.id === onTime.id)!.activity).toMatchObject({
      state: 'planned',
      plannedOn: day,
    });
    then.db.close();
    before.db.close();
  });
});
