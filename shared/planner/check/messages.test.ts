import { describe, expect, it } from 'vitest';
import { formatSpanNl } from '../../domain/dutch-dates';
import { fromMinutes, toMinutes } from '../../domain/time';
import { ageNl, dateOf, listNl, spanNl } from './messages';

describe('checker messages', () => {
  it('formats spans exactly like formatSpanNl, across months, leap days and years', () => {
    const starts = ['2026-11-24T09:00', '2024-02-29T08:30', '2027-01-01T00:00', '2026-12-31T23:45', '2000-03-01T12:00', '2026-03-29T02:30'];
    for (const s of starts) {
      const m = toMinutes(s);
      const e = fromMinutes(m + 135);
      expect(spanNl(m, m + 135)).toBe(formatSpanNl(s, e));
      expect(dateOf(m)).toBe(s.slice(0, 10));
    }
    // Every day of a year, to catch an off-by-one in the calendar arithmetic.
    for (let d = 0; d < 400; d++) {
      const m = toMinutes('2026-01-01T10:15') + d * 1440;
      expect(spanNl(m, m + 60)).toBe(formatSpanNl(fromMinutes(m), fromMinutes(m + 60)));
    }
  });

  it('writes names and ages the Dutch way', () => {
    expect(listNl(['Fatima'])).toBe('Fatima');
    expect(listNl(['Fatima', 'Ahmed'])).toBe('Fatima en Ahmed');
    expect(listNl(['A', 'B', 'C'])).toBe('A, B en C');
    expect(ageNl(0)).toBe('0 maanden');
    expect(ageNl(1)).toBe('1 maand');
    expect(ageNl(11)).toBe('11 maanden');
    expect(ageNl(18)).toBe('18 maanden');
    expect(ageNl(26)).toBe('2 jaar');
  });
});
