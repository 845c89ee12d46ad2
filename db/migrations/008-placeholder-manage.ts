// PLACEHOLDER, not for release: stands in for migration 008 of the manage branch (Beheer), so
// that this branch's migration 009 can run and be tested on its own.
// At merge, drop this file and keep manage's 008 in MIGRATIONS (index.ts) before 009.
import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  name: 'placeholder-manage',
  up: `SELECT 1;`,
};
