// Placeholder: version 9 is taken by another branch developed at the same time (the migration
// runner needs consecutive versions). This one changes nothing; when the branches are merged,
// the real 009 replaces this file and its line in index.ts.
import type { Migration } from './types';
export const migration009: Migration = { version: 9, name: 'reserved', up: '' };
