// Working data of the consultant and the school liaison (issue 5): outcomes of trial lessons,
// the startklas waiting list and consultants' requests for an extra toets slot.
import type { Migration } from './types';

const date = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

export const migration003: Migration = {
  version: 3,
  name: 'roles-bookings',
  up: `
-- The school's word on a trial lesson. Kept apart from trial_bookings (which a re-plan may
-- replace) with the lesson's facts copied, so the consultant still sees it later.
CREATE TABLE trial_outcomes (
  id INTEGER PRIMARY KEY,
  booking_id INTEGER UNIQUE REFERENCES trial_bookings(id) ON DELETE SET NULL,
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  school_id TEXT NOT NULL REFERENCES language_schools(id) ON DELETE RESTRICT,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE RESTRICT,
  lesson_start TEXT NOT NULL,
  attended INTEGER NOT NULL CHECK (attended IN (0, 1)),
  route_advice TEXT CHECK (route_advice IN ('B1', 'Z', 'Onderwijs', 'Alfa')),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL CHECK (length(recorded_by) > 0)
);
CREATE INDEX trial_outcomes_participant ON trial_outcomes(participant_id);

-- First come, first served: the lowest id moves up when an intake seat frees.
CREATE TABLE startklas_waiting (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  participant_id TEXT NOT NULL UNIQUE REFERENCES participants(id) ON DELETE CASCADE,
  demand_id TEXT NOT NULL UNIQUE REFERENCES demands(id) ON DELETE CASCADE,
  added_at TEXT NOT NULL
);

CREATE TABLE slot_requests (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('toets')),
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  consultant_id TEXT NOT NULL REFERENCES consultants(id) ON DELETE CASCADE,
  week_start TEXT NOT NULL CHECK (${date('week_start')}),
  laptop_kind TEXT NOT NULL CHECK (laptop_kind IN ('touch', 'mouse')),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done'))
);
CREATE INDEX slot_requests_status ON slot_requests(status, created_at);
`,
};
