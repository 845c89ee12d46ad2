// Test support for the coordinator's services (electron/services/): what their tests read
// straight from the database to check what was stored, and the few rows they change to set up
// a case. Kept here so that no SQL lives in electron/; the app never imports this module.
import type { Db } from '../connection';

const all = <T>(db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];
const one = <T>(db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;

export type CountedTable =
  'participants' | 'households' | 'children' | 'locations' | 'rooms' | 'consultants' | 'interpreters' | 'classes' | 'childcare_providers' | 'travel_times' | 'startklas_intakes';

/** All rows of a table, active or not. */
export function countRows(db: Db, table: CountedTable): number {
  return one<{ n: number }>(db, `SELECT count(*) AS n FROM ${table}`).n;
}

export function activeInterpreterCount(db: Db): number {
  return one<{ n: number }>(db, 'SELECT count(*) AS n FROM interpreters WHERE active = 1').n;
}

// Sessions

export interface StoredSessionRow {
  start: string;
  end: string;
  room: string;
  interp: string | null;
  status: string;
  pinned: number;
}

/** A session's row as stored; undefined when it is gone. */
export function storedSession(db: Db, id: string): StoredSessionRow | undefined {
  return one<StoredSessionRow | undefined>(
    db,
    'SELECT start_time AS start, end_time AS end, room_id AS room, interpreter_id AS interp, status, pinned FROM sessions WHERE id = ?',
    id,
  );
}

export interface WeekSessionTestRow {
  id: string;
  kind: string;
  start: string;
  end: string;
  room: string;
  consultant: string;
  interp: string | null;
  language: string | null;
}

/** The sessions stored for the week, by start and id. */
export function weekSessionRows(db: Db, weekStart: string): WeekSessionTestRow[] {
  return all<WeekSessionTestRow>(
    db,
    `SELECT id, kind, start_time AS start, end_time AS end, room_id AS room, consultant_id AS consultant, interpreter_id AS interp, language
     FROM sessions WHERE week_start = ? ORDER BY start_time, id`,
    weekStart,
  );
}

/** The sessions stored for the week, by id, as the planner tests compare them. */
export function weekSessionStates(db: Db, weekStart: string): { id: string; status: string; pinned: number; start: string }[] {
  return all(db, 'SELECT id, status, pinned, start_time AS start FROM sessions WHERE week_start = ? ORDER BY id', weekStart);
}

export function proposedSessionCount(db: Db, weekStart: string): number {
  return one<{ n: number }>(db, "SELECT count(*) AS n FROM sessions WHERE week_start = ? AND status = 'proposed'", weekStart).n;
}

/** Turns sessions back into proposals, as a planner run would have stored them. */
export function makeProposed(db: Db, ids: string[]): void {
  db.prepare(`UPDATE sessions SET status = 'proposed' WHERE id IN (${ids.map(() => '?').join(', ')})`).run(...ids);
}

/** Turns the week's trial, startklas and childcare seats into proposals (as a planner run leaves them). */
export function makeSeatsProposed(db: Db, weekStart: string): void {
  for (const table of ['trial_bookings', 'intake_bookings', 'childcare_bookings']) db.prepare(`UPDATE ${table} SET status = 'proposed' WHERE week_start = ?`).run(weekStart);
}

/** Turns a session into a proposal the coordinator pinned. */
export function makePinnedProposal(db: Db, id: string): void {
  db.prepare("UPDATE sessions SET status = 'proposed', pinned = 1 WHERE id = ?").run(id);
}

/** Full names of the participants in the given sessions. */
export function participantNamesIn(db: Db, sessionIds: string[]): { given: string; family: string }[] {
  return all(
    db,
    'SELECT given_name AS given, family_name AS family FROM participants p JOIN session_participants sp ON sp.participant_id = p.id WHERE sp.session_id IN (' +
      sessionIds.map(() => '?').join(',') +
      ')',
    ...sessionIds,
  );
}

/**
 * Two adults of one household with children: `a` in a session `sa` of the week, `b` with an open
 * toets demand, and another toets session `sb` of the week in another room.
 */
export function householdPairs(db: Db, weekStart: string): { a: string; b: string; sa: string; kind: string; start: string; sb: string }[] {
  return all(
    db,
    `SELECT a.id AS a, b.id AS b, s.id AS sa, d.kind, s.start_time AS start, s2.id AS sb
     FROM participants a JOIN participants b ON b.household_id = a.household_id AND b.id <> a.id
     JOIN session_participants sp ON sp.participant_id = a.id JOIN sessions s ON s.id = sp.session_id AND s.week_start = @w
     JOIN demands d ON d.participant_id = b.id AND d.status = 'open' AND d.kind = 'toets'
     JOIN sessions s2 ON s2.week_start = @w AND s2.kind = 'toets' AND s2.id <> s.id AND s2.room_id <> s.room_id
     WHERE EXISTS (SELECT 1 FROM children c WHERE c.household_id = a.household_id)
     ORDER BY a.id, s2.id`,
    { w: weekStart },
  );
}

// Seats in existing moments

export function trialSeatsOfWeek(db: Db, weekStart: string): { c: string; s: string; p: string }[] {
  return all(db, 'SELECT class_id AS c, start_time AS s, participant_id AS p FROM trial_bookings WHERE week_start = ?', weekStart);
}

export function intakeBookingCount(db: Db, weekStart: string): number {
  return one<{ n: number }>(db, 'SELECT count(*) AS n FROM intake_bookings WHERE week_start = ?', weekStart).n;
}

export function daypartSeats(db: Db, providerId: string, weekday: number, start: string): number {
  return one<{ seats: number }>(db, 'SELECT seats FROM childcare_dayparts WHERE provider_id = ? AND weekday = ? AND start_time = ?', providerId, weekday, start).seats;
}

/** The first weekday day-part of the first provider, with the provider's age range. */
export function firstWeekdayDaypart(db: Db): { provider: string; weekday: number; start: string; min: number; max: number } {
  return one(
    db,
    'SELECT p.id AS provider, d.weekday, d.start_time AS start, p.age_months_min AS min, p.age_months_max AS max FROM childcare_dayparts d JOIN childcare_providers p ON p.id = d.provider_id WHERE d.weekday <= 5 ORDER BY p.id, d.weekday LIMIT 1',
  );
}

export function childcareBookingStatus(db: Db, childId: string, slotStart: string): string {
  return one<{ status: string }>(db, 'SELECT status FROM childcare_bookings WHERE child_id = ? AND slot_start = ?', childId, slotStart).status;
}

// Region

export function roomIds(db: Db): string[] {
  return all<{ id: string }>(db, 'SELECT id FROM rooms ORDER BY id').map((x) => x.id);
}

/** Some room with its location's name. */
export function aRoomWithLocation(db: Db): { id: string; loc: string } {
  return one(db, 'SELECT r.id, l.name AS loc FROM rooms r JOIN locations l ON l.id = r.location_id LIMIT 1');
}

export function roomLocationId(db: Db, roomId: string): string {
  return one<{ location_id: string }>(db, 'SELECT location_id FROM rooms WHERE id = ?', roomId).location_id;
}

/** Group information rooms other than `roomId`, largest first. */
export function otherGroupInfoRooms(db: Db, roomId: string): string[] {
  return all<{ id: string }>(db, 'SELECT id FROM rooms WHERE for_group_info = 1 AND id <> ? ORDER BY capacity DESC', roomId).map((x) => x.id);
}

/** A room for both kinds of session without laptops or opening hours, at a location. */
export function addBareRoom(db: Db, r: { id: string; locationId: string; name: string; capacity: number }): void {
  db.prepare('INSERT INTO rooms (id, location_id, name, capacity, for_group_info, for_toets) VALUES (?, ?, ?, ?, 1, 1)').run(r.id, r.locationId, r.name, r.capacity);
}

export function deleteRoom(db: Db, id: string): void {
  db.prepare('DELETE FROM rooms WHERE id = ?').run(id);
}

/** One more seat in the room with the lowest id: a write that changes the week's instance. */
export function growFirstRoom(db: Db): void {
  db.prepare('UPDATE rooms SET capacity = capacity + 1 WHERE id = (SELECT min(id) FROM rooms)').run();
}

/** The interpreter's languages as stored: a JSON array. */
export function interpreterLanguagesJson(db: Db, id: string): string {
  return one<{ l: string }>(db, 'SELECT languages AS l FROM interpreters WHERE id = ?', id).l;
}

// Participants, children and demands

export function childIds(db: Db): string[] {
  return all<{ id: string }>(db, 'SELECT id FROM children').map((c) => c.id);
}

export function firstChildId(db: Db): string {
  return one<{ id: string }>(db, 'SELECT id FROM children ORDER BY id LIMIT 1').id;
}

export function demandStatus(db: Db, id: string): string {
  return one<{ s: string }>(db, 'SELECT status AS s FROM demands WHERE id = ?', id).s;
}

/** The kinds of the participant's open demands, each once, sorted. */
export function openDemandKinds(db: Db, participantId: string): string[] {
  return all<{ kind: string }>(db, "SELECT DISTINCT kind FROM demands WHERE participant_id = ? AND status = 'open' ORDER BY kind", participantId).map((d) => d.kind);
}

/** The open demand of this kind with the lowest id: its participant `p` and its id `d`. */
export function firstOpenDemandOfKind(db: Db, kind: string): { p: string; d: string } {
  return one(db, "SELECT participant_id AS p, id AS d FROM demands WHERE kind = ? AND status = 'open' ORDER BY id LIMIT 1", kind);
}

/** Like firstOpenDemandOfKind, for a participant who is not in the session yet. */
export function firstOpenDemandOutside(db: Db, kind: string, sessionId: string): { p: string; d: string } {
  return one(
    db,
    `SELECT participant_id AS p, id AS d FROM demands WHERE kind = ? AND status = 'open'
     AND participant_id NOT IN (SELECT participant_id FROM session_participants WHERE session_id = ?) ORDER BY id LIMIT 1`,
    kind,
    sessionId,
  );
}

/** The participant with the lowest id who has no open demand of this kind. */
export function firstWithoutOpenDemand(db: Db, kind: string): string {
  return one<{ id: string }>(
    db,
    "SELECT id FROM participants p WHERE NOT EXISTS (SELECT 1 FROM demands d WHERE d.participant_id = p.id AND d.kind = ? AND d.status = 'open') ORDER BY id LIMIT 1",
    kind,
  ).id;
}

/** The first participant (by id) with a koppeling date; `k` is that date. */
export function firstWithKoppeling(db: Db): { id: string; k: string } {
  return one(db, 'SELECT id, koppeling_date AS k FROM participants WHERE koppeling_date IS NOT NULL ORDER BY id LIMIT 1');
}

/** The first participant (by id) with a koppeling date and no PIP date yet. */
export function firstWithoutPip(db: Db): { id: string; k: string | null } {
  return one(db, 'SELECT id, koppeling_date AS k FROM participants WHERE koppeling_date IS NOT NULL AND pip_date IS NULL ORDER BY id LIMIT 1');
}

/** The first participant (by id) with a PIP date: koppeling `k`, PIP `d`. */
export function firstWithPip(db: Db): { id: string; k: string; d: string } {
  return one(db, 'SELECT id, koppeling_date AS k, pip_date AS d FROM participants WHERE pip_date IS NOT NULL ORDER BY id LIMIT 1');
}

/**
 * The first participant (by id) with a housing date whose only activities are accepted sessions
 * (no seats, no step done): housing date `h`, day of the first accepted session `d`.
 */
export function firstActiveInSessionsOnly(db: Db): { p: string; h: string; d: string } {
  return one(
    db,
    `SELECT p.id AS p, p.housing_date AS h, min(substr(s.start_time, 1, 10)) AS d FROM participants p
     JOIN session_participants sp ON sp.participant_id = p.id JOIN sessions s ON s.id = sp.session_id AND s.status = 'accepted'
     WHERE p.housing_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM trial_bookings t WHERE t.participant_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM intake_bookings i WHERE i.participant_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM demands d WHERE d.participant_id = p.id AND d.done_on IS NOT NULL)
     GROUP BY p.id ORDER BY p.id LIMIT 1`,
  );
}

/**
 * The first participant (by id) whose only activities are steps done (no session or seat), one
 * of them an activity aimed at taking part (a trial lesson or startklas): housing date `h`, day
 * of the first such step done `d`.
 */
export function firstActiveByStepsOnly(db: Db): { p: string; h: string; d: string } {
  return one(
    db,
    `SELECT p.id AS p, p.housing_date AS h, min(d.done_on) AS d FROM participants p
       JOIN demands d ON d.participant_id = p.id AND d.done_on IS NOT NULL AND d.kind IN ('trialLesson', 'startklasIntake')
     WHERE NOT EXISTS (SELECT 1 FROM session_participants sp WHERE sp.participant_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM trial_bookings t WHERE t.participant_id = p.id) AND NOT EXISTS (SELECT 1 FROM intake_bookings i WHERE i.participant_id = p.id)
     GROUP BY p.id ORDER BY p.id LIMIT 1`,
  );
}

/**
 * The first participant (by id), housed, whose only activities are a toets or a group information
 * session, booked or done (no lesson, no startklas seat): housing date `h`.
 */
export function firstWithProcessStepsOnly(db: Db): { p: string; h: string } {
  return one(
    db,
    `SELECT p.id AS p, p.housing_date AS h FROM participants p
     WHERE p.housing_date IS NOT NULL
       AND EXISTS (SELECT 1 FROM demands d WHERE d.participant_id = p.id AND d.status = 'done' AND d.done_on IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM demands d WHERE d.participant_id = p.id AND d.status = 'done' AND d.kind IN ('trialLesson', 'startklasIntake'))
       AND NOT EXISTS (SELECT 1 FROM trial_bookings t WHERE t.participant_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM intake_bookings i WHERE i.participant_id = p.id)
     ORDER BY p.id LIMIT 1`,
  );
}

/** A write that changes nothing, so the week's cached instance is built again (benchmarks). */
export function touchRegion(db: Db): void {
  db.prepare('UPDATE region SET name = name').run();
}

/** Puts pairs of the week's toets sessions on top of each other: a broken week for benchmarks. */
export function stackToetsSessions(db: Db, weekStart: string, pairs: number): void {
  const sessions = all<{ id: string; s: string; r: string }>(
    db,
    "SELECT id, start_time AS s, room_id AS r FROM sessions WHERE week_start = ? AND kind = 'toets' ORDER BY start_time",
    weekStart,
  );
  for (let i = 0; i + 1 < sessions.length && i < pairs * 2; i += 2) {
    db.prepare('UPDATE sessions SET start_time = ?, end_time = (SELECT end_time FROM sessions WHERE id = ?), room_id = ? WHERE id = ?').run(
      sessions[i].s,
      sessions[i].id,
      sessions[i].r,
      sessions[i + 1].id,
    );
  }
}
