import { describe, expect, it } from 'vitest';
import { checkMove, endFollowing, fieldsOf, parseTime, weekDays } from './moveForm';

const WEEK = '2026-11-23';
const s = { id: 'S1', start: '2026-11-24T09:00', end: '2026-11-24T11:30' };

describe('the session editor moves a session by typed date and times', () => {
  it('reads 24-hour times however they are typed, and nothing else', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime(' 14.05 ')).toBe('14:05');
    expect(parseTime('23:59')).toBe('23:59');
    for (const bad of ['24:00', '9:3', '2 PM', '09:60', '', '0930']) expect(parseTime(bad)).toBeNull();
  });

  it('offers the working days of the week on screen', () => {
    expect(weekDays(WEEK)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
  });

  it('the end follows a new start, keeping the length, unless it would pass midnight', () => {
    expect(endFollowing(s, '13:15')).toBe('15:45');
    expect(endFollowing(s, '22:00')).toBeNull();
    expect(endFollowing(s, 'x')).toBeNull();
  });

  it('turns the fields into the change a drag would send', () => {
    expect(checkMove(s, WEEK, { ...fieldsOf(s), day: '2026-11-26', start: '13:00', end: '15:30' }).change).toEqual({
      sessionId: 'S1',
      start: '2026-11-26T13:00',
      end: '2026-11-26T15:30',
    });
    expect(checkMove(s, WEEK, { ...fieldsOf(s), end: '12:00' }).change).toEqual({ sessionId: 'S1', end: '2026-11-24T12:00' });
    expect(checkMove(s, WEEK, fieldsOf(s)).change).toBeNull();
  });

  it('names the wrong field and sends nothing', () => {
    expect(checkMove(s, WEEK, { ...fieldsOf(s), start: '9u' })).toMatchObject({ start: 'time', end: null, change: null });
    expect(checkMove(s, WEEK, { ...fieldsOf(s), start: '12:00', end: '11:00' })).toMatchObject({ start: null, end: 'endBeforeStart', change: null });
    expect(checkMove(s, WEEK, { ...fieldsOf(s), day: '2026-11-30' })).toMatchObject({ day: 'outsideWeek', change: null });
  });
});
