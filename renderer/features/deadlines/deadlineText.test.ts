import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n';
import { hashToPlace, placeToHash } from '../../stores/location';
import { activityTerm, pipTerm } from '../../../shared/domain/deadlines';
import {
  countStates,
  daysText,
  groupUnplanned,
  metLateText,
  plannedLateText,
  sortByUrgency,
  worstTerm,
  type DeadlineItem,
  type TermStatus,
  type UnplannedItem,
} from './deadlineText';

const t = translatorFor('nl');
const en = translatorFor('en');

function unplanned(id: string, kind: UnplannedItem['kind'], name: string, priority = 0): UnplannedItem {
  return { demandId: id, participant: { id: `p-${id}`, name }, kind, schoolId: null, schoolName: null, priority, reason: 'geen tolk vrij' };
}

const term = (state: TermStatus['state'], daysLeft: number | null): TermStatus => ({ state, daysLeft, deadline: daysLeft === null ? null : '2026-12-01' });

function person(name: string, pip: TermStatus, activity: TermStatus): DeadlineItem {
  return { participant: { id: name, name }, gemeente: 'Gorinchem', pip, activity };
}

describe('groupUnplanned', () => {
  it('groups by kind in the order of the chain, highest priority first, then by name', () => {
    const groups = groupUnplanned([
      unplanned('1', 'trialLesson', 'Zahra'),
      unplanned('2', 'groupInfo', 'Yonas'),
      unplanned('3', 'trialLesson', 'Amal'),
      unplanned('4', 'trialLesson', 'Omar', 5),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['groupInfo', 'trialLesson']);
    expect(groups[1].items.map((i) => i.participant.name)).toEqual(['Omar', 'Amal', 'Zahra']);
  });
});

describe('deadlines', () => {
  const missed = person('Missed', term('missed', -3), term('met', null));
  const warnSoon = person('WarnSoon', term('ok', 40), term('warning', 2));
  const warnLater = person('WarnLater', term('warning', 6), term('ok', 20));
  const fine = person('Fine', term('ok', 30), term('ok', 12));
  const unknown = person('Unknown', term('unknown', null), term('unknown', null));

  it('takes the more pressing of the two terms', () => {
    expect(worstTerm(warnSoon)).toBe(warnSoon.activity);
    expect(worstTerm(missed)).toBe(missed.pip);
    expect(worstTerm(fine)).toBe(fine.activity);
  });

  it('sorts missed, then warnings by days left, then the rest', () => {
    expect(sortByUrgency([fine, unknown, warnLater, missed, warnSoon]).map((p) => p.participant.name)).toEqual(['Missed', 'WarnSoon', 'WarnLater', 'Fine', 'Unknown']);
    expect(countStates([fine, unknown, warnLater, missed, warnSoon])).toEqual({ missed: 1, warning: 2 });
  });

  it('writes days left and days late in Dutch', () => {
    expect(daysText(term('ok', 5), 'activity', t, 'nl')).toBe('nog 5 dagen');
    expect(daysText(term('warning', 1), 'activity', t, 'nl')).toBe('nog 1 dag');
    expect(daysText(term('warning', 0), 'activity', t, 'nl')).toBe('vandaag');
    expect(daysText(term('missed', -1), 'activity', t, 'nl')).toBe('1 dag te laat');
    expect(daysText(term('missed', -12), 'activity', t, 'nl')).toBe('12 dagen te laat');
    expect(daysText(term('met', null), 'activity', t, 'nl')).toBe('Gehaald');
    expect(daysText(term('unknown', null), 'activity', t, 'nl')).toBe('Onbekend');
  });

  it('reads a term met after its deadline as done late, with the day and a fixed number of days, in both languages', () => {
    // Housed 2026-11-01 (norm to 2026-11-29), first activity on 14 December; read on any later day.
    for (const today of ['2026-12-15', '2026-12-31']) {
      const started = activityTerm('2026-11-01', today, '2026-12-14');
      expect(daysText(started, 'activity', t, 'nl')).toBe('Gestart op 14 december, 15 dagen te laat');
      expect(daysText(started, 'activity', en, 'en')).toBe('Started on 14 December, 15 days late');
      expect(metLateText(started, 'activity', t, 'nl')).toBe('Gestart op 14 december, 15 dagen te laat');
    }
    const pip = pipTerm('2026-08-01', '2026-11-25', '2026-10-11');
    expect(daysText(pip, 'pip', t, 'nl')).toBe('Vastgesteld op 11 oktober, 1 dag te laat');
    expect(daysText(pip, 'pip', en, 'en')).toBe('Set on 11 October, 1 day late');
    // On time it stays "Gehaald"; a late start is neither urgent nor counted as verstreken.
    expect(metLateText(activityTerm('2026-11-01', '2026-12-15', '2026-11-20'), 'activity', t, 'nl')).toBeNull();
    const late = person('Late', pip, activityTerm('2026-11-01', '2026-12-15', '2026-12-14'));
    expect(countStates([late])).toEqual({ missed: 0, warning: 0 });
  });

  it('says when a first activity is booked ahead: on time "Gepland op", after the deadline "te laat"', () => {
    const planned: TermStatus = { state: 'planned', daysLeft: 11, deadline: '2026-12-18', plannedOn: '2026-12-14' };
    expect(daysText(planned, 'activity', t, 'nl')).toBe('Gepland op 14 december');
    expect(daysText(planned, 'activity', en, 'en')).toBe('Planned for 14 December');
    expect(plannedLateText(planned, t, 'nl')).toBeNull();
    const late: TermStatus = { state: 'warning', daysLeft: 11, deadline: '2026-12-18', plannedOn: '2026-12-21' };
    expect(daysText(late, 'activity', t, 'nl')).toBe('nog 11 dagen');
    expect(plannedLateText(late, t, 'nl')).toBe('gepland op 21 december: te laat');
    expect(plannedLateText(late, en, 'en')).toBe('planned for 21 December: too late');
    expect(plannedLateText(term('warning', 3), t, 'nl')).toBeNull();
    // Planned on time sorts after a running term and before one met, and is not urgent.
    const p = person('Planned', term('met', null), planned);
    expect(sortByUrgency([p, person('Fine', term('ok', 30), term('ok', 12))]).map((x) => x.participant.name)).toEqual(['Fine', 'Planned']);
    expect(countStates([p])).toEqual({ missed: 0, warning: 0 });
  });
});

describe('address of the tab', () => {
  it('round-trips "Niet gepland & termijnen" with its week', () => {
    const hash = placeToHash({ role: 'coordinator', section: 'unplanned', weekStart: '2026-11-23' });
    expect(hash).toBe('#/termijnen/2026-W48');
    expect(hashToPlace(hash)).toEqual({ role: 'coordinator', section: 'unplanned', weekStart: '2026-11-23' });
    expect(hashToPlace('#/termijnen')).toEqual({ role: 'coordinator', section: 'unplanned', weekStart: null });
  });
});
