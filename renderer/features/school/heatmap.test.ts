import { describe, expect, it } from 'vitest';
import { heatGrid, heatLevel } from './heatmap';

describe('heatGrid', () => {
  it('puts dates in order as columns and leaves out day-parts without lessons', () => {
    const g = heatGrid([
      { date: '2026-11-24', dayPart: 'ochtend', occupied: 10, capacity: 16 },
      { date: '2026-11-23', dayPart: 'ochtend', occupied: 16, capacity: 16 },
      { date: '2026-11-23', dayPart: 'avond', occupied: 3, capacity: 12 },
    ]);
    expect(g.dates).toEqual(['2026-11-23', '2026-11-24']);
    expect(g.rows.map((r) => r.dayPart)).toEqual(['ochtend', 'avond']);
    expect(g.rows[0]!.cells.map((c) => c.ratio)).toEqual([1, 10 / 16]);
    // Tuesday evening has no lesson: an empty cell, not a 0 % one.
    expect(g.rows[1]!.cells[1]).toMatchObject({ capacity: 0, ratio: null });
  });
});

describe('heatGrid with public holidays', () => {
  it('shows a weekday holiday of the weeks asked for as a named column without lessons, not left out', () => {
    // Week 52 of 2026: Friday 25 December is Eerste Kerstdag; the service gives no lessons that day.
    const g = heatGrid(
      [
        { date: '2026-12-24', dayPart: 'ochtend', occupied: 4, capacity: 16 },
        { date: '2026-12-28', dayPart: 'ochtend', occupied: 2, capacity: 16 },
      ],
      { weekStart: '2026-12-21', weeks: 2 },
    );
    // Saturday 26 December (Tweede Kerstdag) is no school day: not a column; Friday 1 January is.
    expect(g.dates).toEqual(['2026-12-24', '2026-12-25', '2026-12-28', '2027-01-01']);
    expect(g.rows[0]!.cells[3]).toMatchObject({ holiday: 'newYear', ratio: null });
    expect(g.rows[0]!.cells[1]).toMatchObject({ date: '2026-12-25', holiday: 'christmasDay', ratio: null });
    expect(g.rows[0]!.cells[0]).toMatchObject({ holiday: null, ratio: 4 / 16 });
    // Without lessons at all there is no grid to put it in.
    expect(heatGrid([], { weekStart: '2026-12-21', weeks: 1 }).dates).toEqual([]);
  });
});

describe('heatLevel', () => {
  it('maps occupancy to five colour steps, more than full to its own step, and no lessons to none', () => {
    // Issue 13: 18/16 is over capacity, not "vol".
    expect([null, 0, 0.3, 0.6, 0.85, 1, 1.2, 18 / 16].map(heatLevel)).toEqual([-1, 0, 1, 2, 3, 4, 5, 5]);
  });
});
