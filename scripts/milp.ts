// npx tsx scripts/milp.ts <instance.json> [--time-limit <s>] [--step <n>] [-o plan.json]
// Solves the week as a MILP with HiGHS: the proven optimum, or the best plan and bound found
// within the time limit. --step n offers only every n-th grid start (a restricted model: its
// optimum is an upper bound, its bound is not a bound on the full problem).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkPlan } from '../shared/planner/check';
import { buildMilp } from '../shared/planner/milp/build';
import { parseInstance } from '../shared/planner/spec';
import { solveLp } from './lib/highs';

export interface Io {
  out: (l: string) => void;
  err: (l: string) => void;
  readFile: (p: string) => string;
  writeFile: (p: string, t: string) => void;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let file: string | null = null;
  let limit = 60;
  let step = 1;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--time-limit') limit = Number(argv[++i]);
    else if (a === '--step') step = Number(argv[++i]);
    else if (a === '-o') out = argv[++i] ?? null;
    else if (!a.startsWith('-') && file === null) file = a;
    else {
      io.err(`onbekend argument ${a}`);
      return 2;
    }
  }
  if (file === null || !(limit > 0) || !Number.isInteger(step) || step < 1) {
    io.err('Gebruik: npx tsx scripts/milp.ts <instantie.json> [--time-limit <s>] [--step <n>] [-o plan.json]');
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(io.readFile(file));
  } catch (e) {
    io.err(`Kan instantie ${file} niet lezen: ${(e as Error).message}`);
    return 2;
  }
  const parsed = parseInstance(raw);
  if (!parsed.ok) {
    io.err(`De instantie in ${file} voldoet niet aan SPEC v1:`);
    for (const e of parsed.errors.slice(0, 20)) io.err(`  ${e}`);
    return 2;
  }
  const model = buildMilp(parsed.instance, { startStep: step });
  io.out(`Model: ${model.numVars} variabelen, ${model.numRows} restricties, ${model.candidates} kandidaat-sessies${model.exact ? '' : ` (beperkt: elke ${step}e starttijd)`}`);
  const r = await solveLp(model.lp, { timeLimitSec: limit });
  io.out(`HiGHS: ${r.status === 'optimal' ? 'optimaal' : r.status === 'time-limit' ? 'tijdslimiet bereikt' : r.status} na ${r.seconds.toFixed(1)} s`);
  io.out(`Beste oplossing: ${r.objective ?? '-'}`);
  io.out(`Ondergrens: ${r.bound !== null ? Math.ceil(r.bound - 1e-6) : '-'}${model.exact ? '' : ' (alleen voor het beperkte model)'}`);
  if (r.objective !== null) {
    const plan = model.decode(r.value);
    const check = checkPlan(parsed.instance, plan);
    io.out(`Checker: kosten ${check.cost}, conflicten ${check.violations.length}`);
    if (out) io.writeFile(out, `${JSON.stringify({ ...plan, cost: check.cost, bound: model.exact ? r.bound : null }, null, 2)}\n`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, t) => writeFileSync(p, t),
  });
}
