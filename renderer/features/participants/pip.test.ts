import { describe, expect, it } from 'vitest';
import { pipStatus, PIP_WARNING_DAYS } from './pip';
import { translate } from '../../i18n/translate';

const label = (deadline: string, today: string) => {
  const st = pipStatus(deadline, today);
  return translate('nl', st.label.key, st.label.params);
};

describe('pipStatus', () => {
  it('counts calendar days to the deadline and warns under two weeks', () => {
    expect(pipStatus('2026-12-09', '2026-11-25')).toMatchObject({ daysLeft: 14, urgent: false });
    expect(pipStatus('2026-12-08', '2026-11-25')).toMatchObject({ daysLeft: 13, urgent: true });
    expect(PIP_WARNING_DAYS).toBe(14);
  });
  it('crosses month and DST boundaries by calendar days', () => {
    expect(pipStatus('2027-04-01', '2027-03-25').daysLeft).toBe(7);
  });
  it('says how late a passed deadline is, in Dutch', () => {
    expect(label('2026-12-20', '2026-11-25')).toBe('nog 25 dagen');
    expect(label('2026-11-26', '2026-11-25')).toBe('nog 1 dag');
    expect(label('2026-11-25', '2026-11-25')).toBe('vandaag');
    expect(label('2026-11-24', '2026-11-25')).toBe('1 dag te laat');
    expect(label('2026-11-20', '2026-11-25')).toBe('5 dagen te laat');
    expect(pipStatus('2026-11-20', '2026-11-25').urgent).toBe(true);
  });
});
