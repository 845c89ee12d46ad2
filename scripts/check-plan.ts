// npm run check-plan -- <instance.json> <plan.json> [--json]
// Checks a plan against the SPEC v1 hard rules and prints its cost. Exit code: 0 = no
// conflicts, 1 = conflicts, 2 = the input could not be read or does not match the SPEC.
// With --json the result ({violations, cost, breakdown}) goes to stdout as JSON, for tools.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { checkPlan, COST_LABELS_NL, RULE_TITLES_NL, type CostBreakdown, type Violation } from '../shared/planner/check';
import { parseInstance, parsePlan } from '../shared/planner/spec';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => string;
}

const MAX_ERRORS = 20;

export function main(argv: string[], io: Io): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length !== 2 || files.some((f) => f.startsWith('--'))) {
    io.err('Gebruik: npm run check-plan -- <instantie.json> <plan.json> [--json]');
    return 2;
  }
  const [instancePath, planPath] = files;
  const rawInstance = readJson(instancePath, 'instantie', io);
  if (rawInstance === undefined) return 2;
  const rawPlan = readJson(planPath, 'plan', io);
  if (rawPlan === undefined) return 2;

  const i = parseInstance(rawInstance);
  if (!i.ok) return reportInvalid(instancePath, 'De instantie', i.errors, io);
  const p = parsePlan(rawPlan);
  if (!p.ok) return reportInvalid(planPath, 'Het plan', p.errors, io);

  const result = checkPlan(i.instance, p.plan);
  // The care gaps as data are for the app's repair suggestions; tools read these three fields.
  if (json) io.out(JSON.stringify({ violations: result.violations, cost: result.cost, breakdown: result.breakdown }, null, 2));
  else {
    printViolations(result.violations, io);
    printCost(result.breakdown, p.plan.cost, p.plan.bound ?? null, io);
  }
  return result.violations.length === 0 ? 0 : 1;
}

function readJson(path: string, what: string, io: Io): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    io.err(`Kan ${what} ${path} niet lezen: ${(e as Error).message}`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    io.err(`${path} is geen geldige JSON: ${(e as Error).message}`);
    return undefined;
  }
}

function reportInvalid(path: string, what: string, errors: string[], io: Io): number {
  io.err(`${what} in ${path} voldoet niet aan SPEC v1:`);
  for (const e of errors.slice(0, MAX_ERRORS)) io.err(`  ${e}`);
  if (errors.length > MAX_ERRORS) io.err(`  ... en nog ${errors.length - MAX_ERRORS} fouten`);
  return 2;
}

function printViolations(violations: Violation[], io: Io): void {
  if (violations.length === 0) {
    io.out('Geen conflicten: het plan voldoet aan alle harde regels.');
    return;
  }
  io.out(`${violations.length} ${violations.length === 1 ? 'conflict' : 'conflicten'}:`);
  const byRule = new Map<number, Violation[]>();
  for (const v of violations) {
    const l = byRule.get(v.rule);
    if (l) l.push(v);
    else byRule.set(v.rule, [v]);
  }
  for (const rule of [...byRule.keys()].sort((a, b) => a - b)) {
    const list = byRule.get(rule)!;
    io.out('');
    io.out(`Regel ${rule}: ${RULE_TITLES_NL[rule] ?? ''} (${list.length})`);
    for (const v of list) io.out(`  - ${v.message}`);
  }
  io.out('');
}

function printCost(b: CostBreakdown, reported: number | undefined, bound: number | null, io: Io): void {
  io.out('Kosten:');
  const keys = Object.keys(COST_LABELS_NL) as (keyof CostBreakdown)[];
  const width = Math.max(...keys.map((k) => COST_LABELS_NL[k].length));
  for (const k of keys) io.out(`  ${COST_LABELS_NL[k].padEnd(width)}  ${String(b[k]).padStart(9)}`);
  if (reported !== undefined && reported !== b.total) {
    io.out(`Let op: het plan meldt zelf kosten ${reported}, berekend is ${b.total}.`);
  }
  if (bound !== null) {
    const gap = b.total - bound;
    const pct = b.total > 0 ? ` (${((100 * gap) / b.total).toFixed(1)}% van de kosten)` : '';
    io.out(`Ondergrens volgens de planner: ${bound}; het plan zit daar ${gap} boven${pct}.`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Validation messages in Dutch, like the rest of the output.
  z.config(z.locales.nl());
  process.exitCode = main(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    readFile: (p) => readFileSync(p, 'utf8'),
  });
}
