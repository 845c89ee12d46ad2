// Everything behind the transports: database, the first-start choice, services, dispatch.
// Both the Electron main process and the browser-mode server start exactly this.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createDispatch, type Dispatch } from '../shared/api/dispatch';
import { authorizeCall } from '../shared/api/access';
import { todayInAmsterdam } from '../shared/domain/week';
import { openDatabase, writeTx } from '../db/connection';
import { schemaVersion } from '../db/migrations';
import { writeAudit } from '../db/repositories/audit';
import { actorOf } from './services/audit/profile-audit';
import { amsterdamNow } from './services/context';
import { ensureDemoRegion } from '../db/seed/demo-region';
import { dailyBackup } from '../db/backup';
import { createServices } from './services';
import { createEventBus, type EventBus } from './events';
import { DATABASE_FILE_NAME } from './paths';
import { acquireDataLock } from './data-lock';
import { describeError, openLogFile, type LogSink } from './log-file';
import type { WorkerSpec } from './planner-jobs/plan-runner';
import type { ApiCtx, ClientSession } from '../shared/api/access';

/**
 * What an empty database becomes: 'ask' (the app's first-start screen asks for an own region or
 * the demo), 'demo' (the demo is seeded without asking) or 'empty' (no demo: the app asks only
 * for an own region). A database that has a region is never changed by it.
 */
export type FirstStart = 'ask' | 'demo' | 'empty';

export interface BackendOptions {
  dataDir: string;
  version: string;
  /** Path to an Electron-ABI build of better-sqlite3 (desktop mode only). */
  nativeBinding?: string;
  /** Fixed "today" (YYYY-MM-DD) for demos and tests; default: today in Europe/Amsterdam. */
  today?: string;
  /** Also told about the services' internal errors (the server prints them); the log file always is. */
  log?: (message: string) => void;
  /** The planner's worker script (dist-electron/plan-worker.mjs beside the entry). */
  planWorker?: WorkerSpec;
  /** Who holds the data folder, as a refusal to a second process names it. */
  program?: string;
  /**
   * Tests only: `false` serves the folder without taking its lock, so a test can run two
   * processes on one database file and show that no seat is sold twice without the lock
   * (test/support/backend-process.ts). The app and the server never pass it.
   */
  lock?: boolean;
  /** See FirstStart; default 'ask'. */
  firstStart?: FirstStart;
}

export interface Backend {
  dispatch: Dispatch<ApiCtx>;
  events: EventBus;
  db: Database.Database;
  dataFile: string;
  seededDemo: boolean;
  /** The data folder's log file (logs/keten-planner.log). */
  log: LogSink;
  close(): void;
}

export function createBackend(opts: BackendOptions): Backend {
  // Owner-only: the folder holds special personal data (its mode applies only when it is created).
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const dataFile = join(opts.dataDir, DATABASE_FILE_NAME);
  const log = openLogFile(opts.dataDir);
  const program = opts.program ?? (opts.nativeBinding ? 'desktopapp' : 'browserserver');
  const lock = opts.lock === false ? { release: () => {} } : acquireDataLock(opts.dataDir, program);
  let db: Database.Database;
  try {
    db = openDatabase(dataFile, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : undefined);
  } catch (err) {
    lock.release();
    throw err;
  }
  const today = () => opts.today ?? todayInAmsterdam();
  const firstStart = opts.firstStart ?? 'ask';
  let seededDemo = false;
  try {
    if (firstStart === 'demo') seededDemo = ensureDemoRegion(db, today());
  } catch (err) {
    db.close();
    lock.release();
    throw err;
  }
  const events = createEventBus();
  const services = createServices(
    db,
    { version: opts.version, dataFile, today, planWorker: opts.planWorker, offerDemo: firstStart !== 'empty', log, nativeBinding: opts.nativeBinding },
    events,
  );
  const checked = createDispatch<ApiCtx>(services, {
    // Every call is checked against the caller's profile (shared/api/access.ts).
    authorize: authorizeCall,
    // The call's name and the error, never its input: that may name people.
    onInternalError: (name, err) => {
      const { message, stack } = describeError(err);
      log.write({ level: 'error', source: 'services', message: `Interne fout in ${name}: ${message}`, stack });
      opts.log?.(`Interne fout in ${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    },
  });
  log.write({ level: 'info', source: 'main', message: `Keten Planner ${opts.version} gestart (${program}, schema ${schemaVersion(db)}).` });
  // The automatic daily backup (the last 14 are kept in the data folder's backups/): a minute
  // after start (not slowing the start) and, for an app left running, looked at every hour.
  const backupToday = () => {
    if (!db.open || opts.lock === false) return;
    dailyBackup(db, opts.dataDir, today()).catch((err: unknown) => {
      const { message, stack } = describeError(err);
      log.write({ level: 'error', source: 'main', message: `Automatische back-up mislukt: ${message}`, stack });
    });
  };
  const firstBackup = setTimeout(backupToday, 60 * 1000);
  firstBackup.unref();
  const backupTimer = setInterval(backupToday, 60 * 60 * 1000);
  backupTimer.unref();
  // A refused call leaves a trace too (who tried what); the refusal's text is not kept, since it
  // may name the person the caller was refused.
  // A profile chosen before the region was set up or removed points at people who may no longer
  // exist (or, in a new region, at someone else with the same id): each client chooses again.
  let setupGeneration = 0;
  events.on((e) => {
    if (e.type === 'data.changed' && e.area === 'setup') setupGeneration++;
  });
  const generationOf = new WeakMap<ClientSession, number>();
  const handle: Dispatch<ApiCtx> = async (name, input, ctx) => {
    const seen = generationOf.get(ctx.session);
    if (seen !== setupGeneration) {
      if (seen !== undefined) ctx.session.profile = null;
      generationOf.set(ctx.session, setupGeneration);
    }
    const result = await checked(name, input, ctx);
    if (!result.ok && result.error.code === 'forbidden') {
      const audit = { actor: actorOf(ctx.session.profile), purpose: 'geweigerde aanroep', now: () => amsterdamNow() };
      writeTx(db, () => writeAudit(db, audit, 'refused', 'call', name, result.error.field ? { field: result.error.field } : undefined));
    }
    return result;
  };
  // A restore copies a backup into the open file under SQLite's write lock, across a few turns of
  // the event loop; a write by this process meanwhile would wait on that lock synchronously and
  // stall the loop the copy needs. So calls that arrive during a restore wait for it to finish.
  let restoring: Promise<unknown> | null = null;
  const dispatch: Dispatch<ApiCtx> = async (name, input, ctx) => {
    while (restoring) await restoring.catch(() => undefined);
    if (name !== 'data.restore') return handle(name, input, ctx);
    const running = handle(name, input, ctx);
    restoring = running;
    try {
      return await running;
    } finally {
      if (restoring === running) restoring = null;
    }
  };
  return {
    dispatch,
    events,
    db,
    dataFile,
    seededDemo,
    log,
    close: () => {
      clearTimeout(firstBackup);
      clearInterval(backupTimer);
      db.close();
      lock.release();
    },
  };
}
