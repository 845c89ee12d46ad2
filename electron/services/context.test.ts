import { describe, expect, it } from 'vitest';
import { amsterdamNow } from './context';

describe('amsterdamNow', () => {
  it('gives the wall-clock time in Amsterdam, midnight as 00 and across the clock changes', () => {
    expect(amsterdamNow(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01T00:00:00');
    expect(amsterdamNow(new Date('2026-12-31T23:00:05Z'))).toBe('2027-01-01T00:00:05');
    expect(amsterdamNow(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29T01:59:59');
    expect(amsterdamNow(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00');
    expect(amsterdamNow(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00');
    expect(amsterdamNow(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00');
    expect(amsterdamNow(new Date('2026-11-25T13:07:09Z'))).toBe('2026-11-25T14:07:09');
  });
});
