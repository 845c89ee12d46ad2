import { describe, expect, it } from 'vitest';
import { ageInMonths, fromMinutes, overlaps, toMinutes } from './time';

describe('planner time', () => {
  it('round-trips wall-clock times, also across the DST change', () => {
    for (const t of ['2026-11-23T09:00', '2026-03-29T02:30', '2026-10-25T02:30', '2027-01-01T00:00']) {
      expect(fromMinutes(toMinutes(t))).toBe(t);
    }
    // The night of 25 October 2026 has 25 real hours, but wall-clock arithmetic counts 24.
    expect(toMinutes('2026-10-26T00:00') - toMinutes('2026-10-25T00:00')).toBe(1440);
  });

  it('treats intervals as half-open', () => {
    expect(overlaps({ start: 0, end: 60 }, { start: 60, end: 120 })).toBe(false);
    expect(overlaps({ start: 0, end: 61 }, { start: 60, end: 120 })).toBe(true);
  });

  it('counts whole months of age', () => {
    expect(ageInMonths('2024-11-25', '2026-11-25')).toBe(24);
    expect(ageInMonths('2024-11-26', '2026-11-25')).toBe(23);
    expect(ageInMonths('2026-11-25', '2026-11-25')).toBe(0);
  });
});
