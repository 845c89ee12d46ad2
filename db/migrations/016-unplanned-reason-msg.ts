// The planner's reason for an unplanned demand as a message (issue 13, messages as data): msg is
// the reason's code and parameters as JSON (shared/messages), so the not-planned list can write it
// in English; reason keeps the Dutch text, read when msg is NULL (rows from before this migration).
import type { Migration } from './types';

export const migration016: Migration = {
  version: 16,
  name: 'unplanned-reason-msg',
  up: `
ALTER TABLE unplanned_reasons ADD COLUMN msg TEXT CHECK (msg IS NULL OR json_valid(msg));
`,
};
