// The text of the calendar (.ics) entries handed to staff, in the reader's language
// (shared/export/published-week.ts). The file leaves the app: no participant is named.
import type { Catalog } from './types';

export const CALENDAR_MESSAGES: Catalog = {
  'ics.groupInfo': { nl: 'Groepsvoorlichting {language}', en: 'Group information session {language}' },
  'ics.groupInfoNoLanguage': { nl: 'Groepsvoorlichting', en: 'Group information session' },
  'ics.toets': { nl: 'Leerbaarheidstoets', en: 'Learnability test' },
  'ics.cancelled': { nl: 'Deze afspraak gaat niet door.', en: 'This appointment is cancelled.' },
  'ics.consultant': { nl: 'Consulent: {name}', en: 'Consultant: {name}' },
  'ics.interpreter': { nl: 'Tolk: {name}', en: 'Interpreter: {name}' },
  'ics.participants': { nl: 'Aantal deelnemers: {n}', en: 'Number of participants: {n}' },
  'ics.proposed': { nl: 'Nog een voorstel: tijd en plaats kunnen nog wijzigen.', en: 'Still a proposal: time and place may change.' },
  'ics.calendarName': { nl: 'Keten Planner week {week} – {name}', en: 'Keten Planner week {week} – {name}' },
};
