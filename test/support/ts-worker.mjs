// Worker bootstrap for tests: loads a TypeScript worker entry through tsx, since Node 20's
// worker threads do not inherit a TypeScript loader. The entry path comes in workerData.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.__tsEntry, import.meta.url);
