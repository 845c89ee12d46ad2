import { describe, expect, it } from 'vitest';
import { addDays, isoWeekLabel, isoWeekOf, isoWeeksInYear, isValidIsoDate, mondayOf, mondayOfIsoWeek, todayInAmsterdam } from './week';

describe('ISO weeks', () => {
  it('numbers weeks by the first Thursday', () => {
    expect(isoWeekOf('2026-11-25')).toEqual({ year: 2026, week: 48 });
    // 1 January 2027 is a Friday: it still belongs to 2026's last week.
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    // 29 December 2025 is a Monday in week 1 of 2026.
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });

  it('finds the Monday of a week and back', () => {
    expect(mondayOfIsoWeek(2026, 48)).toBe('2026-11-23');
    expect(mondayOfIsoWeek(2026, 1)).toBe('2025-12-29');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(isoWeekLabel('2026-11-23')).toBe('2026-W48');
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2027)).toBe(52);
  });

  it('does date arithmetic across month and DST changes', () => {
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-02-28')).toBe(true);
  });

  it('takes today in Amsterdam, not in the machine zone', () => {
    // 23:30 UTC on 25 November is already 26 November in Amsterdam (UTC+1).
    expect(todayInAmsterdam(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
  });
});
