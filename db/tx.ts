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
