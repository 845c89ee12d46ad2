// The startklas waiting list: first come, first served. The lowest id is first in line and
// moves up when an intake seat frees (electron/services/bookings/startklas-waiting-list.ts).
import type { Db } from '../connection';

export interface WaitingEntry {
  id: number;
  participantId: string;
  /** The startklas-intake demand the seat will meet. */
  demandId: string;
}

const COLUMNS = 'id, participant_id AS participantId, demand_id AS demandId';

/** Everyone waiting, first in line first. */
export function listWaiting(db: Db): WaitingEntry[] {
  return db.prepare(`SELECT ${COLUMNS} FROM startklas_waiting ORDER BY id`).all() as WaitingEntry[];
}

export function firstWaiting(db: Db): WaitingEntry | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM startklas_waiting ORDER BY id LIMIT 1`).get() as WaitingEntry | undefined) ?? null;
}

/** 1 for the first in line; null when the participant is not waiting. */
export function waitingPosition(db: Db, participantId: string): number | null {
  const i = listWaiting(db).findIndex((w) => w.participantId === participantId);
  return i < 0 ? null : i + 1;
}

/** Position in line per waiting demand. */
export function waitingPositionsByDemand(db: Db): Map<string, number> {
  return new Map(listWaiting(db).map((w, i) => [w.demandId, i + 1]));
}

/** Joins the end of the line (a participant waits once: participant_id is unique). */
export function addToWaitingList(db: Db, participantId: string, demandId: string, addedAt: string): void {
  db.prepare('INSERT INTO startklas_waiting (participant_id, demand_id, added_at) VALUES (?, ?, ?)').run(participantId, demandId, addedAt);
}

export function removeWaitingEntry(db: Db, id: number): void {
  db.prepare('DELETE FROM startklas_waiting WHERE id = ?').run(id);
}

export function removeFromWaitingList(db: Db, participantId: string): void {
  db.prepare('DELETE FROM startklas_waiting WHERE participant_id = ?').run(participantId);
}
