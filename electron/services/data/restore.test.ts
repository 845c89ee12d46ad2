// Restoring a backup in the app (issue 11 item 7), through the backend both transports use: the
// list of backups, a restore while another connection writes, and refusals that change nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent, CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { ApiCtx } from '../../../shared/api/access';
import type { ApiErrorData } from '../../../shared/api/errors';
import { renderMsg } from '../../../shared/messages';
import { openDatabase, type Db } from '../../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { listAudit } from '../../../db/repositories/audit';
import { corruptPages, integrity, markNewerSchema, regionName, touchRegion } from '../../../db/repositories/test-helpers-backup';
import { createBackend, type Backend } from '../../backend';

const dirs: string[] = [];
const backends: Backend[] = [];
const others: Db[] = [];
afterEach(() => {
  for (const o of others.splice(0)) if (o.open) o.close();
  for (const b of backends.splice(0)) b.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function start(): { backend: Backend; events: AppEvent[]; dataDir: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-restore-'));
  dirs.push(dataDir);
  const backend = createBackend({ dataDir, version: 't', today: '2026-11-25', firstStart: 'demo' });
  backends.push(backend);
  const events: AppEvent[] = [];
  backend.events.on((e) => events.push(e));
  return { backend, events, dataDir };
}

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
  const ctx: ApiCtx = { transport: 'test', session: { profile: null } };
  await ok(b, ctx, 'profile.select', { kind: 'coordinator' });
  return ctx;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Another process writing to the file as fast as it can (test/support/region-writer-process.ts). */
function startWriter(file: string): { count(): Promise<number>; stop(): Promise<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/support/region-writer-process.ts'), file], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((n: number) => void)[] = [];
  lines.on('line', (l) => waiting.shift()?.(Number(l)));
  const ask = (line: string) =>
    new Promise<number>((resolve) => {
      waiting.push(resolve);
      child.stdin!.write(`${line}\n`);
    });
  return {
    // A little time first, so the writer is under way.
    count: async () => {
      await new Promise((r) => setTimeout(r, 300));
      return ask('tel');
    },
    stop: async () => {
      const n = await ask('stop');
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
      return n;
    },
  };
}

const write = (file: string, offset: number, bytes: Buffer) => {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, bytes, 0, bytes.length, offset);
  fs.closeSync(fd);
};

/** A file's bytes as the app's "choose a file" sends them. */
const upload = (file: string, fileName = 'kopie.sqlite'): CallInput<'data.restore'> => ({
  source: 'file',
  fileName,
  gzipBase64: gzipSync(fs.readFileSync(file)).toString('base64'),
});

describe('restore in the app', () => {
  it('lists the backups and restores one while another connection writes; the current data is kept', async () => {
    const { backend, events, dataDir } = start();
    const ctx = await coordinator(backend);
    expect(await ok(backend, ctx, 'data.backups', {})).toEqual({ folder: path.join(dataDir, 'backups'), items: [] });
    const made = await ok(backend, ctx, 'data.backup', {});
    const original = regionName(backend.db);
    const list = await ok(backend, ctx, 'data.backups', {});
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ name: path.basename(made.file), at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/) });
    expect(list.items[0]!.size).toBeGreaterThan(100_000);

    // The change after the backup, and another connection that keeps writing throughout.
    touchRegion(backend.db, 0);
    expect(regionName(backend.db)).toBe('Regio 0');
    const writer = startWriter(backend.dataFile);
    const atStart = await writer.count();
    const done = await ok(backend, ctx, 'data.restore', { source: 'backup', name: list.items[0]!.name });
    const atEnd = await writer.count();
    await writer.stop();
    expect(atStart).toBeGreaterThan(0);
    expect(atEnd).toBeGreaterThan(atStart); // the other connection wrote while the restore ran
    const other = openDatabase(backend.dataFile);
    others.push(other);
    expect(done.message).toMatch(/^Back-up teruggezet: handmatig-.*\.sqlite\. De gegevens van daarvoor zijn bewaard als voor-herstel-.*\.sqlite\.$/);

    // The data of before, with the other connection's writes up to then, kept in backups/.
    const kept = openDatabase(path.join(dataDir, 'backups', done.kept));
    others.push(kept);
    const keptNumber = Number(/^Regio (\d+)$/.exec(regionName(kept))?.[1]);
    expect(keptNumber).toBeGreaterThanOrEqual(atStart);
    // The backup's data, or a write the other connection made after the restore; never one from before it.
    const now = regionName(backend.db);
    if (now !== original) expect(Number(/^Regio (\d+)$/.exec(now)?.[1])).toBeGreaterThan(keptNumber);
    expect(regionName(other)).toBe(now);
    expect(integrity(backend.db)).toBe('ok');
    // Without the other connection: the backup's data exactly.
    await ok(backend, ctx, 'profile.select', { kind: 'coordinator' });
    await ok(backend, ctx, 'data.restore', { source: 'backup', name: list.items[0]!.name });
    expect(regionName(backend.db)).toBe(original);

    expect(regionName(other)).toBe(original);
    // The services work on the restored data (the same connection, the folder's lock still held);
    // the window chooses its profile again, as after any change of region.
    expect((await fails(backend, ctx, 'region.overview', {})).code).toBe('forbidden');
    await ok(backend, ctx, 'profile.select', { kind: 'coordinator' });
    expect((await ok(backend, ctx, 'app.info', {})).regionName).toBe(original);
    expect((await ok(backend, ctx, 'data.backups', {})).items.map((i) => i.name)).toContain(done.kept);
    // Audited, and every window starts afresh.
    expect(listAudit(backend.db, { entity: 'database' })[0]).toMatchObject({
      action: 'update',
      entityId: 'restore',
      purpose: 'back-up teruggezet',
      details: { from: list.items[0]!.name },
    });
    expect(events).toContainEqual({ type: 'data.changed', area: 'setup' });
  });

  it('refuses a corrupt file and a file from a newer version, and nothing changes', async () => {
    const { backend, events, dataDir } = start();
    const ctx = await coordinator(backend);
    const made = await ok(backend, ctx, 'data.backup', {});
    touchRegion(backend.db, 7);
    const before = fs.readdirSync(path.join(dataDir, 'backups')).sort();

    const broken = path.join(dataDir, 'kapot.sqlite');
    fs.copyFileSync(made.file, broken);
    corruptPages(broken, write);
    const corrupt = await fails(backend, ctx, 'data.restore', upload(broken, 'kapot.sqlite'));
    expect(corrupt.code).toBe('conflict');
    expect(corrupt.message).toBe('Dit bestand is geen bruikbare back-up van Keten Planner (beschadigd). Er is niets gewijzigd.');
    expect(corrupt.message).not.toContain(dataDir);
    // The refusal is a message: the screen writes it in the reader's language.
    expect(corrupt.msg && renderMsg(corrupt.msg, 'en')).toBe('This file is not a usable Keten Planner backup (damaged). Nothing was changed.');

    const newer = path.join(dataDir, 'backups', 'nieuwer.sqlite');
    fs.copyFileSync(made.file, newer);
    markNewerSchema(newer, LATEST_SCHEMA_VERSION + 1);
    const tooNew = await fails(backend, ctx, 'data.restore', { source: 'backup', name: 'nieuwer.sqlite' });
    expect(tooNew).toMatchObject({
      code: 'conflict',
      message: `Deze back-up is gemaakt met een nieuwere versie van Keten Planner (schemaversie ${LATEST_SCHEMA_VERSION + 1}; deze versie kent t/m ${LATEST_SCHEMA_VERSION}). Er is niets gewijzigd. Installeer eerst de nieuwste versie.`,
    });
    const garbage = await fails(backend, ctx, 'data.restore', { source: 'file', fileName: 'x.sqlite', gzipBase64: Buffer.from('geen gzip').toString('base64') });
    expect(garbage).toMatchObject({ code: 'invalid_input', field: 'gzipBase64' });
    const text = await fails(backend, ctx, 'data.restore', upload(path.join(dataDir, 'logs', fs.readdirSync(path.join(dataDir, 'logs'))[0]!), 'log.txt'));
    expect(text.message).toContain('geen SQLite-bestand');
    expect(text.msg && renderMsg(text.msg, 'en')).toMatch(/^This file is not a usable Keten Planner backup \(not an SQLite file.*\)\. Nothing was changed\.$/);
    expect(tooNew.msg && renderMsg(tooNew.msg, 'en')).toMatch(/^This backup was made with a newer version of Keten Planner \(schema version \d+;/);
    expect((await fails(backend, ctx, 'data.restore', { source: 'backup', name: 'bestaat-niet.sqlite' })).code).toBe('not_found');
    expect((await fails(backend, ctx, 'data.restore', { source: 'backup', name: '../keten-planner.sqlite' })).code).toBe('invalid_input');

    // Nothing changed: the data, the backups folder (no kept copy, no upload left), no event.
    expect(regionName(backend.db)).toBe('Regio 7');
    expect(fs.readdirSync(path.join(dataDir, 'backups')).sort()).toEqual([...before, 'nieuwer.sqlite'].sort());
    expect(events.filter((e) => e.type === 'data.changed' && e.area === 'setup')).toEqual([]);
  });

  it('a call that arrives during a restore waits for it, and answers from the restored data', async () => {
    const { backend } = start();
    const ctx = await coordinator(backend);
    const made = await ok(backend, ctx, 'data.backup', {});
    const original = regionName(backend.db);
    touchRegion(backend.db, 3);
    const restoring = ok(backend, ctx, 'data.restore', { source: 'backup', name: path.basename(made.file) });
    const info = ok(backend, { transport: 'test', session: { profile: null } }, 'app.info', {});
    expect((await info).regionName).toBe(original);
    await restoring;
  });

  it('a chosen file is restored; a consultant may not, and on the team server only a beheerder', async () => {
    const { backend } = start();
    const ctx = await coordinator(backend);
    const made = await ok(backend, ctx, 'data.backup', {});
    const original = regionName(backend.db);
    touchRegion(backend.db, 9);
    expect((await ok(backend, ctx, 'data.restore', upload(made.file, 'mijn kopie.sqlite'))).message).toMatch(/^Back-up teruggezet: mijn kopie\.sqlite\./);
    expect(regionName(backend.db)).toBe(original);

    const consultant: ApiCtx = { transport: 'test', session: { profile: null } };
    await ok(backend, consultant, 'profile.select', { kind: 'consultant', consultantId: 'C-01' });
    expect((await fails(backend, consultant, 'data.backups', {})).code).toBe('forbidden');
    const coordAccount: ApiCtx = {
      transport: 'test',
      session: { profile: { kind: 'coordinator', id: null, name: 'Coördinator' }, account: { id: 'a1', username: 'coord', role: 'coordinator' } },
    };
    expect(await fails(backend, coordAccount, 'data.restore', { source: 'backup', name: path.basename(made.file) })).toMatchObject({
      code: 'forbidden',
      message: 'Alleen de beheerder zet een back-up terug.',
    });
    const beheerder: ApiCtx = {
      transport: 'test',
      session: { profile: { kind: 'coordinator', id: null, name: 'Coördinator' }, account: { id: 'a2', username: 'baas', role: 'beheerder' } },
    };
    expect((await ok(backend, beheerder, 'data.backups', {})).items.length).toBeGreaterThan(0);
  });
});
