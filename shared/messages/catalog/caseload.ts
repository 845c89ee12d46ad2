// What the consultant's caseload and the client page call a step and a booked appointment
// (shared/domain/appointment-words.ts): by kind, language school and class name, never an id.
import type { Catalog } from './types';

export const CASELOAD_MESSAGES: Catalog = {
  // A booked appointment
  'caseload.appointment.groupInfo': { nl: 'Groepsvoorlichting', en: 'Group information session' },
  'caseload.appointment.toets': { nl: 'Leerbaarheidstoets', en: 'Learnability test' },
  'caseload.appointment.trialLesson': { nl: 'Proefles {school} ({klas})', en: 'Trial lesson at {school} ({klas})' },
  'caseload.appointment.startklasIntake': { nl: 'Intake startklas', en: 'Startklas intake' },
  // A step (what is to be booked)
  'caseload.step.groupInfo': { nl: 'Groepsvoorlichting', en: 'Group information session' },
  'caseload.step.toets': { nl: 'Leerbaarheidstoets', en: 'Learnability test' },
  'caseload.step.trialLesson': { nl: 'Proefles', en: 'Trial lesson' },
  'caseload.step.trialLessonAt': { nl: 'Proefles {school}', en: 'Trial lesson at {school}' },
  'caseload.step.startklasIntake': { nl: 'Startklas-intake', en: 'Startklas intake' },

  // The coordinator's caseload shows one chosen participant (consultant.caseload)
  'caseload.pickParticipant': { nl: 'Kies een deelnemer.', en: 'Choose a participant.' },
  // The day the PIP was set (pip.set)
  'caseload.pip.future': { nl: 'Een PIP kan niet in de toekomst zijn vastgesteld.', en: 'A PIP cannot have been set in the future.' },
  'caseload.pip.beforeKoppeling': {
    nl: 'De PIP kan niet vóór de koppeling ({date}) zijn vastgesteld.',
    en: 'The PIP cannot have been set before the linking to the municipality ({date}).',
  },
  'caseload.pip.beforeRegistration': {
    nl: 'De PIP kan niet vóór de inschrijving in de gemeente ({date}) zijn vastgesteld.',
    en: 'The PIP cannot have been set before the registration in the municipality ({date}).',
  },
};
