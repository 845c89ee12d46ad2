// The planner's result messages (electron/services/planner): what the planner dock says when a
// run stops or fails. Technical error text from below stays as it came ({error}).
import type { Catalog } from './types';

export const PLANNER_MESSAGES: Catalog = {
  'planner.stoppedKept': { nl: 'Gestopt: het beste plan tot nu toe is opgeslagen als voorstel.', en: 'Stopped: the best plan so far has been saved as a proposal.' },
  'planner.stoppedBefore': { nl: 'Gestopt voordat de planning begon.', en: 'Stopped before planning began.' },
  'planner.saveFailed': { nl: 'Het plan kon niet worden opgeslagen: {error}', en: 'The plan could not be saved: {error}' },
  'planner.startFailed': { nl: 'De planner kon niet starten: {error}', en: 'The planner could not start: {error}' },
  'planner.notRunYet': { nl: 'Nog niet ingepland: de planner heeft deze week nog niet gedraaid.', en: 'Not planned yet: the planner has not run for this week.' },
  'planner.failed': { nl: 'De planner liep vast: {error}', en: 'The planner failed: {error}' },
};
