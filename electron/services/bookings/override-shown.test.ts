// "Toch boeken" shown afterwards: a booking made against a hard rule carries its mark (what it
// breaks, the reason, who and when) on the caseload and on the client's page, in both languages;
// the coordinator's conflicts still list the clash; a later rebook without a reason clears it.
import { describe, expect, it } from 'vitest';
import { renderMsg } from '../../../shared/messages';
import { useDemoProfiles, NEXT_WEEK, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

async function bookToetsOverTrial() {
  const c4 = await as('consultant', 'C-04');
  const slots = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
  const slot = slots.slots.find((s) => s.start === '2026-12-01T09:00')!;
  const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
  const lesson = opts.schools.flatMap((s) => s.options).find((o) => o.start < slot.end && slot.start < o.end)!;
  await call(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: lesson.classId, start: lesson.start }] });
  await call(c4, 'toets.book', { participantId: 'P-029', sessionId: slot.sessionId, override: { reason: 'Proefles wordt verzet' } });
  return { c4, slot };
}

describe('a booking made with "Toch boeken", afterwards', () => {
  it('is marked on the caseload step with what it breaks, the reason, who and when (nl and en)', async () => {
    const { c4 } = await bookToetsOverTrial();
    const { items } = await call(c4, 'consultant.caseload', { participantId: 'P-029' });
    const steps = items[0]!.steps;
    const toets = steps.find((s) => s.kind === 'toets')!;
    expect(toets.booking?.override?.reason).toBe('Proefles wordt verzet');
    const nl = renderMsg(toets.booking!.override!.msg, 'nl');
    expect(nl).toBe(toets.booking!.override!.note);
    expect(nl).toMatch(/^Geboekt ondanks: .*proefles.* Reden: "Proefles wordt verzet" \(.+, op .+ om \d\d:\d\d\)\.$/i);
    const en = renderMsg(toets.booking!.override!.msg, 'en');
    expect(en).toMatch(/^Booked despite: .* Reason: "Proefles wordt verzet" \(.+, on .+ at \d\d:\d\d\)\.$/);
    // No internal ids in what a person reads.
    expect(nl).not.toMatch(/C-04|P-029|S-\d/);
    // The trial lesson itself was booked without a reason: no mark.
    expect(steps.find((s) => s.kind === 'trialLesson')!.booking?.override).toBeUndefined();
  });

  it('is marked on the client page, in the step and in the coming appointments', async () => {
    const { c4 } = await bookToetsOverTrial();
    const page = await call(c4, 'participants.get', { id: 'P-029' });
    const step = page.steps.find((s) => s.kind === 'toets')!;
    expect(step.booking?.override?.reason).toBe('Proefles wordt verzet');
    const coming = page.bookings.coming.filter((b) => b.override);
    expect(coming.map((b) => b.kind)).toEqual(['toets']);
  });

  it('still shows the clash in the coordinator’s conflicts', async () => {
    const { slot } = await bookToetsOverTrial();
    const coord = await as('coordinator');
    const { conflicts } = await call(coord, 'week.conflicts', { weekStart: NEXT_WEEK });
    expect(conflicts.some((c) => c.rule === 1 && c.sessionIds.includes(slot.sessionId) && c.participants.some((p) => p.id === 'P-029'))).toBe(true);
  });

  it('loses its mark when rebooked on a moment that breaks nothing', async () => {
    const { c4 } = await bookToetsOverTrial();
    const slots = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const fine = slots.slots.find((s) => s.problems.length === 0)!;
    await call(c4, 'toets.book', { participantId: 'P-029', sessionId: fine.sessionId });
    const { items } = await call(c4, 'consultant.caseload', { participantId: 'P-029' });
    expect(items[0]!.steps.find((s) => s.kind === 'toets')!.booking?.override).toBeUndefined();
  });
});
