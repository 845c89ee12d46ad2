// Issue 14, "last seat sold twice", with the folder lock removed by hand: two real backend
// processes on one data folder (test/support/backend-process.ts, `lock: false`) each book the
// last free trial seat for a different client at the same moment, round after round. Never do
// both get it and never is the lesson over capacity: the seat is counted inside the booking's
// IMMEDIATE transaction, which SQLite hands to one process at a time. Needs no build.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/errors';
import { openDatabase, type Db } from '../../db/connection';
import { countTrialBookings } from '../../db/repositories/bookings';
import { setTrialSeats } from '../../db/repositories/test-helpers-demo';
import { DATABASE_FILE_NAME } from '../../electron/paths';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = join(ROOT, 'test', 'support', 'backend-process.ts');
const TODAY = '2026-11-25';
const CLASS = 'K-MERW-ALFA-1';
const LESSON = '2026-12-01T09:00';
const ROUNDS = 30;

interface BackendProcess {
  call(name: string, input: unknown, at?: number): Promise<ApiResult<unknown>>;
  stop(): Promise<void>;
}

async function startProcess(dataDir: string): Promise<BackendProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', ENTRY, dataDir, TODAY], { cwd: ROOT });
  let out = '';
  let errors = '';
  const waiting = new Map<number, (r: ApiResult<unknown>) => void>();
  let nextId = 1;
  child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Proces startte niet binnen 60 s:\n${errors}`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line === 'klaar') {
          clearTimeout(timer);
          resolve();
        } else if (line.startsWith('{')) {
          const msg = JSON.parse(line) as { id: number; result: ApiResult<unknown> };
          waiting.get(msg.id)?.(msg.result);
          waiting.delete(msg.id);
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Proces stopte (code ${code}):\n${errors}`));
    });
  });
  return {
    call: (name, input, at) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        child.stdin.write(`${JSON.stringify({ id, name, input, at })}\n`);
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin.end();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

const ok = (r: ApiResult<unknown>) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Record<string, unknown>;
};

describe('two processes on one data folder, the lock removed', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'keten-last-seat-'));
  let first: BackendProcess;
  let second: BackendProcess;
  let db: Db;

  beforeAll(async () => {
    first = await startProcess(dataDir); // makes the demo region
    second = await startProcess(dataDir);
    db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
  });
  afterAll(async () => {
    db?.close();
    await Promise.all([first?.stop(), second?.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`sells the last trial seat once in each of ${ROUNDS} rounds`, async () => {
    const seats = countTrialBookings(db, CLASS, LESSON) + 1;
    setTrialSeats(db, { classId: CLASS }, seats);
    ok(await first.call('profile.select', { kind: 'consultant', consultantId: 'C-04' }));
    ok(await second.call('profile.select', { kind: 'consultant', consultantId: 'C-04' }));
    for (let round = 1; round <= ROUNDS; round++) {
      // Both start their booking at the same moment, a little ahead so both are waiting for it.
      const at = Date.now() + 60;
      const [a, b] = await Promise.all([
        first.call('trial.book', { participantId: 'P-029', lessons: [{ classId: CLASS, start: LESSON }] }, at),
        second.call('trial.book', { participantId: 'P-030', lessons: [{ classId: CLASS, start: LESSON }] }, at),
      ]);
      expect([a.ok, b.ok].filter(Boolean), `ronde ${round}: ${JSON.stringify([a, b])}`).toHaveLength(1);
      const loser = a.ok ? b : a;
      expect(loser.ok ? null : loser.error, `ronde ${round}`).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Geen vrije proeflesplek meer in /) });
      expect(countTrialBookings(db, CLASS, LESSON), `ronde ${round}`).toBe(seats);
      // The winner gives the seat back for the next round.
      const [winner, result] = a.ok ? [first, a] : [second, b];
      const booking = (ok(result).bookings as { bookingId: string }[])[0]!;
      expect(ok(await winner.call('trial.cancel', { bookingId: booking.bookingId }))).toEqual({ cancelled: true });
      expect(countTrialBookings(db, CLASS, LESSON)).toBe(seats - 1);
    }
  }, 120_000);
});
