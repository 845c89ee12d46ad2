// Every message code in one table, merged from a file per area (so areas never edit one file).
import { COMMON_MESSAGES } from './common';
import { BOOKING_MESSAGES } from './bookings';
import { ERROR_MESSAGES } from './errors';
import { CALENDAR_MESSAGES } from './calendar';
import type { Catalog } from './types';

export type { Catalog } from './types';

export const CATALOG: Catalog = {
  ...COMMON_MESSAGES,
  ...BOOKING_MESSAGES,
  ...ERROR_MESSAGES,
  ...CALENDAR_MESSAGES,
};
