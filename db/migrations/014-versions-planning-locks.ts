// Many users at once (issue 12, item 4): nothing overwritten.
// - sessions.version: moves on every write of a session or of who is in it, by triggers, so no
//   path that writes a session (an edit, a booking, the planner, undo) can forget it. A client
//   sends the version it showed back with its change (expectedVersion); a different one means
//   someone changed the session meanwhile and the change is refused ('stale').
//   The triggers only ever raise it: undo writing an older row back still gets a new version.
// - participants.version: the same for the participant form, moved by each save of it;
//   households.version likewise for the household form.
// - planning_locks: one row per week being planned on the team server (planner run until the
//   proposal is accepted or discarded). It names the account and holds an expiry (epoch ms);
//   a lock also ends with its holder's last session (checked when read).
import type { Migration } from './types';

export const migration014: Migration = {
  version: 14,
  name: 'versions-planning-locks',
  up: `
ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

CREATE TRIGGER sessions_version_bump AFTER UPDATE ON sessions
WHEN NEW.version <= OLD.version
BEGIN UPDATE sessions SET version = OLD.version + 1 WHERE id = NEW.id; END;

CREATE TRIGGER session_participants_added_bump AFTER INSERT ON session_participants
BEGIN UPDATE sessions SET version = version + 1 WHERE id = NEW.session_id; END;

CREATE TRIGGER session_participants_removed_bump AFTER DELETE ON session_participants
BEGIN UPDATE sessions SET version = version + 1 WHERE id = OLD.session_id; END;

-- A participant's version moves with every save of the participant form (updateParticipant),
-- which writes it to its audit row; the form sends it back like a session's.
ALTER TABLE participants ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- A household's version moves with every applied save of the household form; who saved it and
-- when are kept beside it (a save writes audit rows for several entities: household, children,
-- partners), in the audit log's form (actor, UTC time).
ALTER TABLE households ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE households ADD COLUMN saved_by TEXT;
ALTER TABLE households ADD COLUMN saved_at TEXT;

CREATE TABLE planning_locks (
  week_start TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  holder TEXT NOT NULL CHECK (length(holder) > 0),
  since TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
`,
};
