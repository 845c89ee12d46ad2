// A person's appointments across the tables that hold them: seats in sessions (groepsvoorlichting,
// toets), trial lessons and startklas intakes, each with a label and place a consultant reads.
import type { Db } from '../connection';
import { addDays } from '../../shared/domain/week';
import type { DemandKind } from '../../shared/domain/kinds';
import type { SessionStatus } from './sessions';
import { prepared } from './statements';
import { appointmentMsg } from '../../shared/domain/appointment-words';
import { renderMsg, type Msg } from '../../shared/messages';

export interface AppointmentRow {
  kind: DemandKind;
  /** Dutch, e.g. "Proefles Taalschool Noord (B1-ochtend)": `labelMsg` written in Dutch. */
  label: string;
  /** What it is as a message, for the reader's language. */
  labelMsg: Msg;
  start: string;
  end: string;
  locationName: string;
  status: SessionStatus;
}

/** Everything booked for this participant from `from` (a date) for `days` days, in time order. */
export function appointmentsOf(db: Db, participantId: string, from: string, days: number): AppointmentRow[] {
  const to = addDays(from, days);
  const rows = prepared(
    db,
    `SELECT s.kind AS kind, s.start_time AS start, s.end_time AS end, s.status AS status, l.name AS locationName,
            NULL AS schoolName, NULL AS className
         FROM session_participants sp JOIN sessions s ON s.id = sp.session_id
         JOIN rooms r ON r.id = s.room_id JOIN locations l ON l.id = r.location_id
        WHERE sp.participant_id = @p AND s.start_time >= @from AND s.start_time < @to
       UNION ALL
       SELECT 'trialLesson', b.start_time, b.end_time, b.status, l.name, ls.name, c.name
         FROM trial_bookings b JOIN classes c ON c.id = b.class_id JOIN language_schools ls ON ls.id = c.school_id
         JOIN locations l ON l.id = c.location_id
        WHERE b.participant_id = @p AND b.start_time >= @from AND b.start_time < @to
       UNION ALL
       SELECT 'startklasIntake', ib.date || 'T' || i.start_time, ib.date || 'T' || i.end_time, ib.status, l.name, NULL, NULL
         FROM intake_bookings ib JOIN startklas_intakes i ON i.id = ib.intake_id JOIN locations l ON l.id = i.location_id
        WHERE ib.participant_id = @p AND ib.date >= @from AND ib.date < @to
       ORDER BY 2`,
  ).all({ p: participantId, from, to }) as (Omit<AppointmentRow, 'label' | 'labelMsg'> & { schoolName: string | null; className: string | null })[];
  return rows.map(({ schoolName, className, ...a }) => {
    const labelMsg = appointmentMsg({ kind: a.kind, schoolName, className });
    return { ...a, label: renderMsg(labelMsg, 'nl'), labelMsg };
  });
}

/** When the booking that meets this demand starts, whichever table holds it; null when unbooked. */
export function bookingStartOf(db: Db, demandId: string): string | null {
  const row = prepared(
    db,
    `SELECT s.start_time AS start FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.demand_id = @d
       UNION ALL SELECT start_time FROM trial_bookings WHERE demand_id = @d
       UNION ALL SELECT ib.date || 'T' || i.start_time FROM intake_bookings ib JOIN startklas_intakes i ON i.id = ib.intake_id WHERE ib.demand_id = @d`,
  ).get({ d: demandId }) as { start: string } | undefined;
  return row?.start ?? null;
}
