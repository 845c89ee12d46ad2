import { describe, expect, it } from 'vitest';
import { expandDay, expandWeek, type WeeklyPattern } from './availability';

const MON = '2026-11-23';

describe('expandWeek', () => {
  const pattern: WeeklyPattern[] = [
    { weekday: 1, start: '08:30', end: '12:30' },
    { weekday: 1, start: '13:00', end: '17:00' },
    { weekday: 3, start: '09:00', end: '12:00' },
  ];

  it('turns weekly patterns into dated intervals of that week', () => {
    expect(expandWeek(pattern, [], MON, 5)).toEqual([
      { start: '2026-11-23T08:30', end: '2026-11-23T12:30' },
      { start: '2026-11-23T13:00', end: '2026-11-23T17:00' },
      { start: '2026-11-25T09:00', end: '2026-11-25T12:00' },
    ]);
  });

  it('merges touching and overlapping pieces', () => {
    const p: WeeklyPattern[] = [
      { weekday: 2, start: '09:00', end: '11:00' },
      { weekday: 2, start: '11:00', end: '12:00' },
      { weekday: 2, start: '10:00', end: '10:30' },
    ];
    expect(expandDay(p, [], '2026-11-24')).toEqual([{ start: '2026-11-24T09:00', end: '2026-11-24T12:00' }]);
  });

  it('applies dated exceptions: a day off, part of a day, extra time', () => {
    const out = expandWeek(
      pattern,
      [
        { date: '2026-11-23', kind: 'remove', start: '10:00', end: '11:00' },
        { date: '2026-11-25', kind: 'remove' },
        { date: '2026-11-27', kind: 'add', start: '13:00', end: '15:00' },
      ],
      MON,
      5,
    );
    expect(out).toEqual([
      { start: '2026-11-23T08:30', end: '2026-11-23T10:00' },
      { start: '2026-11-23T11:00', end: '2026-11-23T12:30' },
      { start: '2026-11-23T13:00', end: '2026-11-23T17:00' },
      { start: '2026-11-27T13:00', end: '2026-11-27T15:00' },
    ]);
  });

  it('ignores exceptions of other weeks and respects validity dates', () => {
    const p: WeeklyPattern[] = [
      { weekday: 1, start: '09:00', end: '10:00', validFrom: '2026-11-30' },
      { weekday: 2, start: '09:00', end: '10:00', validUntil: '2026-11-24' },
    ];
    const week1 = expandWeek(p, [{ date: '2026-12-01', kind: 'remove' }], MON, 7);
    expect(week1).toEqual([{ start: '2026-11-24T09:00', end: '2026-11-24T10:00' }]);
    const week2 = expandWeek(p, [{ date: '2026-12-01', kind: 'remove' }], '2026-11-30', 7);
    expect(week2).toEqual([{ start: '2026-11-30T09:00', end: '2026-11-30T10:00' }]);
  });

  it('rejects bad times with a message that says where', () => {
    expect(() => expandWeek([{ weekday: 1, start: '12:00', end: '09:00' }], [], MON)).toThrow(/Weekpatroon 1/);
    expect(() => expandWeek([{ weekday: 1, start: '9:00', end: '10:00' }], [], MON)).toThrow(/UU:MM/);
    expect(() => expandWeek([], [{ date: MON, kind: 'add' }], MON)).toThrow(/2026-11-23/);
  });
});
