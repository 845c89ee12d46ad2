import { describe, expect, it } from 'vitest';
import { checklistOf, screenOfStep } from './checklist';

const none = {
  participants: 0,
  households: 0,
  children: 0,
  locations: 0,
  rooms: 0,
  consultants: 0,
  interpreters: 0,
  schools: 0,
  classes: 0,
  childcareProviders: 0,
  travelTimes: 0,
  startklasIntakes: 0,
};

describe('"Wat nu?" checklist', () => {
  it('lists the steps in order, none done in a new region', () => {
    const items = checklistOf(none);
    expect(items.map((i) => i.step)).toEqual(['locations', 'rooms', 'consultants', 'interpreters', 'schools', 'startklas', 'childcare', 'participants']);
    expect(items.every((i) => !i.done)).toBe(true);
  });

  it('marks a step done once something is entered, and shows its counts', () => {
    const items = checklistOf({ ...none, locations: 1, schools: 1, startklasIntakes: 2 });
    const byStep = Object.fromEntries(items.map((i) => [i.step, i]));
    expect(byStep.locations).toEqual({
      step: 'locations',
      done: true,
      counts: [
        { kind: 'locations', count: 1 },
        { kind: 'travelTimes', count: 0 },
      ],
    });
    // A school without a class cannot take anyone for a trial lesson yet.
    expect(byStep.schools!.done).toBe(false);
    expect(byStep.startklas!.done).toBe(true);
    expect(items.filter((i) => i.done)).toHaveLength(2);
  });

  it('links a step to its Beheer screen once that screen exists', () => {
    expect(screenOfStep('locations')).toBe('locations');
    expect(screenOfStep('rooms')).toBe('rooms');
    expect(screenOfStep('participants')).toBeNull();
  });
});
