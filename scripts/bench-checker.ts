// npx tsx scripts/bench-checker.ts [participants...]
// Times checkPlan on generated weeks with a greedily built plan, the way the UI uses it: one
// cold check (index built), then warm checks of the whole plan after a simulated drag. On a
// shared machine wall times vary a lot; the minimum and the cpu time are the steadier figures.
import { checkPlan } from '../shared/planner/check';
import { generateInstance } from './generate';
import { greedyPlan } from './generate/greedy-plan';
import type { Plan } from '../shared/planner/spec';
import { toMinutes } from '../shared/domain/time';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const RUNS = 60;

for (const n of sizes.length ? sizes : [400, 1500, 3000, 4000]) {
  const instance = generateInstance({ participants: n, seed: 2026 });
  const plan = greedyPlan(instance);
  const bookings = plan.sessions.reduce((s, x) => s + x.participants.length, 0) + plan.seats.length + plan.childcare.length;

  let t = performance.now();
  const first = checkPlan(instance, plan);
  const cold = performance.now() - t;

  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < RUNS; r++) {
    // A drag: one session moves a quarter of an hour; the UI re-checks the whole new plan.
    const dragged: Plan = { ...plan, sessions: plan.sessions.map((s, i) => (i === r % plan.sessions.length ? shift(s, r % 2 ? 15 : -15) : s)) };
    t = performance.now();
    checkPlan(instance, dragged);
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  console.log(
    `${String(n).padStart(5)} deelnemers, ${String(bookings).padStart(5)} boekingen, ${plan.sessions.length} sessies, ${first.violations.length} conflicten: ` +
      `eerste check ${cold.toFixed(1)} ms; na een sleepbeweging min ${times[0].toFixed(2)} ms, mediaan ${times[RUNS >> 1].toFixed(2)} ms, ` +
      `p90 ${times[Math.floor(RUNS * 0.9)].toFixed(2)} ms, cpu gemiddeld ${((cpu.user + cpu.system) / 1000 / RUNS).toFixed(2)} ms`,
  );
}

function shift<T extends { start: string; end: string }>(s: T, minutes: number): T {
  const move = (x: string) => new Date((toMinutes(x) + minutes) * 60_000).toISOString().slice(0, 16);
  return { ...s, start: move(s.start), end: move(s.end) };
}
