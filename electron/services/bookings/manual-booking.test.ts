// "Handmatig boeken" (issue 13 item 4): the coordinator books for any participant through the
// consultants' booking calls, with the same checks before booking ("Toch boeken" with a reason),
// and sees that participant's steps as the consultant's caseload shows them.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { useDemoProfiles, NEXT_WEEK, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('the coordinator books by hand', () => {
  it('sees one participant’s steps, and books a toets with the same check before booking as a consultant', async () => {
    const coord = await as('coordinator');
    // The caseload view of one participant; the coordinator must name whom.
    expect(await fail(coord, 'consultant.caseload', { urgency: 'all' })).toMatchObject({ code: 'invalid_input', field: 'participantId' });
    const one = await call(coord, 'consultant.caseload', { urgency: 'all', participantId: 'P-029' });
    expect(one.items.map((i) => i.participant.id)).toEqual(['P-029']);
    expect(one.items[0]!.steps).toContainEqual(expect.objectContaining({ kind: 'groupInfo', state: 'toBook' }));

    // A toets at the time of the participant's own trial lesson: shown, refused, booked only with a reason.
    const before = await call(coord, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const slot = before.slots.find((s) => s.start === '2026-12-01T09:00')!;
    const opts = await call(coord, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const lesson = opts.schools.flatMap((s) => s.options).find((o) => o.start < slot.end && slot.start < o.end)!;
    await call(coord, 'trial.book', { participantId: 'P-029', lessons: [{ classId: lesson.classId, start: lesson.start }] });
    const clash = (await call(coord, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK })).slots.find((s) => s.sessionId === slot.sessionId)!;
    expect(clash.problems.map((w) => w.message).join(' ')).toMatch(/proefles/i);
    const refused = await fail(coord, 'toets.book', { participantId: 'P-029', sessionId: slot.sessionId });
    expect(refused).toMatchObject({ code: 'conflict', field: 'sessionId' });
    expect(refused.message).toMatch(/Toch boeken/);
    const booked = await call(coord, 'toets.book', { participantId: 'P-029', sessionId: slot.sessionId, override: { reason: 'Afgestemd met de school' } });
    expect(booked.booked.sessionId).toBe(slot.sessionId);
    // The audit names the coordinator as who booked.
    const row = listAudit(db).find((a) => a.entity === 'booking' && a.action === 'create' && a.entityId === 'P-029' && JSON.stringify(a.details).includes(slot.sessionId))!;
    expect(row.actor).toBe('coordinator');
    expect((row.details as { override?: { reason: string } }).override?.reason).toBe('Afgestemd met de school');
    const after = await call(coord, 'consultant.caseload', { urgency: 'all', participantId: 'P-029' });
    expect(after.items[0]!.steps.find((s) => s.kind === 'toets')!.state).toBe('booked');
    expect((await fail(coord, 'toets.book', { participantId: 'P-NIEMAND', sessionId: slot.sessionId })).code).toBe('not_found');
  });

  it('a consultant still books only their own clients; a school not at all', async () => {
    const c4 = await as('consultant', 'C-04');
    expect((await call(c4, 'consultant.caseload', { urgency: 'all', participantId: 'P-004' })).items).toEqual([]);
    expect((await call(c4, 'consultant.caseload', { urgency: 'all', participantId: 'P-029' })).items.map((i) => i.participant.id)).toEqual(['P-029']);
    expect((await fail(c4, 'groupInfo.enlist', { participantId: 'P-004' })).code).toBe('forbidden');
    const school = await as('liaison', 'S-LING');
    expect((await fail(school, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK })).code).toBe('forbidden');
  });
});
