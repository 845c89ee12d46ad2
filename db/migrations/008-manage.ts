// The coordinator's management of the region (Beheer): what its forms keep that the first
// schema had no place for, and an "in use" switch for what a plan or the history points at.
//
// - active on rooms, classes, startklas intakes and childcare providers (as consultants and
//   interpreters already had): something with sessions or bookings in the past cannot be
//   erased without rewriting history, so it is taken out of use instead; the planner and
//   the week's check no longer see it.
// - classes: first and last date of the course (lessons outside them do not exist).
// - startklas intakes: first and last date of the weekly pattern.
// - consultants: contract hours per week (informative).
// - interpreters: in person, by phone or both.
import type { Migration } from './types';

const date = (col: string) => `${col} IS NULL OR ${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const active = `active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))`;

export const migration008: Migration = {
  version: 8,
  name: 'manage',
  up: `
ALTER TABLE rooms ADD COLUMN ${active};
ALTER TABLE classes ADD COLUMN ${active};
ALTER TABLE classes ADD COLUMN first_date TEXT CHECK (${date('first_date')});
ALTER TABLE classes ADD COLUMN last_date TEXT CHECK (${date('last_date')});
ALTER TABLE startklas_intakes ADD COLUMN ${active};
ALTER TABLE startklas_intakes ADD COLUMN valid_from TEXT CHECK (${date('valid_from')});
ALTER TABLE startklas_intakes ADD COLUMN valid_until TEXT CHECK (${date('valid_until')});
ALTER TABLE childcare_providers ADD COLUMN ${active};
ALTER TABLE consultants ADD COLUMN hours_per_week REAL CHECK (hours_per_week IS NULL OR (hours_per_week >= 0 AND hours_per_week <= 60));
ALTER TABLE interpreters ADD COLUMN mode TEXT NOT NULL DEFAULT 'inPerson' CHECK (mode IN ('inPerson', 'phone', 'both'));
`,
};
