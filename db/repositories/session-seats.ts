// A participant's seat in a planned session (groepsvoorlichting, toets), booked or given up one
// at a time by their consultant. The caller marks the demand and writes the audit row.
import type { Db } from '../connection';

export function addSessionSeat(db: Db, sessionId: string, participantId: string, demandId: string): void {
  db.prepare('INSERT INTO session_participants (session_id, participant_id, demand_id) VALUES (?, ?, ?)').run(sessionId, participantId, demandId);
}

export function removeSessionSeat(db: Db, sessionId: string, participantId: string): void {
  db.prepare('DELETE FROM session_participants WHERE session_id = ? AND participant_id = ?').run(sessionId, participantId);
}

/** The participant's latest toets seat. */
export function bookedToetsSeat(db: Db, participantId: string): { sessionId: string; demandId: string } | null {
  return (
    (db
      .prepare(
        `SELECT sp.session_id AS sessionId, sp.demand_id AS demandId FROM session_participants sp JOIN sessions s ON s.id = sp.session_id
          WHERE sp.participant_id = ? AND s.kind = 'toets' ORDER BY s.start_time DESC LIMIT 1`,
      )
      .get(participantId) as { sessionId: string; demandId: string } | undefined) ?? null
  );
}

export function sessionWeekStart(db: Db, sessionId: string): string | null {
  return (db.prepare('SELECT week_start AS w FROM sessions WHERE id = ?').get(sessionId) as { w: string } | undefined)?.w ?? null;
}

export interface GroupInfoSessionRow {
  sessionId: string;
  start: string;
  end: string;
  language: string;
  locationName: string;
  /** Participants booked. */
  booked: number;
  /** Whether this participant is one of them. */
  mine: boolean;
}

/** Group information sessions on the days after `afterDate`, in time order, with who is booked. */
export function listGroupInfoSessionsAfter(db: Db, participantId: string, afterDate: string): GroupInfoSessionRow[] {
  const rows = db
    .prepare(
      `SELECT s.id AS sessionId, s.start_time AS start, s.end_time AS end, s.language, l.name AS locationName,
              (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id) AS booked,
              (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id AND sp.participant_id = @p) AS mine
         FROM sessions s JOIN rooms r ON r.id = s.room_id JOIN locations l ON l.id = r.location_id
        WHERE s.kind = 'groupInfo' AND substr(s.start_time, 1, 10) > @today ORDER BY s.start_time, s.id`,
    )
    .all({ p: participantId, today: afterDate }) as (Omit<GroupInfoSessionRow, 'mine'> & { mine: number })[];
  return rows.map((r) => ({ ...r, mine: r.mine > 0 }));
}
