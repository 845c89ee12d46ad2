import { describe, expect, it } from 'vitest';
import { activityTerm, compareUrgency, firstActivity, participantTerms, pipTerm, pipTermStart, termConcernsWeek, termWarnsInWeek } from './deadlines';

describe('terms', () => {
  it('counts the 10-week PIP term from the koppeling', () => {
    expect(pipTerm('2026-10-01', '2026-11-25')).toEqual({ deadline: '2026-12-10', daysLeft: 15, state: 'ok' });
    expect(pipTerm('2026-09-30', '2026-11-25')).toEqual({ deadline: '2026-12-09', daysLeft: 14, state: 'warning' });
    expect(pipTerm('2026-09-01', '2026-11-25')).toEqual({ deadline: '2026-11-10', daysLeft: -15, state: 'missed' });
    expect(pipTerm('2026-09-01', '2026-11-25', '2026-11-01').state).toBe('met');
    // A PIP that is set meets the term, however late (DOMAIN.md); the deadline stays visible, and
    // the day it was set with a fixed number of days late (the same tomorrow).
    expect(pipTerm('2026-09-01', '2026-11-25', '2026-11-20')).toEqual({ deadline: '2026-11-10', daysLeft: -15, state: 'met', metOn: '2026-11-20', daysLate: 10 });
    expect(pipTerm('2026-09-01', '2026-11-26', '2026-11-20')).toMatchObject({ state: 'met', metOn: '2026-11-20', daysLate: 10 });
    // Set on the deadline itself: on time, nothing late to say.
    expect(pipTerm('2026-09-01', '2026-11-25', '2026-11-10')).toEqual({ deadline: '2026-11-10', daysLeft: -15, state: 'met' });
    expect(pipTerm(null, '2026-11-25')).toEqual({ deadline: null, daysLeft: null, state: 'unknown' });
  });

  it('counts the 4-week activity norm from housing', () => {
    expect(activityTerm('2026-11-01', '2026-11-25')).toEqual({ deadline: '2026-11-29', daysLeft: 4, state: 'warning' });
    expect(activityTerm('2026-11-20', '2026-11-25').state).toBe('ok');
    expect(activityTerm('2026-10-01', '2026-11-25', '2026-10-20').state).toBe('met');
  });

  it('meets the 4-week norm only once the activity has started; one booked ahead is planned, or going to be late', () => {
    const today = '2026-12-07';
    // Housed 2026-11-20: the norm runs to 2026-12-18.
    expect(activityTerm('2026-11-20', today, '2026-12-07').state).toBe('met');
    expect(activityTerm('2026-11-20', today, null, '2026-12-14')).toEqual({ deadline: '2026-12-18', daysLeft: 11, state: 'planned', plannedOn: '2026-12-14' });
    // A "started" day still ahead is only planned: a booking has not started yet.
    expect(activityTerm('2026-11-20', today, '2026-12-14')).toEqual({ deadline: '2026-12-18', daysLeft: 11, state: 'planned', plannedOn: '2026-12-14' });
    expect(activityTerm('2026-11-20', today, null, '2026-12-18').state).toBe('planned');
    // Booked after the deadline: going to be late, a warning however many days are left.
    expect(activityTerm('2026-11-20', today, null, '2026-12-21')).toEqual({ deadline: '2026-12-18', daysLeft: 11, state: 'warning', plannedOn: '2026-12-21' });
    // The deadline passed with only a booking ahead: missed, and the booked day still shown.
    expect(activityTerm('2026-10-01', today, null, '2026-12-14')).toEqual({ deadline: '2026-10-29', daysLeft: -39, state: 'missed', plannedOn: '2026-12-14' });
    // Started late: met late, with the day it started and a fixed number of days late (not
    // counting up each day, no warning), whatever is booked next.
    expect(activityTerm('2026-10-01', today, '2026-12-01', null)).toEqual({ deadline: '2026-10-29', daysLeft: -39, state: 'met', metOn: '2026-12-01', daysLate: 33 });
    expect(activityTerm('2026-10-01', '2026-12-20', '2026-12-01', '2026-12-21')).toMatchObject({ state: 'met', metOn: '2026-12-01', daysLate: 33 });
    expect(termWarnsInWeek(activityTerm('2026-10-01', today, '2026-12-01'), '2026-12-07', today)).toBe(false);
    // Planned on time is less urgent than a running term and more than one met.
    const order = [activityTerm('2026-11-20', today, '2026-12-01'), activityTerm('2026-11-20', today, null, '2026-12-14'), activityTerm('2026-11-20', today)].sort(compareUrgency);
    expect(order.map((t) => t.state)).toEqual(['ok', 'planned', 'met']);
  });

  it('takes an activity as started when recorded as done or attended, or once its booked day has come', () => {
    const today = '2026-12-07';
    expect(firstActivity(null, today)).toEqual({ startedOn: null, plannedOn: null });
    expect(firstActivity({ recordedOn: null, bookedOn: '2026-12-14' }, today)).toEqual({ startedOn: null, plannedOn: '2026-12-14' });
    expect(firstActivity({ recordedOn: null, bookedOn: '2026-12-07' }, today)).toEqual({ startedOn: '2026-12-07', plannedOn: null });
    expect(firstActivity({ recordedOn: '2026-12-03', bookedOn: '2026-12-01' }, today)).toEqual({ startedOn: '2026-12-01', plannedOn: null });
    expect(firstActivity({ recordedOn: '2026-12-03', bookedOn: '2026-12-14' }, today)).toEqual({ startedOn: '2026-12-03', plannedOn: null });
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
    expect(participantTerms(holder, '2026-11-25', { recordedOn: null, bookedOn: '2026-10-20' }).activity.state).toBe('met');
    expect(participantTerms(holder, '2026-10-15', { recordedOn: null, bookedOn: '2026-10-20' }).activity).toMatchObject({ state: 'planned', plannedOn: '2026-10-20' });
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
