// Toets sessions as a consultant books them: room, place and consultant, the room's laptops and
// who is booked by digital skill (the laptop rule itself is shared/domain/toets-laptops.ts).
import type { Db } from '../connection';
import type { DigitalSkill } from '../../shared/domain/kinds';
import type { SessionStatus } from './sessions';

export interface ToetsSessionRow {
  id: string;
  start: string;
  end: string;
  status: SessionStatus;
  roomName: string;
  locationName: string;
  gemeente: string;
  consultantId: string;
  consultantName: string;
  /** The session's consultant may take the toets. */
  certified: boolean;
  capacity: number;
  laptopsTouch: number;
  laptopsMouse: number;
  /** Clients booked, per digital skill. */
  bySkill: Record<DigitalSkill, number>;
}

type RawToets = Omit<ToetsSessionRow, 'certified' | 'bySkill'> & { certified: number; none: number; basic: number; good: number };

const bookedWith = (skill: DigitalSkill) =>
  `(SELECT count(*) FROM session_participants sp JOIN participants p ON p.id = sp.participant_id
     WHERE sp.session_id = s.id AND p.digital_skill = '${skill}') AS ${skill}`;

const SELECT_TOETS = `SELECT s.id, s.start_time AS start, s.end_time AS end, s.status, r.name AS roomName, l.name AS locationName, g.name AS gemeente,
         c.id AS consultantId, c.name AS consultantName, c.toets_certified AS certified, r.capacity,
         r.laptops_touch AS laptopsTouch, r.laptops_mouse AS laptopsMouse, ${bookedWith('none')}, ${bookedWith('basic')}, ${bookedWith('good')}
    FROM sessions s JOIN rooms r ON r.id = s.room_id JOIN locations l ON l.id = r.location_id
    JOIN gemeenten g ON g.id = l.gemeente_id JOIN consultants c ON c.id = s.consultant_id
   WHERE s.kind = 'toets'`;

function fromRaw({ certified, none, basic, good, ...r }: RawToets): ToetsSessionRow {
  return { ...r, certified: certified === 1, bySkill: { none, basic, good } };
}

/** The week's toets sessions from `fromDate` on, in time order. */
export function listToetsSessions(db: Db, weekStart: string, fromDate: string): ToetsSessionRow[] {
  return (db.prepare(`${SELECT_TOETS} AND s.week_start = ? AND substr(s.start_time, 1, 10) >= ? ORDER BY s.start_time, s.id`).all(weekStart, fromDate) as RawToets[]).map(fromRaw);
}

export function getToetsSession(db: Db, id: string): ToetsSessionRow | null {
  const r = db.prepare(`${SELECT_TOETS} AND s.id = ?`).get(id) as RawToets | undefined;
  return r ? fromRaw(r) : null;
}

/** Whether the room, or the consultant, is in a session that overlaps `start`–`end`. */
export function hasOverlappingSession(db: Db, by: 'room' | 'consultant', id: string, start: string, end: string): boolean {
  const col = by === 'room' ? 'room_id' : 'consultant_id';
  return db.prepare(`SELECT 1 FROM sessions WHERE ${col} = ? AND start_time < ? AND ? < end_time LIMIT 1`).get(id, end, start) !== undefined;
}
