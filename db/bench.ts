// Prints how long the data layer takes on demo regions of growing size:
//   npx tsx db/bench.ts [participants...]
// Figures, not assertions: the machine decides the numbers.
import { openDatabase } from './connection';
import { buildInstance } from './instance/instance-from-db';
import { searchParticipants } from './repositories/participants';
import { listWeekSessions } from './repositories/sessions';
import { seedDemoRegion } from './seed/demo-region';

const ANCHOR = '2026-11-23';
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

function ms(f: () => unknown, runs = 1): number {
  const t = performance.now();
  for (let i = 0; i < runs; i++) f();
  return (performance.now() - t) / runs;
}

for (const n of sizes.length ? sizes : [120, 400, 1500]) {
  const db = openDatabase(':memory:');
  const seed = ms(() => seedDemoRegion(db, { seed: 1, anchorWeekStart: ANCHOR, participants: n }));
  const instance = ms(() => buildInstance(db, ANCHOR), 5);
  const search = ms(() => searchParticipants(db, { query: 'ara', limit: 50, offset: 0 }), 50);
  const week = ms(() => listWeekSessions(db, ANCHOR), 50);
  console.log(
    `${String(n).padStart(5)} deelnemers: seed ${seed.toFixed(0)} ms · buildInstance ${instance.toFixed(1)} ms · zoeken ${search.toFixed(2)} ms · week ${week.toFixed(2)} ms`,
  );
  db.close();
}
