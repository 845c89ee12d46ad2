import type Database from 'better-sqlite3';

/**
 * The one way to write: an IMMEDIATE transaction takes the write lock up front, so two
 * processes never both read, then both fail to upgrade to a write lock halfway through.
 * Nested calls become savepoints of the outer transaction.
 */
export function writeTx<T>(db: Database.Database, fn: () => T): T {
  if (db.inTransaction) return db.transaction(fn)();
  return db.transaction(fn).immediate();
}

/** SQLite's answer when another connection holds the lock (SQLITE_BUSY and its extended codes). */
function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** One short try at BEGIN IMMEDIATE: SQLite's busy wait for at most `ms`; false while another connection keeps the write lock. */
function tryBeginImmediate(db: Database.Database, ms: number): boolean {
  const before = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${ms}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (err) {
    if (isBusy(err)) return false;
    throw err;
  } finally {
    db.pragma(`busy_timeout = ${before}`);
  }
}

/**
 * writeTx for a caller that can wait (a restore): while another connection writes without pause
 * (another window, another process) its write lock is free only for moments between its
 * transactions. SQLite's busy wait looks again only every 100 ms after its first tries and can give up after its timeout
 * without ever seeing the lock free; this tries briefly and often instead, with a turn of the
 * event loop between tries, for up to `maxWaitMs`, then throws SQLite's busy error. The
 * transaction itself (BEGIN IMMEDIATE, fn, COMMIT) runs within one turn, so no other call joins
 * it. Inside a transaction already, it is writeTx.
 */
export async function writeTxWaiting<T>(db: Database.Database, fn: () => T, opts: { maxWaitMs?: number; tryMs?: number } = {}): Promise<T> {
  if (db.inTransaction) return writeTx(db, fn);
  const deadline = Date.now() + (opts.maxWaitMs ?? 60_000);
  for (;;) {
    if (tryBeginImmediate(db, opts.tryMs ?? 25)) break;
    // The last try with SQLite's own wait: its busy error is the answer.
    if (Date.now() >= deadline) return writeTx(db, fn);
    await new Promise((resolve) => setImmediate(resolve));
  }
  try {
    const out = fn();
    db.exec('COMMIT');
    return out;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
