// One age rule for care (issue 13): a 13-year-old is not flagged as needing care, neither by the
// week's check nor in the client panel; an 11-year-old is, in both.
import { describe, expect, it } from 'vitest';
import { buildInstance } from '../../../db/instance/instance-from-db';
import { setChildBirthDate } from '../../../db/repositories/test-helpers-demo';
import { needsCareOn } from '../../../shared/planner/household-care';
import { formatAge } from '../../../shared/messages';
import { useDemoProfiles, NEXT_WEEK, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('care age', () => {
  it('is under 12 on the day, in the shared rule', () => {
    expect(needsCareOn('2014-12-01', '2026-11-30')).toBe(true);
    expect(needsCareOn('2014-11-30', '2026-11-30')).toBe(false);
  });

  it('leaves a 13-year-old out of the week check and the client panel, and keeps an 11-year-old in both', async () => {
    const c4 = await as('consultant', 'C-04');
    const childIn = (id: string) => buildInstance(db, NEXT_WEEK).households.some((h) => h.children.some((c) => c.id === id));
    const panel = async () =>
      (await call(c4, 'consultant.caseload', { weekStart: NEXT_WEEK })).items.find((i) => i.participant.id === 'P-029')!.household!.children.find((c) => c.id === 'KND-017')!;
    setChildBirthDate(db, 'KND-017', '2013-06-01');
    expect(childIn('KND-017')).toBe(false);
    expect(await panel()).toMatchObject({ ageMonths: 161, needsCare: false });
    // No care gap is reported for the 13-year-old under the trial options.
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(
      opts.schools
        .flatMap((s) => s.options)
        .flatMap((o) => o.childcareOffers)
        .some((o) => o.childId === 'KND-017'),
    ).toBe(false);
    setChildBirthDate(db, 'KND-017', '2015-06-01');
    expect(childIn('KND-017')).toBe(true);
    expect(await panel()).toMatchObject({ ageMonths: 137, needsCare: true });
  });

  it("gives the panel a child's age in months, written as months under 2 years in both languages", async () => {
    const c4 = await as('consultant', 'C-04');
    const panel = async () =>
      (await call(c4, 'consultant.caseload', { weekStart: NEXT_WEEK })).items.find((i) => i.participant.id === 'P-029')!.household!.children.find((c) => c.id === 'KND-017')!;
    // Today in the demo is 25 Nov 2026.
    setChildBirthDate(db, 'KND-017', '2026-05-20');
    const baby = await panel();
    expect(baby).toMatchObject({ ageMonths: 6 });
    expect([formatAge(baby.ageMonths, 'nl'), formatAge(baby.ageMonths, 'en')]).toEqual(['6 maanden', '6 months']);
    setChildBirthDate(db, 'KND-017', '2025-11-01');
    expect(formatAge((await panel()).ageMonths, 'en')).toBe('12 months');
    setChildBirthDate(db, 'KND-017', '2024-11-01');
    expect([formatAge((await panel()).ageMonths, 'nl'), formatAge((await panel()).ageMonths, 'en')]).toEqual(['2 jaar', '2 years']);
  });
});
