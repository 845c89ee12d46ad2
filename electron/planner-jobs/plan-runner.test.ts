import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startPlanRun, type Progress } from './plan-runner';
import { parseInstance } from '../../shared/planner/spec';
import { checkPlan } from '../../shared/planner/check';

const worker = {
  file: fileURLToPath(new URL('../../test/support/ts-worker.mjs', import.meta.url)),
  extraData: { __tsEntry: fileURLToPath(new URL('./plan-worker.ts', import.meta.url)) },
};
const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../../test/fixtures/planning/small-30.json', import.meta.url)), 'utf8'));
const parsed = parseInstance(raw);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const instance = parsed.instance;

describe('planning in a worker thread', () => {
  it('returns a valid plan and reports progress', async () => {
    const seen: Progress[] = [];
    const run = startPlanRun(worker, instance, { timeLimitMs: 500, seed: 3 }, (p) => seen.push(p));
    const { plan, cancelled } = await run.result;
    expect(cancelled).toBe(false);
    expect(checkPlan(instance, plan).violations).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.fraction >= 0 && p.fraction <= 1)).toBe(true);
  });

  it('stops early on cancel and still returns a valid plan', async () => {
    const run = startPlanRun(worker, instance, { timeLimitMs: 60_000, seed: 3 });
    setTimeout(() => run.cancel(), 300);
    const t0 = Date.now();
    const { plan, cancelled } = await run.result;
    expect(cancelled).toBe(true);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(checkPlan(instance, plan).violations).toEqual([]);
  });
});
