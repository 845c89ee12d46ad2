import { describe, expect, it } from 'vitest';
import { careSummary, defaultSlot, noShowPrompt } from './clientText';
import { appointmentMsg } from '../../../shared/domain/appointment-words';

describe('careSummary', () => {
  it('names the weekdays of school hours, which repeat every week', () => {
    const care = [
      { providerName: 'School', kind: 'school' as const, start: '2026-12-07T08:30', end: '2026-12-07T14:30' },
      { providerName: 'School', kind: 'school' as const, start: '2026-12-08T08:30', end: '2026-12-08T14:30' },
      { providerName: 'School', kind: 'school' as const, start: '2026-12-09T08:30', end: '2026-12-09T12:15' },
    ];
    expect(careSummary(care, 'nl')).toEqual(['School 08:30–14:30 (ma, di)', 'School 08:30–12:15 (wo)']);
    expect(careSummary(care, 'en')).toEqual(['School 08:30–14:30 (Mo, Tu)', 'School 08:30–12:15 (We)']);
  });

  it('names the dates of booked childcare, which spans this week and the next', () => {
    // Wednesday of this week and Monday of the next: weekdays alone would read "(wo, ma)".
    const care = [
      { providerName: 'Kinderopvang De Vlinder', kind: 'kinderopvang' as const, start: '2026-12-09T08:30', end: '2026-12-09T12:30' },
      { providerName: 'Kinderopvang De Vlinder', kind: 'kinderopvang' as const, start: '2026-12-14T08:30', end: '2026-12-14T12:30' },
    ];
    expect(careSummary(care, 'nl')).toEqual(['Kinderopvang De Vlinder 08:30–12:30 (wo 9 dec., ma 14 dec.)']);
    expect(careSummary(care, 'en')).toEqual(['Kinderopvang De Vlinder 08:30–12:30 (Wed 9 Dec, Mon 14 Dec)']);
  });
});

describe('noShowPrompt', () => {
  const step = {
    demandId: 'd1',
    kind: 'trialLesson' as const,
    school: { id: 's1', name: 'Taalhuis Lingestad' },
    status: 'planned' as const,
    booking: {
      kind: 'trialLesson' as const,
      label: 'Proefles',
      labelMsg: appointmentMsg({ kind: 'trialLesson' }),
      start: '2026-12-07T09:00',
      end: '2026-12-07T12:00',
      locationName: 'Leerdam',
      status: 'accepted' as const,
    },
    waitingPosition: null,
    state: 'noShow' as const,
  };

  it('says which lesson was missed and when, in one clean sentence', () => {
    // Before: "niet gekomen op 7 dec.. Boek …" (the abbreviation's full stop and the sentence's).
    expect(noShowPrompt(step, 'nl')).toBe('Proefles Taalhuis Lingestad: niet gekomen op maandag 7 december. Boek hieronder een nieuwe.');
    expect(noShowPrompt(step, 'en')).toBe('Trial lesson Taalhuis Lingestad: did not come on Monday 7 December. Book a new one below.');
  });
});

describe('defaultSlot', () => {
  const clash = { sessionId: 'S-1', problems: [{ kind: 'participant' }] };
  const free = { sessionId: 'S-2', problems: [] };
  const later = { sessionId: 'S-3', problems: [] };

  it('does not pick a slot that breaks a hard rule for the consultant', () => {
    // Before: the first slot was chosen, even when it clashed with the client's own trial lesson.
    expect(defaultSlot([clash, free, later], null)).toBe('S-2');
  });

  it('keeps what the consultant chose while it is still offered', () => {
    expect(defaultSlot([clash, free, later], 'S-3')).toBe('S-3');
    expect(defaultSlot([clash, free, later], 'S-1')).toBe('S-1');
    expect(defaultSlot([clash, later], 'S-2')).toBe('S-3');
  });

  it('chooses nothing when every slot breaks a rule, or there is none', () => {
    expect(defaultSlot([clash], null)).toBeNull();
    expect(defaultSlot([], null)).toBeNull();
  });
});
