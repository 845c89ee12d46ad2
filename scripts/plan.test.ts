import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../shared/planner/check';
import { parseInstance, parsePlan } from '../shared/planner/spec';
import { main } from './plan';

const root = fileURLToPath(new URL('..', import.meta.url));
const instanceText = readFileSync(join(root, 'test/fixtures/planning/small-30.json'), 'utf8');

function run(files: Record<string, string>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  let t = 0;
  const code = main(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: ${p}`);
      return files[p];
    },
    writeFile: (p, text) => {
      written[p] = text;
    },
    now: () => (t += 500),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), written };
}

describe('plan CLI', () => {
  it('plans, prints the figures and writes a plan that the checker accepts', () => {
    const r = run({ 'w.json': instanceText }, ['w.json', '-o', 'p.json', '--time-limit', '0.5', '--seed', '3']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const plan = parsePlan(JSON.parse(r.written['p.json']));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    const inst = parseInstance(JSON.parse(instanceText));
    if (!inst.ok) throw new Error('fixture');
    const check = checkPlan(inst.instance, plan.plan);
    expect(check.violations).toEqual([]);
    expect(r.out).toContain(`Kosten:    ${check.cost}`);
    expect(r.out).toContain(`Ondergrens: ${plan.plan.bound}`);
    expect(r.out).toContain(`niet ingepland: ${plan.plan.unplanned.length}`);
    expect(r.out).toContain('Conflicten: geen');
    expect(r.out).toContain('Rekentijd: 0.50 s');
  });

  it('names the field of a malformed instance and exits 2', () => {
    const bad = JSON.parse(instanceText);
    bad.participants[3].busy = [{ start: '2026-11-23 09:00', end: '2026-11-23T10:00' }];
    const r = run({ 'w.json': JSON.stringify(bad) }, ['w.json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('participants.3.busy.0.start');
  });

  it('rejects bad arguments with usage and exit 2', () => {
    expect(run({}, []).code).toBe(2);
    const r = run({ 'w.json': instanceText }, ['w.json', '--time-limit', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--time-limit');
    expect(run({}, ['missing.json']).err).toContain('Kan instantie missing.json niet lezen');
  });
});
