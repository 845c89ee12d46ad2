// First start through the backend both transports use: an empty data folder is "not set up" until
// an own region or the demo is chosen; the demo can be removed in one step, an own region cannot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent, CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { ApiCtx } from '../../../shared/api/access';
import type { ApiErrorData } from '../../../shared/api/errors';
import { listAudit } from '../../../db/repositories/audit';
import { insertRun } from '../../../db/repositories/planner-runs';
import { rowCountsByTable } from '../../../db/repositories/test-helpers';
import { createBackend, type Backend, type FirstStart } from '../../backend';

const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function start(firstStart?: FirstStart, dataDir?: string): { backend: Backend; events: AppEvent[]; dataDir: string } {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'keten-setup-'));
  if (!dataDir) dirs.push(dir);
  const backend = createBackend({ dataDir: dir, version: 't', today: '2026-11-25', ...(firstStart ? { firstStart } : {}) });
  backends.push(backend);
  const events: AppEvent[] = [];
  backend.events.on((e) => events.push(e));
  return { backend, events, dataDir: dir };
}

const client = (): ApiCtx => ({ transport: 'test', session: { profile: null } });

async function ok<N extends CallName>(b: Backend, ctx: ApiCtx, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await b.dispatch(name, input, ctx);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.data as CallOutput<N>;
}

async function fails(b: Backend, ctx: ApiCtx, name: CallName, input: unknown): Promise<ApiErrorData> {
  const r = await b.dispatch(name, input, ctx);
  if (r.ok) throw new Error(`${name} had moeten falen`);
  return r.error;
}

async function coordinator(b: Backend): Promise<ApiCtx> {
  const ctx = client();
  await ok(b, ctx, 'profile.select', { kind: 'coordinator' });
  return ctx;
}

describe('first start', () => {
  it('leaves a new database empty and says setup is needed', async () => {
    const { backend } = start();
    expect(backend.seededDemo).toBe(false);
    const info = await ok(backend, client(), 'app.info', {});
    expect(info).toMatchObject({ setup: 'needed', demoAvailable: true, regionName: 'Nog geen regio', today: '2026-11-25' });
    expect(await ok(backend, client(), 'profile.options', {})).toEqual({ consultants: [], schools: [] });
    expect(Object.values(rowCountsByTable(backend.db)).every((n) => n === 0)).toBe(true);
  });

  it('seeds the demo without asking with --demo, and leaves an existing database as it is', async () => {
    const first = start('demo');
    expect(first.backend.seededDemo).toBe(true);
    expect(await ok(first.backend, client(), 'app.info', {})).toMatchObject({ setup: 'demo', regionName: 'Regio Alblasserwaard-Vijfheerenlanden' });
    const before = rowCountsByTable(first.backend.db);
    first.backend.close();
    backends.splice(backends.indexOf(first.backend), 1);
    // Started again without a flag (as the desktop app does): the demo stays, nothing is added.
    const again = start(undefined, first.dataDir);
    expect(again.backend.seededDemo).toBe(false);
    expect(await ok(again.backend, client(), 'app.info', {})).toMatchObject({ setup: 'demo' });
    expect(rowCountsByTable(again.backend.db)).toEqual(before);
  });

  it('offers no demo when started with --empty', async () => {
    const { backend } = start('empty');
    expect(await ok(backend, client(), 'app.info', {})).toMatchObject({ setup: 'needed', demoAvailable: false });
    const refused = await fails(backend, client(), 'setup.loadDemo', {});
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/demoregio is hier niet beschikbaar/) });
    expect(await ok(backend, client(), 'app.info', {})).toMatchObject({ setup: 'needed' });
  });
});

describe('setup.createRegion', () => {
  it('names the field in Dutch for a missing name, no gemeente, an empty row and a duplicate', async () => {
    const { backend } = start();
    const ctx = client();
    expect(await fails(backend, ctx, 'setup.createRegion', { name: '  ', gemeenten: ['Tiel'] })).toMatchObject({
      code: 'invalid_input',
      field: 'name',
      message: "Ongeldige invoer bij 'name': Naam van de regio: vul een naam in.",
    });
    expect(await fails(backend, ctx, 'setup.createRegion', { name: 'Rivierenland', gemeenten: [] })).toMatchObject({
      field: 'gemeenten',
      issues: [{ field: 'gemeenten', message: 'Gemeenten: vul ten minste één gemeente in.' }],
    });
    expect(await fails(backend, ctx, 'setup.createRegion', { name: 'Rivierenland', gemeenten: ['Tiel', ''] })).toMatchObject({
      issues: [{ field: 'gemeenten.1', message: 'Gemeente: vul een naam in of haal de regel weg.' }],
    });
    expect(await fails(backend, ctx, 'setup.createRegion', { name: 'Rivierenland', gemeenten: ['Tiel', 'Buren', ' tiel '] })).toMatchObject({
      issues: [{ field: 'gemeenten.2', message: 'Gemeente: "tiel" staat al in de lijst.' }],
    });
    expect(await ok(backend, ctx, 'app.info', {})).toMatchObject({ setup: 'needed' });
  });

  it('sets up an own region once, audits it, tells every window, and refuses a second setup', async () => {
    const { backend, events } = start();
    const ctx = client();
    expect(await ok(backend, ctx, 'setup.createRegion', { name: ' Rivierenland ', gemeenten: ['Tiel', 'West Betuwe'] })).toEqual({
      name: 'Rivierenland',
      gemeenten: ['Tiel', 'West Betuwe'],
    });
    expect(events).toContainEqual({ type: 'data.changed', area: 'setup' });
    expect(await ok(backend, ctx, 'app.info', {})).toMatchObject({ setup: 'own', regionName: 'Rivierenland' });
    const overview = await ok(backend, await coordinator(backend), 'region.overview', {});
    expect(overview.gemeenten).toEqual(['Tiel', 'West Betuwe']);
    expect(Object.values(overview.counts).every((n) => n === 0)).toBe(true);
    expect(listAudit(backend.db, { entity: 'region' })).toEqual([
      expect.objectContaining({ action: 'create', actor: 'coördinator', purpose: 'Eigen regio ingericht bij eerste start' }),
    ]);

    const second = await fails(backend, client(), 'setup.createRegion', { name: 'Anders', gemeenten: ['Buren'] });
    expect(second).toEqual({ code: 'conflict', message: 'Deze app is al ingericht (Rivierenland). Een tweede regio kan niet worden aangemaakt.' });
    expect((await fails(backend, client(), 'setup.loadDemo', {})).code).toBe('conflict');
    expect(await ok(backend, ctx, 'app.info', {})).toMatchObject({ regionName: 'Rivierenland' });
  });

  it('lets only one of two windows that set up at the same time win', async () => {
    const { backend } = start();
    const results = await Promise.all([
      backend.dispatch('setup.createRegion', { name: 'Eerste', gemeenten: ['Tiel'] }, client()),
      backend.dispatch('setup.createRegion', { name: 'Tweede', gemeenten: ['Buren'] }, client()),
      backend.dispatch('setup.loadDemo', {}, client()),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(await ok(backend, client(), 'app.info', {})).toMatchObject({ setup: 'own', regionName: 'Eerste' });
  });
});

describe('setup.loadDemo and setup.removeDemo', () => {
  it('loads the demo around this week, then removes every row of it, leaving a database that is not set up', async () => {
    const { backend, events } = start();
    const loaded = await ok(backend, client(), 'setup.loadDemo', {});
    expect(loaded).toMatchObject({ name: 'Regio Alblasserwaard-Vijfheerenlanden' });
    expect(loaded.participants).toBeGreaterThan(100);
    expect(await ok(backend, client(), 'app.info', {})).toMatchObject({ setup: 'demo' });
    const coord = await coordinator(backend);
    const week = await ok(backend, coord, 'week.get', { weekStart: '2026-11-23' });
    expect(week.sessions.length).toBeGreaterThan(0);

    // A consultant in another window: the removal takes their profile away too.
    const consultant = client();
    await ok(backend, consultant, 'profile.select', { kind: 'consultant', consultantId: 'C-02' });

    expect((await fails(backend, coord, 'setup.removeDemo', {})).code).toBe('invalid_input');
    expect((await fails(backend, consultant, 'setup.removeDemo', { confirm: true })).code).toBe('forbidden');
    expect((await fails(backend, client(), 'setup.removeDemo', { confirm: true })).code).toBe('forbidden');
    const auditRowsBefore = rowCountsByTable(backend.db).audit_log;

    expect(await ok(backend, coord, 'setup.removeDemo', { confirm: true })).toEqual({ removed: 'Regio Alblasserwaard-Vijfheerenlanden' });
    expect(events.filter((e) => e.type === 'data.changed' && e.area === 'setup')).toHaveLength(2);
    const counts = rowCountsByTable(backend.db);
    for (const [table, n] of Object.entries(counts)) if (table !== 'audit_log') expect(n, table).toBe(0);
    expect(counts.audit_log).toBe(auditRowsBefore + 1);
    const removal = listAudit(backend.db, { entity: 'region', limit: 1 })[0]!;
    expect(removal).toMatchObject({ action: 'delete', actor: 'coordinator', purpose: 'Demoregio verwijderd', details: { demo: true } });

    expect(await ok(backend, client(), 'app.info', {})).toMatchObject({ setup: 'needed', regionName: 'Nog geen regio' });
    expect(await ok(backend, coord, 'profile.current', {})).toEqual({ profile: null });
    expect(await ok(backend, consultant, 'profile.current', {})).toEqual({ profile: null });
    // And the app can be set up again.
    await ok(backend, client(), 'setup.createRegion', { name: 'Rivierenland', gemeenten: ['Tiel'] });
    expect(await ok(backend, client(), 'app.info', {})).toMatchObject({ setup: 'own' });
  });

  it('refuses to remove an own region, or a demo while the planner runs', async () => {
    const own = start();
    await ok(own.backend, client(), 'setup.createRegion', { name: 'Rivierenland', gemeenten: ['Tiel'] });
    const refused = await fails(own.backend, await coordinator(own.backend), 'setup.removeDemo', { confirm: true });
    expect(refused).toEqual({ code: 'conflict', message: 'Dit is een eigen regio, geen demoregio. Een eigen regio wordt niet in één keer verwijderd.' });
    expect(await ok(own.backend, client(), 'app.info', {})).toMatchObject({ setup: 'own' });

    const demo = start('demo');
    insertRun(demo.backend.db, { id: 'run-1', weekStart: '2026-11-23', seed: 1, timeLimitMs: 1000, startedAt: '2026-11-25T09:00:00' });
    const busy = await fails(demo.backend, await coordinator(demo.backend), 'setup.removeDemo', { confirm: true });
    expect(busy).toMatchObject({ code: 'conflict', message: expect.stringMatching(/planner is nog bezig/) });
    expect(await ok(demo.backend, client(), 'app.info', {})).toMatchObject({ setup: 'demo' });
  });
});
