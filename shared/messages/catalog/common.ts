import type { Catalog } from './types';

export const COMMON_MESSAGES: Catalog = {
  'common.unexpected': { nl: 'Er ging iets mis. Probeer het opnieuw.', en: 'Something went wrong. Please try again.' },
};
