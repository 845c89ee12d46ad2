// Every message code in one table, merged from a file per area (so areas never edit one file).
import { CHECKER_MESSAGES } from './checker';
import { COMMON_MESSAGES } from './common';
import { PLANNER_MESSAGES } from './planner';
import { BOOKING_MESSAGES } from './bookings';
import { ERROR_MESSAGES } from './errors';
import { CALENDAR_MESSAGES } from './calendar';
import { ACCOUNT_MESSAGES } from './accounts';
import { CHANGE_MESSAGES } from './changes';
import { MANAGE_MESSAGES } from './manage';
import { WEEK_EDIT_MESSAGES } from './week-edits';
import { CLIENT_FORM_MESSAGES } from './client-forms';
import { HISTORY_MESSAGES } from './history';
import { CASELOAD_MESSAGES } from './caseload';
import { HOLIDAY_MESSAGES } from './holidays';
import { BACKUP_WHY_MESSAGES, IMPORT_MESSAGES } from './import';
import { MOMENT_MESSAGES } from './moments';
import { FORM_MESSAGES } from './forms';
import type { Catalog } from './types';

export type { Catalog } from './types';

/** The areas' catalogues; a code belongs to one area (a test keeps them apart). */
export const AREA_CATALOGS: readonly Catalog[] = [
  COMMON_MESSAGES,
  CHECKER_MESSAGES,
  PLANNER_MESSAGES,
  BOOKING_MESSAGES,
  ERROR_MESSAGES,
  CALENDAR_MESSAGES,
  ACCOUNT_MESSAGES,
  CHANGE_MESSAGES,
  MANAGE_MESSAGES,
  WEEK_EDIT_MESSAGES,
  CLIENT_FORM_MESSAGES,
  HISTORY_MESSAGES,
  CASELOAD_MESSAGES,
  HOLIDAY_MESSAGES,
  IMPORT_MESSAGES,
  BACKUP_WHY_MESSAGES,
  MOMENT_MESSAGES,
  FORM_MESSAGES,
];

export const CATALOG: Catalog = Object.assign({}, ...AREA_CATALOGS);
