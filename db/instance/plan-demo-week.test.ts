// The planner on the demo region's weeks (issue 13): week 51 from the walkthrough of 7 December
// 2026 once got a toets session with nobody in it, and a plan must not depend on what another
// planWeek call in the same process did before it.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { DEFAULT_DEMO_SEED, seedDemoRegion } from '../seed/demo-region';
import { checkPlan } from '../../shared/planner/check';
import { planWeek } from '../../shared/planner/plan/index';
import type { Instance, Plan } from '../../shared/planner/spec';
import { buildInstance, storedPlan } from './instance-from-db';

describe('planWeek on the demo region', () => {
  it('proposes no empty session, and plans a week the same after planning another week', () => {
    const db = openDatabase(':memory:');
    seedDemoRegion(db, { seed: DEFAULT_DEMO_SEED, anchorWeekStart: '2026-12-07', at: '2026-12-07T00:00:00' });
    const instances = new Map<string, Instance>();
    const plan = (weekStart: string): Plan => {
      const instance = instances.get(weekStart) ?? buildInstance(db, weekStart);
      instances.set(weekStart, instance);
      const accepted = storedPlan(db, weekStart, instance, { only: 'accepted' });
      const before = JSON.stringify(instance);
      // The walkthrough's case: seed 1, a short search (no clock: the same work on every machine).
      const p = planWeek(instance, { fixed: accepted, seed: 1, iterations: 50, timeLimitMs: 1e9, now: () => 0 });
      expect(JSON.stringify(instance)).toBe(before);
      expect(p.sessions.filter((s) => s.participants.length === 0)).toEqual([]);
      expect(checkPlan(instance, p).violations).toEqual([]);
      return p;
    };
    const week51 = plan('2026-12-14');
    expect(week51.sessions.some((s) => s.kind === 'toets')).toBe(true);
    plan('2026-12-21');
    expect(plan('2026-12-14')).toEqual(week51);
    db.close();
  }, 120_000);
});
