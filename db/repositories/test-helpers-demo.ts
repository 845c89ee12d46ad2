// Test support for the service tests on the demo region: picks the people and bookings a test
// needs and makes the changes it sets up, straight on the tables (no audit rows), so the tests
// in electron/ hold no SQL.
import type { Db } from '../connection';
import type { DemandKind, DigitalSkill, SessionKind } from '../../shared/domain/kinds';

// ---------------------------------------------------------------- people

/** A consultant's clients, by id. */
export function clientIds(db: Db, consultantId: string): string[] {
  return (db.prepare('SELECT id FROM participants WHERE consultant_id = ? ORDER BY id').all(consultantId) as { id: string }[]).map((r) => r.id);
}

/** Everyone with another consultant (or none), by id. */
export function otherClientIds(db: Db, consultantId: string): string[] {
  return (db.prepare('SELECT id FROM participants WHERE consultant_id <> ? ORDER BY id').all(consultantId) as { id: string }[]).map((r) => r.id);
}

/** Clients with a koppeling date and no PIP yet (k = koppeling date). */
export function clientsWithoutPip(db: Db, consultantId: string): { id: string; k: string }[] {
  return db
    .prepare('SELECT id, koppeling_date AS k FROM participants WHERE consultant_id = ? AND pip_date IS NULL AND koppeling_date IS NOT NULL ORDER BY id')
    .all(consultantId) as { id: string; k: string }[];
}

/** Clients whose toets step is open or missing (not planned, not done). */
export function clientsWithoutBookedToets(db: Db, consultantId: string): string[] {
  return (
    db
      .prepare("SELECT id FROM participants WHERE consultant_id = ? AND id NOT IN (SELECT participant_id FROM demands WHERE kind = 'toets' AND status <> 'open') ORDER BY id")
      .all(consultantId) as { id: string }[]
  ).map((r) => r.id);
}

/** A client not yet in any group information session while one in their language lies ahead (after `after`, a local time). */
export function clientForGroupInfo(db: Db, consultantId: string, after: string): { id: string; language: string } | undefined {
  return db
    .prepare(
      `SELECT p.id, p.language FROM participants p WHERE p.consultant_id = ?
         AND NOT EXISTS (SELECT 1 FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.participant_id = p.id AND s.kind = 'groupInfo')
         AND EXISTS (SELECT 1 FROM sessions s WHERE s.kind = 'groupInfo' AND s.language = p.language AND s.start_time > ?)`,
    )
    .get(consultantId, after) as { id: string; language: string } | undefined;
}

export function setDigitalSkill(db: Db, participantId: string, skill: DigitalSkill): void {
  db.prepare('UPDATE participants SET digital_skill = ? WHERE id = ?').run(skill, participantId);
}

export function demandsOfKind(db: Db, participantId: string, kind: DemandKind): { status: string; earliest: string }[] {
  return db.prepare('SELECT status, earliest_date AS earliest FROM demands WHERE participant_id = ? AND kind = ?').all(participantId, kind) as {
    status: string;
    earliest: string;
  }[];
}

export function deleteDemandsOfKind(db: Db, participantId: string, kind: DemandKind): void {
  db.prepare('DELETE FROM demands WHERE participant_id = ? AND kind = ?').run(participantId, kind);
}

// ---------------------------------------------------------------- sessions and toets

/** The first seat (by session id) in a session of this kind in the week. */
export function firstSessionSeat(db: Db, weekStart: string, kind: SessionKind): { sid: string; pid: string } | undefined {
  return db
    .prepare(
      'SELECT sp.session_id AS sid, sp.participant_id AS pid FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE s.week_start = ? AND s.kind = ? ORDER BY sp.session_id LIMIT 1',
    )
    .get(weekStart, kind) as { sid: string; pid: string } | undefined;
}

/** The participant's toets seats, as session_participants rows. */
export function toetsSeatsOf(db: Db, participantId: string): { session_id: string }[] {
  return db
    .prepare('SELECT session_id FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE participant_id = ? AND s.kind = ?')
    .all(participantId, 'toets') as { session_id: string }[];
}

export function consultantCertified(db: Db, consultantId: string): { t: number } | undefined {
  return db.prepare('SELECT toets_certified AS t FROM consultants WHERE id = ?').get(consultantId) as { t: number } | undefined;
}

export function touchLaptopsOfSession(db: Db, sessionId: string): { touch: number } | undefined {
  return db.prepare('SELECT r.laptops_touch AS touch FROM sessions s JOIN rooms r ON r.id = s.room_id WHERE s.id = ?').get(sessionId) as { touch: number } | undefined;
}

/** Booked clients with no or basic digital skill: each needs a touch laptop (counted independently of the services). */
export function lowSkillSeatsOfSession(db: Db, sessionId: string): { n: number } {
  return db
    .prepare("SELECT count(*) AS n FROM session_participants sp JOIN participants p ON p.id = sp.participant_id WHERE sp.session_id = ? AND p.digital_skill IN ('none','basic')")
    .get(sessionId) as { n: number };
}

export function setTouchLaptopsEverywhere(db: Db, laptops: number): void {
  db.prepare('UPDATE rooms SET laptops_touch = ?').run(laptops);
}

// ---------------------------------------------------------------- trial lessons and childcare

export function setTrialSeats(db: Db, where: { classId: string } | { schoolId: string }, seats: number): void {
  if ('classId' in where) db.prepare('UPDATE classes SET trial_seats = ? WHERE id = ?').run(seats, where.classId);
  else db.prepare('UPDATE classes SET trial_seats = ? WHERE school_id = ?').run(seats, where.schoolId);
}

/** The first trial booking at the school that starts before `before` (a local time). */
export function pastTrialBookingAt(db: Db, schoolId: string, before: string): { id: number } | undefined {
  return db
    .prepare('SELECT b.id FROM trial_bookings b JOIN classes c ON c.id = b.class_id WHERE c.school_id = ? AND b.start_time < ? ORDER BY b.id LIMIT 1')
    .get(schoolId, before) as { id: number } | undefined;
}

/** Names of people with a trial lesson at `schoolId` and none at `notAt`. */
export function trialVisitorNamesOnlyAt(db: Db, schoolId: string, notAt: string): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT trim(p.given_name || ' ' || p.family_name) AS name FROM participants p JOIN trial_bookings b ON b.participant_id = p.id
          JOIN classes c ON c.id = b.class_id WHERE c.school_id = ?
            AND p.id NOT IN (SELECT b2.participant_id FROM trial_bookings b2 JOIN classes c2 ON c2.id = b2.class_id WHERE c2.school_id = ?)`,
      )
      .all(schoolId, notAt) as { name: string }[]
  ).map((r) => r.name);
}

export function moveTrialBooking(db: Db, bookingId: number, start: string, end: string): void {
  db.prepare('UPDATE trial_bookings SET start_time = ?, end_time = ? WHERE id = ?').run(start, end, bookingId);
}

/** Moves a provider's daypart that starts at `start` on a weekday to a new start with a new number of seats. */
export function changeChildcareDaypart(db: Db, providerId: string, weekday: number, start: string, to: { start: string; seats: number }): void {
  db.prepare('UPDATE childcare_dayparts SET start_time = ?, seats = ? WHERE provider_id = ? AND weekday = ? AND start_time = ?').run(
    to.start,
    to.seats,
    providerId,
    weekday,
    start,
  );
}

/** Providers booked for the child in the daypart starting then, as { p: provider id } rows. */
export function childcareProvidersBooked(db: Db, childId: string, slotStart: string): { p: string }[] {
  return db.prepare('SELECT provider_id AS p FROM childcare_bookings WHERE child_id = ? AND slot_start = ?').all(childId, slotStart) as { p: string }[];
}

// ---------------------------------------------------------------- startklas intakes

export function setIntakeSeatsEverywhere(db: Db, seats: number): void {
  db.prepare('UPDATE startklas_intakes SET seats = ?').run(seats);
}

/** Seats taken per intake moment after `after` (a date). */
export function intakeSeatsTakenAfter(db: Db, after: string): { n: number }[] {
  return db.prepare('SELECT count(*) AS n FROM intake_bookings GROUP BY intake_id, date HAVING date > ?').all(after) as { n: number }[];
}

/** The first booking after `after` (a date) that is alone at its intake moment. */
export function loneIntakeBookingAfter(db: Db, after: string): { id: number; week: string; p: string } | undefined {
  return db
    .prepare(
      `SELECT b.id, b.week_start AS week, b.participant_id AS p FROM intake_bookings b
       WHERE b.date > ? AND (SELECT count(*) FROM intake_bookings o WHERE o.intake_id = b.intake_id AND o.date = b.date) = 1
       ORDER BY b.date LIMIT 1`,
    )
    .get(after) as { id: number; week: string; p: string } | undefined;
}

export function setIntakeBookingStatus(db: Db, bookingId: number, status: 'proposed' | 'accepted'): void {
  db.prepare('UPDATE intake_bookings SET status = ? WHERE id = ?').run(status, bookingId);
}

/** Makes a participant busy (work) every working day from 07:00 to 19:00. */
export function makeBusyWorkingDays(db: Db, participantId: string): void {
  const st = db.prepare("INSERT INTO weekly_times (participant_id, weekday, start_time, end_time, note) VALUES (?, ?, '07:00', '19:00', 'werk')");
  for (let d = 1; d <= 5; d++) st.run(participantId, d);
}

export function setChildBirthDate(db: Db, childId: string, birthDate: string): void {
  db.prepare('UPDATE children SET birth_date = ? WHERE id = ?').run(birthDate, childId);
}

// ---------------------------------------------------------------- ids in messages

/** Every internal id in the region: the id column of every table that has one (sessions, people, places, ...). */
export function allRegionIds(db: Db): string[] {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
  const ids = new Set<string>();
  for (const t of tables) {
    const cols = db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[];
    if (!cols.some((c) => c.name === 'id')) continue;
    for (const r of db.prepare(`SELECT id FROM "${t}"`).all() as { id: unknown }[]) if (typeof r.id === 'string') ids.add(r.id);
  }
  return [...ids];
}

/** The weeks (Mondays) that hold sessions. */
export function weeksWithSessions(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT week_start AS w FROM sessions ORDER BY w').all() as { w: string }[]).map((r) => r.w);
}

// ---------------------------------------------------------------- group information

/** Gives a participant a language no group information session is planned in (Thai), and no other. */
export function setLanguageWithoutGroupInfo(db: Db, participantId: string): void {
  if (db.prepare("SELECT 1 FROM sessions WHERE kind = 'groupInfo' AND language = 'th'").get()) throw new Error('Er is een groepsvoorlichting in het Thai.');
  db.prepare("UPDATE participants SET language = 'th', other_languages = '[]' WHERE id = ?").run(participantId);
}

/** Sets the region's largest group information session (and its smallest to 0). */
export function setGroupInfoMaxSize(db: Db, maxSize: number): void {
  db.prepare('UPDATE region SET group_info_min_size = 0, group_info_max_size = ?').run(maxSize);
}
