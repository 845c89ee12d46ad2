// Planner runs with the reasons they gave for what stayed unplanned, and the undo/redo history
// of each week. Both are working data of the coordinator's week, not lasting region data.
import type { Migration } from './types';

const date = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

export const migration002: Migration = {
  version: 2,
  name: 'planning-runs-history',
  up: `
CREATE TABLE planner_runs (
  id TEXT PRIMARY KEY,
  week_start TEXT NOT NULL CHECK (${date('week_start')}),
  state TEXT NOT NULL CHECK (state IN ('running', 'done', 'cancelled', 'failed')),
  seed INTEGER NOT NULL,
  time_limit_ms INTEGER NOT NULL CHECK (time_limit_ms > 0),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  cost INTEGER,
  bound INTEGER,
  planned INTEGER,
  unplanned INTEGER,
  message TEXT
);
CREATE INDEX planner_runs_week ON planner_runs(week_start, started_at);

-- Why the last planner run of a week left a demand unplanned (SPEC plan.unplanned[].reason).
CREATE TABLE unplanned_reasons (
  week_start TEXT NOT NULL CHECK (${date('week_start')}),
  demand_id TEXT NOT NULL REFERENCES demands(id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  run_id TEXT REFERENCES planner_runs(id) ON DELETE SET NULL,
  PRIMARY KEY (week_start, demand_id)
) WITHOUT ROWID;

-- Undo/redo: each change to a week keeps the week's bookings before and after it, so undo and
-- redo restore a known state in one transaction. undone = 1 rows form the redo stack.
CREATE TABLE week_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  week_start TEXT NOT NULL CHECK (${date('week_start')}),
  at TEXT NOT NULL,
  label TEXT NOT NULL CHECK (length(label) > 0),
  before_state TEXT NOT NULL CHECK (json_valid(before_state)),
  after_state TEXT NOT NULL CHECK (json_valid(after_state)),
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
CREATE INDEX week_history_week ON week_history(week_start, undone, id);
`,
};
