import { describe, expect, it } from 'vitest';
import type { UnplannedItem } from './deadlineText';
import { unplannedOfWeek, useDeadlinesStore } from './deadlinesStore';

describe('unplannedOfWeek', () => {
  it("gives the held week's list, and the same empty list on every read for another week", () => {
    const held = [{ demandId: 'd1' }] as unknown as UnplannedItem[];
    useDeadlinesStore.setState({ weekStart: '2026-11-23', unplanned: held });
    const state = useDeadlinesStore.getState();
    expect(unplannedOfWeek('2026-11-23')(state)).toBe(held);
    const other = unplannedOfWeek('2026-11-30');
    expect(other(state)).toEqual([]);
    // React compares snapshots by reference: a new [] per read would re-render without end.
    expect(other(state)).toBe(other(useDeadlinesStore.getState()));
  });
});
