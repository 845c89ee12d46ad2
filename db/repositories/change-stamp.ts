// Whether the database changed since an earlier look, for caches of what is built from it.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';

const totals = new WeakMap<Db, Statement>();
/** Rows of the audit log this connection wrote: they move total_changes() but no cache depends on them. */
const logged = new WeakMap<Db, number>();

function totalChanges(db: Db): number {
  let st = totals.get(db);
  if (!st) totals.set(db, (st = db.prepare('SELECT total_changes() AS n')));
  return (st.get() as { n: number }).n;
}

/**
 * total_changes() moves with every write on this connection (also inside a transaction, before
 * it commits, and it never goes back on a rollback), data_version with every commit by another
 * connection (a second app window or process): an equal stamp says "nothing changed". Rows
 * written through `unstamped` (the audit log) do not count: nothing built from the data reads them.
 */
export function changeStamp(db: Db): string {
  const own = totalChanges(db) - (logged.get(db) ?? 0);
  const others = db.pragma('data_version', { simple: true }) as number;
  return `${own}|${others}`;
}

/** Runs a write that no cache depends on (the audit log's rows): it leaves this connection's stamp as it was. */
export function unstamped<T>(db: Db, write: () => T): T {
  const before = totalChanges(db);
  try {
    return write();
  } finally {
    logged.set(db, (logged.get(db) ?? 0) + totalChanges(db) - before);
  }
}
