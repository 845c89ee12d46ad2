// Checked before booking: a toets slot says what it would break (the client's own trial lesson at
// the same time), booking it is refused unless "Toch boeken" gives a reason, which the audit keeps.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { renderMsg } from '../../../shared/messages';
import { useDemoProfiles, NEXT_WEEK, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant books a toets', () => {
  it('shows, refuses and with a recorded reason books a toets at the time of the client’s own trial lesson', async () => {
    const c4 = await as('consultant', 'C-04');
    const before = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const slot = before.slots.find((s) => s.start === '2026-12-01T09:00')!;
    expect(slot.problems).toEqual([]);
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const lesson = opts.schools.flatMap((s) => s.options).find((o) => o.start < slot.end && slot.start < o.end)!;
    await call(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: lesson.classId, start: lesson.start }] });

    // Before choosing: the slot names the clash with the trial lesson; other slots stay clean.
    const after = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const clash = after.slots.find((s) => s.sessionId === slot.sessionId)!;
    expect(clash.problems.length).toBeGreaterThan(0);
    expect(clash.problems[0]).toMatchObject({ kind: 'busy' });
    expect(clash.problems.map((w) => w.message).join(' ')).toMatch(/proefles/i);
    // In the tense of what booking it would bring, in both languages; not as if already booked.
    expect(clash.problems[0]!.msg!.code).toBe('booking.would.r1.overlap');
    expect(clash.problems[0]!.message).toMatch(/ zou dan tegelijk in de .+ en in de .+ staan\.$/);
    expect(renderMsg(clash.problems[0]!.msg!, 'en')).toMatch(/ would then be in the .+ and in the .+ at the same time\.$/);
    const clean = after.slots.find((s) => s.start.slice(0, 10) === '2026-12-02')!;
    expect(clean.problems).toEqual([]);

    // Booking it as if nothing were wrong is refused, and nothing is booked.
    const refused = await fail(c4, 'toets.book', { participantId: 'P-029', sessionId: slot.sessionId });
    expect(refused).toMatchObject({ code: 'conflict', field: 'sessionId' });
    expect(refused.message).toMatch(/Toch boeken/);
    expect(refused.message).toMatch(/ zou dan tegelijk in de /);
    expect((await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK })).booked).toBeNull();
    // "Toch boeken" needs a reason.
    const empty = await fail(c4, 'toets.book', { participantId: 'P-029', sessionId: slot.sessionId, override: { reason: '  ' } });
    expect(empty).toMatchObject({ code: 'invalid_input' });

    const booked = await call(c4, 'toets.book', { participantId: 'P-029', sessionId: slot.sessionId, override: { reason: 'Proefles wordt verzet' } });
    expect(booked.booked.sessionId).toBe(slot.sessionId);
    const row = listAudit(db).find(
      (a) => a.actor === 'consultant:C-04' && a.entity === 'booking' && a.action === 'create' && a.entityId === 'P-029' && JSON.stringify(a.details).includes(slot.sessionId),
    )!;
    const details = row.details as { override?: { reason: string; problems: string[] } };
    expect(details.override?.reason).toBe('Proefles wordt verzet');
    expect(details.override?.problems.join(' ')).toMatch(/proefles/i);
    // Booked anyway: the mark says what is, not what would be.
    expect(details.override?.problems.join(' ')).toMatch(/ staat tegelijk in de /);
    expect(details.override?.problems.join(' ')).not.toMatch(/ zou dan /);
  });

  it('books a slot that breaks nothing without a reason and records no override', async () => {
    const c4 = await as('consultant', 'C-04');
    const slots = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const fine = slots.slots.find((s) => s.problems.length === 0)!;
    await call(c4, 'toets.book', { participantId: 'P-029', sessionId: fine.sessionId });
    const row = listAudit(db).find((a) => a.actor === 'consultant:C-04' && a.entity === 'booking' && a.action === 'create' && a.entityId === 'P-029')!;
    expect(row.details).toMatchObject({ sessionId: fine.sessionId });
    expect(row.details).not.toHaveProperty('override');
  });
});

describe('consultant asks for an extra toets slot', () => {
  it('refuses a second request for the same client', async () => {
    const c4 = await as('consultant', 'C-04');
    await call(c4, 'toets.requestSlot', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const again = await fail(c4, 'toets.requestSlot', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(again.code).toBe('conflict');
    expect(again.message).toBe('Voor Onur Yıldız staat al een verzoek om een extra toetsmoment open (week 49).');
    const coord = await as('coordinator');
    expect((await call(coord, 'requests.list', {})).items.filter((r) => r.participant.id === 'P-029')).toHaveLength(1);
  });

  it('refuses a request for a client whose toets is booked', async () => {
    const c4 = await as('consultant', 'C-04');
    const slots = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const fine = slots.slots.find((s) => s.problems.length === 0)!;
    await call(c4, 'toets.book', { participantId: 'P-029', sessionId: fine.sessionId });
    const refused = await fail(c4, 'toets.requestSlot', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^Onur Yıldız heeft al een toets geboekt \(/);
    const coord = await as('coordinator');
    expect((await call(coord, 'requests.list', {})).items).toEqual([]);
  });
});
