// The SPEC's small-30 example and its conflict-free baseline plan, and mutations of it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan } from './check';
import { parseInstance, parsePlan, type Instance, type Plan } from './spec';

const dir = fileURLToPath(new URL('../../test/fixtures/planning/', import.meta.url));

function load(): { instance: Instance; plan: Plan } {
  const i = parseInstance(JSON.parse(readFileSync(`${dir}small-30.json`, 'utf8')));
  const p = parsePlan(JSON.parse(readFileSync(`${dir}small-30.baseline-plan.json`, 'utf8')));
  if (!i.ok || !p.ok) throw new Error('fixture does not parse');
  return { instance: i.instance, plan: p.plan };
}

const rules = (r: { violations: { rule: number }[] }) => [...new Set(r.violations.map((v) => v.rule))].sort((a, b) => a - b);

describe('small-30 baseline', () => {
  it('has no violations and the cost its planner reported', () => {
    const { instance, plan } = load();
    const r = checkPlan(instance, plan);
    expect(r.violations).toEqual([]);
    // The baseline file carries the cost its own (independent) planner computed.
    expect(r.cost).toBe(plan.cost);
    expect(r.breakdown.unplanned + r.breakdown.consultant + r.breakdown.travel + r.breakdown.householdImbalance).toBe(r.cost);
  });

  it('finds room, consultant and busy conflicts when a toets moves 15 minutes earlier', () => {
    const { instance, plan } = load();
    Object.assign(plan.sessions[1], { start: '2026-11-24T12:15', end: '2026-11-24T13:45' });
    const r = checkPlan(instance, plan);
    expect(rules(r)).toEqual([1, 2, 3]);
    expect(r.violations.find((v) => v.rule === 2)!.entities).toEqual(expect.arrayContaining(['S1', 'S2', 'R-1-toets1']));
  });

  it('finds a toets led by an uncertified consultant', () => {
    const { instance, plan } = load();
    plan.sessions[2].consultantId = 'C2';
    expect(rules(checkPlan(instance, plan))).toEqual([3]);
  });

  it('finds a participant placed twice for one demand', () => {
    const { instance, plan } = load();
    plan.sessions[2].participants.push('P2');
    expect(rules(checkPlan(instance, plan))).toContain(0);
  });

  it('finds the household rule: both parents of H2 away, young children without care', () => {
    const { instance, plan } = load();
    // Deelnemer 4 now works while Deelnemer 3 takes the toets on Tuesday 12:30-14:00.
    instance.participants.find((p) => p.id === 'P4')!.busy = [{ start: '2026-11-24T12:00', end: '2026-11-24T15:00' }];
    const r = checkPlan(instance, plan);
    expect(rules(r)).toEqual([9]);
    const kids = r.violations.map((v) => v.entities.find((e) => e.startsWith('H2-k')));
    // H2-k3 is at school until 14:30; the two youngest are not.
    expect(kids.sort()).toEqual(['H2-k1', 'H2-k2']);
    expect(r.violations[0].message).toContain('di 24 nov 12:30–14:00');
  });
});
