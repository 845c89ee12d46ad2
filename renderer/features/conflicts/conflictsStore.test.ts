import { beforeEach, describe, expect, it } from 'vitest';
import type { Conflict, Fix } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { useErrorStore } from '../../stores/errorStore';
import { handlePlannerEvent } from '../planner/plannerEvents';
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
  useConflictsStore.setState({
    weekStart: null,
    conflicts: [],
    cost: null,
    loading: false,
    failed: false,
    open: false,
    applying: null,
    pending: null,
    lastApplied: null,
    provisional: false,
  });
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
    handlePlannerEvent({ type: 'week.changed', weekStart: W2 });
    expect(b.pending).toHaveLength(1);
    handlePlannerEvent({ type: 'week.changed', weekStart: W });
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

describe('a change shown before the services answer', () => {
  const v = (rule: number, message: string) => ({ rule, message, msg: { code: 'test', params: {} }, entities: ['s9'] });

  it('adds what the change breaks and drops what it mends, then yields to the services\u2019 list', async () => {
    void useConflictsStore.getState().load(W);
    b.pending[0]!.resolve({ conflicts: [aConflict('a'), { ...aConflict('b'), message: 'Tolk dubbel geboekt', category: 'interpreter', rule: 4, entities: ['s9'] }], cost: 10 });
    await flush();
    // A load begun before the change answers late: it must not wipe out the change.
    void useConflictsStore.getState().load(W);
    useConflictsStore.getState().showLocalChange(W, {
      introduced: [v(9, 'Fatima en Ahmed zitten allebei in een les; hun kind heeft geen opvang')],
      resolved: [v(4, 'Tolk dubbel geboekt')],
      sessionId: 's9',
      start: '2026-11-24T09:00',
      end: '2026-11-24T11:00',
    });
    let s = useConflictsStore.getState();
    expect(s.provisional).toBe(true);
    expect(s.conflicts.map((c) => [c.category, c.message, c.fixes.length])).toEqual([
      ['household', 'Fatima en Ahmed zitten allebei in een les; hun kind heeft geen opvang', 0],
      ['room', 'Zaal dubbel geboekt', 1],
    ]);
    b.pending[1]!.resolve({ conflicts: [aConflict('stale')], cost: 10 });
    await flush();
    expect(useConflictsStore.getState().conflicts).toHaveLength(2);

    void useConflictsStore.getState().load(W);
    b.pending[2]!.resolve({ conflicts: [aConflict('new')], cost: 12 });
    await flush();
    s = useConflictsStore.getState();
    expect(s.provisional).toBe(false);
    expect(s.conflicts.map((c) => c.id)).toEqual(['new']);
  });

  it('leaves another week\u2019s list alone', () => {
    useConflictsStore.setState({ weekStart: W2, conflicts: [aConflict('x')] });
    useConflictsStore.getState().showLocalChange(W, { introduced: [v(2, 'Zaal')], resolved: [], sessionId: 's1', start: null, end: null });
    expect(useConflictsStore.getState()).toMatchObject({ provisional: false, conflicts: [aConflict('x')] });
  });
});
