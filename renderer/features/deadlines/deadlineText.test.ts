import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n';
import { hashToPlace, placeToHash } from '../../stores/location';
import { countStates, daysText, groupUnplanned, sortByUrgency, worstTerm, type DeadlineItem, type TermStatus, type UnplannedItem } from './deadlineText';

const t = translatorFor('nl');

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
    expect(daysText(term('ok', 5), t)).toBe('nog 5 dagen');
    expect(daysText(term('warning', 1), t)).toBe('nog 1 dag');
    expect(daysText(term('warning', 0), t)).toBe('vandaag');
    expect(daysText(term('missed', -1), t)).toBe('1 dag te laat');
    expect(daysText(term('missed', -12), t)).toBe('12 dagen te laat');
    expect(daysText(term('met', null), t)).toBe('Gehaald');
    expect(daysText(term('unknown', null), t)).toBe('Onbekend');
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
