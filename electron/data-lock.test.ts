import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataFolderInUseError, LOCK_FILE_NAME } from './data-lock';

const LOCK_MODULE = fileURLToPath(new URL('./data-lock.ts', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-lock-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A second real process that takes the lock, says so, and holds it until killed. */
async function holderProcess(dataDir: string) {
  const script = `import { acquireDataLock } from ${JSON.stringify(LOCK_MODULE)}; acquireDataLock(${JSON.stringify(dataDir)}, 'browserserver'); console.log('vergrendeld'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('vergrendeld')) resolve();
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`holder stopped (${code}): ${out}`)));
  });
  return child;
}

describe('data folder lock', () => {
  it('refuses a second holder and names the first; free again after release', () => {
    const first = acquireDataLock(dir, 'desktopapp');
    let caught: unknown;
    try {
      acquireDataLock(dir, 'browserserver');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DataFolderInUseError);
    expect((caught as Error).message).toContain(`desktopapp, proces ${process.pid} op ${os.hostname()}`);
    expect((caught as Error).message).toContain(dir);
    first.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    acquireDataLock(dir, 'browserserver').release();
  });

  it('refuses while another process holds the folder, and takes over the lock once that process died', async () => {
    const child = await holderProcess(dir);
    try {
      expect(() => acquireDataLock(dir, 'desktopapp')).toThrow(new RegExp(`browserserver, proces ${child.pid} `));
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
    // The dead process left its lock file behind; it is stale now.
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(true);
    const lock = acquireDataLock(dir, 'desktopapp');
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: process.pid, program: 'desktopapp' });
    lock.release();
  }, 30_000);

  it('takes over an unreadable lock file (a crash while writing it)', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), '{"pid": 12');
    const lock = acquireDataLock(dir, 'desktopapp');
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('creates the lock file owner-only', () => {
    const lock = acquireDataLock(dir, 'desktopapp');
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dir, LOCK_FILE_NAME)).mode & 0o777).toBe(0o600);
    lock.release();
  });
});
