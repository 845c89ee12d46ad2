// npm run bench:planner [-- --highs-max <participants>] [--highs-time <s>] [--skip-highs]
// Plans generated weeks (30 to 3,000 participants) and the SPEC example weeks (when
// ../shared/planning/examples exists), checks every plan, and compares with HiGHS on the exact
// MILP where the model is small enough. Prints a markdown table; figures, not assertions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPlan } from '../shared/planner/check';
import { generateInstance } from './generate';
import { buildMilp } from '../shared/planner/milp/build';
import { planWeek } from '../shared/planner/plan/index';
import { isClassSeat, parseInstance, type Instance } from '../shared/planner/spec';
import { solveLp } from './lib/highs';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const highsMax = args.includes('--skip-highs') ? 0 : opt('--highs-max', 120);
const highsTime = opt('--highs-time', 60);

const root = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(root, '../shared/planning/examples');

const cases: { name: string; inst: Instance }[] = [];
for (const n of [30, 120, 400, 1500, 3000]) cases.push({ name: `gegenereerd-${n}`, inst: generateInstance({ participants: n, seed: 1 }) });
if (existsSync(examplesDir)) {
  for (const f of readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json') && !f.includes('plan'))
    .sort()) {
    const r = parseInstance(JSON.parse(readFileSync(join(examplesDir, f), 'utf8')));
    if (r.ok) cases.push({ name: f.replace('.json', ''), inst: r.instance });
  }
}

const fmt = (n: number | null | undefined, d = 0) => (n === null || n === undefined ? '-' : n.toFixed(d));
console.log(
  '| instantie | deelnemers | vragen | planner s | kosten | niet ingepland | conflicten | HiGHS exact | HiGHS beste | HiGHS s | ondergrens (bron) | kosten boven ondergrens % | t.o.v. HiGHS beste % |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|');
for (const { name, inst } of cases) {
  const t0 = performance.now();
  const plan = planWeek(inst, { seed: 1 });
  const secs = (performance.now() - t0) / 1000;
  const check = checkPlan(inst, plan);
  let hs = 'overgeslagen';
  let best: number | null = null;
  let hsSecs: number | null = null;
  let lower = plan.bound ?? 0;
  let source = 'planner';
  const better = (b: number | null, src: string) => {
    if (b !== null && Math.ceil(b - 1e-6) > lower) {
      lower = Math.ceil(b - 1e-6);
      source = src;
    }
  };
  if (inst.participants.length <= highsMax) {
    const model = buildMilp(inst);
    const r = await solveLp(model.lp, { timeLimitSec: highsTime });
    hsSecs = r.seconds;
    hs = r.status === 'optimal' ? 'optimum' : r.status === 'time-limit' ? 'tijdslimiet' : r.status;
    best = r.objective !== null ? checkPlan(inst, model.decode(r.value)).cost : null;
    better(r.bound, 'HiGHS exact');
    if (r.status !== 'optimal') {
      // The full model did not close: a relaxation (no travel between activities, no care rule)
      // still gives a valid lower bound, and is much smaller.
      const relaxed = await solveLp(buildMilp(inst, { relaxed: true }).lp, { timeLimitSec: highsTime });
      hsSecs += relaxed.seconds;
      better(relaxed.bound, 'HiGHS relaxatie');
    }
  }
  const aboveBound = lower > 0 ? ((plan.cost! - lower) / plan.cost!) * 100 : null;
  const vsBest = best !== null ? ((plan.cost! - best) / best) * 100 : null;
  console.log(
    `| ${name} | ${inst.participants.length} | ${inst.demands.length} | ${fmt(secs, 2)} | ${plan.cost} | ${plan.unplanned.length} | ${check.violations.length} | ${hs} | ${fmt(best)} | ${fmt(hsSecs, 1)} | ${lower} (${source}) | ${fmt(aboveBound, 1)} | ${fmt(vsBest, 1)} |`,
  );
}

// Re-planning around pinned sessions: pin the sessions and seats of Monday and Tuesday of a
// 400-participant plan and plan the rest again, as the app does after a coordinator's edit.
{
  const inst = generateInstance({ participants: 400, seed: 1 });
  const first = planWeek(inst, { seed: 1 });
  const days = new Set(['2026-11-23', '2026-11-24']);
  const sessions = first.sessions.filter((s) => days.has(s.start.slice(0, 10)));
  const seats = first.seats.filter((s) => isClassSeat(s) && days.has(s.start.slice(0, 10)));
  const t0 = performance.now();
  const again = planWeek(inst, { seed: 2, timeLimitMs: 400, fixed: { sessions, seats } });
  const secs = (performance.now() - t0) / 1000;
  const check = checkPlan(inst, again);
  console.log('');
  console.log(
    `Opnieuw plannen rond ${sessions.length} vastgezette sessies en ${seats.length} plaatsen (400 deelnemers, tijdslimiet 0,4 s): ${secs.toFixed(2)} s, kosten ${again.cost} (eerst ${first.cost}), conflicten ${check.violations.length}`,
  );
}
if (highsMax > 0)
  console.log(
    `\nHiGHS: exact MILP-model (alle starttijden op het raster), tijdslimiet ${highsTime} s; als dat niet sluit ook een relaxatie (zonder reistijd tussen activiteiten en zonder opvangregel) voor een geldige ondergrens. Alleen tot ${highsMax} deelnemers: daarboven is het model te groot (120 deelnemers: ~68.000 variabelen, ~250.000 restricties). 'kosten boven ondergrens' = (kosten - beste ondergrens) / kosten.`,
  );
