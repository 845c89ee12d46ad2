// A school's note above its trial options, rendered without a DOM (the stores give Dutch there).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TrialOption } from '../../../shared/api/contract';
import { msg } from '../../../shared/messages/types';
import { SchoolNote } from './TrialSection';

const school = { id: 'S-LING', name: 'Taalhuis Lingestad' };
const option: TrialOption = {
  classId: 'K-1',
  className: 'Alfabetisering ochtend',
  route: 'Alfa',
  start: '2026-12-22T09:00',
  end: '2026-12-22T11:30',
  locationName: 'Taalhuis Lingestad, Leerdam',
  trialFree: 1,
  warnings: [],
  childcareOffers: [],
};
const note = (s: Partial<Parameters<typeof SchoolNote>[0]['school']>) =>
  renderToStaticMarkup(createElement(SchoolNote, { school: { school, options: [], booked: null, reason: null, reasonMsg: null, ...s } }));

describe('SchoolNote', () => {
  it('says the options are the first later ones when the school is full in the weeks shown', () => {
    // Before: the sentence was dropped whenever there were options, so lessons of week 52 sat under "Week 50–51".
    const html = note({ options: [option], reasonMsg: msg('booking.trial.later', { school: school.name }) });
    expect(html).toContain('data-testid="trial-later"');
    expect(html).toContain('Taalhuis Lingestad heeft deze en volgende week geen vrije proeflesplek; hieronder de eerstvolgende.');
  });

  it('says nothing above options in the weeks shown, or when a lesson is booked', () => {
    expect(note({ options: [option] })).toBe('');
    expect(note({ options: [], reasonMsg: msg('booking.trial.later', { school: school.name }), booked: { bookingId: 'B-1' } as never })).toBe('');
  });

  it('says why there are no options', () => {
    const html = note({ reasonMsg: msg('booking.trial.noClass', { school: school.name }) });
    expect(html).toContain('notice--warn');
    expect(html).not.toContain('trial-later');
  });
});
