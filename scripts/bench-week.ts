// Prints how long the coordinator's week calls take on demo regions of growing size:
//   npx tsx scripts/bench-week.ts [participants...]
// Both are timed after a write (the instance is rebuilt, as after every change); week.planning
// also unchanged (the cached instance). week.conflicts is timed on the week as seeded and after breaking it (sessions pushed onto
// each other's room and time), because fixes are only searched for conflicts.
// Figures, not assertions: the machine decides the numbers.
import { createDispatch } from '../shared/api/dispatch';
import { stackToetsSessions, touchRegion } from '../db/repositories/week-test-queries';
import { anonymousCtx } from '../shared/api/access';
import { openDatabase } from '../db/connection';
import { seedDemoRegion } from '../db/seed/demo-region';
import { createServices } from '../electron/services/index';

const ANCHOR = '2026-11-23';
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

async function ms(f: () => Promise<unknown>, runs = 1): Promise<number> {
  await f(); // warm-up: the first call pays for JIT and statement preparation
  const t = performance.now();
  for (let i = 0; i < runs; i++) await f();
  return (performance.now() - t) / runs;
}

for (const n of sizes.length ? sizes : [120, 400, 1500]) {
  const db = openDatabase(':memory:');
  seedDemoRegion(db, { seed: 1, anchorWeekStart: ANCHOR, participants: n });
  const dispatch = createDispatch(createServices(db, { version: 'bench', dataFile: ':memory:', today: () => '2026-11-25' }));
  const call = async (name: string) => {
    const r = await dispatch(name, { weekStart: ANCHOR }, anonymousCtx());
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.data as { conflicts?: { severity: string; fixes: unknown[] }[] };
  };
  // "Cold": after a write, so the week's instance is built again (as after every change).
  const touch = () => touchRegion(db);
  const planningCold = await ms(async () => (touch(), call('week.planning')), 3);
  const planning = await ms(() => call('week.planning'), 5);
  const clean = await ms(async () => (touch(), call('week.conflicts')), 3);
  stackToetsSessions(db, ANCHOR, 4);
  const broken = await call('week.conflicts');
  const hard = broken.conflicts!.filter((c) => c.severity === 'conflict');
  const withFixes = await ms(async () => (touch(), call('week.conflicts')), 3);
  console.log(
    `${String(n).padStart(5)} deelnemers: week.planning ${planningCold.toFixed(0)} ms (na een wijziging), ${planning.toFixed(0)} ms (ongewijzigd) · ` +
      `week.conflicts ${clean.toFixed(0)} ms (zoals gezaaid) · ` +
      `${withFixes.toFixed(0)} ms met ${hard.length} conflicten en ${hard.reduce((k, c) => k + c.fixes.length, 0)} oplossingen`,
  );
  db.close();
}
