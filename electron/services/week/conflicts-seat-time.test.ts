// A class with fewer trial seats than bookings: the coordinator's conflict is dated at that one
// lesson's own start and end, not the span of the booked people's other activities that week.
import { describe, expect, it } from 'vitest';
import { renderMsg } from '../../../shared/messages';
import { setTrialSeats } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('week.conflicts for a full trial lesson', () => {
  it("gives the lesson's own times", async () => {
    const c4 = await as('consultant', 'C-04');
    setTrialSeats(db, { classId: 'K-MERW-ALFA-1' }, 5);
    setTrialSeats(db, { classId: 'K-LING-ALFA-1' }, 3);
    await call(c4, 'trial.book', { participantId: 'P-030', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }] });
    await call(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }], override: { reason: 'Oma past op' } });
    // One of them also has a trial lesson at the other school on another day.
    const ling = (await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK })).schools.find((s) => s.school.id === 'S-LING')!;
    const later = ling.options.find((o) => o.start.slice(0, 10) !== '2026-12-01' && o.start < '2026-12-07')!;
    expect(later).toBeDefined();
    await call(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: later.classId, start: later.start }], override: { reason: 'Oma past op' } });
    const liaison = await as('liaison', 'S-MERW');
    await call(liaison, 'school.updateClass', { classId: 'K-MERW-ALFA-1', trialSeats: 1, confirm: true });
    const coordinator = await as('coordinator');
    const { conflicts } = await call(coordinator, 'week.conflicts', { weekStart: NEXT_WEEK });
    const full = conflicts.find((c) => c.msg?.code === 'check.r7.classFull' && c.entities.includes('P-029'))!;
    expect(full).toBeDefined();
    expect(full.start).toBe('2026-12-01T09:00');
    expect(full.end?.slice(0, 10)).toBe('2026-12-01');
    expect(full.sessionIds).toEqual([]);
    expect(renderMsg(full.msg!, 'nl')).toMatch(/di 1 dec 09:00–/);
    expect(renderMsg(full.msg!, 'en')).toMatch(/Tue 1 Dec 09:00–/);
  });
});
