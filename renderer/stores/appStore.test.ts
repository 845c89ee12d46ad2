import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { setBridge } from '../api/bridge';
import { flush, manualBridge } from '../api/manualBridge';
import { useAppStore } from './appStore';
import { useErrorStore } from './errorStore';

const info = { today: '2026-11-25', regionName: 'Rivierenland' };

describe('app store', () => {
  beforeEach(() => {
    useAppStore.setState({ info: null, overview: null, status: 'idle' });
    useErrorStore.getState().clear();
  });

  it('reads only app.info for a profile that may not read the region overview', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    useErrorStore.getState().report(new ApiError({ code: 'internal', message: 'Geen verbinding met de Keten Planner-server.' }), 'app');
    const done = useAppStore.getState().loadInfo();
    expect(pending.map((p) => [p.name, p.input])).toEqual([['app.info', {}]]);
    pending[0]!.resolve(info);
    await done;
    expect(useAppStore.getState()).toMatchObject({ info, overview: null, status: 'ready' });
    // Success clears the earlier failure's message.
    expect(useErrorStore.getState().errors).toEqual([]);
  });

  it('reports a failure to read app.info and shows the error state', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    void useAppStore.getState().loadInfo();
    pending[0]!.reject(new ApiError({ code: 'forbidden', message: 'Kies eerst een profiel.' }));
    await flush();
    expect(useAppStore.getState()).toMatchObject({ info: null, status: 'error' });
    expect(useErrorStore.getState().errors).toMatchObject([{ source: 'app', message: 'Kies eerst een profiel.' }]);
  });
});
