// Crash safety, bounded for CI: a server process is killed (SIGKILL, no chance to clean up) at a
// random moment while it acknowledges writes, then started again on the same data folder, many
// times. Every write it acknowledged must be there afterwards, and every restart must pass the
// database's full integrity check (openDatabase runs it after an unclean stop, and refuses the
// file otherwise, which would fail the start).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KILLS = Number(process.env.KETEN_CRASH_KILLS ?? 50);
const dataDir = mkdtempSync(join(tmpdir(), 'keten-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  url: string;
  /** The session cookie, `name=value`. */
  token: string;
}

/** A deterministic stream of kill delays, so a failing run can be repeated. */
function delays(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return 40 + (s % 400);
  };
}

async function start(): Promise<Running> {
  const entry = join(ROOT, 'dist-electron', 'serve.mjs');
  if (!existsSync(entry)) throw new Error('dist-electron/serve.mjs ontbreekt: draai eerst `npm run build`.');
  const child = spawn(process.execPath, [entry, '--port', '0', '--data-dir', dataDir, '--today', '2026-11-25', '--demo'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server startte niet binnen 60 s:\n${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server stopte (code ${code}):\n${out}`));
    });
  });
  // The one-time launch URL gives the session cookie, as it would a browser.
  for (let i = 0; i < 200 && !/\/launch\?t=/.test(out); i++) await new Promise((r) => setTimeout(r, 50));
  const launch = /(http:\/\/127\.0\.0\.1:\d+\/launch\?t=[\w-]+)/.exec(out)?.[1];
  if (!launch) throw new Error(`Geen startlink:\n${out}`);
  const token = /(keten_lokaal_\d+=[^;]+)/.exec((await fetch(launch, { redirect: 'manual' })).headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error('De startlink gaf geen sessiecookie.');
  return { child, url, token };
}

async function call<T>(s: Running, name: string, input: unknown): Promise<T> {
  const r = await fetch(`${s.url}api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: s.token }, body: JSON.stringify(input) });
  const body = (await r.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.data as T;
}

function kill(s: Running): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGKILL');
  });
}

type Week = { sessions: { id: string; pinned: boolean; status: string }[] };
const WEEK = '2026-11-30';

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} kills during writes`, async () => {
    const next = delays(2026);
    /** Per session: the last pin state the server acknowledged, and whether a later write was in flight. */
    const acked = new Map<string, boolean>();
    const inFlight = new Set<string>();
    let writes = 0;
    let first = true;
    for (let round = 0; round < KILLS; round++) {
      const s = await start();
      await call(s, 'profile.select', { kind: 'coordinator' });
      const week = await call<Week>(s, 'week.get', { weekStart: WEEK });
      // Everything acknowledged before the last kill is there; a write in flight may or may not be.
      for (const sess of week.sessions) {
        if (acked.has(sess.id) && !inFlight.has(sess.id)) expect(sess.pinned, `sessie ${sess.id} na ronde ${round}`).toBe(acked.get(sess.id));
        if (inFlight.has(sess.id)) acked.set(sess.id, sess.pinned);
      }
      inFlight.clear();
      const ids = week.sessions.map((x) => x.id);
      if (first) expect(ids.length).toBeGreaterThan(0);
      first = false;
      const killAt = Date.now() + next();
      let i = round;
      const writing = (async () => {
        while (Date.now() < killAt + 1000) {
          const id = ids[i++ % ids.length]!;
          const pinned = !(acked.get(id) ?? week.sessions.find((x) => x.id === id)!.pinned);
          inFlight.add(id);
          try {
            await call(s, 'session.pin', { sessionId: id, pinned });
          } catch {
            return; // the server died under this request: its outcome is unknown
          }
          acked.set(id, pinned);
          inFlight.delete(id);
          writes++;
        }
      })();
      await new Promise((r) => setTimeout(r, Math.max(0, killAt - Date.now())));
      await kill(s);
      await writing;
    }
    const last = await start();
    await call(last, 'profile.select', { kind: 'coordinator' });
    const week = await call<Week>(last, 'week.get', { weekStart: WEEK });
    for (const sess of week.sessions) if (acked.has(sess.id) && !inFlight.has(sess.id)) expect(sess.pinned).toBe(acked.get(sess.id));
    await kill(last);
    console.log(`crash: ${KILLS} kills, ${writes} acknowledged writes, all present; every restart passed the integrity check`);
    expect(writes).toBeGreaterThan(KILLS);
  }, 600_000);
});
