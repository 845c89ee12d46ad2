// app.logError (the renderer's errors into the log file) and app.log (the coordinator's view of
// it), on the demo services with a real log file in a temporary data folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authorizeCall, type ApiCtx } from '../../../shared/api/access';
import type { AppEvent } from '../../../shared/api/contract';
import type { Dispatch } from '../../../shared/api/dispatch';
import { demoServices } from '../../../test/support/demo-services';
import { openLogFile, type LogSink } from '../../log-file';
import { RENDERER_ERRORS_PER_MINUTE } from './app';

const noPlanner = { file: fileURLToPath(new URL('../../../test/support/refusing-plan-worker.mjs', import.meta.url)) };

let dir: string;
let log: LogSink;
let dispatch: Dispatch<ApiCtx>;
let events: AppEvent[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'keten-applog-'));
  log = openLogFile(dir);
  ({ dispatch, events } = demoServices({ log, dataFile: join(dir, 'keten-planner.sqlite'), planWorker: noPlanner }, { authorize: authorizeCall }));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const client = (): ApiCtx => ({ transport: 'test', session: { profile: null } });
async function as(kind: 'coordinator' | 'consultant'): Promise<ApiCtx> {
  const ctx = client();
  const r = await dispatch('profile.select', kind === 'coordinator' ? { kind } : { kind, consultantId: 'C-04' }, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return ctx;
}
const fileText = () => readFileSync(log.path, 'utf8');

describe('app.logError', () => {
  it('writes the renderer error with its place and stack, before a profile is chosen too', async () => {
    const r = await dispatch(
      'app.logError',
      {
        message: "TypeError: Cannot read properties of null (reading 'length')",
        stack: "TypeError: Cannot read properties of null (reading 'length')\n    at ParticipantsPage (index.js:1:2)",
        where: 'scherm',
      },
      client(),
    );
    expect(r).toEqual({ ok: true, data: { logged: true } });
    expect(fileText()).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z ERROR \[renderer scherm\] TypeError: Cannot read properties of null \(reading 'length'\)\n {4}at ParticipantsPage \(index\.js:1:2\)\n$/,
    );
  });

  it('refuses an oversized report with a Dutch message naming the field', async () => {
    const r = await dispatch('app.logError', { message: 'x'.repeat(2001), where: 'scherm' }, client());
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'message', message: "Ongeldige invoer bij 'message': Foutmelding is te lang (max. 2000 tekens)." },
    });
    const extra = await dispatch('app.logError', { message: 'x', where: 'scherm', formulier: { naam: 'Robel' } }, client());
    expect(extra.ok).toBe(false);
  });

  it(`writes at most ${RENDERER_ERRORS_PER_MINUTE} renderer errors a minute`, async () => {
    const ctx = client();
    const answers: boolean[] = [];
    for (let i = 0; i < RENDERER_ERRORS_PER_MINUTE + 5; i++) {
      const r = await dispatch('app.logError', { message: `fout ${i}`, where: 'lus' }, ctx);
      answers.push(r.ok && (r.data as { logged: boolean }).logged);
    }
    expect(answers.filter(Boolean)).toHaveLength(RENDERER_ERRORS_PER_MINUTE);
    expect(answers.slice(-5)).toEqual([false, false, false, false, false]);
    expect(
      fileText()
        .split('\n')
        .filter((l) => l.includes('[renderer lus]')),
    ).toHaveLength(RENDERER_ERRORS_PER_MINUTE);
  });
});

describe('app.log', () => {
  it('shows the coordinator the data folder, the log file and its last lines', async () => {
    await dispatch('app.logError', { message: 'eerste', where: 'scherm' }, client());
    await dispatch('app.logError', { message: 'tweede', where: 'venster' }, client());
    const r = await dispatch('app.log', {}, await as('coordinator'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data).toEqual({
      dataFolder: dir,
      logFile: join(dir, 'logs', 'keten-planner.log'),
      lines: [expect.stringMatching(/\[renderer scherm\] eerste$/), expect.stringMatching(/\[renderer venster\] tweede$/)],
    });
  });

  it('is for the coordinator only', async () => {
    expect(await dispatch('app.log', {}, await as('consultant'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch('app.log', {}, client())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps the last 50 lines', async () => {
    for (let i = 0; i < 60; i++) log.write({ level: 'info', source: 'main', message: `regel ${i}` });
    const r = await dispatch('app.log', {}, await as('coordinator'));
    const lines = r.ok ? (r.data as { lines: string[] }).lines : [];
    expect(lines).toHaveLength(50);
    expect(lines[49]).toMatch(/regel 59$/);
  });
});

describe('services errors outside a call', () => {
  it('logs a planner run that failed', async () => {
    const coordinator = await as('coordinator');
    const started = await dispatch('planner.start', { weekStart: '2026-11-30', timeLimitSeconds: 1 }, coordinator);
    expect(started.ok).toBe(true);
    await expect.poll(() => events.some((e) => e.type === 'planner.finished' && e.state === 'failed'), { timeout: 10_000 }).toBe(true);
    expect(fileText()).toMatch(/ERROR \[services planner\] Planning van week 2026-11-30 mislukt: (De planner liep vast: )?Planner faalde: In deze test wordt niet gepland\.\n/);
  });
});
