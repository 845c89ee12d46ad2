// PLACEHOLDER, not for release: stands in for migration 007 of the first-start branch
// (region.is_demo), so that this branch's migration 008 can run and be tested on its own.
// At merge, drop this file and keep first-start's 007 in MIGRATIONS (index.ts) before 008.
import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  name: 'placeholder-first-start',
  up: `SELECT 1;`,
};
