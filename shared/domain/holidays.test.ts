import { describe, expect, it } from 'vitest';
import { easterSunday, holidayMsg, holidayOn, holidaysBetween, holidaysOf } from './holidays';
import { renderMsg } from '../messages';

describe('Dutch public holidays', () => {
  it('finds Easter Sunday by the Anonymous Gregorian algorithm', () => {
    expect([2019, 2024, 2025, 2026, 2027, 2038, 2285].map(easterSunday)).toEqual([
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
    ]);
  });

  it('lists the holidays of 2026', () => {
    expect(holidaysOf(2026).map((h) => `${h.date} ${h.code}`)).toEqual([
      '2026-01-01 newYear',
      '2026-04-03 goodFriday',
      '2026-04-05 easterSunday',
      '2026-04-06 easterMonday',
      '2026-04-27 kingsDay',
      '2026-05-14 ascension',
      '2026-05-24 whitSunday',
      '2026-05-25 whitMonday',
      '2026-12-25 christmasDay',
      '2026-12-26 boxingDay',
    ]);
  });

  it('lists the holidays of 2027', () => {
    expect(holidaysOf(2027).map((h) => `${h.date} ${h.code}`)).toEqual([
      '2027-01-01 newYear',
      '2027-03-26 goodFriday',
      '2027-03-28 easterSunday',
      '2027-03-29 easterMonday',
      '2027-04-27 kingsDay',
      '2027-05-06 ascension',
      '2027-05-16 whitSunday',
      '2027-05-17 whitMonday',
      '2027-12-25 christmasDay',
      '2027-12-26 boxingDay',
    ]);
  });

  it("keeps King's Day off a Sunday and Liberation Day to lustrum years", () => {
    // 27 April 2025 was a Sunday; 2025 is a lustrum year.
    expect(holidayOn('2025-04-26')?.code).toBe('kingsDay');
    expect(holidayOn('2025-04-27')).toBeNull();
    expect(holidayOn('2025-05-05')?.code).toBe('liberationDay');
    expect(holidayOn('2026-05-05')).toBeNull();
    expect(holidayOn('2030-05-05')?.code).toBe('liberationDay');
  });

  it('answers for a day or a time on that day, and across the new year', () => {
    expect(holidayOn('2026-12-25T09:30')).toEqual({ date: '2026-12-25', code: 'christmasDay' });
    expect(holidayOn('2026-12-24')).toBeNull();
    expect(holidaysBetween('2026-12-21', '2027-01-03').map((h) => h.date)).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
  });

  it('names a holiday in Dutch and English', () => {
    expect([renderMsg(holidayMsg('christmasDay'), 'nl'), renderMsg(holidayMsg('christmasDay'), 'en')]).toEqual(['Eerste Kerstdag', 'Christmas Day']);
    expect(renderMsg(holidayMsg('whitMonday'), 'nl')).toBe('Tweede Pinksterdag');
  });
});
