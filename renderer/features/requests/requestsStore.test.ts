import { beforeEach, describe, expect, it } from 'vitest';
import type { SlotRequest } from '../../../shared/api/contract';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { useProfileStore } from '../profile/profileStore';
import { useRequestsStore } from './requestsStore';

const request = (id: string): SlotRequest => ({
  id,
  kind: 'toets',
  participant: { id: 'P-1', name: 'Amal Yusuf' },
  consultant: { id: 'C-1', name: 'Fatima El Amrani' },
  weekStart: '2026-11-30',
  laptopKind: 'touch',
  note: '',
  createdAt: '2026-11-25T10:00:00',
  status: 'open',
});

describe('requests store', () => {
  beforeEach(() => useRequestsStore.setState({ items: [], status: 'idle', resolving: null }));

  it('loads the open requests and drops one the coordinator marks done', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    void useRequestsStore.getState().load();
    expect(pending[0]).toMatchObject({ name: 'requests.list', input: { status: 'open' } });
    pending[0]!.resolve({ items: [request('r1'), request('r2')] });
    await flush();
    expect(useRequestsStore.getState().items.map((r) => r.id)).toEqual(['r1', 'r2']);

    const done = useRequestsStore.getState().resolve('r1');
    expect(useRequestsStore.getState().resolving).toBe('r1');
    expect(pending[1]).toMatchObject({ name: 'requests.resolve', input: { requestId: 'r1' } });
    pending[1]!.resolve({ request: { ...request('r1'), status: 'done' } });
    await flush();
    expect(useRequestsStore.getState().items.map((r) => r.id)).toEqual(['r2']);
    pending[2]!.resolve({ items: [request('r2')] });
    await done;
    expect(useRequestsStore.getState()).toMatchObject({ resolving: null, status: 'ready' });
  });

  it('forgets the requests when the user switches profile', async () => {
    useRequestsStore.setState({ items: [request('r1')], status: 'ready' });
    const { bridge } = manualBridge();
    setBridge(bridge);
    useProfileStore.setState({ options: { consultants: [], schools: [] } });
    await useProfileStore.getState().switchProfile();
    expect(useRequestsStore.getState().items).toEqual([]);
  });
});
