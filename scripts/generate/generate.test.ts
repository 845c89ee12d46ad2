import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../shared/planner/check';
import { InstanceSchema, type Instance } from '../../shared/planner/spec';
import { generateInstance } from './index';

function referencesResolve(i: Instance): string[] {
  const problems: string[] = [];
  const locs = new Set(i.locations.map((l) => l.id));
  const people = new Map(i.participants.map((p) => [p.id, p]));
  for (const r of i.rooms) if (!locs.has(r.locationId)) problems.push(`room ${r.id}`);
  for (const c of i.classes) if (!locs.has(c.locationId)) problems.push(`class ${c.id}`);
  for (const c of i.childcare) if (!locs.has(c.locationId)) problems.push(`childcare ${c.id}`);
  for (const p of i.participants) if (!locs.has(p.homeLocationId)) problems.push(`home ${p.id}`);
  for (const h of i.households) {
    for (const a of h.adults) if (people.get(a)?.householdId !== h.id) problems.push(`adult ${a} of ${h.id}`);
  }
  const schools = new Set(i.classes.map((c) => c.schoolId));
  for (const d of i.demands) {
    if (!people.has(d.participantId)) problems.push(`demand ${d.id}`);
    if ((d.kind === 'trialLesson') !== (d.schoolId !== null)) problems.push(`schoolId of ${d.id}`);
    if (d.schoolId !== null && !schools.has(d.schoolId)) problems.push(`school of ${d.id}`);
  }
  const ids = [...i.participants, ...i.demands, ...i.rooms, ...i.consultants, ...i.interpreters, ...i.classes].map((x) => x.id);
  if (new Set(ids).size !== ids.length) problems.push('duplicate ids');
  // Every pair of distinct locations has a travel time, so nothing is unreachable by accident.
  const pairs = new Set(i.travelMinutes.map((t) => [t.from, t.to].sort().join('|')));
  if (pairs.size !== (locs.size * (locs.size - 1)) / 2) problems.push('travel matrix incomplete');
  return problems;
}

describe('generateInstance', () => {
  it('is deterministic from the seed', () => {
    const a = generateInstance({ participants: 200, seed: 42 });
    const b = generateInstance({ participants: 200, seed: 42 });
    const c = generateInstance({ participants: 200, seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it.each([30, 120, 400, 1500])('makes a valid, consistent week of %i participants', (n) => {
    const instance = generateInstance({ participants: n, seed: n });
    expect(InstanceSchema.safeParse(instance).success).toBe(true);
    expect(instance.participants).toHaveLength(n);
    expect(referencesResolve(instance)).toEqual([]);
    // Nothing planned, everything listed as unplanned: a plan without conflicts.
    const r = checkPlan(instance, {
      version: 1,
      sessions: [],
      seats: [],
      childcare: [],
      unplanned: instance.demands.map((d) => ({ demandId: d.id, reason: 'nog niet gepland' })),
    });
    expect(r.violations).toEqual([]);
  });

  it('scales resources with the number of participants', () => {
    const small = generateInstance({ participants: 120, seed: 1 });
    const large = generateInstance({ participants: 3000, seed: 1 });
    const ratio = (f: (i: Instance) => number) => f(large) / f(small);
    expect(ratio((i) => i.rooms.length)).toBeGreaterThan(15);
    expect(ratio((i) => i.consultants.length)).toBeGreaterThan(15);
    expect(ratio((i) => i.classes.length)).toBeGreaterThan(15);
    expect(ratio((i) => i.interpreters.length)).toBeGreaterThan(5);
    expect(ratio((i) => i.demands.length)).toBeGreaterThan(20);
    for (const i of [small, large]) {
      const perPerson = i.demands.length / i.participants.length;
      expect(perPerson).toBeGreaterThan(1.3);
      expect(perPerson).toBeLessThan(1.9);
    }
  });

  it('has the ingredients of a real week', () => {
    const i = generateInstance({ participants: 400, seed: 5 });
    const langs = new Set(i.participants.map((p) => p.language));
    for (const l of ['ar', 'ti', 'tr', 'ku', 'prs', 'so']) expect(langs).toContain(l);
    // Some languages have a single interpreter.
    const perLang = new Map<string, number>();
    for (const t of i.interpreters) perLang.set(t.languages[0], (perLang.get(t.languages[0]) ?? 0) + 1);
    expect([...perLang.values()]).toContain(1);
    expect(i.consultants.some((c) => c.toetsCertified)).toBe(true);
    expect(i.rooms.some((r) => r.kinds.includes('toets') && r.laptopsTouch > 0)).toBe(true);
    expect(new Set(i.classes.map((c) => c.schoolId))).toEqual(new Set(['S-A', 'S-B']));
    const kinds = new Set(i.demands.map((d) => d.kind));
    expect(kinds).toEqual(new Set(['groupInfo', 'toets', 'trialLesson', 'startklasIntake']));
    // School-age children are covered during school hours, the youngest are not.
    const kids = i.households.flatMap((h) => h.children);
    expect(kids.some((k) => k.covered.length > 0)).toBe(true);
    expect(kids.some((k) => k.covered.length === 0)).toBe(true);
    expect(i.households.some((h) => h.adults.length === 2)).toBe(true);
    expect(i.households.some((h) => h.adults.length === 1)).toBe(true);
    expect(i.participants.some((p) => p.householdId === null)).toBe(true);
  });

  it('honours weekStart and rejects bad options with the field named', () => {
    const i = generateInstance({ participants: 30, seed: 1, weekStart: '2027-01-04' });
    expect(i.week.start).toBe('2027-01-04');
    expect(i.rooms[0].available[0].start.startsWith('2027-01-0')).toBe(true);
    expect(() => generateInstance({ participants: 30, seed: 1, weekStart: '2027-01-05' })).toThrow(/weekStart/);
    expect(() => generateInstance({ participants: 0, seed: 1 })).toThrow(/participants/);
    expect(() => generateInstance({ participants: 10, seed: 1.5 })).toThrow(/seed/);
  });
});
