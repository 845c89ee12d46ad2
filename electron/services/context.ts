import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../../db/connection';
import type { AuditContext } from '../../db/repositories/audit';
import type { EventBus } from '../events';
import type { WorkerSpec } from '../planner-jobs/plan-runner';
import type { LogSink } from '../log-file';
import { amsterdamWallClock } from '../../shared/domain/amsterdam-time';

export interface ServiceEnv {
  version: string;
  dataFile: string;
  /** Today in Europe/Amsterdam, 'YYYY-MM-DD'. */
  today: () => string;
  /** The planner's worker script; without it planner.start answers with a clear error. */
  planWorker?: WorkerSpec;
  /** Local timestamp 'YYYY-MM-DDTHH:MM:SS' for the audit log and history; injectable for tests. */
  now?: () => string;
  /** Who works in this app (one local user); written to the audit log. */
  actor?: string;
  /** Whether first start may load the demo region (false when started with --empty); default true. */
  offerDemo?: boolean;
  /** Path to an Electron-ABI build of better-sqlite3 (desktop mode): for the connections a restore opens. */
  nativeBinding?: string;
  /** The data folder's log file (electron/log-file.ts); without it errors are not written down. */
  log?: LogSink;
}

export interface ServiceDeps {
  db: Db;
  env: ServiceEnv;
  events: EventBus;
}

/** Local wall-clock time in Europe/Amsterdam, 'YYYY-MM-DDTHH:MM:SS' (one formatter, made once in shared/domain). */
export function amsterdamNow(d: Date = new Date()): string {
  return amsterdamWallClock(d.getTime());
}

export function nowOf(env: ServiceEnv): string {
  return env.now ? env.now() : amsterdamNow();
}

/**
 * The profile of the call being handled, set by createServices around every handler, so that
 * audit rows name who did it (kind:id) without every handler passing its context along.
 */
export const currentActor = new AsyncLocalStorage<string>();

export function auditContext(env: ServiceEnv, purpose: string): AuditContext {
  return { actor: currentActor.getStore() ?? env.actor ?? 'coördinator', purpose, now: () => nowOf(env) };
}
