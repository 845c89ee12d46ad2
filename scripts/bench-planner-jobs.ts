// npx tsx scripts/bench-planner-jobs.ts [requests] [timeLimitSeconds]
// Memory and threads while many planner runs are asked for at once: 20 weeks, each with the
// longest time limit, through the real services. Runs are capped (MAX_RUNNING) and the rest
// queue, so memory stays near one run's; before the cap, 20 requests started 20 worker threads
// and took the process from 72 to 761 MB in 5 s.
import { fileURLToPath } from 'node:url';
import { addDays } from '../shared/domain/week';
import { anonymousCtx } from '../shared/api/access';
import { demoServices, DEMO_WEEK } from '../test/support/demo-services';
import { MAX_RUNNING, MAX_WAITING } from '../electron/services/planner/planner';

const requests = Number(process.argv[2] ?? 20);
const timeLimitSeconds = Number(process.argv[3] ?? 120);
const worker = {
  file: fileURLToPath(new URL('../test/support/ts-worker.mjs', import.meta.url)),
  extraData: { __tsEntry: fileURLToPath(new URL('../electron/planner-jobs/plan-worker.ts', import.meta.url)) },
};
const { dispatch, events } = demoServices({ planWorker: worker });
const mb = () => process.memoryUsage().rss / 1024 / 1024;
const before = mb();
let accepted = 0;
let refused = 0;
const jobs: string[] = [];
for (let i = 0; i < requests; i++) {
  const r = await dispatch('planner.start', { weekStart: addDays(DEMO_WEEK, 7 * i), timeLimitSeconds, seed: 1 }, anonymousCtx());
  if (r.ok) {
    accepted++;
    jobs.push((r.data as { jobId: string }).jobId);
  } else refused++;
}
let peak = mb();
const t0 = Date.now();
while (Date.now() - t0 < 5000) {
  await new Promise((r) => setTimeout(r, 100));
  peak = Math.max(peak, mb());
}
const waiting = events.filter((e) => e.type === 'planner.progress' && e.phase === 'wacht op een andere planning').length;
console.log(
  `${requests} verzoeken (tijdslimiet ${timeLimitSeconds} s): ${accepted} aangenomen (max ${MAX_RUNNING} tegelijk, ${waiting} in de wachtrij van max ${MAX_WAITING}), ${refused} geweigerd`,
);
console.log(`geheugen (RSS): ${before.toFixed(0)} MB voor, piek ${peak.toFixed(0)} MB in de eerste 5 s`);
for (const jobId of jobs) await dispatch('planner.cancel', { jobId }, anonymousCtx());
await new Promise((r) => setTimeout(r, 1500));
process.exit(0);
