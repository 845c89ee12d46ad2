// Cancelled moments: a trial lesson of a language school's class (the school is closed that day)
// or a startklas intake moment (the teacher is ill), cancelled as a whole by the coordinator or,
// for their own school's lessons, the liaison (moment.cancel). A cancelled moment is no longer
// offered for booking nor given to the planner; its bookings went with it, audited one by one.
import type { Migration } from './types';

export const migration017: Migration = {
  version: 17,
  name: 'cancelled-moments',
  up: `
CREATE TABLE cancelled_trial_lessons (
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  start_time TEXT NOT NULL,
  reason TEXT,
  cancelled_at TEXT NOT NULL,
  cancelled_by TEXT NOT NULL CHECK (length(cancelled_by) > 0),
  PRIMARY KEY (class_id, start_time)
) WITHOUT ROWID;

CREATE TABLE cancelled_intake_moments (
  intake_id TEXT NOT NULL REFERENCES startklas_intakes(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  reason TEXT,
  cancelled_at TEXT NOT NULL,
  cancelled_by TEXT NOT NULL CHECK (length(cancelled_by) > 0),
  PRIMARY KEY (intake_id, date)
) WITHOUT ROWID;
`,
};
