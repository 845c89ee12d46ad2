import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { setBridge } from '../api/bridge';
import { flush, manualBridge } from '../api/manualBridge';
import { logCopyText, useAboutStore } from './aboutStore';

const info = { version: '0.1.0', schemaVersion: 9, dataFile: '/d/keten-planner.sqlite', regionName: 'R', today: '2026-11-25' };
const log = { dataFolder: '/d', logFile: '/d/logs/keten-planner.log', lines: ['2026-11-25T09:00:00.000Z ERROR [renderer scherm] TypeError: x'] };

let bridge: ReturnType<typeof manualBridge>;
beforeEach(() => {
  useAboutStore.getState().close();
  bridge = manualBridge();
  setBridge(bridge.bridge);
});

describe('about store', () => {
  it('reads version and log for the coordinator', async () => {
    const done = useAboutStore.getState().show(true);
    expect(useAboutStore.getState()).toMatchObject({ open: true, status: 'loading' });
    expect(bridge.pending.map((p) => p.name)).toEqual(['app.info', 'app.log']);
    bridge.pending[0]!.resolve(info);
    bridge.pending[1]!.resolve(log);
    await done;
    expect(useAboutStore.getState()).toMatchObject({ open: true, status: 'ready', version: '0.1.0', log });
  });

  it('reads only the version for the other profiles, and nothing the coordinator saw', async () => {
    useAboutStore.setState({ log });
    const done = useAboutStore.getState().show(false);
    expect(useAboutStore.getState().log).toBeNull();
    expect(bridge.pending.map((p) => p.name)).toEqual(['app.info']);
    bridge.pending[0]!.resolve(info);
    await done;
    expect(useAboutStore.getState()).toMatchObject({ status: 'ready', version: '0.1.0', log: null });
  });

  it('drops an answer that arrives after closing', async () => {
    void useAboutStore.getState().show(true);
    useAboutStore.getState().close();
    bridge.pending[0]!.resolve(info);
    bridge.pending[1]!.resolve(log);
    await flush();
    expect(useAboutStore.getState()).toMatchObject({ open: false, status: 'idle', log: null });
  });

  it('shows why reading failed', async () => {
    void useAboutStore.getState().show(true);
    bridge.pending[1]!.reject(new ApiError({ code: 'forbidden', message: 'Dit mag het profiel Consulent niet.' }));
    await flush();
    expect(useAboutStore.getState()).toMatchObject({ status: 'error', error: 'Dit mag het profiel Consulent niet.' });
  });

  it('copies version, file and lines', () => {
    expect(logCopyText('0.1.0', log)).toBe('Keten Planner 0.1.0\nLogbestand: /d/logs/keten-planner.log\n\n2026-11-25T09:00:00.000Z ERROR [renderer scherm] TypeError: x');
  });
});
