import { describe, expect, it } from 'vitest';
import { renderMsg } from '../messages';
import { actorLabelNl, atTimeNl, staleManageMsg } from './changed-by';

describe('who changed it and when', () => {
  it('names an account with its role, a desktop profile by its role, anything else as it is', () => {
    expect(actorLabelNl('fatima (coordinator)')).toBe('fatima (coördinator)');
    expect(actorLabelNl('sara (liaison:S-MERW)')).toBe('sara (taalschool)');
    expect(actorLabelNl('consultant:C-01')).toBe('Een consulent');
    expect(actorLabelNl('import')).toBe('import');
  });

  it('says the time today and the day before that', () => {
    expect(atTimeNl('2026-11-25T10:42:00', '2026-11-25T11:00:00')).toBe('om 10:42');
    expect(atTimeNl('2026-11-24T16:05:00', '2026-11-25T11:00:00')).toBe('op di 24 nov 2026 om 16:05');
  });

  it('refuses a stale Beheer save in Dutch and in English, without ids', () => {
    const m = staleManageMsg('interpreter', { actor: 'joris (coordinator)', at: '2026-11-24T16:05:00' }, '2026-11-25T11:00:00');
    expect(renderMsg(m, 'nl')).toBe('joris (coördinator) heeft deze tolk op di 24 nov 2026 om 16:05 gewijzigd; het scherm toont nu de huidige stand.');
    expect(renderMsg(m, 'en')).toBe('joris (coordinator) changed this interpreter on Tue 24 Nov 2026 at 16:05; the screen now shows the current state.');
    const desk = staleManageMsg('class', { actor: 'liaison:S-MERW', at: '2026-11-25T10:42:00' }, '2026-11-25T11:00:00');
    expect(renderMsg(desk, 'en')).toBe('A language school changed this class at 10:42; the screen now shows the current state.');
    expect(renderMsg(staleManageMsg('room', null, '2026-11-25T11:00:00'), 'nl')).toBe('Intussen is deze ruimte gewijzigd; het scherm toont nu de huidige stand.');
  });
});
