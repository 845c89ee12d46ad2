// The people part of "your own region": a client's steps in the order the consultant gave them,
// every booking of a person (past and coming) with what it meets, households and children as
// forms edit them, ending a trajectory and the AVG erasure. Every change writes audit rows in
// the same transaction; an audit row holds field names and ids, never the values.
import { writeTx, type Db } from '../connection';
import type { WeeklyPattern } from '../../shared/domain/availability';
import type { DemandKind } from '../../shared/domain/kinds';
import { appointmentMsg } from '../../shared/domain/appointment-words';
import { renderMsg, type Msg } from '../../shared/messages';
import { listWeeklyTimes, replaceWeeklyTimes } from './availability';
import { writeAudit, type AuditContext } from './audit';
import { addDemand, type DemandStatus } from './demands';
import { getParticipant } from './participants';

/** The text that replaces an erased person's name: counts of past sessions stay right. */
export const ERASED_GIVEN_NAME = 'Verwijderde deelnemer';
export const ERASED_CHILD_NAME = 'Verwijderd kind';
export const ERASED_HOUSEHOLD_NAME = 'Verwijderd huishouden';
/** A language code no one speaks ('und': undetermined, ISO 639-2). */
const ERASED_LANGUAGE = 'und';

// ---------------------------------------------------------------- steps

export interface StepRow {
  id: string;
  kind: DemandKind;
  schoolId: string | null;
  schoolName: string | null;
  earliestDate: string;
  dueDate: string | null;
  status: DemandStatus;
  doneOn: string | null;
  rank: number | null;
}

/** The participant's steps: the consultant's order first (rank), then by earliest date. */
export function listSteps(db: Db, participantId: string): StepRow[] {
  return db
    .prepare(
      `SELECT d.id, d.kind, d.school_id AS schoolId, s.name AS schoolName, d.earliest_date AS earliestDate, d.due_date AS dueDate,
              d.status, d.done_on AS doneOn, d.rank
         FROM demands d LEFT JOIN language_schools s ON s.id = d.school_id
        WHERE d.participant_id = ?
        ORDER BY d.status = 'done' DESC, coalesce(d.rank, 1e9), d.earliest_date, d.id`,
    )
    .all(participantId) as StepRow[];
}

/** Adds a step after the participant's last one. */
export function addStep(
  db: Db,
  audit: AuditContext,
  s: { id?: string; participantId: string; kind: DemandKind; schoolId: string | null; earliestDate: string; dueDate: string | null },
): string {
  return writeTx(db, () => {
    const id = addDemand(db, audit, s);
    const next = (db.prepare('SELECT coalesce(max(rank), -1) + 1 AS n FROM demands WHERE participant_id = ?').get(s.participantId) as { n: number }).n;
    db.prepare('UPDATE demands SET rank = ? WHERE id = ?').run(next, id);
    return id;
  });
}

/** Removes a step (and with it, by the schema's cascade, a booking the caller has already listed). */
export function deleteStep(db: Db, audit: AuditContext, demandId: string): void {
  writeTx(db, () => {
    const d = db.prepare('SELECT participant_id AS p, kind FROM demands WHERE id = ?').get(demandId) as { p: string; kind: string } | undefined;
    if (!d) throw new Error(`Stap ${demandId} bestaat niet.`);
    db.prepare('DELETE FROM startklas_waiting WHERE demand_id = ?').run(demandId);
    db.prepare('DELETE FROM demands WHERE id = ?').run(demandId);
    writeAudit(db, audit, 'delete', 'demand', demandId, { participantId: d.p, kind: d.kind });
  });
}

/** Gives the listed steps ranks 0, 1, 2... in this order. */
export function setStepOrder(db: Db, audit: AuditContext, participantId: string, demandIds: readonly string[]): void {
  writeTx(db, () => {
    const set = db.prepare('UPDATE demands SET rank = ? WHERE id = ? AND participant_id = ?');
    demandIds.forEach((id, i) => set.run(i, id, participantId));
    writeAudit(db, audit, 'update', 'participant', participantId, { fields: ['stepOrder'] });
  });
}

// ---------------------------------------------------------------- bookings

export type BookingSource = 'session' | 'trialLesson' | 'startklasIntake';

export interface PersonBooking {
  source: BookingSource;
  /** The session id, or the trial/intake booking's row id. */
  ref: string;
  demandId: string;
  kind: DemandKind;
  /** Dutch, e.g. "Proefles Taalschool Noord (B1-ochtend)": `labelMsg` written in Dutch. */
  label: string;
  /** What it is as a message, for the reader's language. */
  labelMsg: Msg;
  start: string;
  end: string;
  locationName: string;
  status: 'proposed' | 'accepted';
  /** A trial lesson the school recorded the client did not come to: it no longer holds its step. */
  missed: boolean;
}

/** Every booking of the participant, past and coming, in time order. */
export function bookingsOfPerson(db: Db, participantId: string): PersonBooking[] {
  const rows = db
    .prepare(
      `SELECT 'session' AS source, s.id AS ref, sp.demand_id AS demandId, s.kind AS kind, s.start_time AS start, s.end_time AS end,
              s.status AS status, l.name AS locationName, NULL AS schoolName, NULL AS className, 0 AS missed
         FROM session_participants sp JOIN sessions s ON s.id = sp.session_id
         JOIN rooms r ON r.id = s.room_id JOIN locations l ON l.id = r.location_id
        WHERE sp.participant_id = @p
       UNION ALL
       SELECT 'trialLesson', CAST(b.id AS TEXT), b.demand_id, 'trialLesson', b.start_time, b.end_time, b.status, l.name, ls.name, c.name,
              coalesce(o.attended = 0, 0)
         FROM trial_bookings b JOIN classes c ON c.id = b.class_id JOIN language_schools ls ON ls.id = c.school_id
         JOIN locations l ON l.id = c.location_id LEFT JOIN trial_outcomes o ON o.booking_id = b.id
        WHERE b.participant_id = @p
       UNION ALL
       SELECT 'startklasIntake', CAST(ib.id AS TEXT), ib.demand_id, 'startklasIntake', ib.date || 'T' || i.start_time, ib.date || 'T' || i.end_time,
              ib.status, l.name, NULL, NULL, 0
         FROM intake_bookings ib JOIN startklas_intakes i ON i.id = ib.intake_id JOIN locations l ON l.id = i.location_id
        WHERE ib.participant_id = @p
       ORDER BY start, kind, schoolName, className`,
    )
    .all({ p: participantId }) as (Omit<PersonBooking, 'label' | 'labelMsg' | 'missed'> & { schoolName: string | null; className: string | null; missed: number })[];
  return rows.map(({ schoolName, className, missed, ...b }) => {
    const labelMsg = appointmentMsg({ kind: b.kind, schoolName, className });
    return { ...b, label: renderMsg(labelMsg, 'nl'), labelMsg, missed: missed === 1 };
  });
}

/** Cancels one booking (the step it met needs booking again), with an audit row. */
export function cancelBooking(db: Db, audit: AuditContext, participantId: string, b: Pick<PersonBooking, 'source' | 'ref' | 'demandId'>): void {
  writeTx(db, () => {
    if (b.source === 'session') db.prepare('DELETE FROM session_participants WHERE session_id = ? AND participant_id = ?').run(b.ref, participantId);
    else db.prepare(`DELETE FROM ${b.source === 'trialLesson' ? 'trial_bookings' : 'intake_bookings'} WHERE id = ? AND participant_id = ?`).run(Number(b.ref), participantId);
    db.prepare("UPDATE demands SET status = 'open' WHERE id = ? AND status = 'planned'").run(b.demandId);
    writeAudit(db, audit, 'delete', 'booking', participantId, { type: b.source, demandId: b.demandId, ...(b.source === 'session' ? { sessionId: b.ref } : {}) });
  });
}

// ---------------------------------------------------------------- households and children

export interface ChildDetail {
  id: string;
  givenName: string;
  birthDate: string;
  covered: { weekday: number; start: string; end: string }[];
}

export function childrenWithCare(db: Db, householdId: string): ChildDetail[] {
  const rows = db.prepare('SELECT id, given_name AS givenName, birth_date AS birthDate FROM children WHERE household_id = ? ORDER BY birth_date, id').all(householdId) as Omit<
    ChildDetail,
    'covered'
  >[];
  return rows.map((c) => ({ ...c, covered: listWeeklyTimes(db, { kind: 'child', id: c.id }) }));
}

export function getHousehold(db: Db, id: string): { id: string; name: string; adultsOutside: number } | null {
  return (
    (db.prepare('SELECT id, name, adults_outside AS adultsOutside FROM households WHERE id = ?').get(id) as { id: string; name: string; adultsOutside: number } | undefined) ?? null
  );
}

export function householdMemberIds(db: Db, householdId: string): string[] {
  return (db.prepare('SELECT id FROM participants WHERE household_id = ? ORDER BY id').all(householdId) as { id: string }[]).map((r) => r.id);
}

export function setHouseholdAdultsOutside(db: Db, audit: AuditContext, householdId: string, adultsOutside: number): void {
  writeTx(db, () => {
    const r = db.prepare('UPDATE households SET adults_outside = ? WHERE id = ? AND adults_outside <> ?').run(adultsOutside, householdId, adultsOutside);
    if (r.changes > 0) writeAudit(db, audit, 'update', 'household', householdId, { fields: ['adultsOutside'] });
  });
}

/** Puts a participant in a household (or out of any: null). */
export function setParticipantHousehold(db: Db, audit: AuditContext, participantId: string, householdId: string | null): void {
  writeTx(db, () => {
    const r = db.prepare('UPDATE participants SET household_id = ? WHERE id = ? AND household_id IS NOT ?').run(householdId, participantId, householdId);
    if (r.changes > 0) writeAudit(db, audit, 'update', 'participant', participantId, { fields: ['householdId'] });
  });
}

export function updateChild(db: Db, audit: AuditContext, id: string, c: { givenName: string; birthDate: string; covered: WeeklyPattern[] }): void {
  writeTx(db, () => {
    const before = db.prepare('SELECT given_name AS givenName, birth_date AS birthDate, household_id AS householdId FROM children WHERE id = ?').get(id) as
      { givenName: string; birthDate: string; householdId: string } | undefined;
    if (!before) throw new Error(`Kind ${id} bestaat niet.`);
    const fields: string[] = [];
    if (before.givenName !== c.givenName) fields.push('givenName');
    if (before.birthDate !== c.birthDate) fields.push('birthDate');
    db.prepare('UPDATE children SET given_name = ?, birth_date = ? WHERE id = ?').run(c.givenName, c.birthDate, id);
    const coveredBefore = JSON.stringify(listWeeklyTimes(db, { kind: 'child', id }));
    replaceWeeklyTimes(db, { kind: 'child', id }, c.covered);
    if (JSON.stringify(listWeeklyTimes(db, { kind: 'child', id })) !== coveredBefore) fields.push('covered');
    if (fields.length > 0) writeAudit(db, audit, 'update', 'child', id, { householdId: before.householdId, fields });
  });
}

/** Childcare booked for the child from this day on (what removing the child cancels). */
export function childcareFrom(db: Db, childId: string, fromDay: string): { providerName: string; start: string; end: string }[] {
  return db
    .prepare(
      `SELECT p.name AS providerName, b.slot_start AS start, b.slot_end AS end FROM childcare_bookings b JOIN childcare_providers p ON p.id = b.provider_id
        WHERE b.child_id = ? AND b.slot_start >= ? ORDER BY b.slot_start`,
    )
    .all(childId, fromDay) as { providerName: string; start: string; end: string }[];
}

/** Removes a child with their care times and childcare bookings (the schema cascades). */
export function removeChild(db: Db, audit: AuditContext, id: string): void {
  writeTx(db, () => {
    const c = db.prepare('SELECT household_id AS h FROM children WHERE id = ?').get(id) as { h: string } | undefined;
    if (!c) throw new Error(`Kind ${id} bestaat niet.`);
    db.prepare('DELETE FROM children WHERE id = ?').run(id);
    writeAudit(db, audit, 'delete', 'child', id, { householdId: c.h });
  });
}

// ---------------------------------------------------------------- history

export interface PersonAuditRow {
  at: string;
  actor: string;
  action: string;
  entity: string;
  purpose: string;
  details: unknown;
}

/**
 * The audit rows about this person: their record, their bookings and steps, and their
 * household and its children; newest first. Reads ('view') are left out: the history shows changes.
 */
export function auditOfPerson(db: Db, participantId: string, householdId: string | null, limit = 500): PersonAuditRow[] {
  const rows = db
    .prepare(
      `SELECT at, actor, action, entity, purpose, details FROM audit_log
        WHERE action <> 'view' AND (
              (entity IN ('participant', 'booking') AND entity_id = @p)
           OR (entity = 'demand' AND json_extract(details, '$.participantId') = @p)
           OR (@h IS NOT NULL AND entity = 'household' AND entity_id = @h)
           OR (@h IS NOT NULL AND entity = 'child' AND json_extract(details, '$.householdId') = @h))
        ORDER BY id DESC LIMIT @limit`,
    )
    .all({ p: participantId, h: householdId, limit }) as (Omit<PersonAuditRow, 'details'> & { details: string | null })[];
  return rows.map((r) => ({ ...r, details: r.details === null ? null : JSON.parse(r.details) }));
}

/** What a booking row of the history is about, looked up beside it (it may be gone since). */
export interface HistoryLookups {
  /** A session now, else as it was last published; null when neither is known. */
  session(id: string): { kind: 'groupInfo' | 'toets'; start: string; end: string; language: string | null } | null;
  /** The language school a class belongs to, by name. */
  schoolOfClass(id: string): string | null;
  /** A startklas intake moment's times ('HH:MM'). */
  intakeTimes(id: string): { start: string; end: string } | null;
}

/** Lookups for the history's booking rows, each read at most once per id. */
export function historyLookups(db: Db): HistoryLookups {
  const memo = <T>(read: (id: string) => T) => {
    const seen = new Map<string, T>();
    return (id: string): T => {
      if (!seen.has(id)) seen.set(id, read(id));
      return seen.get(id)!;
    };
  };
  type SessionFacts = { kind: 'groupInfo' | 'toets'; start: string; end: string; language: string | null };
  const now = db.prepare('SELECT kind, start_time AS start, end_time AS end, language FROM sessions WHERE id = ?');
  const published = db.prepare('SELECT kind, start_time AS start, end_time AS end, language FROM published_sessions WHERE session_id = ? ORDER BY rowid DESC LIMIT 1');
  const school = db.prepare('SELECT s.name FROM classes c JOIN language_schools s ON s.id = c.school_id WHERE c.id = ?');
  const intake = db.prepare('SELECT start_time AS start, end_time AS end FROM startklas_intakes WHERE id = ?');
  return {
    session: memo((id) => ((now.get(id) ?? published.get(id)) as SessionFacts | undefined) ?? null),
    schoolOfClass: memo((id) => (school.get(id) as { name: string } | undefined)?.name ?? null),
    intakeTimes: memo((id) => (intake.get(id) as { start: string; end: string } | undefined) ?? null),
  };
}

// ---------------------------------------------------------------- end and erase

/**
 * "Traject beëindigen": the end date and reason are kept; open steps are closed (removed, each
 * with an audit row); the bookings passed in (the caller lists and confirms them) are cancelled
 * and their steps removed. Past bookings and done steps stay: the history is kept.
 */
export function endTrajectory(db: Db, audit: AuditContext, id: string, end: { date: string; reason: string }, cancel: readonly PersonBooking[]): void {
  writeTx(db, () => {
    db.prepare('UPDATE participants SET ended_on = ?, end_reason = ? WHERE id = ?').run(end.date, end.reason, id);
    writeAudit(db, audit, 'update', 'participant', id, { fields: ['endedOn', 'endReason'] });
    for (const b of cancel) cancelBooking(db, audit, id, b);
    closeOpenWork(db, audit, id);
  });
}

/** Removes the open steps, the waiting-list place and open slot requests of a person. */
function closeOpenWork(db: Db, audit: AuditContext, id: string): void {
  const open = db.prepare("SELECT id FROM demands WHERE participant_id = ? AND status = 'open'").all(id) as { id: string }[];
  for (const d of open) deleteStep(db, audit, d.id);
  db.prepare('DELETE FROM startklas_waiting WHERE participant_id = ?').run(id);
  db.prepare("DELETE FROM slot_requests WHERE participant_id = ? AND status = 'open'").run(id);
}

/** What an erasure would remove (counts, for the confirmation) besides the person's own data. */
export interface ErasurePlan {
  /** Bookings from today on: removed first. */
  future: PersonBooking[];
  /** Bookings before today: kept with the anonymous placeholder. */
  pastCount: number;
  /** The household goes with the person when no other participant is in it. */
  household: { removed: boolean; children: number; childcareFromToday: number } | null;
}

export function erasurePlan(db: Db, id: string, today: string): ErasurePlan {
  const all = bookingsOfPerson(db, id);
  const future = all.filter((b) => b.start.slice(0, 10) >= today);
  const p = getParticipant(db, id);
  let household: ErasurePlan['household'] = null;
  if (p?.householdId) {
    const others = householdMemberIds(db, p.householdId).filter((x) => x !== id);
    const kids = childrenWithCare(db, p.householdId);
    const care = kids.reduce((n, c) => n + childcareFrom(db, c.id, today).length, 0);
    household = { removed: others.length === 0, children: others.length === 0 ? kids.length : 0, childcareFromToday: others.length === 0 ? care : 0 };
  }
  return { future, pastCount: all.length - future.length, household };
}

/**
 * The AVG erasure: future bookings are removed first; then the name, dates, languages, route,
 * busy times, consultant and household of the person are replaced by an anonymous placeholder
 * (the row stays so past sessions keep their counts), open steps go, and, when nobody else of
 * the household is in the programme, the household and its children go too (children with
 * childcare in the past become anonymous placeholders, the rest are removed). Trial outcomes
 * stay without a name. One audit row records the erasure with counts only.
 */
export function eraseParticipant(db: Db, audit: AuditContext, id: string, today: string): { futureRemoved: number; pastKept: number } {
  return writeTx(db, () => {
    const plan = erasurePlan(db, id, today);
    const p = getParticipant(db, id);
    if (!p) throw new Error(`Deelnemer ${id} bestaat niet.`);
    for (const b of plan.future) cancelBooking(db, audit, id, b);
    closeOpenWork(db, audit, id);
    db.prepare('DELETE FROM slot_requests WHERE participant_id = ?').run(id);
    // The planner's reasons may name the person.
    db.prepare('DELETE FROM unplanned_reasons WHERE demand_id IN (SELECT id FROM demands WHERE participant_id = ?)').run(id);
    db.prepare('DELETE FROM weekly_times WHERE participant_id = ?').run(id);
    db.prepare('DELETE FROM dated_exceptions WHERE participant_id = ?').run(id);
    // Steps that stay (done, or planned with a past booking) keep only kind and status.
    db.prepare("UPDATE demands SET earliest_date = '1900-01-01', due_date = NULL, done_on = NULL, rank = NULL WHERE participant_id = ?").run(id);
    db.prepare(
      `UPDATE participants SET given_name = ?, family_name = '', household_id = NULL, language = ?, other_languages = '[]',
         digital_skill = 'none', route_indication = NULL, koppeling_date = NULL, registration_date = NULL, housing_date = NULL,
         pip_date = NULL, consultant_id = NULL, ended_on = coalesce(ended_on, ?), end_reason = NULL, erased_on = ?, search_text = '',
         client_number = NULL
       WHERE id = ?`,
    ).run(ERASED_GIVEN_NAME, ERASED_LANGUAGE, today, today, id);
    let childrenErased = 0;
    if (p.householdId && plan.household?.removed) {
      for (const c of childrenWithCare(db, p.householdId)) {
        db.prepare('DELETE FROM childcare_bookings WHERE child_id = ? AND slot_start >= ?').run(c.id, today);
        childrenErased++;
        const pastCare = (db.prepare('SELECT count(*) AS n FROM childcare_bookings WHERE child_id = ?').get(c.id) as { n: number }).n;
        if (pastCare === 0) {
          db.prepare('DELETE FROM children WHERE id = ?').run(c.id);
        } else {
          db.prepare('DELETE FROM weekly_times WHERE child_id = ?').run(c.id);
          db.prepare('DELETE FROM dated_exceptions WHERE child_id = ?').run(c.id);
          db.prepare("UPDATE children SET given_name = ?, birth_date = '1900-01-01' WHERE id = ?").run(ERASED_CHILD_NAME, c.id);
        }
      }
      const keep = (db.prepare('SELECT count(*) AS n FROM children WHERE household_id = ?').get(p.householdId) as { n: number }).n;
      if (keep === 0) db.prepare('DELETE FROM households WHERE id = ?').run(p.householdId);
      else db.prepare('UPDATE households SET name = ?, adults_outside = 0 WHERE id = ?').run(ERASED_HOUSEHOLD_NAME, p.householdId);
    }
    writeAudit(db, audit, 'delete', 'participant', id, {
      erasure: true,
      futureBookingsRemoved: plan.future.length,
      pastBookingsKept: plan.pastCount,
      childrenErased,
      householdRemoved: plan.household?.removed ?? false,
    });
    return { futureRemoved: plan.future.length, pastKept: plan.pastCount };
  });
}

/** The household form's version, who saved it last and when (UTC); null for no such household. */
export function householdVersion(db: Db, householdId: string): { version: number; savedBy: string | null; savedAt: string | null } | null {
  const r = db.prepare('SELECT version, saved_by AS savedBy, saved_at AS savedAt FROM households WHERE id = ?').get(householdId) as
    { version: number; savedBy: string | null; savedAt: string | null } | undefined;
  return r ?? null;
}

/** A save of the household form: a new version, in the name of who saved it (the audit actor, at in UTC). */
export function markHouseholdSaved(db: Db, householdId: string, savedBy: string, savedAtUtc: string): void {
  db.prepare('UPDATE households SET version = version + 1, saved_by = ?, saved_at = ? WHERE id = ?').run(savedBy, savedAtUtc, householdId);
}
