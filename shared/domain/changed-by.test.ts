import { describe, expect, it } from 'vitest';
import { renderMsg } from '../messages';
import { accountParam, actorParam, planningLockMsg, staleFormMsg, staleSessionMsg } from './changed-by';

const written = (actor: string, lang: 'nl' | 'en') => {
  const v = actorParam(actor);
  return v.type === 'msg' ? renderMsg(v.value, lang) : v.type === 'text' ? v.value : null;
};

describe('who changed it and when', () => {
  it('names an account with its role, a desktop profile by its role, anything else as it is', () => {
    expect(written('fatima (coordinator)', 'nl')).toBe('fatima (coördinator)');
    expect(written('sara (liaison:S-MERW)', 'nl')).toBe('sara (taalschool)');
    expect(written('sara (liaison:S-MERW)', 'en')).toBe('sara (language school)');
    expect(written('consultant:C-01', 'nl')).toBe('Een consulent');
    expect(written('import', 'en')).toBe('import');
  });

  it('refuses a stale Beheer save in Dutch and in English, without ids', () => {
    const m = staleFormMsg('interpreter', { actor: 'joris (coordinator)', at: '2026-11-24T16:05:00' }, '2026-11-25T11:00:00');
    expect(renderMsg(m, 'nl')).toBe('joris (coördinator) heeft deze tolk op di 24 nov 2026 om 16:05 gewijzigd; het scherm toont nu de huidige stand.');
    expect(renderMsg(m, 'en')).toBe('joris (coordinator) changed this interpreter on Tue 24 Nov 2026 at 16:05; the screen now shows the current state.');
    const desk = staleFormMsg('class', { actor: 'liaison:S-MERW', at: '2026-11-25T10:42:00' }, '2026-11-25T11:00:00');
    expect(renderMsg(desk, 'en')).toBe('A language school changed this class at 10:42; the screen now shows the current state.');
    expect(renderMsg(staleFormMsg('room', null, '2026-11-25T11:00:00'), 'nl')).toBe('Intussen is deze ruimte gewijzigd; het scherm toont nu de huidige stand.');
  });

  it('refuses a stale participant or household form in both languages', () => {
    const change = { actor: 'fatima (coordinator)', at: '2026-11-25T10:42:00' };
    expect(renderMsg(staleFormMsg('participant', change, '2026-11-25T11:00:00'), 'nl')).toBe(
      'fatima (coördinator) heeft deze deelnemer om 10:42 gewijzigd; het scherm toont nu de huidige stand.',
    );
    expect(renderMsg(staleFormMsg('participant', change, '2026-11-25T11:00:00'), 'en')).toBe(
      'fatima (coordinator) changed this participant at 10:42; the screen now shows the current state.',
    );
    expect(renderMsg(staleFormMsg('household', null, '2026-11-25T11:00:00'), 'en')).toBe('Meanwhile this household was changed; the screen now shows the current state.');
  });

  it('says what was done to a stale session, in both languages', () => {
    const at = (what: 'moved' | 'participants' | 'unpinned', lang: 'nl' | 'en') =>
      renderMsg(staleSessionMsg({ actor: 'fatima (coordinator)', at: '2026-11-24T16:05:00', what }, '2026-11-25T11:00:00'), lang);
    expect(at('moved', 'nl')).toBe('fatima (coördinator) heeft deze sessie op di 24 nov 2026 om 16:05 verplaatst; het scherm toont nu de huidige stand.');
    expect(at('moved', 'en')).toBe('fatima (coordinator) moved this session on Tue 24 Nov 2026 at 16:05; the screen now shows the current state.');
    expect(at('participants', 'nl')).toBe('fatima (coördinator) heeft op di 24 nov 2026 om 16:05 de deelnemers van deze sessie gewijzigd; het scherm toont nu de huidige stand.');
    expect(at('participants', 'en')).toBe("fatima (coordinator) changed this session's participants on Tue 24 Nov 2026 at 16:05; the screen now shows the current state.");
    expect(at('unpinned', 'en')).toBe('fatima (coordinator) unpinned this session on Tue 24 Nov 2026 at 16:05; the screen now shows the current state.');
    const desk = staleSessionMsg({ actor: 'consultant:C-01', at: '2026-11-25T10:42:00', what: 'pinned' }, '2026-11-25T11:00:00');
    expect(renderMsg(desk, 'en')).toBe('A consultant pinned this session at 10:42; the screen now shows the current state.');
    expect(renderMsg(desk, 'nl')).not.toMatch(/C-01/);
    expect(renderMsg(staleSessionMsg(null, '2026-11-25T11:00:00'), 'en')).toBe('This session was changed meanwhile; the screen now shows the current state.');
  });

  it('says who plans a locked week and since when, in both languages', () => {
    const today = planningLockMsg(48, accountParam('fatima', 'coordinator'), '2026-11-25T10:42:00', '2026-11-25T11:00:00');
    expect(renderMsg(today, 'nl')).toBe('Week 48 wordt gepland door fatima (coördinator) sinds 10:42. Starten of accepteren kan als die planning is geaccepteerd of verworpen.');
    expect(renderMsg(today, 'en')).toBe('Week 48 is being planned by fatima (coordinator) since 10:42. Starting or accepting is possible once that plan is accepted or discarded.');
    const earlier = planningLockMsg(48, accountParam('joris', 'beheerder'), '2026-11-24T16:05:00', '2026-11-25T11:00:00');
    expect(renderMsg(earlier, 'en')).toBe(
      'Week 48 is being planned by joris (administrator) since Tue 24 Nov 2026 16:05. Starting or accepting is possible once that plan is accepted or discarded.',
    );
  });
});
