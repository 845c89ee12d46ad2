import { beforeEach, describe, expect, it } from 'vitest';
import type { WeekView } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { handleAppEvent } from '../../stores/events';
import { useErrorStore } from '../../stores/errorStore';
import { useWeekStore } from './weekStore';

function weekView(weekStart: string, ids: string[]): WeekView {
  return {
    weekStart,
    isoYear: 2026,
    isoWeek: 1,
    status: 'concept',
    sessions: ids.map((id) => ({
      id,
      kind: 'groupInfo',
      status: 'proposed',
      start: `${weekStart}T09:00`,
      end: `${weekStart}T11:00`,
      language: 'ti',
      room: { id: 'r', name: 'Zaal 1', locationId: 'l', locationName: 'Stadhuis', gemeente: 'Deventer' },
      consultant: { id: 'c', name: 'C' },
      interpreter: null,
      pinned: false,
      participantCount: 0,
      participants: [],
      version: 1,
    })),
  };
}

describe('week store', () => {
  let m: ReturnType<typeof manualBridge<{ weekStart: string }>>;
  beforeEach(() => {
    m = manualBridge<{ weekStart: string }>();
    setBridge(m.bridge);
    useWeekStore.setState({ weekStart: null, today: null, view: null, loading: false, failed: false, selectedSessionId: null });
    useErrorStore.getState().clear();
  });

  it('opens on the Monday of today and pages by whole weeks', async () => {
    const done = useWeekStore.getState().init('2026-11-26');
    expect(m.pending[0]).toMatchObject({ name: 'week.get', input: { weekStart: '2026-11-23' } });
    m.pending[0].resolve(weekView('2026-11-23', ['a']));
    await done;
    expect(useWeekStore.getState().view?.sessions.map((s) => s.id)).toEqual(['a']);

    const next = useWeekStore.getState().next();
    expect(m.pending[1].input.weekStart).toBe('2026-11-30');
    expect(useWeekStore.getState().loading).toBe(true);
    m.pending[1].resolve(weekView('2026-11-30', []));
    await next;

    void useWeekStore.getState().thisWeek();
    expect(m.pending[2].input.weekStart).toBe('2026-11-23');
  });

  it('drops a slow answer for a week the user already left', async () => {
    void useWeekStore.getState().goTo('2026-11-23');
    void useWeekStore.getState().goTo('2026-11-30');
    m.pending[1].resolve(weekView('2026-11-30', ['new']));
    await flush();
    m.pending[0].resolve(weekView('2026-11-23', ['old']));
    await flush();
    const s = useWeekStore.getState();
    expect(s.weekStart).toBe('2026-11-30');
    expect(s.view?.sessions.map((x) => x.id)).toEqual(['new']);
  });

  it('shows the Dutch error of a failed call and marks the week failed', async () => {
    const p = useWeekStore.getState().goTo('2026-11-25');
    expect(m.pending[0].input.weekStart).toBe('2026-11-23');
    m.pending[0].reject(new ApiError({ code: 'internal', message: 'De database is niet bereikbaar.' }));
    await p;
    expect(useWeekStore.getState().failed).toBe(true);
    expect(useErrorStore.getState().errors.map((e) => e.message)).toEqual(['De database is niet bereikbaar.']);

    // A successful retry takes the message away again.
    const retry = useWeekStore.getState().reload();
    m.pending[1].resolve(weekView('2026-11-23', []));
    await retry;
    expect(useWeekStore.getState().failed).toBe(false);
    expect(useErrorStore.getState().errors).toEqual([]);
  });

  it('reloads on week.changed only for the week on screen', async () => {
    const p = useWeekStore.getState().goTo('2026-11-23');
    m.pending[0].resolve(weekView('2026-11-23', ['a']));
    await p;
    handleAppEvent({ type: 'week.changed', weekStart: '2026-11-30' });
    expect(m.pending).toHaveLength(1);
    handleAppEvent({ type: 'week.changed', weekStart: '2026-11-23' });
    expect(m.pending).toHaveLength(2);
    expect(m.pending[1].input.weekStart).toBe('2026-11-23');
  });
});
