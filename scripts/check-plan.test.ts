import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './check-plan';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures/planning');
const instanceText = readFileSync(join(fixtures, 'small-30.json'), 'utf8');
const planText = readFileSync(join(fixtures, 'small-30.baseline-plan.json'), 'utf8');

function run(files: Record<string, string>, argv = ['instance.json', 'plan.json']) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: ${p}`);
      return files[p];
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('check-plan CLI', () => {
  it('exits 0 on a valid plan and prints the cost breakdown', () => {
    const r = run({ 'instance.json': instanceText, 'plan.json': planText });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Geen conflicten');
    expect(r.out).toMatch(/Totaal\s+94472/);
  });

  it('exits 1 and groups violations per rule', () => {
    const plan = JSON.parse(planText);
    plan.sessions[1].start = '2026-11-24T12:15';
    plan.sessions[1].end = '2026-11-24T13:45';
    const r = run({ 'instance.json': instanceText, 'plan.json': JSON.stringify(plan) });
    expect(r.code).toBe(1);
    expect(r.out).toContain('Regel 2: Ruimtes');
    expect(r.out).toContain('Regel 3: Consulenten');
    expect(r.out.indexOf('Regel 2')).toBeLessThan(r.out.indexOf('Regel 3'));
  });

  it('prints JSON for tools with --json, and the gap to a reported bound', () => {
    const r = run({ 'instance.json': instanceText, 'plan.json': planText }, ['instance.json', 'plan.json', '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out);
    expect(parsed.cost).toBe(94472);
    expect(parsed.violations).toEqual([]);
    const plan = JSON.parse(planText);
    plan.bound = 90000;
    const b = run({ 'instance.json': instanceText, 'plan.json': JSON.stringify(plan) });
    expect(b.out).toContain('Ondergrens volgens de planner: 90000; het plan zit daar 4472 boven');
  });

  it('exits 2 naming the field of a malformed plan or instance', () => {
    const plan = JSON.parse(planText);
    plan.sessions[0].start = '24-11-2026 11:00';
    const r = run({ 'instance.json': instanceText, 'plan.json': JSON.stringify(plan) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('sessions.0.start');

    const instance = JSON.parse(instanceText);
    delete instance.rooms[3].capacity;
    const r2 = run({ 'instance.json': JSON.stringify(instance), 'plan.json': planText });
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('rooms.3.capacity');
  });

  it('exits 2 on an unreadable file, invalid JSON or wrong arguments', () => {
    expect(run({ 'instance.json': instanceText }).code).toBe(2);
    const bad = run({ 'instance.json': '{ niet', 'plan.json': planText });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('geen geldige JSON');
    expect(run({}, ['alleen-een.json']).code).toBe(2);
  });

  it('runs as a script with those exit codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-plan-'));
    writeFileSync(join(dir, 'i.json'), instanceText);
    writeFileSync(join(dir, 'p.json'), planText);
    const tsx = join(root, 'node_modules/.bin/tsx');
    const ok = spawnSync(tsx, ['scripts/check-plan.ts', join(dir, 'i.json'), join(dir, 'p.json')], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('94472');
    const missing = spawnSync(tsx, ['scripts/check-plan.ts', join(dir, 'i.json'), join(dir, 'nope.json')], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });
});
