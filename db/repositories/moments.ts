// Moments cancelled as a whole (migration 017): a trial lesson of a class, a startklas intake
// moment. The bookings of such a moment, with who holds them and their consultant, and the
// cancelled moments every booking flow and the planner leave out.
import type { Db } from '../connection';

/** A trial lesson or an intake moment, as its bookings name it. */
export type MomentKey = { kind: 'trial'; classId: string; start: string } | { kind: 'intake'; intakeId: string; date: string };

export interface MomentBookingRow {
  bookingId: number;
  participantId: string;
  demandId: string;
  name: string;
  consultantId: string | null;
  consultantName: string | null;
}

const PERSON = `p.id AS participantId, trim(p.given_name || ' ' || p.family_name) AS name, p.consultant_id AS consultantId, c.name AS consultantName`;

/**
 * The bookings that hold a place at this moment, by name. A trial lesson the school has already
 * given its word on (came or not) is history, not a booking to cancel.
 */
export function momentBookings(db: Db, m: MomentKey): MomentBookingRow[] {
  if (m.kind === 'trial') {
    return db
      .prepare(
        `SELECT b.id AS bookingId, b.demand_id AS demandId, ${PERSON}
           FROM trial_bookings b JOIN participants p ON p.id = b.participant_id LEFT JOIN consultants c ON c.id = p.consultant_id
          WHERE b.class_id = ? AND b.start_time = ? AND NOT EXISTS (SELECT 1 FROM trial_outcomes o WHERE o.booking_id = b.id)
          ORDER BY name, p.id`,
      )
      .all(m.classId, m.start) as MomentBookingRow[];
  }
  return db
    .prepare(
      `SELECT b.id AS bookingId, b.demand_id AS demandId, ${PERSON}
         FROM intake_bookings b JOIN participants p ON p.id = b.participant_id LEFT JOIN consultants c ON c.id = p.consultant_id
        WHERE b.intake_id = ? AND b.date = ? ORDER BY name, p.id`,
    )
    .all(m.intakeId, m.date) as MomentBookingRow[];
}

/** Removes one booking of the moment (the caller reopens its step and writes the audit row). */
export function deleteMomentBooking(db: Db, kind: MomentKey['kind'], bookingId: number): void {
  db.prepare(kind === 'trial' ? 'DELETE FROM trial_bookings WHERE id = ?' : 'DELETE FROM intake_bookings WHERE id = ?').run(bookingId);
}

/** Records the moment as cancelled; false when it already was. */
export function markMomentCancelled(db: Db, m: MomentKey, reason: string | null, at: string, by: string): boolean {
  const r =
    m.kind === 'trial'
      ? db
          .prepare('INSERT OR IGNORE INTO cancelled_trial_lessons (class_id, start_time, reason, cancelled_at, cancelled_by) VALUES (?, ?, ?, ?, ?)')
          .run(m.classId, m.start, reason, at, by)
      : db
          .prepare('INSERT OR IGNORE INTO cancelled_intake_moments (intake_id, date, reason, cancelled_at, cancelled_by) VALUES (?, ?, ?, ?, ?)')
          .run(m.intakeId, m.date, reason, at, by);
  return r.changes === 1;
}

export function isMomentCancelled(db: Db, m: MomentKey): boolean {
  const row =
    m.kind === 'trial'
      ? db.prepare('SELECT 1 FROM cancelled_trial_lessons WHERE class_id = ? AND start_time = ?').get(m.classId, m.start)
      : db.prepare('SELECT 1 FROM cancelled_intake_moments WHERE intake_id = ? AND date = ?').get(m.intakeId, m.date);
  return row !== undefined;
}

/** Cancelled trial lessons as `classId|start`, for the flows that offer lessons to leave them out. */
export function cancelledTrialLessons(db: Db): Set<string> {
  return new Set((db.prepare('SELECT class_id AS classId, start_time AS start FROM cancelled_trial_lessons').all() as { classId: string; start: string }[]).map(trialLessonKey));
}

/** Cancelled intake moments as `intakeId|date`. */
export function cancelledIntakeMoments(db: Db): Set<string> {
  return new Set((db.prepare('SELECT intake_id AS intakeId, date FROM cancelled_intake_moments').all() as { intakeId: string; date: string }[]).map(intakeMomentKey));
}

export const trialLessonKey = (l: { classId: string; start: string }): string => `${l.classId}|${l.start}`;
export const intakeMomentKey = (m: { intakeId: string; date: string }): string => `${m.intakeId}|${m.date}`;
