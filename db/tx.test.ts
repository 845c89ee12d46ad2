// writeTxWaiting: a write that waits for the lock while another connection holds it, and gives
// up with SQLite's busy error when the lock stays taken.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTxWaiting } from './tx';

const open: Database.Database[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const d of open.splice(0)) if (d.open) d.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function twoConnections(): [Database.Database, Database.Database] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-tx-'));
  dirs.push(dir);
  const file = path.join(dir, 'x.sqlite');
  const a = new Database(file);
  a.pragma('journal_mode = WAL');
  a.exec('CREATE TABLE t (n INTEGER)');
  const b = new Database(file);
  b.pragma('busy_timeout = 100');
  open.push(a, b);
  return [a, b];
}

describe('writeTxWaiting', () => {
  it('waits for the write lock longer than the busy timeout, then writes in one transaction', async () => {
    const [a, b] = twoConnections();
    a.exec('BEGIN IMMEDIATE');
    setTimeout(() => a.exec('COMMIT'), 400);
    const out = await writeTxWaiting(b, () => {
      b.prepare('INSERT INTO t VALUES (1)').run();
      return 'klaar';
    });
    expect(out).toBe('klaar');
    expect(b.inTransaction).toBe(false);
    expect(b.pragma('busy_timeout', { simple: true })).toBe(100);
    expect(a.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
  });

  it('gives up with the busy error after its wait, and a failing write leaves nothing', async () => {
    const [a, b] = twoConnections();
    a.exec('BEGIN IMMEDIATE');
    await expect(writeTxWaiting(b, () => b.prepare('INSERT INTO t VALUES (1)').run(), { maxWaitMs: 200 })).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    a.exec('COMMIT');
    await expect(
      writeTxWaiting(b, () => {
        b.prepare('INSERT INTO t VALUES (2)').run();
        throw new Error('mis');
      }),
    ).rejects.toThrow('mis');
    expect(b.inTransaction).toBe(false);
    expect(a.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
  });
});
