// Whether the database changed since an earlier look, for caches of what is built from it.
import type { Db } from '../connection';

/**
 * total_changes() moves with every write on this connection, data_version with every commit
 * by another connection (a second app window or process): an equal stamp says "nothing changed".
 */
export function changeStamp(db: Db): string {
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const others = db.pragma('data_version', { simple: true }) as number;
  return `${own}|${others}`;
}
