import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n';
import { personChangeText, type SessionChangeView } from './changesText';

const t = translatorFor('nl');
type Snap = NonNullable<SessionChangeView['before']>;
const snap: Snap = {
  start: '2026-11-24T10:00',
  end: '2026-11-24T12:00',
  status: 'accepted',
  room: { id: 'R1', name: 'Zaal 1', locationName: 'Gemeentehuis Gorinchem' },
  consultant: { id: 'C1', name: 'Anna de Vries' },
  interpreter: { id: 'T1', name: 'Karim Haddad' },
  participantCount: 8,
};
const change = (what: SessionChangeView['what'], before: Snap | null, after: Snap | null): SessionChangeView => ({
  sessionId: 'S1',
  what,
  kind: 'groupInfo',
  language: 'ar',
  before,
  after,
});

describe('what changed, in words', () => {
  it('a move names the old and the new time, and what else changed', () => {
    const moved = { ...snap, start: '2026-11-25T13:00', end: '2026-11-25T15:00' };
    expect(personChangeText(change('moved', snap, moved), 'moved', t, 'nl')).toBe('Groepsvoorlichting Arabisch verplaatst van di 24 nov. 10:00 naar wo 25 nov. 13:00');
    const sameDay = { ...snap, start: '2026-11-24T13:00', end: '2026-11-24T15:00' };
    expect(personChangeText(change('moved', snap, sameDay), 'moved', t, 'nl')).toBe('Groepsvoorlichting Arabisch op di 24 nov. verplaatst van 10:00 naar 13:00');
    const elsewhere = { ...moved, room: { id: 'R2', name: 'Zaal 2', locationName: 'Bibliotheek' } };
    expect(personChangeText(change('moved', snap, elsewhere), 'moved', t, 'nl')).toBe(
      'Groepsvoorlichting Arabisch verplaatst van di 24 nov. 10:00 naar wo 25 nov. 13:00; ruimte Zaal 2, Bibliotheek',
    );
    expect(personChangeText(change('moved', snap, { ...snap, end: '2026-11-24T12:30' }), 'moved', t, 'nl')).toBe(
      'Groepsvoorlichting Arabisch op di 24 nov. 10:00 gewijzigd: eindigt nu om 12:30',
    );
  });

  it('a change in place names what changed', () => {
    const after: Snap = { ...snap, interpreter: null, participantCount: 7 };
    expect(personChangeText(change('changed', snap, after), 'changed', t, 'nl')).toBe('Groepsvoorlichting Arabisch op di 24 nov. 10:00 gewijzigd: zonder tolk, nu 7 deelnemers');
  });

  it('cancelled and new read differently for a session gone and for a person taken off or put on it', () => {
    expect(personChangeText(change('cancelled', snap, null), 'cancelled', t, 'nl')).toBe('Groepsvoorlichting Arabisch op di 24 nov. 10:00 gaat niet door');
    expect(personChangeText(change('changed', snap, snap), 'cancelled', t, 'nl')).toBe('Niet meer bij Groepsvoorlichting Arabisch op di 24 nov. 10:00');
    expect(personChangeText(change('new', null, snap), 'new', t, 'nl')).toBe('Nieuw: Groepsvoorlichting Arabisch op di 24 nov. 10:00');
    expect(personChangeText(change('changed', snap, snap), 'new', t, 'nl')).toBe('Nu ingedeeld bij Groepsvoorlichting Arabisch op di 24 nov. 10:00');
    expect(personChangeText({ ...change('cancelled', snap, null), kind: 'toets', language: null }, 'cancelled', translatorFor('en'), 'en')).toBe(
      'Learnability test on Tue 24 Nov 10:00 is cancelled',
    );
  });
});
