// Seats booked in existing moments: a trial lesson in a class, a startklas intake, a childcare
// daypart. A new booking is personal data, so it writes an audit row (entity 'booking', entity
// id = the person); a removal is logged by the caller, who knows why it goes.
import { writeTx, type Db } from '../connection';
import type { DemandKind } from '../../shared/domain/kinds';
import { mondayOf } from '../../shared/domain/week';
import { writeAudit, type AuditContext } from './audit';
import { checkDemand, markDemandPlanned } from './demands';
import type { ChildcareKind, Route } from './region';
import type { SessionStatus } from './sessions';
import { prepared } from './statements';

/**
 * A seat in an existing moment for one demand: the demand is checked, the booking stored, the
 * demand planned, and the booking logged as personal data.
 */
function bookSeat(
  db: Db,
  audit: AuditContext,
  seat: { participantId: string; demandId: string },
  kind: Extract<DemandKind, 'trialLesson' | 'startklasIntake'>,
  detail: Record<string, string>,
  insert: () => void,
): void {
  writeTx(db, () => {
    checkDemand(db, seat.demandId, seat.participantId, kind);
    insert();
    markDemandPlanned(db, seat.demandId);
    writeAudit(db, audit, 'create', 'booking', seat.participantId, { type: kind, ...detail, demandId: seat.demandId });
  });
}

export interface TrialBookingInput {
  classId: string;
  start: string;
  end: string;
  participantId: string;
  demandId: string;
  status: SessionStatus;
}

export function addTrialBooking(db: Db, audit: AuditContext, b: TrialBookingInput): void {
  bookSeat(db, audit, b, 'trialLesson', { classId: b.classId, start: b.start, status: b.status }, () =>
    db
      .prepare(
        `INSERT INTO trial_bookings (week_start, class_id, start_time, end_time, participant_id, demand_id, status)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(mondayOf(b.start.slice(0, 10)), b.classId, b.start, b.end, b.participantId, b.demandId, b.status),
  );
}

export interface IntakeBookingInput {
  intakeId: string;
  date: string;
  participantId: string;
  demandId: string;
  status: SessionStatus;
}

export function addIntakeBooking(db: Db, audit: AuditContext, b: IntakeBookingInput): void {
  bookSeat(db, audit, b, 'startklasIntake', { intakeId: b.intakeId, date: b.date, status: b.status }, () =>
    db
      .prepare('INSERT INTO intake_bookings (week_start, intake_id, date, participant_id, demand_id, status) VALUES (?, ?, ?, ?, ?, ?)')
      .run(mondayOf(b.date), b.intakeId, b.date, b.participantId, b.demandId, b.status),
  );
}

export interface ChildcareBookingInput {
  childId: string;
  providerId: string;
  slotStart: string;
  slotEnd: string;
  status: SessionStatus;
}

export function addChildcareBooking(db: Db, audit: AuditContext, b: ChildcareBookingInput): void {
  writeTx(db, () => {
    db.prepare('INSERT INTO childcare_bookings (week_start, child_id, provider_id, slot_start, slot_end, status) VALUES (?, ?, ?, ?, ?, ?)').run(
      mondayOf(b.slotStart.slice(0, 10)),
      b.childId,
      b.providerId,
      b.slotStart,
      b.slotEnd,
      b.status,
    );
    writeAudit(db, audit, 'create', 'booking', b.childId, { type: 'childcare', providerId: b.providerId, slotStart: b.slotStart, status: b.status });
  });
}

// ---------------------------------------------------------------- trial lessons

export interface TrialBookingRow {
  id: number;
  participantId: string;
  demandId: string;
  weekStart: string;
  classId: string;
  schoolId: string;
  start: string;
  end: string;
  /**
   * The school recorded that the client did not come: the booking no longer holds its step (the
   * step is to be booked again) and stays only as the missed lesson.
   */
  missed: boolean;
}

const TRIAL_COLUMNS = `b.id, b.participant_id AS participantId, b.demand_id AS demandId, b.week_start AS weekStart, b.class_id AS classId,
  c.school_id AS schoolId, b.start_time AS start, b.end_time AS end, coalesce(o.attended = 0, 0) AS missed`;
const TRIAL_FROM = 'trial_bookings b JOIN classes c ON c.id = b.class_id LEFT JOIN trial_outcomes o ON o.booking_id = b.id';
const trialRow = (r: Omit<TrialBookingRow, 'missed'> & { missed: number }): TrialBookingRow => ({ ...r, missed: r.missed === 1 });

export function getTrialBooking(db: Db, id: number): TrialBookingRow | null {
  const r = db.prepare(`SELECT ${TRIAL_COLUMNS} FROM ${TRIAL_FROM} WHERE b.id = ?`).get(id) as Parameters<typeof trialRow>[0] | undefined;
  return r ? trialRow(r) : null;
}

/** The participant's trial lessons, in time order, missed ones included. */
export function listTrialBookingsOf(db: Db, participantId: string): TrialBookingRow[] {
  return (db.prepare(`SELECT ${TRIAL_COLUMNS} FROM ${TRIAL_FROM} WHERE b.participant_id = ? ORDER BY b.start_time`).all(participantId) as Parameters<typeof trialRow>[0][]).map(
    trialRow,
  );
}

/** The booking that meets this demand (one at most: demand_id is unique). */
export function trialBookingIdOf(db: Db, demandId: string): number | null {
  return (db.prepare('SELECT id FROM trial_bookings WHERE demand_id = ?').get(demandId) as { id: number } | undefined)?.id ?? null;
}

/** Trial seats taken in one lesson of a class. */
export function countTrialBookings(db: Db, classId: string, start: string): number {
  return (db.prepare('SELECT count(*) AS n FROM trial_bookings WHERE class_id = ? AND start_time = ?').get(classId, start) as { n: number }).n;
}

export function deleteTrialBooking(db: Db, id: number): void {
  db.prepare('DELETE FROM trial_bookings WHERE id = ?').run(id);
}

export interface TrialVisitorRow {
  bookingId: number;
  participantId: string;
  name: string;
  routeIndication: Route | null;
  language: string;
  classId: string;
  className: string;
  start: string;
  end: string;
  /** The school's word on the lesson, when recorded: 1 or 0, else null. */
  attended: number | null;
  routeAdvice: Route | null;
}

/** Who comes to a trial lesson at this school from `from` to `to` (dates), with any outcome. */
export function listTrialVisitors(db: Db, schoolId: string, from: string, to: string): TrialVisitorRow[] {
  return db
    .prepare(
      `SELECT b.id AS bookingId, trim(p.given_name || ' ' || p.family_name) AS name, p.route_indication AS routeIndication, p.language,
              b.class_id AS classId, c.name AS className, b.start_time AS start, b.end_time AS end, p.id AS participantId,
              o.attended, o.route_advice AS routeAdvice
         FROM trial_bookings b JOIN classes c ON c.id = b.class_id JOIN participants p ON p.id = b.participant_id
         LEFT JOIN trial_outcomes o ON o.booking_id = b.id
        WHERE c.school_id = @school AND b.start_time >= @from AND b.start_time < @to ORDER BY b.start_time, name`,
    )
    .all({ school: schoolId, from, to }) as TrialVisitorRow[];
}

// ---------------------------------------------------------------- startklas intakes

export interface IntakeBookingRow {
  id: number;
  intakeId: string;
  date: string;
  demandId: string;
}

/** The participant's first intake after `afterDate`. */
export function nextIntakeBookingOf(db: Db, participantId: string, afterDate: string): IntakeBookingRow | null {
  return (
    (db
      .prepare('SELECT id, intake_id AS intakeId, date, demand_id AS demandId FROM intake_bookings WHERE participant_id = ? AND date > ? ORDER BY date LIMIT 1')
      .get(participantId, afterDate) as IntakeBookingRow | undefined) ?? null
  );
}

/** Seats taken at one intake moment. */
export function countIntakeBookings(db: Db, intakeId: string, date: string): number {
  return (db.prepare('SELECT count(*) AS n FROM intake_bookings WHERE intake_id = ? AND date = ?').get(intakeId, date) as { n: number }).n;
}

export function deleteIntakeBooking(db: Db, id: number): void {
  db.prepare('DELETE FROM intake_bookings WHERE id = ?').run(id);
}

// ---------------------------------------------------------------- childcare

/** Children booked in one daypart of a provider. */
export function countChildcareBookings(db: Db, providerId: string, slotStart: string): number {
  return (db.prepare('SELECT count(*) AS n FROM childcare_bookings WHERE provider_id = ? AND slot_start = ?').get(providerId, slotStart) as { n: number }).n;
}

/** Frees the child's daypart starting then, wherever it was booked. */
export function deleteChildcareBookingsAt(db: Db, childId: string, slotStart: string): void {
  db.prepare('DELETE FROM childcare_bookings WHERE child_id = ? AND slot_start = ?').run(childId, slotStart);
}

export interface ChildcareBookingRow {
  providerName: string;
  kind: ChildcareKind;
  start: string;
  end: string;
}

/** The child's booked childcare in a week, in time order. */
export function listChildcareBookingsOf(db: Db, childId: string, weekStart: string): ChildcareBookingRow[] {
  return prepared(
    db,
    `SELECT p.name AS providerName, p.kind AS kind, b.slot_start AS start, b.slot_end AS end FROM childcare_bookings b
         JOIN childcare_providers p ON p.id = b.provider_id WHERE b.child_id = ? AND b.week_start = ? ORDER BY b.slot_start`,
  ).all(childId, weekStart) as ChildcareBookingRow[];
}
