// The first schema: everything a region keeps from week to week (SPEC "lasting data"), the
// planned weeks, and the audit log of changes to personal data.
//
// Deletion rules, chosen on purpose:
// - CASCADE for parts that have no meaning without their owner (a room's opening hours, a
//   child's school times, a session's participant list, a participant's own demands).
// - RESTRICT where a plan or a person still points at something (a room with sessions, a
//   location with rooms, a gemeente with participants): deleting it would silently rewrite
//   history, so the user must move or remove those first.
// - SET NULL where the link is optional (a participant leaving a household, a caseload
//   consultant who leaves).
import type { Migration } from './types';

const hhmm = (col: string) => `${col} GLOB '[0-2][0-9]:[0-5][0-9]' AND ${col} < '24:00'`;
const date = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const time = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]'`;
const bool = (col: string) => `${col} IN (0, 1)`;
const jsonArray = (col: string) => `json_valid(${col}) AND json_type(${col}) = 'array'`;
const weekday = (col: string) => `${col} BETWEEN 1 AND 7`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE region (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(name) > 0),
  slot_minutes INTEGER NOT NULL DEFAULT 15 CHECK (slot_minutes > 0 AND 1440 % slot_minutes = 0),
  day_start TEXT NOT NULL DEFAULT '08:30' CHECK (${hhmm('day_start')}),
  day_end TEXT NOT NULL DEFAULT '17:00' CHECK (${hhmm('day_end')}),
  working_days INTEGER NOT NULL DEFAULT 5 CHECK (working_days BETWEEN 1 AND 7),
  group_info_minutes INTEGER NOT NULL DEFAULT 120 CHECK (group_info_minutes > 0),
  group_info_min_size INTEGER NOT NULL DEFAULT 3 CHECK (group_info_min_size >= 0),
  group_info_max_size INTEGER NOT NULL DEFAULT 12 CHECK (group_info_max_size >= group_info_min_size AND group_info_max_size > 0),
  toets_minutes INTEGER NOT NULL DEFAULT 90 CHECK (toets_minutes > 0),
  toets_max_size INTEGER CHECK (toets_max_size IS NULL OR toets_max_size > 0),
  weights TEXT NOT NULL DEFAULT '{"unplanned":1000,"interpreterMinute":1,"consultantMinute":1,"childcareSlot":40,"travelMinute":2,"householdImbalance":600}'
    CHECK (json_valid(weights) AND json_type(weights) = 'object'),
  CHECK (day_start < day_end)
);

CREATE TABLE gemeenten (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
);

CREATE TABLE locations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  gemeente_id TEXT NOT NULL REFERENCES gemeenten(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('gemeentehuis', 'taalschool', 'startklas', 'kinderopvang', 'woonkern', 'overig')),
  address TEXT
);
CREATE INDEX locations_gemeente ON locations(gemeente_id);

-- Symmetric: stored once with location_a < location_b.
CREATE TABLE travel_times (
  location_a TEXT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  location_b TEXT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  minutes INTEGER NOT NULL CHECK (minutes >= 0),
  PRIMARY KEY (location_a, location_b),
  CHECK (location_a < location_b)
) WITHOUT ROWID;

CREATE TABLE rooms (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(name) > 0),
  capacity INTEGER NOT NULL CHECK (capacity >= 0),
  laptops_touch INTEGER NOT NULL DEFAULT 0 CHECK (laptops_touch >= 0),
  laptops_mouse INTEGER NOT NULL DEFAULT 0 CHECK (laptops_mouse >= 0),
  for_group_info INTEGER NOT NULL DEFAULT 1 CHECK (${bool('for_group_info')}),
  for_toets INTEGER NOT NULL DEFAULT 0 CHECK (${bool('for_toets')}),
  UNIQUE (location_id, name)
);

CREATE TABLE consultants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  languages TEXT NOT NULL DEFAULT '["nl"]' CHECK (${jsonArray('languages')}),
  toets_certified INTEGER NOT NULL DEFAULT 0 CHECK (${bool('toets_certified')}),
  gemeente_id TEXT REFERENCES gemeenten(id) ON DELETE SET NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (${bool('active')})
);

CREATE TABLE interpreters (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  languages TEXT NOT NULL CHECK (${jsonArray('languages')} AND json_array_length(languages) > 0),
  cost_per_hour REAL NOT NULL CHECK (cost_per_hour >= 0),
  agency TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (${bool('active')})
);

CREATE TABLE language_schools (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  location_id TEXT REFERENCES locations(id) ON DELETE RESTRICT
);

CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  school_id TEXT NOT NULL REFERENCES language_schools(id) ON DELETE RESTRICT,
  location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(name) > 0),
  route TEXT NOT NULL CHECK (route IN ('B1', 'Z', 'Onderwijs', 'Alfa')),
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  places_taken INTEGER NOT NULL DEFAULT 0 CHECK (places_taken >= 0),
  trial_seats INTEGER NOT NULL DEFAULT 0 CHECK (trial_seats >= 0),
  CHECK (places_taken <= capacity)
);
CREATE INDEX classes_school ON classes(school_id);

CREATE TABLE class_lesson_times (
  id INTEGER PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL CHECK (${weekday('weekday')}),
  start_time TEXT NOT NULL CHECK (${hhmm('start_time')}),
  end_time TEXT NOT NULL CHECK (${hhmm('end_time')}),
  CHECK (start_time < end_time)
);
CREATE INDEX class_lesson_times_class ON class_lesson_times(class_id);

-- Weekly intake moments of the startklas (continuous intake); one instance per date.
CREATE TABLE startklas_intakes (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE RESTRICT,
  weekday INTEGER NOT NULL CHECK (${weekday('weekday')}),
  start_time TEXT NOT NULL CHECK (${hhmm('start_time')}),
  end_time TEXT NOT NULL CHECK (${hhmm('end_time')}),
  seats INTEGER NOT NULL CHECK (seats >= 0),
  CHECK (start_time < end_time)
);

CREATE TABLE childcare_providers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('kinderopvang', 'vve', 'bso')),
  age_months_min INTEGER NOT NULL CHECK (age_months_min >= 0),
  age_months_max INTEGER NOT NULL,
  CHECK (age_months_max >= age_months_min)
);

-- Seats for our participants' children per day-part (dagdeel), every week.
CREATE TABLE childcare_dayparts (
  id INTEGER PRIMARY KEY,
  provider_id TEXT NOT NULL REFERENCES childcare_providers(id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL CHECK (${weekday('weekday')}),
  start_time TEXT NOT NULL CHECK (${hhmm('start_time')}),
  end_time TEXT NOT NULL CHECK (${hhmm('end_time')}),
  seats INTEGER NOT NULL CHECK (seats >= 0),
  CHECK (start_time < end_time),
  UNIQUE (provider_id, weekday, start_time)
);

CREATE TABLE households (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  -- Adults of the household who are not participants (e.g. the Dutch partner of a family
  -- migrant): for the household rule they count as at home.
  adults_outside INTEGER NOT NULL DEFAULT 0 CHECK (adults_outside >= 0)
);

CREATE TABLE children (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  given_name TEXT NOT NULL CHECK (length(given_name) > 0),
  birth_date TEXT NOT NULL CHECK (${date('birth_date')})
);
CREATE INDEX children_household ON children(household_id);

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  given_name TEXT NOT NULL CHECK (length(given_name) > 0),
  family_name TEXT NOT NULL,
  household_id TEXT REFERENCES households(id) ON DELETE SET NULL,
  gemeente_id TEXT NOT NULL REFERENCES gemeenten(id) ON DELETE RESTRICT,
  home_location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE RESTRICT,
  language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 8),
  other_languages TEXT NOT NULL DEFAULT '[]' CHECK (${jsonArray('other_languages')}),
  digital_skill TEXT NOT NULL CHECK (digital_skill IN ('none', 'basic', 'good')),
  route_indication TEXT CHECK (route_indication IN ('B1', 'Z', 'Onderwijs', 'Alfa')),
  migrant_kind TEXT NOT NULL CHECK (migrant_kind IN ('statushouder', 'gezinsmigrant')),
  koppeling_date TEXT CHECK (koppeling_date IS NULL OR ${date('koppeling_date')}),
  housing_date TEXT CHECK (housing_date IS NULL OR ${date('housing_date')}),
  consultant_id TEXT REFERENCES consultants(id) ON DELETE SET NULL,
  -- Lower-case, accent-free text (name, id, language codes and Dutch names, gemeente) kept
  -- by the repository, because SQLite cannot fold accents in a query.
  search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participants_household ON participants(household_id);
CREATE INDEX participants_gemeente ON participants(gemeente_id);
CREATE INDEX participants_name ON participants(family_name, given_name);

-- Weekly patterns and dated exceptions for the availability of rooms, consultants and
-- interpreters, the busy times of participants and the covered times (school) of children.
-- Exactly one owner column is set.
CREATE TABLE weekly_times (
  id INTEGER PRIMARY KEY,
  room_id TEXT REFERENCES rooms(id) ON DELETE CASCADE,
  consultant_id TEXT REFERENCES consultants(id) ON DELETE CASCADE,
  interpreter_id TEXT REFERENCES interpreters(id) ON DELETE CASCADE,
  participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
  child_id TEXT REFERENCES children(id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL CHECK (${weekday('weekday')}),
  start_time TEXT NOT NULL CHECK (${hhmm('start_time')}),
  end_time TEXT NOT NULL CHECK (${hhmm('end_time')}),
  valid_from TEXT CHECK (valid_from IS NULL OR ${date('valid_from')}),
  valid_until TEXT CHECK (valid_until IS NULL OR ${date('valid_until')}),
  note TEXT,
  CHECK (start_time < end_time),
  CHECK ((room_id IS NOT NULL) + (consultant_id IS NOT NULL) + (interpreter_id IS NOT NULL)
       + (participant_id IS NOT NULL) + (child_id IS NOT NULL) = 1)
);
CREATE INDEX weekly_times_room ON weekly_times(room_id) WHERE room_id IS NOT NULL;
CREATE INDEX weekly_times_consultant ON weekly_times(consultant_id) WHERE consultant_id IS NOT NULL;
CREATE INDEX weekly_times_interpreter ON weekly_times(interpreter_id) WHERE interpreter_id IS NOT NULL;
CREATE INDEX weekly_times_participant ON weekly_times(participant_id) WHERE participant_id IS NOT NULL;
CREATE INDEX weekly_times_child ON weekly_times(child_id) WHERE child_id IS NOT NULL;

CREATE TABLE dated_exceptions (
  id INTEGER PRIMARY KEY,
  room_id TEXT REFERENCES rooms(id) ON DELETE CASCADE,
  consultant_id TEXT REFERENCES consultants(id) ON DELETE CASCADE,
  interpreter_id TEXT REFERENCES interpreters(id) ON DELETE CASCADE,
  participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
  child_id TEXT REFERENCES children(id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (${date('date')}),
  kind TEXT NOT NULL CHECK (kind IN ('add', 'remove')),
  start_time TEXT CHECK (start_time IS NULL OR ${hhmm('start_time')}),
  end_time TEXT CHECK (end_time IS NULL OR ${hhmm('end_time')}),
  note TEXT,
  -- Both times, or (only for 'remove') neither: the whole day.
  CHECK ((start_time IS NULL AND end_time IS NULL AND kind = 'remove')
      OR (start_time IS NOT NULL AND end_time IS NOT NULL AND start_time < end_time)),
  CHECK ((room_id IS NOT NULL) + (consultant_id IS NOT NULL) + (interpreter_id IS NOT NULL)
       + (participant_id IS NOT NULL) + (child_id IS NOT NULL) = 1)
);
CREATE INDEX dated_exceptions_date ON dated_exceptions(date);

-- One next step a participant needs (SPEC demand), kept until done.
CREATE TABLE demands (
  id TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('groupInfo', 'toets', 'trialLesson', 'startklasIntake')),
  school_id TEXT REFERENCES language_schools(id) ON DELETE RESTRICT,
  earliest_date TEXT NOT NULL CHECK (${date('earliest_date')}),
  due_date TEXT CHECK (due_date IS NULL OR ${date('due_date')}),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'planned', 'done')),
  CHECK ((kind = 'trialLesson') = (school_id IS NOT NULL))
);
CREATE INDEX demands_participant ON demands(participant_id, status);
CREATE INDEX demands_status_kind ON demands(status, kind);

CREATE TABLE weeks (
  week_start TEXT PRIMARY KEY CHECK (${date('week_start')}),
  status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'published')),
  published_at TEXT
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  week_start TEXT NOT NULL CHECK (${date('week_start')}),
  kind TEXT NOT NULL CHECK (kind IN ('groupInfo', 'toets')),
  start_time TEXT NOT NULL CHECK (${time('start_time')}),
  end_time TEXT NOT NULL CHECK (${time('end_time')}),
  room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE RESTRICT,
  consultant_id TEXT NOT NULL REFERENCES consultants(id) ON DELETE RESTRICT,
  interpreter_id TEXT REFERENCES interpreters(id) ON DELETE RESTRICT,
  language TEXT,
  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted')),
  pinned INTEGER NOT NULL DEFAULT 0 CHECK (${bool('pinned')}),
  CHECK (start_time < end_time),
  -- A plan never spans midnight.
  CHECK (substr(start_time, 1, 10) = substr(end_time, 1, 10)),
  CHECK (substr(start_time, 1, 10) >= week_start AND julianday(substr(start_time, 1, 10)) - julianday(week_start) < 7),
  CHECK ((kind = 'groupInfo' AND language IS NOT NULL) OR (kind = 'toets' AND interpreter_id IS NULL))
);
CREATE INDEX sessions_week ON sessions(week_start, status);
CREATE INDEX sessions_start ON sessions(start_time);
CREATE INDEX sessions_room ON sessions(room_id, start_time);
CREATE INDEX sessions_consultant ON sessions(consultant_id, start_time);
CREATE INDEX sessions_interpreter ON sessions(interpreter_id, start_time) WHERE interpreter_id IS NOT NULL;

CREATE TABLE session_participants (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  demand_id TEXT NOT NULL UNIQUE REFERENCES demands(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX session_participants_participant ON session_participants(participant_id);

CREATE TABLE trial_bookings (
  id INTEGER PRIMARY KEY,
  week_start TEXT NOT NULL CHECK (${date('week_start')}),
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE RESTRICT,
  start_time TEXT NOT NULL CHECK (${time('start_time')}),
  end_time TEXT NOT NULL CHECK (${time('end_time')}),
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  demand_id TEXT NOT NULL UNIQUE REFERENCES demands(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted')),
  CHECK (start_time < end_time)
);
CREATE INDEX trial_bookings_class ON trial_bookings(class_id, start_time);
CREATE INDEX trial_bookings_week ON trial_bookings(week_start, status);
CREATE INDEX trial_bookings_participant ON trial_bookings(participant_id);

CREATE TABLE intake_bookings (
  id INTEGER PRIMARY KEY,
  week_start TEXT NOT NULL CHECK (${date('week_start')}),
  intake_id TEXT NOT NULL REFERENCES startklas_intakes(id) ON DELETE RESTRICT,
  date TEXT NOT NULL CHECK (${date('date')}),
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  demand_id TEXT NOT NULL UNIQUE REFERENCES demands(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted'))
);
CREATE INDEX intake_bookings_intake ON intake_bookings(intake_id, date);
CREATE INDEX intake_bookings_week ON intake_bookings(week_start, status);
CREATE INDEX intake_bookings_participant ON intake_bookings(participant_id);

CREATE TABLE childcare_bookings (
  id INTEGER PRIMARY KEY,
  week_start TEXT NOT NULL CHECK (${date('week_start')}),
  child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  provider_id TEXT NOT NULL REFERENCES childcare_providers(id) ON DELETE RESTRICT,
  slot_start TEXT NOT NULL CHECK (${time('slot_start')}),
  slot_end TEXT NOT NULL CHECK (${time('slot_end')}),
  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted')),
  CHECK (slot_start < slot_end),
  UNIQUE (child_id, slot_start)
);
CREATE INDEX childcare_bookings_provider ON childcare_bookings(provider_id, slot_start);
CREATE INDEX childcare_bookings_week ON childcare_bookings(week_start, status);

-- Who changed (or looked at) whose personal data, when and why. Append-only.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (length(actor) > 0),
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'view', 'export')),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  purpose TEXT NOT NULL CHECK (length(purpose) > 0),
  details TEXT CHECK (details IS NULL OR json_valid(details))
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Het auditlog kan niet worden gewijzigd.'); END;
`,
};
