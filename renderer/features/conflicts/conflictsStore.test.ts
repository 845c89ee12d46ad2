import { beforeEach, describe, expect, it } from 'vitest';
import type { Conflict, Fix } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { useErrorStore } from '../../stores/errorStore';
import { handlePlanningEvent } from '../planning/planningEvents';
import { conflictsOfWeek, useConflictsStore } from './conflictsStore';

const W = '2026-11-23';
const W2 = '2026-11-30';

const theFix: Fix = {
  id: 'fix-1',
  label: 'Verplaats de toets naar dinsdag 10:00',
  action: { type: 'changeSession', change: { sessionId: 's1', start: '2026-11-24T10:00' } },
  costDelta: 0,
  conflictsAfter: 0,
};
const aConflict = (id: string): Conflict => ({
  id,
  category: 'room',
  rule: 3,
  severity: 'conflict',
  message: 'Zaal dubbel geboekt',
  entities: [],
  sessionIds: ['s1'],
  participants: [],
  start: null,
  end: null,
  fixes: [theFix],
});

let b: ReturnType<typeof manualBridge>;
beforeEach(() => {
  b = manualBridge();
  setBridge(b.bridge);
  useConflictsStore.setState({ weekStart: null, conflicts: [], cost: null, loading: false, failed: false, open: false, applying: null, pending: null, lastApplied: null });
  useErrorStore.getState().clear();
});

describe('conflicts store', () => {
  it('drops a slow answer for a week the user already left', async () => {
    const first = useConflictsStore.getState().load(W);
    const second = useConflictsStore.getState().load(W2);
    b.pending[1].resolve({ conflicts: [aConflict('new')], cost: 5 });
    await second;
    b.pending[0].resolve({ conflicts: [aConflict('old')], cost: 9 });
    await first;
    expect(useConflictsStore.getState()).toMatchObject({ weekStart: W2, cost: 5, conflicts: [{ id: 'new' }] });
  });

  it('asks for confirmation on a published week and resends with confirmPublished', async () => {
    const first = useConflictsStore.getState().applyFix(W, theFix);
    expect(b.pending[0]).toMatchObject({ name: 'fix.apply', input: { weekStart: W, action: theFix.action, confirmPublished: false } });
    b.pending[0].reject(new ApiError({ code: 'conflict', message: 'Week 48 is gepubliceerd.' }));
    expect(await first).toBe('confirm');
    expect(useConflictsStore.getState().pending).toEqual({ weekStart: W, fix: theFix });
    expect(useErrorStore.getState().errors).toEqual([]);

    const second = useConflictsStore.getState().confirmPending();
    expect(b.pending[1]).toMatchObject({ name: 'fix.apply', input: { confirmPublished: true } });
    b.pending[1].resolve({ ok: true });
    await second;
    expect(useConflictsStore.getState()).toMatchObject({ pending: null, lastApplied: theFix.label, applying: null });
    // Applying reloads the conflicts of the week.
    expect(b.pending[2]).toMatchObject({ name: 'week.conflicts', input: { weekStart: W } });
  });

  it('reports other failures instead of asking', async () => {
    const run = useConflictsStore.getState().applyFix(W, theFix);
    b.pending[0].reject(new ApiError({ code: 'not_found', message: 'Sessie bestaat niet meer.' }));
    expect(await run).toBe('failed');
    expect(useConflictsStore.getState().pending).toBeNull();
    expect(useErrorStore.getState().errors.map((e) => e.message)).toEqual(['Sessie bestaat niet meer.']);
  });

  it('reloads on week.changed for the shown week only', async () => {
    const load = useConflictsStore.getState().load(W);
    b.pending[0].resolve({ conflicts: [], cost: 0 });
    await load;
    handlePlanningEvent({ type: 'week.changed', weekStart: W2 });
    expect(b.pending).toHaveLength(1);
    handlePlanningEvent({ type: 'week.changed', weekStart: W });
    await flush();
    expect(b.pending[1]).toMatchObject({ name: 'week.conflicts', input: { weekStart: W } });
  });
});

describe('conflictsOfWeek', () => {
  it("gives the held week's list, and the same empty list on every read for another week", () => {
    const held = [aConflict('c1')];
    useConflictsStore.setState({ weekStart: W, conflicts: held });
    const state = useConflictsStore.getState();
    expect(conflictsOfWeek(W)(state)).toBe(held);
    const other = conflictsOfWeek(W2);
    expect(other(state)).toEqual([]);
    // React compares snapshots by reference: a new [] per read would re-render without end.
    expect(other(state)).toBe(other(useConflictsStore.getState()));
  });
});
