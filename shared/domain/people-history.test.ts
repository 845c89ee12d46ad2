import { describe, expect, it } from 'vitest';
import { renderMsg } from '../messages';
import { actorMsg, historyMsg, purposeMsg, PURPOSE_CODES, type HistoryRowIn } from './people-history';

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
