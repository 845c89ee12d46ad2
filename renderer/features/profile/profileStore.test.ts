import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiBridge, Profile } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { PROFILE_STORAGE_KEY, readSavedChoice, sameProfile, useProfileStore } from './profileStore';

/** A server that keeps one profile, like the HTTP transport's client session. */
function fakeServer(opts: { current?: Profile | null; knownConsultants?: string[] } = {}) {
  let current: Profile | null = opts.current ?? null;
  const calls: string[] = [];
  const known = opts.knownConsultants ?? ['C-01'];
  const bridge: ApiBridge = {
    async call(name, input) {
      calls.push(name);
      const i = input as Record<string, string>;
      if (name === 'profile.current') return { profile: current };
      if (name === 'profile.options') return { consultants: known.map((id) => ({ id, name: `Consulent ${id}` })), schools: [{ id: 'S-1', name: 'School 1' }] };
      if (name === 'profile.select') {
        if (i.kind === 'consultant' && !known.includes(i.consultantId!)) throw new ApiError({ code: 'not_found', message: `Consulent ${i.consultantId} bestaat niet.` });
        current =
          i.kind === 'coordinator'
            ? { kind: 'coordinator', id: null, name: 'Coördinator' }
            : i.kind === 'consultant'
              ? { kind: 'consultant', id: i.consultantId!, name: `Consulent ${i.consultantId}` }
              : { kind: 'liaison', id: i.schoolId!, name: 'School 1' };
        return { profile: current };
      }
      throw new Error(`onverwachte aanroep ${name}`);
    },
    subscribe: () => () => {},
  };
  setBridge(bridge);
  return { calls, current: () => current };
}

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
  useProfileStore.setState({ profile: null, options: null, status: 'idle', error: null });
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('profile store', () => {
  it('shows the chooser when this window never chose, even if the server holds a profile', async () => {
    fakeServer({ current: { kind: 'coordinator', id: null, name: 'Coördinator' } });
    await useProfileStore.getState().start();
    expect(useProfileStore.getState().status).toBe('choosing');
    expect(useProfileStore.getState().options?.consultants).toHaveLength(1);
  });

  it('remembers a choice and selects it again on the next start', async () => {
    const server = fakeServer();
    await useProfileStore.getState().start();
    await useProfileStore.getState().choose({ kind: 'consultant', consultantId: 'C-01' });
    expect(JSON.parse(store.get(PROFILE_STORAGE_KEY)!)).toEqual({ kind: 'consultant', consultantId: 'C-01' });

    // A new start against a fresh server (no profile there): the remembered one is selected.
    const fresh = fakeServer();
    useProfileStore.setState({ profile: null, status: 'idle' });
    await useProfileStore.getState().start();
    expect(useProfileStore.getState().status).toBe('ready');
    expect(useProfileStore.getState().profile).toMatchObject({ kind: 'consultant', id: 'C-01' });
    expect(fresh.calls).toContain('profile.select');
    expect(server.current()?.kind).toBe('consultant');
  });

  it('forgets a remembered consultant the server no longer knows and asks again', async () => {
    store.set(PROFILE_STORAGE_KEY, JSON.stringify({ kind: 'consultant', consultantId: 'C-99' }));
    fakeServer();
    await useProfileStore.getState().start();
    expect(useProfileStore.getState().status).toBe('choosing');
    expect(store.has(PROFILE_STORAGE_KEY)).toBe(false);
  });

  it("shows the server's Dutch message when a choice fails", async () => {
    fakeServer();
    await useProfileStore.getState().start();
    await useProfileStore.getState().choose({ kind: 'consultant', consultantId: 'C-42' });
    expect(useProfileStore.getState()).toMatchObject({ status: 'choosing', error: 'Consulent C-42 bestaat niet.' });
  });

  it('switching clears the remembered choice and goes back to the chooser', async () => {
    fakeServer();
    await useProfileStore.getState().start();
    await useProfileStore.getState().choose({ kind: 'coordinator' });
    await useProfileStore.getState().switchProfile();
    expect(useProfileStore.getState()).toMatchObject({ profile: null, status: 'choosing' });
    expect(store.has(PROFILE_STORAGE_KEY)).toBe(false);
  });

  it('switching reads the profiles afresh: a consultant added under Beheer can be chosen', async () => {
    const known = ['C-01'];
    fakeServer({ knownConsultants: known });
    await useProfileStore.getState().start();
    await useProfileStore.getState().choose({ kind: 'coordinator' });
    known.push('C-02');
    await useProfileStore.getState().switchProfile();
    await new Promise((r) => setTimeout(r, 0));
    expect(useProfileStore.getState().options?.consultants.map((c) => c.id)).toEqual(['C-01', 'C-02']);
  });
});

describe('readSavedChoice', () => {
  it('ignores broken or incomplete entries', () => {
    const s = (v: string) => ({ getItem: () => v, setItem() {}, removeItem() {} });
    expect(readSavedChoice(s('{'))).toBeNull();
    expect(readSavedChoice(s('{"kind":"consultant"}'))).toBeNull();
    expect(readSavedChoice(s('{"kind":"liaison","schoolId":"S-1"}'))).toEqual({ kind: 'liaison', schoolId: 'S-1' });
  });
});

describe('sameProfile', () => {
  it('compares kind and id', () => {
    expect(sameProfile({ kind: 'consultant', consultantId: 'C-1' }, { kind: 'consultant', id: 'C-1', name: 'x' })).toBe(true);
    expect(sameProfile({ kind: 'consultant', consultantId: 'C-1' }, { kind: 'consultant', id: 'C-2', name: 'x' })).toBe(false);
    expect(sameProfile({ kind: 'coordinator' }, { kind: 'liaison', id: 'S-1', name: 'x' })).toBe(false);
  });
});
