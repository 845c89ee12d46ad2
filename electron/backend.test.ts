import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../db/repositories/audit';
import type { ApiCtx } from '../shared/api/access';
import { createBackend, type Backend } from './backend';

let dir: string;
let backend: Backend;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'keten-backend-'));
  backend = createBackend({ dataDir: dir, version: 't', today: '2026-11-25', firstStart: 'demo' });
});
afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): ApiCtx => ({ transport: 'test', session: { profile: null } });

describe('backend', () => {
  it('audits a refused call with who tried it, without the refusal text', async () => {
    const liaison = ctx();
    const options = await backend.dispatch('profile.options', {}, liaison);
    if (!options.ok) throw new Error(options.error.message);
    const school = (options.data as { schools: { id: string }[] }).schools[0]!;
    expect((await backend.dispatch('profile.select', { kind: 'liaison', schoolId: school.id }, liaison)).ok).toBe(true);
    expect(await backend.dispatch('week.get', { weekStart: '2026-11-23' }, liaison)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const refused = listAudit(backend.db, { entity: 'call' }).filter((a) => a.action === 'refused');
    expect(refused).toEqual([expect.objectContaining({ actor: `liaison:${school.id}`, entityId: 'week.get', purpose: 'geweigerde aanroep', details: null })]);
    expect(refused[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("writes its start and the services' internal errors to the log file, without the call's input", async () => {
    const coordinator = ctx();
    expect((await backend.dispatch('profile.select', { kind: 'coordinator' }, coordinator)).ok).toBe(true);
    expect(backend.log.path).toBe(join(dir, 'logs', 'keten-planner.log'));
    expect(readFileSync(backend.log.path, 'utf8')).toMatch(/^\S+Z INFO \[main\] Keten Planner t gestart \(browserserver, schema \d+\)\.\n$/);
    // A broken database under a running app: every call fails inside the services.
    backend.db.close();
    const r = await backend.dispatch('participants.search', { query: 'Robel Kidane' }, coordinator);
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'Interne fout in participants.search.' } });
    const text = readFileSync(backend.log.path, 'utf8');
    expect(text).toMatch(/\n\S+Z ERROR \[services\] Interne fout in participants\.search: TypeError: The database connection is not open\n {4}at /);
    expect(text).not.toContain('Robel');
  });
});
