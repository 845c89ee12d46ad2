// After a no-show the consultant can book again (issue 13): the missed lesson no longer holds the
// trial-lesson step. The school's options come back, the step is to be booked, the client page
// lists the lesson as past and missed, and the miss stays in the history after a new booking.
import { describe, expect, it } from 'vitest';
import { moveTrialBooking } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

const CLIENT = 'P-029';
const SCHOOL = 'S-MERW';
// "Today" in the demo services is 2026-11-25, 11:00: the lesson was this morning.
const MISSED = { start: '2026-11-25T08:30', end: '2026-11-25T10:30' };

async function missedLesson() {
  const c4 = await as('consultant', 'C-04');
  const opts = await call(c4, 'trial.options', { participantId: CLIENT, weekStart: NEXT_WEEK });
  const first = opts.schools.find((s) => s.school.id === SCHOOL)!.options[0]!;
  const { bookings } = await call(c4, 'trial.book', { participantId: CLIENT, lessons: [{ classId: first.classId, start: first.start }] });
  const bookingId = bookings[0]!.bookingId;
  moveTrialBooking(db, Number(bookingId), MISSED.start, MISSED.end);
  const liaison = await as('liaison', SCHOOL);
  await call(liaison, 'trial.recordOutcome', { bookingId, attended: false });
  return { c4, bookingId };
}

describe('a trial lesson the client did not come to', () => {
  it('no longer holds the step: the school offers new lessons and the step is to be booked', async () => {
    const { c4 } = await missedLesson();
    const merw = (await call(c4, 'trial.options', { participantId: CLIENT, weekStart: NEXT_WEEK })).schools.find((s) => s.school.id === SCHOOL)!;
    // Before: "Geboekt: <the missed lesson> · Annuleren" and no options.
    expect(merw.booked).toBeNull();
    expect(merw.options.length).toBeGreaterThan(0);

    const page = await call(c4, 'participants.get', { id: CLIENT });
    const step = page.steps.find((s) => s.kind === 'trialLesson' && s.school?.id === SCHOOL)!;
    expect(step).toMatchObject({ status: 'open', booking: null });
    // On the lesson's own day it is past and missed, not coming.
    expect(page.bookings.coming.some((b) => b.start === MISSED.start)).toBe(false);
    expect(page.bookings.past.filter((b) => b.start === MISSED.start)).toEqual([expect.objectContaining({ kind: 'trialLesson', missed: true })]);
    expect(page.trialOutcomes).toEqual([expect.objectContaining({ schoolId: SCHOOL, lessonStart: MISSED.start, attended: false })]);

    // The caseload still says what was missed, to prompt a new booking.
    const item = (await call(c4, 'consultant.caseload', {})).items.find((i) => i.participant.id === CLIENT)!;
    const caseStep = item.steps.find((s) => s.kind === 'trialLesson' && s.school?.id === SCHOOL)!;
    expect(caseStep).toMatchObject({ state: 'noShow', status: 'open', booking: { start: MISSED.start } });
  });

  it('is not cancelled: it stays as the missed lesson', async () => {
    const { c4, bookingId } = await missedLesson();
    expect(await call(c4, 'trial.cancel', { bookingId })).toEqual({ cancelled: false });
    const page = await call(c4, 'participants.get', { id: CLIENT });
    expect(page.bookings.past.some((b) => b.start === MISSED.start && b.missed)).toBe(true);
  });

  it('can be followed by a new booking, and the history keeps the miss', async () => {
    const { c4 } = await missedLesson();
    const merw = (await call(c4, 'trial.options', { participantId: CLIENT, weekStart: NEXT_WEEK })).schools.find((s) => s.school.id === SCHOOL)!;
    const next = merw.options[0]!;
    await call(c4, 'trial.book', { participantId: CLIENT, lessons: [{ classId: next.classId, start: next.start }] });

    const after = (await call(c4, 'trial.options', { participantId: CLIENT, weekStart: NEXT_WEEK })).schools.find((s) => s.school.id === SCHOOL)!;
    expect(after.booked).toMatchObject({ classId: next.classId, start: next.start });
    const page = await call(c4, 'participants.get', { id: CLIENT });
    expect(page.steps.find((s) => s.kind === 'trialLesson' && s.school?.id === SCHOOL)).toMatchObject({ status: 'planned', booking: { start: next.start, missed: false } });
    expect(page.bookings.coming.some((b) => b.start === next.start)).toBe(true);
    expect(page.trialOutcomes).toEqual([expect.objectContaining({ schoolId: SCHOOL, lessonStart: MISSED.start, attended: false })]);
    const item = (await call(c4, 'consultant.caseload', {})).items.find((i) => i.participant.id === CLIENT)!;
    expect(item.steps.find((s) => s.kind === 'trialLesson' && s.school?.id === SCHOOL)).toMatchObject({ state: 'booked' });
  });
});
