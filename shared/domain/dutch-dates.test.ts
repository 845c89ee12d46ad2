import { describe, expect, it } from 'vitest';
import { formatDateNl, formatShortTimeNl, formatSpanNl } from './dutch-dates';

describe('formatDateNl', () => {
  it('writes a date the Dutch way with its weekday', () => {
    expect(formatDateNl('2026-11-25')).toBe('wo 25 nov 2026');
    expect(formatDateNl('2027-01-03')).toBe('zo 3 jan 2027');
    expect(formatDateNl('2028-02-29')).toBe('di 29 feb 2028');
  });
});

describe('formatShortTimeNl', () => {
  it('writes weekday, day-month and time', () => {
    expect(formatShortTimeNl('2026-12-01T09:00')).toBe('di 01-12 09:00');
    expect(formatShortTimeNl('2027-01-03T13:30')).toBe('zo 03-01 13:30');
  });
});

describe('formatSpanNl', () => {
  it('formats a span in Dutch', () => {
    expect(formatSpanNl('2026-11-24T09:00', '2026-11-24T11:00')).toBe('di 24 nov 09:00–11:00');
  });
});
