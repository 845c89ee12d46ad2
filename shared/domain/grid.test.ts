import { describe, expect, it } from 'vitest';
import { offGridProblem } from './grid';

describe('offGridProblem', () => {
  const grid = { slotMinutes: 15, dayStart: '08:30' };

  it('accepts starts a whole number of slots from dayStart, before it too', () => {
    for (const t of ['08:30', '08:45', '09:00', '16:45', '08:15', '00:00', '23:45']) expect(offGridProblem(`2026-11-24T${t}`, grid), t).toBeNull();
  });

  it('names an off-grid start and the grid', () => {
    expect(offGridProblem('2026-11-24T09:07', grid)).toBe('09:07 ligt niet op het rooster (een sessie begint op een veelvoud van 15 minuten vanaf 08:30).');
    expect(offGridProblem('2026-11-24T08:20', grid)).not.toBeNull();
    expect(offGridProblem('2026-11-24T09:30', { slotMinutes: 60, dayStart: '08:30' })).toBeNull();
    expect(offGridProblem('2026-11-24T09:00', { slotMinutes: 60, dayStart: '08:30' })).not.toBeNull();
  });
});
