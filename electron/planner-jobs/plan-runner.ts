// Starts a planning run in a worker thread with progress and cancellation.
import { Worker } from 'node:worker_threads';
import type { Instance, Plan, PlanSession, Seat, ChildcareBooking } from '../../shared/planner/spec';

export interface RunOptions {
  fixed?: { sessions?: PlanSession[]; seats?: Seat[]; childcare?: ChildcareBooking[] };
  timeLimitMs?: number;
  seed?: number;
}

export interface WorkerInput {
  instance: Instance;
  options: RunOptions;
  cancelFlag: SharedArrayBuffer;
}

export type Progress = { fraction: number; phase: string; cost?: number };

export type WorkerMessage = { type: 'progress'; progress: Progress } | { type: 'done'; plan: Plan; cancelled: boolean } | { type: 'error'; message: string };

export interface PlanRun {
  result: Promise<{ plan: Plan; cancelled: boolean }>;
  cancel(): void;
}

export interface WorkerSpec {
  /** The worker script: the bundled dist-electron/plan-worker.mjs, or a bootstrap under tests. */
  file: string;
  /** Extra fields for the bootstrap (tests pass the TypeScript entry this way). */
  extraData?: Record<string, unknown>;
}

export function startPlanRun(worker: WorkerSpec, instance: Instance, options: RunOptions, onProgress?: (p: Progress) => void): PlanRun {
  const cancelFlag = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancelFlag);
  const input: WorkerInput = { instance, options, cancelFlag };
  const w = new Worker(worker.file, { workerData: { ...worker.extraData, ...input } });
  const result = new Promise<{ plan: Plan; cancelled: boolean }>((resolve, reject) => {
    let settled = false;
    w.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'done') {
        settled = true;
        resolve({ plan: m.plan, cancelled: m.cancelled });
        void w.terminate();
      } else {
        settled = true;
        reject(new Error(`Planner faalde: ${m.message}`));
        void w.terminate();
      }
    });
    w.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    w.on('exit', (code) => {
      if (!settled) reject(new Error(`Planner stopte onverwacht (code ${code}).`));
      settled = true;
    });
  });
  return {
    result,
    cancel: () => Atomics.store(flag, 0, 1),
  };
}
