// Accounts for the team server (issue 12): the role comes from the account, never from the
// caller. A consulent account stands for one consultant, a taalschool account for one school.
// - password_hash: scrypt, salted (electron/services/auth/passwords.ts); never the password.
// - failed_logins, locked_until: the per-account lockout survives a restart of the server.
// - auth_sessions keeps only a hash of the session cookie, so a copy of the database file does
//   not let anyone log in; times are epoch milliseconds (expiry is arithmetic, not display).
import type { Migration } from './types';

export const migration012: Migration = {
  version: 12,
  name: 'accounts',
  up: `
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 2 AND 64),
  role TEXT NOT NULL CHECK (role IN ('beheerder', 'coordinator', 'consultant', 'liaison')),
  consultant_id TEXT REFERENCES consultants(id) ON DELETE RESTRICT,
  school_id TEXT REFERENCES language_schools(id) ON DELETE RESTRICT,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  created_at TEXT NOT NULL,
  CHECK ((role = 'consultant') = (consultant_id IS NOT NULL)),
  CHECK ((role = 'liaison') = (school_id IS NOT NULL))
);

CREATE TABLE auth_sessions (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
CREATE INDEX auth_sessions_account ON auth_sessions(account_id);
`,
};
