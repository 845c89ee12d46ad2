// The week's SPEC instance, built once per state of the database. The UI asks for the planning,
// the conflicts and the layers of a week after every change; building the instance is the
// largest part of each, and the checker's index is cached per instance object as well.
import type { Instance } from '../../../shared/planner/spec';
import type { Db } from '../../../db/connection';
import { buildInstance } from '../../../db/instance/instance-from-db';
import { changeStamp } from '../../../db/repositories/change-stamp';

interface Entry {
  key: string;
  instance: Instance;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

/** buildInstance, reused while the database is unchanged. Treat the result as read-only. */
export function weekInstance(db: Db, weekStart: string): Instance {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = changeStamp(db);
  const hit = cache.get(weekStart);
  if (hit && hit.key === key) return hit.instance;
  const instance = buildInstance(db, weekStart);
  // A few weeks are enough: the coordinator looks at one week and its neighbours.
  if (cache.size >= 4 && !cache.has(weekStart)) cache.delete(cache.keys().next().value!);
  cache.set(weekStart, { key, instance });
  return instance;
}
