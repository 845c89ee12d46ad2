import { describe, expect, it } from 'vitest';
import { plannedUseMsg, renderMsg } from './index';

describe("Beheer's planned use of a row", () => {
  it('counts what plans use it from which week, in Dutch and in English', () => {
    const rooms = plannedUseMsg('session', { future: 8, firstWeek: '2026-11-23' })!;
    expect(renderMsg(rooms, 'nl')).toBe('8 sessies vanaf week 48');
    expect(renderMsg(rooms, 'en')).toBe('8 sessions from week 48');
    const one = plannedUseMsg('trialLesson', { future: 1, firstWeek: null })!;
    expect(renderMsg(one, 'nl')).toBe('1 proefles');
    expect(renderMsg(one, 'en')).toBe('1 trial lesson');
    expect(plannedUseMsg('booking', { future: 0, firstWeek: null })).toBeNull();
  });
});
