// Who changed what and when: the refusal of a change made on a stale form or session (issue 12). The
// account, the time and the row travel as parameters; shared/domain/changed-by.ts builds them.
import type { Catalog } from './types';

export const CHANGE_MESSAGES: Catalog = {
  'changes.staleManage': {
    nl: '{who} heeft {what} {when} gewijzigd; het scherm toont nu de huidige stand.',
    en: '{who} changed {what} {when}; the screen now shows the current state.',
  },
  'changes.staleManageUnknown': {
    nl: 'Intussen is {what} gewijzigd; het scherm toont nu de huidige stand.',
    en: 'Meanwhile {what} was changed; the screen now shows the current state.',
  },
  // A session someone else changed first: what they did to it.
  'changes.staleSession.moved': {
    nl: '{who} heeft deze sessie {when} verplaatst; het scherm toont nu de huidige stand.',
    en: '{who} moved this session {when}; the screen now shows the current state.',
  },
  'changes.staleSession.changed': {
    nl: '{who} heeft deze sessie {when} gewijzigd; het scherm toont nu de huidige stand.',
    en: '{who} changed this session {when}; the screen now shows the current state.',
  },
  'changes.staleSession.participants': {
    nl: '{who} heeft {when} de deelnemers van deze sessie gewijzigd; het scherm toont nu de huidige stand.',
    en: "{who} changed this session's participants {when}; the screen now shows the current state.",
  },
  'changes.staleSession.pinned': {
    nl: '{who} heeft deze sessie {when} vastgezet; het scherm toont nu de huidige stand.',
    en: '{who} pinned this session {when}; the screen now shows the current state.',
  },
  'changes.staleSession.unpinned': {
    nl: '{who} heeft deze sessie {when} losgemaakt; het scherm toont nu de huidige stand.',
    en: '{who} unpinned this session {when}; the screen now shows the current state.',
  },
  'changes.staleSessionUnknown': {
    nl: 'Deze sessie is intussen gewijzigd; het scherm toont nu de huidige stand.',
    en: 'This session was changed meanwhile; the screen now shows the current state.',
  },
  // An account on the team server: "fatima (coördinator)".
  'changes.account': { nl: '{name} ({role})', en: '{name} ({role})' },
  'changes.role.beheerder': { nl: 'beheerder', en: 'administrator' },
  'changes.role.coordinator': { nl: 'coördinator', en: 'coordinator' },
  'changes.role.consultant': { nl: 'consulent', en: 'consultant' },
  'changes.role.liaison': { nl: 'taalschool', en: 'language school' },
  // A profile in the desktop app, without an account.
  'changes.profile.coordinator': { nl: 'De coördinator', en: 'The coordinator' },
  'changes.profile.consultant': { nl: 'Een consulent', en: 'A consultant' },
  'changes.profile.liaison': { nl: 'Een taalschool', en: 'A language school' },
  'changes.atToday': { nl: 'om {time}', en: 'at {time}' },
  'changes.sinceToday': { nl: 'sinds {time}', en: 'since {time}' },
  'changes.sinceDay': { nl: 'sinds {date} {time}', en: 'since {date} {time}' },
  // Another account plans the week (the team server's planning lock).
  'changes.planningLock': {
    nl: 'Week {week} wordt gepland door {who} {when}. Starten of accepteren kan als die planning is geaccepteerd of verworpen.',
    en: 'Week {week} is being planned by {who} {when}. Starting or accepting is possible once that plan is accepted or discarded.',
  },
  'changes.atDay': { nl: 'op {date} om {time}', en: 'on {date} at {time}' },
  'changes.what.gemeente': { nl: 'deze gemeente', en: 'this municipality' },
  'changes.what.location': { nl: 'deze locatie', en: 'this location' },
  'changes.what.room': { nl: 'deze ruimte', en: 'this room' },
  'changes.what.consultant': { nl: 'deze consulent', en: 'this consultant' },
  'changes.what.interpreter': { nl: 'deze tolk', en: 'this interpreter' },
  'changes.what.school': { nl: 'deze taalschool', en: 'this language school' },
  'changes.what.class': { nl: 'deze klas', en: 'this class' },
  'changes.what.startklasIntake': { nl: 'dit intakemoment', en: 'this intake slot' },
  'changes.what.childcareProvider': { nl: 'deze opvangaanbieder', en: 'this childcare provider' },
  'changes.what.settings': { nl: 'de instellingen', en: 'the settings' },
  'changes.what.participant': { nl: 'deze deelnemer', en: 'this participant' },
  'changes.what.household': { nl: 'dit huishouden', en: 'this household' },
};
