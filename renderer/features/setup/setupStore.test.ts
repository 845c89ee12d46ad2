import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiBridge } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { labelledMsg, splitFieldMsg } from '../../../shared/messages';
import { useLangStore } from '../../i18n/langStore';
import { setBridge } from '../../api/bridge';
import { useAppStore, useNavStore } from '../../stores/appStore';
import { useProfileStore } from '../profile/profileStore';
import { formErrorsOf, handleSetupEvent, NO_FORM_ERRORS, useSetupStore } from './setupStore';

type Setup = 'needed' | 'demo' | 'own';

/** A server with a region state, answering app.info and the setup calls the way the services do. */
function fakeServer(start: Setup, opts: { demoAvailable?: boolean } = {}) {
  let setup: Setup = start;
  const calls: [string, unknown][] = [];
  const bridge: ApiBridge = {
    async call(name, input) {
      calls.push([name, input]);
      if (name === 'app.info') return { setup, demoAvailable: opts.demoAvailable ?? true, today: '2026-11-25', regionName: 'x', version: 't', schemaVersion: 7, dataFile: 'f' };
      if (name === 'setup.createRegion') {
        const i = input as { name: string; gemeenten: string[] };
        if (!i.name.trim()) throw new ApiError({ code: 'invalid_input', message: 'x', field: 'name', issues: [{ field: 'name', message: 'Naam van de regio: vul een naam in.' }] });
        if (i.gemeenten[1] === i.gemeenten[0]) {
          throw new ApiError({ code: 'invalid_input', message: 'x', field: 'gemeenten.1', issues: [{ field: 'gemeenten.1', message: 'Gemeente: "Tiel" staat al in de lijst.' }] });
        }
        setup = 'own';
        return { name: i.name, gemeenten: i.gemeenten };
      }
      if (name === 'setup.loadDemo') {
        setup = 'demo';
        return { name: 'Demo', participants: 120 };
      }
      if (name === 'setup.removeDemo') {
        setup = 'needed';
        return { removed: 'Demo' };
      }
      throw new Error(`onverwachte aanroep ${name}`);
    },
    subscribe: () => () => {},
  };
  setBridge(bridge);
  return { calls, set: (s: Setup) => (setup = s) };
}

const stored = new Map<string, string>();
beforeEach(() => {
  stored.clear();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  };
  useSetupStore.setState({
    status: 'idle',
    setup: null,
    demoAvailable: true,
    justCreated: false,
    busy: null,
    formErrors: NO_FORM_ERRORS,
    error: null,
    demoRemoved: false,
    noLaunch: false,
  });
  useProfileStore.setState({ profile: null, options: null, status: 'idle', error: null });
});

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('setup store', () => {
  it('says setup is needed for an empty data folder, and ready when a region exists', async () => {
    fakeServer('needed', { demoAvailable: false });
    await useSetupStore.getState().check();
    expect(useSetupStore.getState()).toMatchObject({ status: 'needed', setup: 'needed', demoAvailable: false });
    fakeServer('own');
    await useSetupStore.getState().check();
    expect(useSetupStore.getState()).toMatchObject({ status: 'ready', setup: 'own' });
  });

  it('tells a page opened without the start link apart from another failure', async () => {
    const refuse = (code: 'unauthorized' | 'internal') =>
      setBridge({
        call: () => Promise.reject(new ApiError({ code, message: 'Geen toegang.' })),
        subscribe: () => () => {},
      } as unknown as Parameters<typeof setBridge>[0]);
    refuse('unauthorized');
    await useSetupStore.getState().check();
    expect(useSetupStore.getState()).toMatchObject({ status: 'error', noLaunch: true });
    refuse('internal');
    await useSetupStore.getState().check();
    expect(useSetupStore.getState()).toMatchObject({ status: 'error', noLaunch: false });
    fakeServer('own');
    await useSetupStore.getState().check();
    expect(useSetupStore.getState()).toMatchObject({ status: 'ready', noLaunch: false });
  });

  it('sends the gemeenten without blank rows and puts errors on the row on screen', async () => {
    const server = fakeServer('needed');
    await useSetupStore.getState().check();
    expect(await useSetupStore.getState().createRegion('Rivierenland', ['Tiel', '  ', 'Tiel'])).toBe(false);
    expect(server.calls.at(-1)).toEqual(['setup.createRegion', { name: 'Rivierenland', gemeenten: ['Tiel', 'Tiel'] }]);
    expect(useSetupStore.getState().formErrors).toEqual({ rows: { 2: 'Gemeente: "Tiel" staat al in de lijst.' } });
    expect(useSetupStore.getState().status).toBe('needed');

    expect(await useSetupStore.getState().createRegion('Rivierenland', ['Tiel', 'Buren'])).toBe(true);
    expect(useSetupStore.getState()).toMatchObject({ status: 'ready', setup: 'own', justCreated: true, formErrors: NO_FORM_ERRORS });
  });

  it('forgets the profile and everything seen when the demo is removed', async () => {
    fakeServer('demo');
    await useSetupStore.getState().check();
    localStorage.setItem('keten.profile', JSON.stringify({ kind: 'consultant', consultantId: 'C-02' }));
    useProfileStore.setState({ profile: { kind: 'coordinator', id: null, name: 'Coördinator' }, status: 'ready' });
    useAppStore.setState({ overview: { name: 'Demo', gemeenten: [], counts: {} as never } });
    useNavStore.setState({ section: 'region' });
    expect(await useSetupStore.getState().removeDemo()).toBe(true);
    expect(useSetupStore.getState()).toMatchObject({ status: 'needed', setup: 'needed', demoRemoved: true });
    expect(useProfileStore.getState()).toMatchObject({ profile: null, status: 'idle' });
    expect(localStorage.getItem('keten.profile')).toBeNull();
    expect(useAppStore.getState().overview).toBeNull();
    expect(useNavStore.getState().section).toBe('week');
  });

  it('follows another window that removed the demo or set the region up', async () => {
    const server = fakeServer('demo');
    await useSetupStore.getState().check();
    useProfileStore.setState({ profile: { kind: 'consultant', id: 'C-02', name: 'Fatima' }, status: 'ready' });
    server.set('needed');
    handleSetupEvent({ type: 'data.changed', area: 'setup' });
    await new Promise((r) => setTimeout(r, 0));
    expect(useSetupStore.getState().status).toBe('needed');
    expect(useProfileStore.getState().profile).toBeNull();
    server.set('own');
    handleSetupEvent({ type: 'data.changed', area: 'participants' });
    await new Promise((r) => setTimeout(r, 0));
    expect(useSetupStore.getState().status).toBe('needed');
    handleSetupEvent({ type: 'data.changed', area: 'setup' });
    await new Promise((r) => setTimeout(r, 0));
    expect(useSetupStore.getState()).toMatchObject({ status: 'ready', setup: 'own' });
  });
});

describe('formErrorsOf', () => {
  it('sorts the issues onto the name, the list and the rows', () => {
    const err = new ApiError({
      code: 'invalid_input',
      message: 'x',
      issues: [
        { field: 'name', message: 'naam' },
        { field: 'gemeenten', message: 'lijst' },
        { field: 'gemeenten.0', message: 'rij' },
      ],
    });
    expect(formErrorsOf(err, [3])).toEqual({ name: 'naam', gemeenten: 'lijst', rows: { 3: 'rij' } });
    expect(formErrorsOf(new ApiError({ code: 'conflict', message: 'Al ingericht.' }), [])).toEqual({ rows: {}, other: 'Al ingericht.' });
    expect(formErrorsOf(new Error('boom'), []).other).toMatch(/onverwacht/);
  });

  it("writes the contract's refusals in the chosen language", () => {
    const nameIssue = { field: 'name', ...splitFieldMsg(labelledMsg('regionName', 'fillInName')) };
    const rowIssue = { field: 'gemeenten.0', ...splitFieldMsg(labelledMsg('gemeente', 'alreadyListed', { name: 'tiel' })) };
    const err = new ApiError({ code: 'invalid_input', message: 'x', field: 'name', issues: [nameIssue, rowIssue] });
    useLangStore.setState({ lang: 'en' });
    try {
      expect(formErrorsOf(err, [1])).toEqual({ name: 'Name of the region: fill in a name.', rows: { 1: 'Municipality: "tiel" is already in the list.' } });
    } finally {
      useLangStore.setState({ lang: 'nl' });
    }
    expect(formErrorsOf(err, [1])).toEqual({ name: 'Naam van de regio: vul een naam in.', rows: { 1: 'Gemeente: "tiel" staat al in de lijst.' } });
  });
});
