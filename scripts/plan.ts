// npm run plan -- <instance.json> [-o plan.json] [--time-limit <s>] [--seed <n>]
// Plans a SPEC v1 week and prints cost, bound, planned/unplanned demands, conflicts (by the
// checker) and time taken. Exit code: 0 = plan without conflicts, 1 = plan with conflicts,
// 2 = bad arguments or an instance that cannot be read or does not match the SPEC.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { checkPlan, RULE_TITLES_NL } from '../shared/planner/check';
import { planWeek } from '../shared/planner/plan/index';
import { parseInstance } from '../shared/planner/spec';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => string;
  writeFile: (path: string, text: string) => void;
  now: () => number;
}

const USAGE = 'Gebruik: npm run plan -- <instantie.json> [-o plan.json] [--time-limit <seconden>] [--seed <n>]';

interface Args {
  instance: string;
  out: string | null;
  timeLimitMs: number | undefined;
  seed: number;
}

function parseArgs(argv: string[]): Args | string {
  let instance: string | null = null;
  let out: string | null = null;
  let timeLimitMs: number | undefined;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} verwacht een waarde`);
      return v;
    };
    try {
      if (a === '-o' || a === '--out') out = value();
      else if (a === '--time-limit') {
        const s = Number(value());
        if (!Number.isFinite(s) || s <= 0) return `--time-limit verwacht een positief aantal seconden`;
        timeLimitMs = Math.round(s * 1000);
      } else if (a === '--seed') {
        const s = Number(value());
        if (!Number.isInteger(s)) return `--seed verwacht een geheel getal`;
        seed = s;
      } else if (a.startsWith('-')) return `onbekende optie ${a}`;
      else if (instance === null) instance = a;
      else return `te veel argumenten: ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (instance === null) return 'geen instantie opgegeven';
  return { instance, out, timeLimitMs, seed };
}

export function main(argv: string[], io: Io): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(args);
    io.err(USAGE);
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(io.readFile(args.instance));
  } catch (e) {
    io.err(`Kan instantie ${args.instance} niet lezen: ${(e as Error).message}`);
    return 2;
  }
  const parsed = parseInstance(raw);
  if (!parsed.ok) {
    io.err(`De instantie in ${args.instance} voldoet niet aan SPEC v1:`);
    for (const e of parsed.errors.slice(0, 20)) io.err(`  ${e}`);
    if (parsed.errors.length > 20) io.err(`  ... en nog ${parsed.errors.length - 20} fouten`);
    return 2;
  }
  const instance = parsed.instance;
  const t0 = io.now();
  const plan = planWeek(instance, { timeLimitMs: args.timeLimitMs, seed: args.seed });
  const ms = io.now() - t0;
  const check = checkPlan(instance, plan);
  const total = instance.demands.length;
  const unplanned = plan.unplanned.length;
  const gap = plan.bound && plan.cost ? ((plan.cost - plan.bound) / plan.cost) * 100 : null;
  io.out(`Instantie: ${args.instance} (${instance.participants.length} deelnemers, ${total} vragen)`);
  io.out(`Kosten:    ${plan.cost}`);
  io.out(`Ondergrens: ${plan.bound ?? '-'}${gap !== null ? ` (verschil ${gap.toFixed(1)}%)` : ''}`);
  io.out(`Ingepland: ${total - unplanned} van ${total}; niet ingepland: ${unplanned}`);
  io.out(`Sessies:   ${plan.sessions.length}; plaatsen: ${plan.seats.length}; opvangboekingen: ${plan.childcare.length}`);
  if (check.violations.length === 0) io.out('Conflicten: geen');
  else {
    io.out(`Conflicten: ${check.violations.length}`);
    for (const v of check.violations.slice(0, 20)) io.out(`  - regel ${v.rule} (${RULE_TITLES_NL[v.rule] ?? ''}): ${v.message}`);
  }
  if (check.cost !== plan.cost) io.out(`Let op: de checker berekent kosten ${check.cost}.`);
  io.out(`Rekentijd: ${(ms / 1000).toFixed(2)} s`);
  if (args.out) {
    try {
      io.writeFile(args.out, `${JSON.stringify(plan, null, 2)}\n`);
    } catch (e) {
      io.err(`Kan plan niet schrijven naar ${args.out}: ${(e as Error).message}`);
      return 2;
    }
    io.out(`Plan geschreven naar ${args.out}`);
  }
  return check.violations.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  z.config(z.locales.nl());
  process.exitCode = main(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, t) => writeFileSync(p, t),
    now: () => performance.now(),
  });
}
