// Every message code in one table, merged from a file per area (so areas never edit one file).
import { CHECKER_MESSAGES } from './checker';
import { COMMON_MESSAGES } from './common';
import { PLANNER_MESSAGES } from './planner';
import type { Catalog } from './types';

export type { Catalog } from './types';

export const CATALOG: Catalog = {
  ...COMMON_MESSAGES,
  ...CHECKER_MESSAGES,
  ...PLANNER_MESSAGES,
};
