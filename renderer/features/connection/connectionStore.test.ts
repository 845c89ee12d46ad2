import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShellBridge } from '../../../shared/api/shell';
import { setShell } from '../../api/shellBridge';
import { canChangeConnection, changeConnection, useConnectionStore, wantsConnectionChoice } from './connectionStore';

function fakeShell(result: Awaited<ReturnType<ShellBridge['choose']>> = { ok: true }) {
  return {
    connection: vi.fn(async () => ({ current: { mode: 'local' as const }, choosing: true })),
    choose: vi.fn(async () => result),
    change: vi.fn(async () => undefined),
  };
}

beforeEach(() => useConnectionStore.setState({ status: 'loading', current: null, urlProblem: null, error: null, saving: null }));
afterEach(() => setShell(undefined));

describe('connection store', () => {
  it('is the choice page only in the desktop app at #/verbinding', () => {
    setShell(null);
    expect(wantsConnectionChoice('#/verbinding')).toBe(false);
    setShell(fakeShell());
    expect(wantsConnectionChoice('#/verbinding')).toBe(true);
    expect(wantsConnectionChoice('#/week')).toBe(false);
    expect(wantsConnectionChoice('')).toBe(false);
  });

  it('reads the current choice; without a shell the choice is unavailable', async () => {
    setShell(null);
    await useConnectionStore.getState().load();
    expect(useConnectionStore.getState().status).toBe('unavailable');
    setShell(fakeShell());
    await useConnectionStore.getState().load();
    expect(useConnectionStore.getState()).toMatchObject({ status: 'ready', current: { mode: 'local' } });
  });

  it('points out a wrong address without asking the shell, and hands over a normalised one', async () => {
    const shell = fakeShell();
    setShell(shell);
    expect(await useConnectionStore.getState().choose({ mode: 'remote', url: 'http://planner.keten.nl' })).toBe(false);
    expect(useConnectionStore.getState().urlProblem).toBe('not-https');
    expect(await useConnectionStore.getState().choose({ mode: 'remote', url: '' })).toBe(false);
    expect(useConnectionStore.getState().urlProblem).toBe('empty');
    expect(shell.choose).not.toHaveBeenCalled();
    expect(await useConnectionStore.getState().choose({ mode: 'remote', url: 'Planner.Keten.nl' })).toBe(true);
    expect(shell.choose).toHaveBeenCalledWith({ mode: 'remote', url: 'https://planner.keten.nl/' });
    expect(useConnectionStore.getState()).toMatchObject({ status: 'restarting', urlProblem: null });
  });

  it('offers "Verbinding wijzigen" only in the desktop app', async () => {
    setShell(null);
    expect(canChangeConnection()).toBe(false);
    await changeConnection();
    const shell = fakeShell();
    setShell(shell);
    expect(canChangeConnection()).toBe(true);
    await changeConnection();
    expect(shell.change).toHaveBeenCalledTimes(1);
  });

  it("shows the shell's refusal", async () => {
    setShell(fakeShell({ ok: false, message: 'De keuze kon niet worden bewaard: schijf vol' }));
    expect(await useConnectionStore.getState().choose({ mode: 'local' })).toBe(false);
    expect(useConnectionStore.getState()).toMatchObject({ status: 'ready', error: 'De keuze kon niet worden bewaard: schijf vol' });
  });
});
