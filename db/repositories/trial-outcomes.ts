// The school's word on a trial lesson: attended or not, and its route advice. Kept apart from
// trial_bookings (a re-plan may replace those) with the lesson's facts copied.
import type { Db } from '../connection';
import type { Route } from './region';
import { prepared } from './statements';

export interface TrialOutcomeRow {
  bookingId: string;
  schoolId: string;
  schoolName: string;
  lessonStart: string;
  attended: boolean;
  routeAdvice: Route | null;
  recordedAt: string;
}

/** The participant's outcomes in lesson order; an outcome whose booking is gone keeps an id of its own ('o' + row id). */
export function trialOutcomesOf(db: Db, participantId: string): TrialOutcomeRow[] {
  return (
    prepared(
      db,
      `SELECT coalesce(o.booking_id, 'o' || o.id) AS bookingId, o.school_id AS schoolId, s.name AS schoolName, o.lesson_start AS lessonStart,
                o.attended, o.route_advice AS routeAdvice, o.recorded_at AS recordedAt
           FROM trial_outcomes o JOIN language_schools s ON s.id = o.school_id WHERE o.participant_id = ? ORDER BY o.lesson_start`,
    ).all(participantId) as (Omit<TrialOutcomeRow, 'attended' | 'bookingId'> & { attended: number; bookingId: string | number })[]
  ).map((r) => ({ ...r, bookingId: String(r.bookingId), attended: r.attended === 1 }));
}

export interface TrialOutcomeInput {
  bookingId: number;
  participantId: string;
  schoolId: string;
  classId: string;
  lessonStart: string;
  attended: boolean;
  routeAdvice: Route | null;
  recordedAt: string;
  recordedBy: string;
}

/** Stores the outcome of a booked lesson; recording it again replaces the earlier word. */
export function recordTrialOutcome(db: Db, o: TrialOutcomeInput): void {
  db.prepare(
    `INSERT INTO trial_outcomes (booking_id, participant_id, school_id, class_id, lesson_start, attended, route_advice, recorded_at, recorded_by)
     VALUES (@id, @p, @school, @class, @start, @attended, @advice, @at, @by)
     ON CONFLICT (booking_id) DO UPDATE SET attended = excluded.attended, route_advice = excluded.route_advice,
       recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  ).run({
    id: o.bookingId,
    p: o.participantId,
    school: o.schoolId,
    class: o.classId,
    start: o.lessonStart,
    attended: +o.attended,
    advice: o.routeAdvice,
    at: o.recordedAt,
    by: o.recordedBy,
  });
}
