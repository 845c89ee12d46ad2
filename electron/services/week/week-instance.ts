// The week as the checker sees it (its SPEC instance, the stored plan and the check of that plan),
// built once per state of the database and shared by every call that reads it: the coordinator's
// week, conflicts and layers, the consultant's toets slots and bookings, the Beheer's check of
// planned weeks. Building the instance and checking the week is the largest part of each; the
// checker's index is cached per instance object as well (shared/planner/index-instance.ts).
//
// Valid while the stamp of change-stamp.ts stays (this connection's writes, other connections'
// commits; the audit log's rows do not count). Inside a transaction a cached week is served only
// while the transaction has written nothing (the stamp moves with its first write), and what is
// built inside one is not kept: a rollback takes its writes back but not the stamp they moved.
// What is returned is frozen: a caller that changes it works on a copy (household-warnings.ts).
import type { Instance, Plan } from '../../../shared/planner/spec';
import { checkPlan, type CheckResult } from '../../../shared/planner/check';
import type { Db } from '../../../db/connection';
import { buildInstance, storedPlan } from '../../../db/instance/instance-from-db';
import { changeStamp } from '../../../db/repositories/change-stamp';

/** A week and the check of its stored plan. Frozen: copy before changing. */
export interface WeekCheck {
  instance: Instance;
  plan: Plan;
  before: CheckResult;
}

interface Entry {
  key: string;
  instance: Instance;
  plan?: Plan;
  check?: CheckResult;
}

/** A few weeks are enough: the coordinator looks at one week and its neighbours, consultants mostly at this one. */
const WEEKS_KEPT = 4;

const caches = new WeakMap<Db, Map<string, Entry>>();

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

function entryOf(db: Db, weekStart: string): Entry {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  // Read before building: a commit by another process while it builds moves the stamp past this one.
  const key = changeStamp(db);
  const hit = cache.get(weekStart);
  if (hit && hit.key === key) {
    // Least recently used goes first: a Map keeps the order of insertion.
    cache.delete(weekStart);
    cache.set(weekStart, hit);
    return hit;
  }
  const entry: Entry = { key, instance: deepFreeze(buildInstance(db, weekStart)) };
  if (db.inTransaction) return entry;
  cache.delete(weekStart);
  if (cache.size >= WEEKS_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(weekStart, entry);
  return entry;
}

/** buildInstance, reused while the database is unchanged. Frozen. */
export function weekInstance(db: Db, weekStart: string): Instance {
  return entryOf(db, weekStart).instance;
}

function planOf(db: Db, weekStart: string, e: Entry): Plan {
  return (e.plan ??= deepFreeze(storedPlan(db, weekStart, e.instance)));
}

/** The week's instance and stored plan (proposals too), reused while the database is unchanged. Frozen. */
export function weekPlan(db: Db, weekStart: string): { instance: Instance; plan: Plan } {
  const e = entryOf(db, weekStart);
  return { instance: e.instance, plan: planOf(db, weekStart, e) };
}

/** The week's instance, stored plan (proposals too) and its check, reused while the database is unchanged. Frozen. */
export function weekCheck(db: Db, weekStart: string): WeekCheck {
  const e = entryOf(db, weekStart);
  const plan = planOf(db, weekStart, e);
  e.check ??= deepFreeze(checkPlan(e.instance, plan));
  return { instance: e.instance, plan, before: e.check };
}
