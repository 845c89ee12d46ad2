import { describe, expect, it } from 'vitest';
import { renderMsg } from '../messages';
import { actorMsg, historyMsg, purposeMsg, PURPOSE_CODES, whyMsg, withoutProposals, type HistoryRowIn } from './people-history';

const both = (row: HistoryRowIn) => [renderMsg(historyMsg(row), 'nl'), renderMsg(historyMsg(row), 'en')];

describe('a client\u2019s history as messages', () => {
  it('reads in Dutch and in English from the same row', () => {
    expect(both({ entity: 'participant', action: 'update', details: { fields: ['digitalSkill', 'busy'] } })).toEqual([
      'Gegevens gewijzigd: digitale vaardigheid en vaste bezigheden',
      'Details changed: digital skills and fixed commitments',
    ]);
    expect(both({ entity: 'participant', action: 'create', details: { fields: ['givenName'] } })).toEqual(['Deelnemer ingeschreven', 'Participant registered']);
    expect(both({ entity: 'booking', action: 'create', details: { type: 'trialLesson', demandId: 'D-001-proef-a' } })).toEqual(['Geboekt: proefles', 'Booked: trial lesson']);
    expect(both({ entity: 'booking', action: 'delete', details: { type: 'mystery' } })).toEqual(['Boeking geannuleerd: afspraak', 'Booking cancelled: appointment']);
    expect(both({ entity: 'demand', action: 'create', details: { participantId: 'P-001', kind: 'toets' } })).toEqual([
      'Stap toegevoegd: leerbaarheidstoets',
      'Step added: learnability test',
    ]);
    expect(both({ entity: 'demand', action: 'update', details: { status: 'done' } })).toEqual(['Stap bijgewerkt: gedaan', 'Step updated: done']);
    expect(both({ entity: 'child', action: 'update', details: { fields: ['birthDate'] } })).toEqual([
      'Gegevens van een kind gewijzigd: geboortedatum',
      'Details of a child changed: date of birth',
    ]);
  });

  it('names no field the forms do not have, and no id or value', () => {
    const row = { entity: 'household', action: 'update', details: { fields: ['secretColumn', 'adultsOutside', 'otherColumn'], id: 'H-007', value: 'Yılmaz' } };
    expect(both(row)).toEqual(['Huishouden gewijzigd: overige gegevens en volwassenen buiten het programma', 'Household changed: other details and adults outside the programme']);
    expect(both(row).join(' ')).not.toMatch(/H-007|Yılmaz|secretColumn/);
  });

  it('names who did it by name, in both languages', () => {
    const names = { consultants: new Map([['C-01', 'Marieke van der Linden']]), schools: new Map([['S-1', 'Taalhuis']]) };
    const who = (actor: string) => [renderMsg(actorMsg(actor, names), 'nl'), renderMsg(actorMsg(actor, names), 'en')];
    expect(who('coordinator')).toEqual(['Coördinator', 'Coordinator']);
    expect(who('fatima (coordinator)')).toEqual(['fatima (coördinator)', 'fatima (coordinator)']);
    expect(who('marieke (consultant:C-01)')).toEqual(['Marieke van der Linden', 'Marieke van der Linden']);
    expect(who('consultant:C-99')).toEqual(['Consulent', 'Consultant']);
    expect(who('liaison:S-1')).toEqual(['Taalschool Taalhuis', 'Language school Taalhuis']);
    expect(who('liaison:S-9')).toEqual(['Taalschool', 'Language school']);
    expect(who('demo')).toEqual(['Startgegevens demo', 'Demo starting data']);
    expect(who('import')).toEqual(['Het programma', 'The programme']);
  });
});

describe('why it was done', () => {
  it('writes the services\u2019 purposes in the reader\u2019s language, with the same Dutch as the catalogue', () => {
    for (const purpose of Object.keys(PURPOSE_CODES)) {
      expect(renderMsg(purposeMsg(purpose), 'nl')).toBe(purpose);
      expect(renderMsg(purposeMsg(purpose), 'en')).not.toBe(purpose);
    }
    expect(renderMsg(purposeMsg('toets boeken'), 'en')).toBe('booking a test');
    expect(renderMsg(purposeMsg('traject beëindigen: verhuisd'), 'en')).toBe('ending the trajectory: verhuisd');
    expect(renderMsg(purposeMsg('iets anders'), 'en')).toBe('iets anders');
  });
});

describe('what was booked, and why', () => {
  const en = (row: HistoryRowIn, facts = {}) => renderMsg(historyMsg(row, facts), 'en');
  it('names the kind, the language, the school and the time', () => {
    expect(en({ entity: 'booking', action: 'delete', details: { type: 'session', kind: 'groupInfo', start: '2026-11-24T13:30', end: '2026-11-24T15:30', language: 'ar' } })).toBe(
      'Booking cancelled: group information session in Arabic on Tue 24 Nov 13:30–15:30',
    );
    expect(en({ entity: 'booking', action: 'create', details: { type: 'session', sessionId: 'S-1' } }, { kind: 'toets', start: '2026-12-01T09:00', end: '2026-12-01T10:30' })).toBe(
      'Booked: learnability test on Tue 1 Dec 09:00–10:30',
    );
    expect(en({ entity: 'booking', action: 'create', details: { type: 'trialLesson', classId: 'K-1', start: '2026-12-01T09:00' } }, { school: 'Taalhuis' })).toBe(
      'Booked: trial lesson at Taalhuis on Tue 1 Dec at 09:00',
    );
    expect(
      en(
        { entity: 'booking', action: 'create', details: { type: 'startklasIntake', intakeId: 'I-1', date: '2026-11-26' } },
        { start: '2026-11-26T13:30', end: '2026-11-26T14:15' },
      ),
    ).toBe('Booked: startklas intake on Thu 26 Nov 13:30–14:15');
    // Nothing more known: the kind alone, as before.
    expect(en({ entity: 'booking', action: 'create', details: { type: 'session', sessionId: 'S-gone' } })).toBe('Booked: group information session or learnability test');
    expect(en({ entity: 'booking', action: 'update', details: { type: 'session', sessionId: 'S-1', fields: ['start'] } }, { kind: 'toets', start: '2026-12-01T09:00' })).toBe(
      'Appointment changed: learnability test on Tue 1 Dec at 09:00',
    );
    expect(en({ entity: 'booking', action: 'update', details: { type: 'Wijziging ongedaan gemaakt', weekStart: '2026-11-23' } })).toBe('Bookings of the week adjusted');
  });

  it('gives the reason typed with "Toch boeken", quoted as typed, instead of the purpose', () => {
    const row = { purpose: 'toets boeken', details: { type: 'session', override: { reason: 'Oma past op' } } };
    expect([renderMsg(whyMsg(row), 'nl'), renderMsg(whyMsg(row), 'en')]).toEqual(['toch geboekt: "Oma past op"', 'booked anyway: "Oma past op"']);
    expect(renderMsg(whyMsg({ purpose: 'toets boeken', details: { type: 'session' } }), 'en')).toBe('booking a test');
    expect(renderMsg(purposeMsg('import uit deelnemers.xlsx'), 'en')).toBe('import from deelnemers.xlsx');
  });
});

describe('proposals in the history', () => {
  const row = (action: string, details: Record<string, unknown>, purpose = 'x') => ({ entity: 'booking', action, details, purpose });
  const newestFirst = <T>(rows: T[]) => [...rows].reverse();

  it('leaves out a proposal that was discarded or replaced, with the row that removed it', () => {
    const rows = [
      row('create', { type: 'session', sessionId: 'VS-1', demandId: 'D-1', status: 'proposed' }),
      row('delete', { type: 'session', sessionId: 'VS-1', demandId: 'D-1' }),
      row('create', { type: 'trialLesson', demandId: 'D-2', status: 'proposed' }),
      row('delete', { type: 'trialLesson', demandId: 'D-2', proposal: true }),
      // Older rows: no status, the planner's purpose; removed by their session.
      row('create', { type: 'session', sessionId: 'VS-2', demandId: 'D-3' }, 'Voorstel weekplanning van de planner opgeslagen'),
      row('delete', { type: 'session', sessionId: 'VS-2', demandId: 'D-3' }, 'Voorstel weekplanning verworpen'),
      row('create', { type: 'session', sessionId: 'S-9', demandId: 'D-4', status: 'accepted' }),
    ];
    expect(withoutProposals(newestFirst(rows))).toEqual([rows[6]]);
  });

  it('shows an accepted proposal as its acceptance, and what happens to it afterwards', () => {
    const rows = [
      row('create', { type: 'session', sessionId: 'VS-1', demandId: 'D-1', status: 'proposed' }),
      row('update', { type: 'session', sessionId: 'VS-1', status: 'accepted' }),
      row('delete', { type: 'session', sessionId: 'VS-1', demandId: 'D-1' }, 'Sessie geannuleerd in de weekplanning'),
      row('create', { type: 'startklasIntake', demandId: 'D-2' }, 'Voorstel weekplanning opgeslagen'),
      row('update', { type: 'startklasIntake', status: 'accepted' }),
    ];
    expect(withoutProposals(newestFirst(rows))).toEqual(newestFirst([rows[1], rows[2], rows[4]]));
  });
});
