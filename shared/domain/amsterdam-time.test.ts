import { describe, expect, it } from 'vitest';
import { amsterdamOffsetMinutes, amsterdamToUtc, utcToAmsterdam } from './amsterdam-time';

describe('Amsterdam time and UTC', () => {
  it('knows winter and summer time', () => {
    expect(amsterdamOffsetMinutes(Date.parse('2026-12-02T12:00:00Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(Date.parse('2026-07-01T12:00:00Z'))).toBe(120);
  });

  it('converts wall-clock times to UTC and back', () => {
    expect(amsterdamToUtc('2026-12-02T09:30:00')).toBe('2026-12-02T08:30:00Z');
    expect(amsterdamToUtc('2026-07-01T09:30')).toBe('2026-07-01T07:30:00Z');
    expect(amsterdamToUtc('2026-12-02T00:00:00')).toBe('2026-12-01T23:00:00Z');
    expect(utcToAmsterdam('2026-12-01T23:00:00Z')).toBe('2026-12-02T00:00:00');
    expect(utcToAmsterdam('2026-07-01T07:30:00Z')).toBe('2026-07-01T09:30:00');
  });

  it('takes the first of the autumn hour that occurs twice, and moves a spring-gap time forward', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time.
    expect(amsterdamToUtc('2026-10-25T02:30:00')).toBe('2026-10-25T00:30:00Z');
    // 29 March 2026: 02:00 winter time becomes 03:00 summer time; 02:30 does not exist.
    expect(amsterdamToUtc('2026-03-29T02:30:00')).toBe('2026-03-29T01:30:00Z');
    expect(utcToAmsterdam('2026-03-29T01:30:00Z')).toBe('2026-03-29T03:30:00');
  });
});
