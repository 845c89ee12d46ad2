import { describe, expect, it } from 'vitest';
import { standardSteps } from './standard-steps';

describe('standardSteps', () => {
  it('gives a statushouder the chain with dates from the koppeling and housing', () => {
    const steps = standardSteps({
      migrantKind: 'statushouder',
      koppelingDate: '2026-11-02',
      registrationDate: null,
      housingDate: '2026-11-16',
      today: '2026-11-25',
      schoolIds: ['S1', 'S2'],
    });
    expect(steps).toEqual([
      // earliest: housing + 0 is past, so today
      { kind: 'groupInfo', schoolId: null, earliestDate: '2026-11-25', dueDate: '2026-12-07' },
      { kind: 'toets', schoolId: null, earliestDate: '2026-11-25', dueDate: '2026-12-21' },
      { kind: 'trialLesson', schoolId: 'S1', earliestDate: '2026-12-07', dueDate: '2027-01-04' },
      { kind: 'trialLesson', schoolId: 'S2', earliestDate: '2026-12-07', dueDate: '2027-01-04' },
      // activity norm: housing + 28 days
      { kind: 'startklasIntake', schoolId: null, earliestDate: '2026-11-25', dueDate: '2026-12-14' },
    ]);
  });

  it('runs a gezinsmigrant\u2019s term from registration, without groepsvoorlichting or startklas', () => {
    const steps = standardSteps({
      migrantKind: 'gezinsmigrant',
      koppelingDate: null,
      registrationDate: '2026-12-01',
      housingDate: null,
      today: '2026-11-25',
      schoolIds: ['S1'],
    });
    expect(steps).toEqual([
      { kind: 'toets', schoolId: null, earliestDate: '2026-12-08', dueDate: '2027-01-19' },
      { kind: 'trialLesson', schoolId: 'S1', earliestDate: '2026-12-22', dueDate: '2027-02-02' },
    ]);
  });

  it('never books before today and keeps a due date that has passed', () => {
    const steps = standardSteps({
      migrantKind: 'statushouder',
      koppelingDate: '2026-06-01',
      registrationDate: null,
      housingDate: '2026-06-15',
      today: '2026-11-25',
      schoolIds: [],
    });
    expect(steps.every((s) => s.earliestDate === '2026-11-25')).toBe(true);
    expect(steps.find((s) => s.kind === 'toets')!.dueDate).toBe('2026-07-20');
  });
});
