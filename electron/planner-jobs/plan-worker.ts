// Runs planWeek in a worker thread so neither the Electron main process nor the HTTP server
// freezes during a long plan. Cancellation is a flag in shared memory: the synchronous planner
// polls `signal.aborted`, which reads it, so a cancel lands mid-run without message passing.
import { parentPort, workerData } from 'node:worker_threads';
import { planWeek } from '../../shared/planner/plan';
import type { Instance } from '../../shared/planner/spec';
import type { WorkerInput, WorkerMessage } from './plan-runner';

const port = parentPort;
if (port) {
  const input = workerData as WorkerInput;
  const flag = new Int32Array(input.cancelFlag);
  const post = (m: WorkerMessage) => port.postMessage(m);
  try {
    let lastSent = 0;
    const plan = planWeek(input.instance as Instance, {
      ...input.options,
      signal: {
        get aborted() {
          return Atomics.load(flag, 0) === 1;
        },
      },
      onProgress: (p) => {
        // Progress can fire thousands of times; the UI needs a few updates a second.
        const t = Date.now();
        if (t - lastSent >= 100 || p.fraction >= 1) {
          lastSent = t;
          post({ type: 'progress', progress: p });
        }
      },
    });
    post({ type: 'done', plan, cancelled: Atomics.load(flag, 0) === 1 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
