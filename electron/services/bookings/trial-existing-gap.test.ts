// Warnings name only what the booking changes, once: a care gap that is there with or without an
// option (both parents away on Tuesday morning) is not repeated under the options that leave it as it is.
import { describe, expect, it } from 'vitest';
import { renderMsg } from '../../../shared/messages';
import { changeChildcareDaypart, setTrialSeats } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, call, as, db } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('trial options beside an existing care gap', () => {
  it('do not repeat the gap under every option; only an option that adds time without care warns', async () => {
    const c4 = await as('consultant', 'C-04');
    setTrialSeats(db, { classId: 'K-LING-ALFA-1' }, 3);
    setTrialSeats(db, { classId: 'K-MERW-ALFA-1' }, 5);
    changeChildcareDaypart(db, 'KO-GOR', 2, '08:30', { start: '07:00', seats: 2 });
    // Both parents at a trial lesson on Tuesday morning: the baby has no care then.
    await call(c4, 'trial.book', { participantId: 'P-030', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }] });
    const second = await call(c4, 'trial.book', {
      participantId: 'P-029',
      lessons: [{ classId: 'K-LING-ALFA-1', start: '2026-12-01T09:00' }],
      override: { reason: 'Oma past op' },
    });
    expect(second.warnings.map((w) => w.kind)).toContain('childcare');
    // Options at De Merwede for P-029 leave the Lingestad lesson (and the gap) as they are.
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const merw = opts.schools.find((s) => s.school.id === 'S-MERW')!.options;
    expect(merw.length).toBeGreaterThan(1);
    const careLines = (lang: 'nl' | 'en') => merw.flatMap((o) => o.warnings.filter((w) => w.kind === 'childcare').map((w) => `${o.start} ${renderMsg(w.msg!, lang)}`));
    for (const lang of ['nl', 'en'] as const) {
      // No option on another day than Tuesday repeats Tuesday's gap.
      expect(careLines(lang).filter((l) => !l.startsWith('2026-12-01'))).toEqual([]);
    }
    for (const o of merw) expect(new Set(o.warnings.map((w) => w.message)).size).toBe(o.warnings.length);
    // The existing gap (per child) is said once, above the options, as it is.
    const existing = (lang: 'nl' | 'en') => opts.existing.map((m) => renderMsg(m, lang));
    expect(opts.existing.length).toBeGreaterThan(0);
    expect(new Set(existing('nl')).size).toBe(opts.existing.length);
    for (const line of existing('nl')) expect(line).toMatch(/di 1 dec 09:00–.*geen opvang/);
    for (const line of existing('en')) expect(line).toMatch(/Tue 1 Dec 09:00–.*no care/);
  });
});
