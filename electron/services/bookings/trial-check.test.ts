// Checked before booking: a trial lesson that leaves the baby without care (both parents away) is
// refused unless "Toch boeken" gives a reason (audited); with the childcare seat it is booked.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { changeChildcareDaypart, setTrialSeats } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant books a trial lesson', () => {
  it('refuses a lesson that leaves the baby without care unless a reason is given', async () => {
    const c4 = await as('consultant', 'C-04');
    setTrialSeats(db, { classId: 'K-LING-ALFA-1' }, 3);
    changeChildcareDaypart(db, 'KO-GOR', 2, '08:30', { start: '07:00', seats: 2 });
    await call(c4, 'trial.book', { participantId: 'P-030', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }] });
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const clash = opts.schools.find((s) => s.school.id === 'S-LING')!.options.find((o) => o.start === '2026-12-01T09:00')!;
    expect(clash.warnings.map((w) => w.kind)).toContain('childcare');
    const lesson = { classId: clash.classId, start: clash.start };
    const refused = await fail(c4, 'trial.book', { participantId: 'P-029', lessons: [lesson] });
    expect(refused).toMatchObject({ code: 'conflict', field: 'override' });
    expect(refused.message).toMatch(/^Deze proefles past niet: .*geen opvang/);
    expect((await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK })).schools.find((s) => s.school.id === 'S-LING')!.booked).toBeNull();
    const booked = await call(c4, 'trial.book', { participantId: 'P-029', lessons: [lesson], override: { reason: 'Oma komt oppassen' } });
    expect(booked.bookings).toHaveLength(1);
    expect(booked.warnings.map((w) => w.kind)).toContain('childcare');
    const row = listAudit(db, { entityId: 'P-029' }).find((a) => (a.details as { override?: unknown } | null)?.override);
    expect((row!.details as { override: { reason: string } }).override.reason).toBe('Oma komt oppassen');
  });
});
