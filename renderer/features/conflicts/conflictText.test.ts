import { describe, expect, it } from 'vitest';
import type { Conflict, Fix } from '../../../shared/api/contract';
import { translatorFor } from '../../i18n';
import { CATEGORY_ORDER, categoryLabel, conflictTime, countHard, describeFix, groupConflicts } from './conflictText';

const t = translatorFor('nl');

function conflict(id: string, category: Conflict['category'], extra: Partial<Conflict> = {}): Conflict {
  return {
    id,
    category,
    rule: 1,
    severity: 'conflict',
    message: `conflict ${id}`,
    entities: [],
    sessionIds: [],
    participants: [],
    start: null,
    end: null,
    fixes: [],
    ...extra,
  };
}

function fix(conflictsAfter: number, costDelta: number): Fix {
  return {
    id: 'f',
    label: 'Verplaats de toets naar dinsdag 10:00',
    action: { type: 'changeSession', change: { sessionId: 's1', start: '2026-11-24T10:00' } },
    conflictsAfter,
    costDelta,
  };
}

describe('groupConflicts', () => {
  it('puts groups in the reading order and leaves out empty categories', () => {
    const groups = groupConflicts([conflict('a', 'room'), conflict('b', 'household'), conflict('c', 'room'), conflict('d', 'deadline', { severity: 'warning' })]);
    expect(groups.map((g) => g.category)).toEqual(['household', 'room', 'deadline']);
    expect(groups.map((g) => g.items.length)).toEqual([1, 2, 1]);
    expect(groups[2]).toMatchObject({ conflicts: 0, warnings: 1 });
  });

  it('lists hard conflicts before warnings, then by start time', () => {
    const [g] = groupConflicts([
      conflict('late', 'interpreter', { start: '2026-11-25T13:00' }),
      conflict('warn', 'interpreter', { severity: 'warning', start: '2026-11-23T08:00' }),
      conflict('early', 'interpreter', { start: '2026-11-23T09:00' }),
      conflict('notime', 'interpreter'),
    ]);
    expect(g.items.map((c) => c.id)).toEqual(['early', 'late', 'notime', 'warn']);
    expect(g).toMatchObject({ conflicts: 3, warnings: 1 });
  });

  it('keeps deadline warnings in the order the service gives (most urgent first), not by id', () => {
    const [g] = groupConflicts([
      conflict('deadline:P-090', 'deadline', { severity: 'warning' }),
      conflict('deadline:P-004', 'deadline', { severity: 'warning' }),
      conflict('deadline:P-051', 'deadline', { severity: 'warning' }),
    ]);
    expect(g.items.map((c) => c.id)).toEqual(['deadline:P-090', 'deadline:P-004', 'deadline:P-051']);
  });

  it('has a Dutch heading for every category', () => {
    expect(CATEGORY_ORDER.map((c) => categoryLabel(c, t))).toEqual(['Huishouden & opvang', 'Tolk', 'Zaal', 'Consulent', 'Capaciteit', 'Termijnen', 'Overig']);
  });

  it('counts only hard conflicts for the badge', () => {
    expect(countHard([conflict('a', 'room'), conflict('b', 'deadline', { severity: 'warning' })])).toBe(1);
  });
});

describe('describeFix', () => {
  it('says what the week looks like afterwards, the cost in words', () => {
    expect(describeFix(fix(2, -4), 3, t)).toEqual({ text: 'lost dit op; week daarna: 2 conflicten, goedkoper', warning: null });
    expect(describeFix(fix(0, 0), 1, t).text).toBe('lost dit op; week daarna: geen conflicten, kosten gelijk');
    expect(describeFix(fix(1, 2.25), 2, t).text).toBe('lost dit op; week daarna: 1 conflict, kost iets meer reistijd of een minder gunstige tijd');
  });

  it('warns when a fix creates a conflict elsewhere', () => {
    // Three conflicts now; solving one should leave two. Three after means a new one appeared.
    expect(describeFix(fix(3, -1), 3, t).warning).toBe('let op: daarna meer conflicten dan nu (3 → 3)');
    expect(describeFix(fix(2, -1), 3, t).warning).toBeNull();
  });

  it('says in plain words what a dearer fix costs, and does not call fewer conflicts worse', () => {
    const childcare = (conflictsAfter: number, costDelta: number): Fix => ({
      ...fix(conflictsAfter, costDelta),
      action: { type: 'bookChildcare', childId: 'K1', childcareId: 'KO1', slotStart: '2026-11-24T08:00' },
    });
    // Seven conflicts now, six after: solving one is not "worse", even when it costs a place.
    expect(describeFix(childcare(6, 12), 7, t)).toEqual({ text: 'lost dit op; week daarna: 6 conflicten, kost een opvangplaats', warning: null });
    expect(describeFix(childcare(6, 12), 7, translatorFor('en'))).toEqual({ text: 'solves this; week after: 6 conflicts, takes a childcare place', warning: null });
    expect(describeFix(fix(0, 12), 1, t)).toEqual({ text: 'lost dit op; week daarna: geen conflicten, kost iets meer reistijd of een minder gunstige tijd', warning: null });
    expect(describeFix(fix(0, 12), 1, translatorFor('en')).text).toBe('solves this; week after: no conflicts, takes a little more travel or a less convenient time');
    expect(describeFix(fix(0, 0), 1, translatorFor('en')).text).toBe('solves this; week after: no conflicts, same cost');
  });
});

describe('conflictTime', () => {
  const day = (d: string) => `dag ${d.slice(8)}`;
  it('names the day once for a span within one day', () => {
    expect(conflictTime('2026-11-23T09:00', '2026-11-23T10:30', day)).toBe('dag 23 09:00–10:30');
  });
  it('names both days across days, and handles missing ends', () => {
    expect(conflictTime('2026-11-23T09:00', '2026-11-24T10:30', day)).toBe('dag 23 09:00 – dag 24 10:30');
    expect(conflictTime('2026-11-23T09:00', null, day)).toBe('dag 23 09:00');
    expect(conflictTime(null, null, day)).toBeNull();
  });
});
