// The caseload follows through (issue 13): an appointment that has been is not shown as coming, a
// no-show puts the trial-lesson step back to "te boeken", the step filter means "still to book",
// and the caseload can be searched by name.
import { describe, expect, it } from 'vitest';
import { moveTrialBooking } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant caseload', () => {
  it('shows a past trial lesson as past, a no-show as to book again, and filters on steps still to book', async () => {
    const c4 = await as('consultant', 'C-04');
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const merw = opts.schools.find((s) => s.school.id === 'S-MERW')!.options[0]!;
    const { bookings } = await call(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: merw.classId, start: merw.start }] });
    const stepOf = async () =>
      (await call(c4, 'consultant.caseload', {})).items.find((i) => i.participant.id === 'P-029')!.steps.find((s) => s.kind === 'trialLesson' && s.school?.id === 'S-MERW')!;
    expect((await stepOf()).state).toBe('booked');
    const toBookBefore = await call(c4, 'consultant.caseload', { step: 'trialLesson' });
    const merwStillOpen = (i: (typeof toBookBefore.items)[number]) => i.steps.some((s) => s.kind === 'trialLesson' && (s.state === 'toBook' || s.state === 'noShow'));
    expect(toBookBefore.items.every(merwStillOpen)).toBe(true);

    // The lesson has been (before "now", 2026-11-25 11:00): past, not pending.
    moveTrialBooking(db, Number(bookings[0]!.bookingId), '2026-11-24T09:00', '2026-11-24T11:30');
    expect((await stepOf()).state).toBe('past');

    // The school records a no-show: the step is to be booked again.
    const liaison = await as('liaison', 'S-MERW');
    await call(liaison, 'trial.recordOutcome', { bookingId: bookings[0]!.bookingId, attended: false });
    const step = await stepOf();
    expect(step).toMatchObject({ state: 'noShow', status: 'open' });
    const toBook = await call(c4, 'consultant.caseload', { step: 'trialLesson' });
    expect(toBook.items.map((i) => i.participant.id)).toContain('P-029');
    expect(toBook.items.every(merwStillOpen)).toBe(true);
  });

  it('leaves out clients whose step is booked when filtering on still to book', async () => {
    const c4 = await as('consultant', 'C-04');
    const all = await call(c4, 'consultant.caseload', {});
    const booked = all.items.filter(
      (i) => i.steps.some((s) => s.kind === 'toets') && i.steps.filter((s) => s.kind === 'toets').every((s) => s.state === 'booked' || s.state === 'past'),
    );
    expect(booked.length).toBeGreaterThan(0);
    const toBook = await call(c4, 'consultant.caseload', { step: 'toets' });
    for (const i of booked) expect(toBook.items.map((x) => x.participant.id)).not.toContain(i.participant.id);
    const any = await call(c4, 'consultant.caseload', { toBook: true });
    expect(any.items.every((i) => i.steps.some((s) => s.state === 'toBook' || s.state === 'noShow'))).toBe(true);
  });

  it('finds clients by part of their name, in any case', async () => {
    const c4 = await as('consultant', 'C-04');
    const found = await call(c4, 'consultant.caseload', { search: 'yILD' });
    expect(found.items.map((i) => i.participant.name)).toEqual(expect.arrayContaining(['Büşra Yıldız', 'Onur Yıldız']));
    expect(found.items.every((i) => /y[iı]ld/i.test(i.participant.name))).toBe(true);
    const onur = (await call(c4, 'consultant.caseload', { search: 'onur yildiz' })).items.map((i) => i.participant.name);
    expect(onur.length).toBeGreaterThan(0);
    expect(onur.every((n) => n === 'Onur Yıldız')).toBe(true);
    expect((await call(c4, 'consultant.caseload', { search: 'zzz' })).items).toEqual([]);
  });
});
