// Everything behind the transports: database, demo data on first start, services, dispatch.
// Both the Electron main process and the browser-mode server start exactly this.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createDispatch, type Dispatch } from '../shared/api/dispatch';
import { authorizeCall } from '../shared/api/access';
import { todayInAmsterdam } from '../shared/domain/week';
import { openDatabase } from '../db/connection';
import { ensureDemoRegion } from '../db/seed/demo-region';
import { createServices } from './services';
import { createEventBus, type EventBus } from './events';
import { DATABASE_FILE_NAME } from './paths';
import type { WorkerSpec } from './planner-jobs/plan-runner';
import type { ApiCtx } from '../shared/api/access';

export interface BackendOptions {
  dataDir: string;
  version: string;
  /** Path to an Electron-ABI build of better-sqlite3 (desktop mode only). */
  nativeBinding?: string;
  /** Fixed "today" (YYYY-MM-DD) for demos and tests; default: today in Europe/Amsterdam. */
  today?: string;
  log?: (message: string) => void;
  /** The planner's worker script (dist-electron/plan-worker.mjs beside the entry). */
  planWorker?: WorkerSpec;
}

export interface Backend {
  dispatch: Dispatch<ApiCtx>;
  events: EventBus;
  db: Database.Database;
  dataFile: string;
  seededDemo: boolean;
  close(): void;
}

export function createBackend(opts: BackendOptions): Backend {
  mkdirSync(opts.dataDir, { recursive: true });
  const dataFile = join(opts.dataDir, DATABASE_FILE_NAME);
  const db = openDatabase(dataFile, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : undefined);
  const today = () => opts.today ?? todayInAmsterdam();
  let seededDemo = false;
  try {
    seededDemo = ensureDemoRegion(db, today());
  } catch (err) {
    db.close();
    throw err;
  }
  const events = createEventBus();
  const services = createServices(db, { version: opts.version, dataFile, today, planWorker: opts.planWorker }, events);
  const dispatch = createDispatch<ApiCtx>(services, {
    // Every call is checked against the caller's profile (shared/api/access.ts).
    authorize: authorizeCall,
    onInternalError: (name, err) => opts.log?.(`Interne fout in ${name}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`),
  });
  return {
    dispatch,
    events,
    db,
    dataFile,
    seededDemo,
    close: () => db.close(),
  };
}
