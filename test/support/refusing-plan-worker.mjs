// Planner worker stub for tests that start planner jobs without planning: it refuses at once,
// so a job ends 'failed' within milliseconds and takes no core.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ type: 'error', message: 'In deze test wordt niet gepland.' });
