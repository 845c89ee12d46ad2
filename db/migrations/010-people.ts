// The people part of "your own region" (issue 10): what the participant forms keep that the
// first schema had no place for.
// - registration_date: a gezinsmigrant has no koppeling; the PIP term runs from their
//   registration in the gemeente (DOMAIN.md "PIP term").
// - ended_on, end_reason: "Traject beëindigen" takes a person out of planning and keeps the history.
// - erased_on: the AVG erasure replaced the person's data by an anonymous placeholder; the row
//   stays so that past sessions keep their counts.
// - demands.rank: the order the consultant gave the client's next steps (lower first).
import type { Migration } from './types';
const date = (col: string) => `${col} IS NULL OR ${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
export const migration010: Migration = {
  version: 10,
  name: 'people',
  up: `
ALTER TABLE participants ADD COLUMN registration_date TEXT CHECK (${date('registration_date')});
ALTER TABLE participants ADD COLUMN ended_on TEXT CHECK (${date('ended_on')});
ALTER TABLE participants ADD COLUMN end_reason TEXT;
ALTER TABLE participants ADD COLUMN erased_on TEXT CHECK (${date('erased_on')});
ALTER TABLE demands ADD COLUMN rank INTEGER;
`,
};
