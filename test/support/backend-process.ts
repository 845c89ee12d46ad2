// Test support, not used by the app: one backend process on a data folder WITHOUT the folder
// lock (createBackend's tests-only `lock: false`), driven by JSON lines on stdin. The two-process
// test (test/e2e/last-seat.e2e.test.ts) starts two of these on one folder to show that no seat is
// sold twice even when nothing keeps the second process out.
//
//   node --import tsx test/support/backend-process.ts <dataDir> <today>
//
// It prints "klaar" once the backend is up. Each line in is {"id", "name", "input", "at"?}: the
// call is made through dispatch as this process's one client, at `at` (epoch ms) when given, so
// two processes can make their calls at the same moment. Each line out is {"id", "result"}.
import { createInterface } from 'node:readline';
import { createBackend } from '../../electron/backend';
import type { ApiCtx } from '../../shared/api/access';

const [dataDir, today] = process.argv.slice(2);
if (!dataDir || !today) {
  console.error('Gebruik: backend-process.ts <gegevensmap> <vandaag>');
  process.exit(2);
}
const backend = createBackend({ dataDir, version: 'test', today, lock: false, firstStart: 'demo', log: (m) => console.error(m) });
const ctx: ApiCtx = { transport: 'test', session: { profile: null } };

interface Request {
  id: number;
  name: string;
  input: unknown;
  at?: number;
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const req = JSON.parse(line) as Request;
  setTimeout(
    () => {
      // Timers may fire a little early or late; the last stretch is waited out exactly.
      while (req.at !== undefined && Date.now() < req.at);
      void backend.dispatch(req.name, req.input, ctx).then((result) => process.stdout.write(`${JSON.stringify({ id: req.id, result })}\n`));
    },
    Math.max(0, (req.at ?? 0) - Date.now() - 5),
  );
});
process.stdin.on('end', () => {
  backend.close();
  process.exit(0);
});
console.log('klaar');
