// Refusals that reach a person from any service (who may call, what is gone): the error carries
// the code and the renderer writes it in the reader's language (shared/api/errors.ts).
import type { Catalog } from './types';

export const ERROR_MESSAGES: Catalog = {
  'error.chooseProfile': { nl: 'Kies eerst een profiel.', en: 'Choose a profile first.' },
  'error.notThisProfile': { nl: 'Dit mag dit profiel niet.', en: 'This profile may not do this.' },
  'error.notYourClient': { nl: 'Deze cliënt hoort niet bij uw caseload.', en: 'This client is not in your caseload.' },
};
