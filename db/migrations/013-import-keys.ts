// Excel import (issue 11): the keys that make a re-import update instead of duplicate.
// - participants.client_number: the case system's id (`Clientnummer`), unique when set.
// - households.code: the `Huishouden` code of the files; rows with one code form one household.
import type { Migration } from './types';
export const migration013: Migration = {
  version: 13,
  name: 'import-keys',
  up: `
ALTER TABLE participants ADD COLUMN client_number TEXT CHECK (client_number IS NULL OR length(client_number) BETWEEN 1 AND 40);
CREATE UNIQUE INDEX participants_client_number ON participants(client_number) WHERE client_number IS NOT NULL;
ALTER TABLE households ADD COLUMN code TEXT CHECK (code IS NULL OR length(code) BETWEEN 1 AND 40);
CREATE UNIQUE INDEX households_code ON households(code) WHERE code IS NOT NULL;
`,
};
