import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopOnSignal } from './shutdown';

afterEach(() => vi.useRealTimers());

function fakeProcess() {
  const source = new EventEmitter();
  const exits: number[] = [];
  return { source: source as EventEmitter & { on(s: 'SIGINT' | 'SIGTERM', l: () => void): unknown }, exits, exit: (code: number) => void exits.push(code) };
}

describe('stopOnSignal', () => {
  it('stops once on the first SIGTERM and then exits', async () => {
    const p = fakeProcess();
    const stop = vi.fn(async () => {});
    stopOnSignal(p.source, stop, { exit: p.exit });
    p.source.emit('SIGTERM');
    await vi.waitFor(() => expect(p.exits).toEqual([0]));
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('exits after the grace period when the stop hangs, and at once on a second signal', async () => {
    vi.useFakeTimers();
    const p = fakeProcess();
    const log: string[] = [];
    stopOnSignal(p.source, () => new Promise<void>(() => {}), { exit: p.exit, graceMs: 3000, log: (m) => log.push(m) });
    p.source.emit('SIGINT');
    await vi.advanceTimersByTimeAsync(2999);
    expect(p.exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(p.exits).toEqual([0]);
    expect(log[0]).toMatch(/langer dan 3000 ms/);

    const q = fakeProcess();
    stopOnSignal(q.source, () => new Promise<void>(() => {}), { exit: q.exit });
    q.source.emit('SIGTERM');
    q.source.emit('SIGTERM');
    expect(q.exits).toEqual([0]);
  });

  it('exits when the stop fails, saying why', async () => {
    const p = fakeProcess();
    const log: string[] = [];
    stopOnSignal(p.source, () => Promise.reject(new Error('database bezet')), { exit: p.exit, log: (m) => log.push(m) });
    p.source.emit('SIGTERM');
    await vi.waitFor(() => expect(p.exits).toEqual([0]));
    expect(log).toEqual(['Fout bij het stoppen: database bezet']);
  });
});
