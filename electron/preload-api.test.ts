import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { buildPreloadApi, buildShellApi } from './preload-api';
import { IPC_CALL, IPC_EVENT, IPC_SHELL_CHANGE, IPC_SHELL_CHOOSE, IPC_SHELL_CONNECTION } from './ipc-channels';

describe('preload API', () => {
  it('exposes only call and subscribe', () => {
    const api = buildPreloadApi({ invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() });
    expect(Object.keys(api).sort()).toEqual(['call', 'subscribe']);
  });

  it('invokes the one call channel', async () => {
    const invoke = vi.fn(async () => ({ ok: true, data: 1 }));
    const api = buildPreloadApi({ invoke, on: vi.fn(), removeListener: vi.fn() });
    expect(await api.call('week.get', { weekStart: '2026-11-23' })).toEqual({ ok: true, data: 1 });
    expect(invoke).toHaveBeenCalledWith(IPC_CALL, 'week.get', { weekStart: '2026-11-23' });
  });

  it('hands subscribers the payload only, and unsubscribes', () => {
    const ipc = new EventEmitter();
    const api = buildPreloadApi({ invoke: vi.fn(), on: (c, l) => ipc.on(c, l), removeListener: (c, l) => ipc.removeListener(c, l) });
    const seen: unknown[] = [];
    const off = api.subscribe((e) => seen.push(e));
    ipc.emit(IPC_EVENT, { sender: 'geheim' }, { type: 'week.changed', weekStart: '2026-11-23' });
    off();
    ipc.emit(IPC_EVENT, { sender: 'geheim' }, { type: 'week.changed', weekStart: '2026-11-30' });
    expect(seen).toEqual([{ type: 'week.changed', weekStart: '2026-11-23' }]);
  });

  it('gives the choice page the connection and the choice, over the shell channels only', async () => {
    const invoke = vi.fn(async () => ({ ok: true }));
    const shell = buildShellApi({ invoke });
    expect(Object.keys(shell).sort()).toEqual(['change', 'choose', 'connection']);
    await shell.connection();
    await shell.choose({ mode: 'remote', url: 'https://planner.keten.nl/' });
    await shell.change();
    expect(invoke.mock.calls).toEqual([[IPC_SHELL_CONNECTION], [IPC_SHELL_CHOOSE, { mode: 'remote', url: 'https://planner.keten.nl/' }], [IPC_SHELL_CHANGE]]);
  });
});
