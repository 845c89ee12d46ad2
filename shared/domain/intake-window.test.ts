import { describe, expect, it } from 'vitest';
import { intakeWindow } from './intake-window';
import type { TermStatus } from './deadlines';

const t = (deadline: string | null, state: TermStatus['state']): TermStatus => ({ deadline, daysLeft: null, state });
const TODAY = '2026-11-25';

describe('until when intake moments are offered', () => {
  it('runs up to the 4-week norm while no activity has started or been planned', () => {
    expect(intakeWindow({ activity: t('2027-01-15', 'ok'), pip: t('2027-01-23', 'ok') }, TODAY)).toEqual({ until: '2027-01-15', by: 'activity' });
  });
  it('runs up to the PIP term once the norm is met or planned', () => {
    expect(intakeWindow({ activity: t('2026-12-01', 'met'), pip: t('2027-01-23', 'ok') }, TODAY)).toEqual({ until: '2027-01-23', by: 'pip' });
    expect(intakeWindow({ activity: t('2027-01-15', 'planned'), pip: t('2027-01-23', 'warning') }, TODAY)).toEqual({ until: '2027-01-23', by: 'pip' });
  });
  it('offers at least 4 weeks when the term is close, passed or unknown', () => {
    expect(intakeWindow({ activity: t('2026-12-01', 'warning'), pip: t('2027-01-23', 'ok') }, TODAY)).toEqual({ until: '2026-12-23', by: 'min' });
    expect(intakeWindow({ activity: t('2026-11-01', 'missed'), pip: t('2027-01-23', 'ok') }, TODAY)).toEqual({ until: '2026-12-23', by: 'min' });
    expect(intakeWindow({ activity: t(null, 'unknown'), pip: t(null, 'unknown') }, TODAY)).toEqual({ until: '2026-12-23', by: 'min' });
    expect(intakeWindow({ activity: t('2026-12-01', 'met'), pip: t('2026-12-20', 'met') }, TODAY)).toEqual({ until: '2026-12-23', by: 'min' });
  });
  it('offers at most 12 weeks', () => {
    expect(intakeWindow({ activity: t('2027-06-01', 'ok'), pip: t('2027-06-01', 'ok') }, TODAY)).toEqual({ until: '2027-02-17', by: 'max' });
  });
});
