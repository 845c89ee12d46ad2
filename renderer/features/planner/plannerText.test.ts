import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../../shared/api/contract';
import { translatorFor } from '../../i18n';
import { formatCost, gapText, percent, phaseLabel, planDetailLines, proposalCountsText } from './plannerText';
import { sessionsByDay } from './printText';

const t = translatorFor('nl');

describe('planner figures', () => {
  it('turns the planner phase into a sentence and keeps unknown phases visible', () => {
    expect(phaseLabel('verbeteren', t)).toBe('Plan verbeteren');
    expect(phaseLabel('opbouwen', translatorFor('en'))).toBe('Building a first plan');
    expect(phaseLabel('ondergrens', t)).toBe('Ondergrens');
  });

  it('writes costs and the gap to the bound the Dutch way', () => {
    expect(formatCost(546348, 'nl')).toBe('546.348');
    expect(formatCost(12.345, 'nl')).toBe('12,3');
    expect(formatCost(546348, 'en')).toBe('546,348');
    expect(gapText(200, 150, 'nl')).toBe('25%');
    expect(gapText(546348, 463295, 'nl')).toBe('15,2%');
    expect(gapText(100, null, 'nl')).toBeNull();
    expect(gapText(0, 0, 'nl')).toBe('0%');
  });

  it('clamps the progress fraction', () => {
    expect(percent(0.456)).toBe(46);
    expect(percent(1.2)).toBe(100);
    expect(percent(-1)).toBe(0);
  });
});

function session(id: string, start: string, room = 'Zaal 1'): PlannedSession {
  return {
    id,
    kind: 'toets',
    status: 'accepted',
    start,
    end: start.slice(0, 11) + '23:00',
    language: null,
    room: { id: room, name: room, locationId: 'l', locationName: 'Stadhuis', gemeente: 'Gorinchem' },
    consultant: { id: 'c', name: 'C' },
    interpreter: null,
    pinned: false,
    participantCount: 0,
    participants: [],
    version: 1,
  };
}

describe('sessionsByDay (printed overview)', () => {
  it('always has Monday to Friday, weekend days only when used, sessions in time order', () => {
    const days = sessionsByDay('2026-11-23', [
      session('b', '2026-11-24T13:00'),
      session('a', '2026-11-24T09:00', 'Zaal 2'),
      session('c', '2026-11-24T09:00', 'Zaal 1'),
      session('sat', '2026-11-28T10:00'),
    ]);
    expect(days.map((d) => d.day)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']);
    expect(days[1].sessions.map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(days[0].sessions).toEqual([]);
  });
});

describe('proposalCountsText', () => {
  it('names every kind a proposal holds, leaving out the empty ones', () => {
    expect(proposalCountsText({ sessions: 10, trials: 12, intakes: 5, care: 3 }, t)).toBe('10 sessies, 12 proeflessen, 5 startklasplaatsen en 3 opvangboekingen');
    expect(proposalCountsText({ sessions: 1, trials: 0, intakes: 0, care: 1 }, t)).toBe('1 sessie en 1 opvangboeking');
    expect(proposalCountsText({ sessions: 0, trials: 1, intakes: 0, care: 0 }, t)).toBe('1 proefles');
    expect(proposalCountsText({ sessions: 0, trials: 0, intakes: 0, care: 0 }, t)).toBe('niets');
    expect(proposalCountsText({ sessions: 2, trials: 1, intakes: 0, care: 0 }, translatorFor('en'))).toBe('2 sessions and 1 trial lesson');
  });
});

describe('optimisation figures in words (behind "Details")', () => {
  it('says how far the plan can be from the best possible, in Dutch and English', () => {
    const en = translatorFor('en');
    expect(planDetailLines(100, 88, t, 'nl')[0]).toBe('Dit plan is hooguit 12% van het best mogelijke af.');
    expect(planDetailLines(100, 88, en, 'en')[0]).toBe('This plan is at most 12% away from the best possible.');
    expect(planDetailLines(597596, 597596, t, 'nl')[0]).toMatch(/^Dit plan is het best mogelijke/);
    expect(planDetailLines(1000, 999.9, t, 'nl')[0]).toBe('Dit plan is minder dan 1% van het best mogelijke af.');
    expect(planDetailLines(597596, null, t, 'nl')).toEqual([expect.stringMatching(/^Score van het plan: 597\.596 \(lager is beter/)]);
    expect(planDetailLines(null, 3, t, 'nl')).toEqual([]);
    // No raw jargon: no "ondergrens", no "afstand".
    expect(planDetailLines(100, 88, t, 'nl').join(' ')).not.toMatch(/ondergrens|afstand/);
  });
});
