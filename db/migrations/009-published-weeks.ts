// Published weeks: what was published, so that a later change can be compared with it, and the
// calendar files the app hands out stay consistent over time.
//
// - installation: one random id per database, made on first use (db/repositories/publication.ts),
//   so a calendar UID "<session id>@<installation id>" is never shared by two installations.
//   Made on first use rather than here so that two demo databases seeded alike stay alike.
// - published_sessions: per week, the sessions as they were published (with the names shown
//   then, so a session removed since can still be sent out as cancelled). status 'cancelled':
//   published once, removed before a later publication; kept so its cancellation stays in the
//   calendar files. Participants by id only; their names are looked up when shown.
// - ics_sequences: per session, the SEQUENCE and the content of the last version handed out in
//   a calendar file; a file with different content gets the next number, so calendars replace
//   the old version (never undone with the week's history: an undo is a change too).
//
// Weeks published before this version: their current sessions become what was published.
import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'published-weeks',
  up: `
CREATE TABLE installation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uid TEXT NOT NULL CHECK (length(uid) >= 16)
);

CREATE TABLE published_sessions (
  week_start TEXT NOT NULL REFERENCES weeks(week_start) ON DELETE CASCADE,
  session_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('groupInfo', 'toets')),
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  language TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'cancelled')),
  room_id TEXT NOT NULL,
  room_name TEXT NOT NULL,
  location_name TEXT NOT NULL,
  consultant_id TEXT NOT NULL,
  consultant_name TEXT NOT NULL,
  interpreter_id TEXT,
  interpreter_name TEXT,
  participant_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participant_ids)),
  PRIMARY KEY (week_start, session_id)
);

CREATE TABLE ics_sequences (
  session_id TEXT PRIMARY KEY,
  sequence INTEGER NOT NULL CHECK (sequence >= 0),
  fingerprint TEXT NOT NULL
);

INSERT INTO published_sessions (week_start, session_id, kind, start_time, end_time, language, status, room_id, room_name, location_name,
                                consultant_id, consultant_name, interpreter_id, interpreter_name, participant_ids)
SELECT s.week_start, s.id, s.kind, s.start_time, s.end_time, s.language, s.status, r.id, r.name, l.name, c.id, c.name, i.id, i.name,
       (SELECT json_group_array(sp.participant_id) FROM session_participants sp WHERE sp.session_id = s.id)
FROM sessions s
JOIN weeks w ON w.week_start = s.week_start AND w.status = 'published'
JOIN rooms r ON r.id = s.room_id
JOIN locations l ON l.id = r.location_id
JOIN consultants c ON c.id = s.consultant_id
LEFT JOIN interpreters i ON i.id = s.interpreter_id;
`,
};
