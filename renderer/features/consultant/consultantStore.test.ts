import { beforeEach, describe, expect, it } from 'vitest';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { ApiError } from '../../../shared/api/errors';
import { useConsultantStore } from './consultantStore';
import { useProfileStore } from '../profile/profileStore';

const answer = (name: string) => ({ weekStart: '2026-11-23', items: [{ participant: { id: name, name } }] });

describe('consultant store', () => {
  beforeEach(() => useConsultantStore.setState({ items: [], urgency: 'all', step: null, status: 'idle', error: null }));

  it('sends the filters and keeps the answer to the newest one when answers cross', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    useConsultantStore.getState().setUrgency('urgent');
    useConsultantStore.getState().setStep('toets');
    expect(pending.map((p) => p.input)).toEqual([{ urgency: 'urgent' }, { urgency: 'urgent', step: 'toets' }]);
    pending[1]!.resolve(answer('newest'));
    await flush();
    pending[0]!.resolve(answer('older'));
    await flush();
    expect(useConsultantStore.getState().items.map((i) => i.participant.id)).toEqual(['newest']);
    expect(useConsultantStore.getState().status).toBe('ready');
  });

  it('shows the server\'s Dutch message when the caseload cannot be read', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    void useConsultantStore.getState().load();
    pending[0]!.reject(new ApiError({ code: 'forbidden', message: 'Kies eerst een profiel.' }));
    await flush();
    expect(useConsultantStore.getState()).toMatchObject({ status: 'error', error: 'Kies eerst een profiel.' });
  });

  it('forgets the caseload, the open client and the filters when the user switches profile', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    useConsultantStore.getState().setStep('toets');
    pending[0]!.resolve(answer('P-1'));
    await flush();
    useConsultantStore.getState().select('P-1');
    void useConsultantStore.getState().load();
    useProfileStore.setState({ options: { consultants: [], schools: [] } });
    await useProfileStore.getState().switchProfile();
    expect(useConsultantStore.getState()).toMatchObject({ items: [], step: null, selectedId: null, status: 'idle' });
    // The answer to the request made before the switch must not bring the old caseload back.
    pending[1]!.resolve(answer('P-1'));
    await flush();
    expect(useConsultantStore.getState().items).toEqual([]);
  });
});
