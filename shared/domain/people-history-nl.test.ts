import { describe, expect, it } from 'vitest';
import { actorNl, historyTextNl } from './people-history-nl';

describe('a client\u2019s history in words', () => {
  it('says what changed by field name, never by value or id', () => {
    expect(historyTextNl({ entity: 'participant', action: 'update', details: { fields: ['digitalSkill', 'busy'] } })).toBe(
      'Gegevens gewijzigd: digitale vaardigheid en vaste bezigheden',
    );
    expect(historyTextNl({ entity: 'participant', action: 'update', details: { fields: ['endedOn', 'endReason'] } })).toBe('Traject beëindigd');
    expect(historyTextNl({ entity: 'participant', action: 'delete', details: { erasure: true } })).toBe('Gegevens verwijderd (AVG)');
    expect(historyTextNl({ entity: 'booking', action: 'create', details: { type: 'trialLesson', demandId: 'D-1' } })).toBe('Geboekt: proefles');
    expect(historyTextNl({ entity: 'booking', action: 'update', details: { type: 'session', status: 'accepted' } })).toBe('Boeking vastgesteld: groepsvoorlichting of toets');
    expect(historyTextNl({ entity: 'demand', action: 'delete', details: { participantId: 'P-1', kind: 'startklasIntake' } })).toBe('Stap verwijderd: startklas-intake');
    expect(historyTextNl({ entity: 'child', action: 'update', details: { fields: ['birthDate'] } })).toBe('Gegevens van een kind gewijzigd: geboortedatum');
  });

  it('names who did it', () => {
    const names = { consultants: new Map([['C-01', 'Marieke van der Linden']]), schools: new Map([['S-1', 'Taalhuis']]) };
    expect(actorNl('coordinator', names)).toBe('Coördinator');
    expect(actorNl('consultant:C-01', names)).toBe('Marieke van der Linden');
    expect(actorNl('consultant:C-99', names)).toBe('Consulent');
    expect(actorNl('liaison:S-1', names)).toBe('Taalschool Taalhuis');
    expect(actorNl('demo-seed', names)).toBe('Startgegevens demo');
  });
});
