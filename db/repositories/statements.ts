// Prepared statements kept per connection. Preparing a statement costs more than running the
// small queries a read makes per client (consultant.caseload asks a handful per client and per
// child), so the queries a read repeats are prepared once. Only for fixed SQL text (a statement
// per distinct text is kept for the connection's life), and only with .get/.all/.run: a cached
// statement is shared, so no .pluck/.raw/.expand and no .iterate.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';

const caches = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let st = cache.get(sql);
  if (!st) {
    st = db.prepare(sql);
    cache.set(sql, st);
  }
  return st;
}
