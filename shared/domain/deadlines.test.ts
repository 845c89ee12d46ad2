import { describe, expect, it } from 'vitest';
import { activityTerm, compareUrgency, participantTerms, pipTerm, pipTermStart, termConcernsWeek } from './deadlines';

describe('terms', () => {
  it('counts the 10-week PIP term from the koppeling', () => {
    expect(pipTerm('2026-10-01', '2026-11-25')).toEqual({ deadline: '2026-12-10', daysLeft: 15, state: 'ok' });
    expect(pipTerm('2026-09-30', '2026-11-25')).toEqual({ deadline: '2026-12-09', daysLeft: 14, state: 'warning' });
    expect(pipTerm('2026-09-01', '2026-11-25')).toEqual({ deadline: '2026-11-10', daysLeft: -15, state: 'missed' });
    expect(pipTerm('2026-09-01', '2026-11-25', '2026-11-01').state).toBe('met');
    // A PIP that is set meets the term, however late (DOMAIN.md); the deadline stays visible.
    expect(pipTerm('2026-09-01', '2026-11-25', '2026-11-20')).toEqual({ deadline: '2026-11-10', daysLeft: -15, state: 'met' });
    expect(pipTerm(null, '2026-11-25')).toEqual({ deadline: null, daysLeft: null, state: 'unknown' });
  });

  it('counts the 4-week activity norm from housing', () => {
    expect(activityTerm('2026-11-01', '2026-11-25')).toEqual({ deadline: '2026-11-29', daysLeft: 4, state: 'warning' });
    expect(activityTerm('2026-11-20', '2026-11-25').state).toBe('ok');
    expect(activityTerm('2026-10-01', '2026-11-25', '2026-10-20').state).toBe('met');
  });

  it('sorts the most urgent first', () => {
    const list = [pipTerm('2026-10-10', '2026-11-25'), pipTerm(null, '2026-11-25'), pipTerm('2026-09-01', '2026-11-25'), pipTerm('2026-09-25', '2026-11-25')].sort(compareUrgency);
    expect(list.map((t) => t.state)).toEqual(['missed', 'warning', 'ok', 'unknown']);
  });

  it("runs a gezinsmigrant's PIP term from their registration in the gemeente, a statushouder's from the koppeling", () => {
    const base = { koppelingDate: null, registrationDate: null, housingDate: '2026-10-01', pipDate: null };
    const migrant = { ...base, migrantKind: 'gezinsmigrant', registrationDate: '2026-09-30' };
    expect(pipTermStart(migrant)).toBe('2026-09-30');
    expect(participantTerms(migrant, '2026-11-25', null).pip).toEqual({ deadline: '2026-12-09', daysLeft: 14, state: 'warning' });
    const holder = { ...base, migrantKind: 'statushouder', koppelingDate: '2026-10-01' };
    expect(participantTerms(holder, '2026-11-25', null).pip.deadline).toBe('2026-12-10');
    expect(participantTerms(holder, '2026-11-25', '2026-10-20').activity.state).toBe('met');
    expect(participantTerms({ ...migrant, registrationDate: null }, '2026-11-25', null).pip.state).toBe('unknown');
  });

  it('a warning concerns the weeks from this week up to its deadline; a missed term this week only', () => {
    const today = '2026-11-25'; // a Wednesday, week of 2026-11-23
    const soon = pipTerm('2026-09-30', today); // deadline wo 2026-12-09
    expect(['2026-11-23', '2026-11-30', '2026-12-07'].map((w) => termConcernsWeek(soon, w, today))).toEqual([true, true, true]);
    expect(termConcernsWeek(soon, '2026-12-14', today)).toBe(false);
    expect(termConcernsWeek(soon, '2026-11-16', today)).toBe(false);
    const missed = pipTerm('2026-09-01', today);
    expect(['2026-11-16', '2026-11-23', '2026-11-30'].map((w) => termConcernsWeek(missed, w, today))).toEqual([false, true, false]);
    expect(termConcernsWeek(pipTerm(null, today), '2026-11-23', today)).toBe(false);
  });
});
