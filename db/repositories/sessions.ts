// Planned weeks: new sessions (groepsvoorlichting, toets) with their participants, and a week's
// proposals removed (seats in existing moments are booked in bookings.ts). A booking is personal
// data, so each one writes an audit row (entity 'booking', entity id = the person).
import { randomUUID } from 'node:crypto';
import type { SessionKind } from '../../shared/domain/kinds';
import type { SessionChangeKind } from '../../shared/domain/changed-by';
import { writeTx, type Db } from '../connection';
import { addDays, mondayOf } from '../../shared/domain/week';
import { ACTIVITY_KINDS, type ActivityDates } from '../../shared/domain/deadlines';
import { writeAudit, type AuditContext } from './audit';
import { checkDemand, markDemandPlanned, reopenDemand } from './demands';
import { prepared } from './statements';

export type { SessionKind };
export type SessionStatus = 'proposed' | 'accepted';
export type WeekStatus = 'concept' | 'published';

/** A demand with a booked seat is planned; losing the seat opens it again (a done demand stays done). */

export function getWeekStatus(db: Db, weekStart: string): WeekStatus {
  const r = db.prepare('SELECT status FROM weeks WHERE week_start = ?').get(weekStart) as { status: WeekStatus } | undefined;
  return r?.status ?? 'concept';
}

/** When the week was (last) published, local time; null for a week never published. */
export function publishedAtOf(db: Db, weekStart: string): string | null {
  const r = db.prepare("SELECT published_at AS at FROM weeks WHERE week_start = ? AND status = 'published'").get(weekStart) as { at: string | null } | undefined;
  return r?.at ?? null;
}

export function setWeekStatus(db: Db, weekStart: string, status: WeekStatus, at: string | null = null): void {
  if (mondayOf(weekStart) !== weekStart) throw new Error(`Week ${weekStart} begint niet op maandag.`);
  writeTx(db, () =>
    db
      .prepare(
        `INSERT INTO weeks (week_start, status, published_at) VALUES (?, ?, ?)
         ON CONFLICT (week_start) DO UPDATE SET status = excluded.status, published_at = excluded.published_at`,
      )
      .run(weekStart, status, status === 'published' ? at : null),
  );
}

/** A session's own columns, by id: shared by new sessions, the demo seed and stored rows. */
export interface SessionFields {
  kind: SessionKind;
  start: string;
  end: string;
  roomId: string;
  consultantId: string;
  interpreterId: string | null;
  language: string | null;
}

export interface SessionInput extends SessionFields {
  id?: string;
  status: SessionStatus;
  pinned?: boolean;
  participants: { participantId: string; demandId: string }[];
}

export function createSession(db: Db, audit: AuditContext, s: SessionInput): string {
  const id = s.id ?? randomUUID();
  writeTx(db, () => {
    db.prepare(
      `INSERT INTO sessions (id, week_start, kind, start_time, end_time, room_id, consultant_id, interpreter_id, language, status, pinned)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, mondayOf(s.start.slice(0, 10)), s.kind, s.start, s.end, s.roomId, s.consultantId, s.interpreterId, s.language, s.status, +(s.pinned ?? false));
    const add = db.prepare('INSERT INTO session_participants (session_id, participant_id, demand_id) VALUES (?, ?, ?)');
    for (const p of s.participants) {
      checkDemand(db, p.demandId, p.participantId, s.kind);
      add.run(id, p.participantId, p.demandId);
      markDemandPlanned(db, p.demandId);
      writeAudit(db, audit, 'create', 'booking', p.participantId, { type: 'session', sessionId: id, demandId: p.demandId, status: s.status });
    }
  });
  return id;
}

export function acceptSession(db: Db, id: string): void {
  writeTx(db, () => {
    const r = db.prepare("UPDATE sessions SET status = 'accepted' WHERE id = ?").run(id);
    if (r.changes === 0) throw new Error(`Sessie ${id} bestaat niet.`);
  });
}

/**
 * Removes a session; each participant's booking row keeps what the session was (kind, time,
 * language), as the person's history names it once the session is gone. A proposal's rows say so.
 */
export function deleteSession(db: Db, audit: AuditContext, id: string, opts: { proposal?: boolean } = {}): void {
  writeTx(db, () => {
    const parts = db.prepare('SELECT participant_id AS p, demand_id AS d FROM session_participants WHERE session_id = ?').all(id) as {
      p: string;
      d: string;
    }[];
    const was = db.prepare('SELECT kind, start_time AS start, end_time AS end, language FROM sessions WHERE id = ?').get(id) as
      { kind: string; start: string; end: string; language: string | null } | undefined;
    const r = db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    if (r.changes === 0 || !was) throw new Error(`Sessie ${id} bestaat niet.`);
    const what = { kind: was.kind, start: was.start, end: was.end, ...(was.language ? { language: was.language } : {}) };
    for (const x of parts) {
      reopenDemand(db, x.d);
      writeAudit(db, audit, 'delete', 'booking', x.p, { type: 'session', sessionId: id, demandId: x.d, ...what, ...(opts.proposal ? { proposal: true } : {}) });
    }
  });
}

/**
 * Removes a week's proposed (not accepted) sessions and bookings, reopening their demands.
 * `keepPinned` keeps proposed sessions the coordinator pinned: a new plan must keep them.
 */
export function deleteProposals(db: Db, audit: AuditContext, weekStart: string, opts: { keepPinned?: boolean } = {}): number {
  return writeTx(db, () => {
    let removed = 0;
    const sessions = db.prepare("SELECT id FROM sessions WHERE week_start = ? AND status = 'proposed' AND (? = 0 OR pinned = 0)").all(weekStart, opts.keepPinned ? 1 : 0) as {
      id: string;
    }[];
    for (const s of sessions) {
      deleteSession(db, audit, s.id, { proposal: true });
      removed++;
    }
    for (const table of ['trial_bookings', 'intake_bookings'] as const) {
      const rows = db.prepare(`SELECT id, participant_id AS p, demand_id AS d FROM ${table} WHERE week_start = ? AND status = 'proposed'`).all(weekStart) as {
        id: number;
        p: string;
        d: string;
      }[];
      for (const r of rows) {
        db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(r.id);
        reopenDemand(db, r.d);
        writeAudit(db, audit, 'delete', 'booking', r.p, { type: table === 'trial_bookings' ? 'trialLesson' : 'startklasIntake', demandId: r.d, proposal: true });
        removed++;
      }
    }
    const care = db.prepare("SELECT id, child_id AS c, slot_start AS s FROM childcare_bookings WHERE week_start = ? AND status = 'proposed'").all(weekStart) as {
      id: number;
      c: string;
      s: string;
    }[];
    for (const r of care) {
      db.prepare('DELETE FROM childcare_bookings WHERE id = ?').run(r.id);
      writeAudit(db, audit, 'delete', 'booking', r.c, { type: 'childcare', slotStart: r.s, proposal: true });
      removed++;
    }
    return removed;
  });
}

export interface WeekSessionRow {
  id: string;
  kind: SessionKind;
  status: SessionStatus;
  start: string;
  end: string;
  language: string | null;
  pinned: boolean;
  /** Moves on every write of the session or its participants (migration 014's triggers). */
  version: number;
  room: { id: string; name: string; locationId: string; locationName: string; gemeente: string };
  consultant: { id: string; name: string };
  interpreter: { id: string; name: string } | null;
  participants: { id: string; name: string; demandId: string }[];
}

/** Sessions that start in the 7 days from weekStart, in time order, with everything the calendar shows. */
export function listWeekSessions(db: Db, weekStart: string): WeekSessionRow[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.kind, s.status, s.start_time AS start, s.end_time AS end, s.language, s.pinned, s.version,
              r.id AS roomId, r.name AS roomName, l.id AS locationId, l.name AS locationName, g.name AS gemeente,
              c.id AS consultantId, c.name AS consultantName, i.id AS interpreterId, i.name AS interpreterName,
              (SELECT json_group_array(json_object('id', x.id, 'name', x.name, 'demandId', x.demand_id)) FROM (
                 SELECT p.id, trim(p.given_name || ' ' || p.family_name) AS name, sp.demand_id
                 FROM session_participants sp JOIN participants p ON p.id = sp.participant_id
                 WHERE sp.session_id = s.id ORDER BY p.family_name, p.given_name, p.id) x) AS participants
       FROM sessions s
       JOIN rooms r ON r.id = s.room_id
       JOIN locations l ON l.id = r.location_id
       JOIN gemeenten g ON g.id = l.gemeente_id
       JOIN consultants c ON c.id = s.consultant_id
       LEFT JOIN interpreters i ON i.id = s.interpreter_id
       WHERE s.start_time >= ? AND s.start_time < ?
       ORDER BY s.start_time, s.id`,
    )
    .all(`${weekStart}T00:00`, `${addDays(weekStart, 7)}T00:00`) as (Pick<WeekSessionRow, 'id' | 'kind' | 'status' | 'start' | 'end' | 'language' | 'version'> & {
    pinned: number;
    roomId: string;
    roomName: string;
    locationId: string;
    locationName: string;
    gemeente: string;
    consultantId: string;
    consultantName: string;
    interpreterId: string | null;
    interpreterName: string | null;
    participants: string;
  })[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    start: r.start,
    end: r.end,
    language: r.language,
    pinned: r.pinned === 1,
    version: r.version,
    room: { id: r.roomId, name: r.roomName, locationId: r.locationId, locationName: r.locationName, gemeente: r.gemeente },
    consultant: { id: r.consultantId, name: r.consultantName },
    interpreter: r.interpreterId ? { id: r.interpreterId, name: r.interpreterName ?? r.interpreterId } : null,
    participants: JSON.parse(r.participants) as WeekSessionRow['participants'],
  }));
}

/** A stored session's own columns. */
export interface StoredSession extends SessionFields {
  id: string;
  weekStart: string;
  status: SessionStatus;
  pinned: boolean;
  version: number;
}

export function getSession(db: Db, id: string): StoredSession | null {
  const r = db
    .prepare(
      `SELECT id, week_start AS weekStart, kind, start_time AS start, end_time AS end, room_id AS roomId, consultant_id AS consultantId,
              interpreter_id AS interpreterId, language, status, pinned, version FROM sessions WHERE id = ?`,
    )
    .get(id) as (Omit<StoredSession, 'pinned'> & { pinned: number }) | undefined;
  return r ? { ...r, pinned: r.pinned === 1 } : null;
}

/** The status of every session stored for the week (by week_start, in storage order). */
export function sessionStatuses(db: Db, weekStart: string): { id: string; status: SessionStatus }[] {
  return db.prepare('SELECT id, status FROM sessions WHERE week_start = ?').all(weekStart) as { id: string; status: SessionStatus }[];
}

/** The week's proposed sessions, by id. */
export function proposedSessionIds(db: Db, weekStart: string): string[] {
  return (db.prepare("SELECT id FROM sessions WHERE week_start = ? AND status = 'proposed' ORDER BY id").all(weekStart) as { id: string }[]).map((r) => r.id);
}

/** The week's proposed sessions the coordinator pinned: a new plan must keep them. */
export function pinnedProposalIds(db: Db, weekStart: string): string[] {
  return (db.prepare("SELECT id FROM sessions WHERE week_start = ? AND status = 'proposed' AND pinned = 1").all(weekStart) as { id: string }[]).map((r) => r.id);
}

export function setSessionPinned(db: Db, id: string, pinned: boolean): void {
  db.prepare('UPDATE sessions SET pinned = ? WHERE id = ?').run(+pinned, id);
}

/** Time, room and staff of a session; its participants stay. */
export function updateSession(db: Db, id: string, s: Pick<SessionFields, 'start' | 'end' | 'roomId' | 'consultantId' | 'interpreterId'>): void {
  db.prepare('UPDATE sessions SET start_time = ?, end_time = ?, room_id = ?, consultant_id = ?, interpreter_id = ? WHERE id = ?').run(
    s.start,
    s.end,
    s.roomId,
    s.consultantId,
    s.interpreterId,
    id,
  );
}

export function sessionParticipantIds(db: Db, sessionId: string): string[] {
  return (db.prepare('SELECT participant_id AS p FROM session_participants WHERE session_id = ?').all(sessionId) as { p: string }[]).map((r) => r.p);
}

/** The demand a participant's place in a session meets; null when they are not in it. */
export function sessionDemandOf(db: Db, sessionId: string, participantId: string): string | null {
  const r = db.prepare('SELECT demand_id AS d FROM session_participants WHERE session_id = ? AND participant_id = ?').get(sessionId, participantId) as { d: string } | undefined;
  return r?.d ?? null;
}

/** Puts a participant in a stored session for one of their demands, which is then planned. */
export function addSessionParticipant(db: Db, audit: AuditContext, session: { id: string; status: SessionStatus }, participantId: string, demandId: string): void {
  db.prepare('INSERT INTO session_participants (session_id, participant_id, demand_id) VALUES (?, ?, ?)').run(session.id, participantId, demandId);
  markDemandPlanned(db, demandId);
  writeAudit(db, audit, 'create', 'booking', participantId, { type: 'session', sessionId: session.id, demandId, status: session.status });
  noteSessionChange(db, audit, session.id, 'participants');
}

/** Takes a participant out of a session; the demand their place met is open again. */
export function removeSessionParticipant(db: Db, audit: AuditContext, sessionId: string, participantId: string, demandId: string): void {
  db.prepare('DELETE FROM session_participants WHERE session_id = ? AND participant_id = ?').run(sessionId, participantId);
  reopenDemand(db, demandId);
  writeAudit(db, audit, 'delete', 'booking', participantId, { type: 'session', sessionId, demandId });
  noteSessionChange(db, audit, sessionId, 'participants');
}

/** What a change did to a session, for "X heeft deze sessie om 10:42 verplaatst". */
export type SessionChangeWhat = SessionChangeKind;

/**
 * Writes who changed a session to the audit log, with the version the change left it at: a
 * client refused for a stale version is told who made the version it did not see and when.
 */
export function noteSessionChange(db: Db, audit: AuditContext, sessionId: string, what: SessionChangeWhat): void {
  const r = db.prepare('SELECT version FROM sessions WHERE id = ?').get(sessionId) as { version: number } | undefined;
  if (r) writeAudit(db, audit, 'update', 'session', sessionId, { what, version: r.version });
}

/** The audit row that left the session at this version; null when no recorded change did (the planner, undo). */
export function sessionChangeAt(db: Db, sessionId: string, version: number): { actor: string; at: string; what: SessionChangeWhat } | null {
  const r = db
    .prepare(
      `SELECT actor, at, json_extract(details, '$.what') AS what FROM audit_log
       WHERE entity = 'session' AND entity_id = ? AND json_extract(details, '$.version') = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(sessionId, version) as { actor: string; at: string; what: SessionChangeWhat } | undefined;
  return r ?? null;
}

/**
 * Accepts the listed sessions that are still proposed, with an audit row per participant;
 * returns how many changed (an accepted or unknown id changes nothing).
 */
export function acceptProposedSessions(db: Db, audit: AuditContext, ids: readonly string[]): number {
  let n = 0;
  const accept = db.prepare("UPDATE sessions SET status = 'accepted' WHERE id = ? AND status = 'proposed'");
  for (const id of ids) {
    if (accept.run(id).changes === 0) continue;
    n++;
    for (const p of sessionParticipantIds(db, id)) writeAudit(db, audit, 'update', 'booking', p, { type: 'session', sessionId: id, status: 'accepted' });
  }
  return n;
}

export interface ProposedSeats {
  trials: { participant: { id: string; name: string }; school: string; start: string; end: string }[];
  intakes: { participant: { id: string; name: string }; location: string; start: string; end: string }[];
  care: { child: string; provider: string; start: string; end: string }[];
}

/** The week's proposed seats, by time: what accepting the proposal books besides its sessions. */
export function proposedSeats(db: Db, weekStart: string): ProposedSeats {
  const person = (r: { pid: string; pname: string }) => ({ id: r.pid, name: r.pname });
  const trials = db
    .prepare(
      `SELECT t.participant_id AS pid, trim(p.given_name || ' ' || p.family_name) AS pname, s.name AS school, t.start_time AS start, t.end_time AS end
         FROM trial_bookings t JOIN participants p ON p.id = t.participant_id JOIN classes c ON c.id = t.class_id JOIN language_schools s ON s.id = c.school_id
        WHERE t.week_start = ? AND t.status = 'proposed' ORDER BY t.start_time, pname, t.id`,
    )
    .all(weekStart) as { pid: string; pname: string; school: string; start: string; end: string }[];
  const intakes = db
    .prepare(
      `SELECT b.participant_id AS pid, trim(p.given_name || ' ' || p.family_name) AS pname, l.name AS location,
              b.date || 'T' || i.start_time AS start, b.date || 'T' || i.end_time AS end
         FROM intake_bookings b JOIN participants p ON p.id = b.participant_id JOIN startklas_intakes i ON i.id = b.intake_id JOIN locations l ON l.id = i.location_id
        WHERE b.week_start = ? AND b.status = 'proposed' ORDER BY start, pname, b.id`,
    )
    .all(weekStart) as { pid: string; pname: string; location: string; start: string; end: string }[];
  const care = db
    .prepare(
      `SELECT c.given_name AS child, v.name AS provider, b.slot_start AS start, b.slot_end AS end
         FROM childcare_bookings b JOIN children c ON c.id = b.child_id JOIN childcare_providers v ON v.id = b.provider_id
        WHERE b.week_start = ? AND b.status = 'proposed' ORDER BY b.slot_start, child, b.id`,
    )
    .all(weekStart) as ProposedSeats['care'];
  return {
    trials: trials.map((r) => ({ participant: person(r), school: r.school, start: r.start, end: r.end })),
    intakes: intakes.map((r) => ({ participant: person(r), location: r.location, start: r.start, end: r.end })),
    care,
  };
}

/** Accepts the week's proposed trial, intake and childcare seats, each with an audit row; returns how many. */
export function acceptProposedSeats(db: Db, audit: AuditContext, weekStart: string): number {
  let n = 0;
  for (const table of ['trial_bookings', 'intake_bookings'] as const) {
    const rows = db.prepare(`SELECT id, participant_id AS p, demand_id AS d FROM ${table} WHERE week_start = ? AND status = 'proposed'`).all(weekStart) as {
      id: number;
      p: string;
      d: string;
    }[];
    for (const r of rows) {
      db.prepare(`UPDATE ${table} SET status = 'accepted' WHERE id = ?`).run(r.id);
      writeAudit(db, audit, 'update', 'booking', r.p, { type: table === 'trial_bookings' ? 'trialLesson' : 'startklasIntake', demandId: r.d, status: 'accepted' });
      n++;
    }
  }
  const care = db.prepare("SELECT id, child_id AS c FROM childcare_bookings WHERE week_start = ? AND status = 'proposed'").all(weekStart) as { id: number; c: string }[];
  for (const r of care) {
    db.prepare("UPDATE childcare_bookings SET status = 'accepted' WHERE id = ?").run(r.id);
    writeAudit(db, audit, 'update', 'booking', r.c, { type: 'childcare', status: 'accepted' });
    n++;
  }
  return n;
}

export function hasChildcareBooking(db: Db, childId: string, slotStart: string): boolean {
  return !!db.prepare('SELECT 1 FROM childcare_bookings WHERE child_id = ? AND slot_start = ?').get(childId, slotStart);
}

/**
 * Per participant, over all weeks, the earliest day an activity aimed at taking part was recorded
 * (a trial lesson attended, such a step done) and the earliest day of one booked (an accepted trial
 * lesson not recorded as missed, an accepted startklas seat). Whether a booked day has started is
 * for shared/domain/deadlines (firstActivity) to say, against today.
 */
export function activityDates(db: Db): Map<string, ActivityDates> {
  // Only an activity aimed at taking part meets the 4-week norm (DOMAIN.md): a trial lesson (a
  // language lesson) not recorded as missed, on the lesson's day also once its booking is gone,
  // and a seat in the startklas from its intake day; a toets or a group information session does
  // not. A step done counts on its own day only for those kinds.
  const kinds = ACTIVITY_KINDS.map((k) => `'${k}'`).join(', ');
  const rows = prepared(
    db,
    `SELECT p, min(CASE WHEN recorded = 1 THEN d END) AS recordedOn, min(CASE WHEN recorded = 0 THEN d END) AS bookedOn FROM (
         SELECT t.participant_id AS p, substr(t.start_time, 1, 10) AS d, 0 AS recorded FROM trial_bookings t WHERE t.status = 'accepted'
           AND NOT EXISTS (SELECT 1 FROM trial_outcomes o WHERE o.booking_id = t.id AND o.attended = 0)
         UNION ALL SELECT participant_id, substr(lesson_start, 1, 10), 1 FROM trial_outcomes WHERE attended = 1
         UNION ALL SELECT participant_id, date, 0 FROM intake_bookings WHERE status = 'accepted'
         UNION ALL SELECT participant_id, done_on, 1 FROM demands WHERE status = 'done' AND done_on IS NOT NULL AND kind IN (${kinds})
       ) GROUP BY p`,
  ).all() as { p: string; recordedOn: string | null; bookedOn: string | null }[];
  return new Map(rows.map((r) => [r.p, { recordedOn: r.recordedOn, bookedOn: r.bookedOn }]));
}

/** Everything booked in one week (by week_start), accepted and proposed, with each row's status. */
export interface WeekBookings {
  sessions: (SessionFields & { id: string; status: SessionStatus })[];
  sessionParticipants: { sessionId: string; participantId: string; demandId: string }[];
  trials: { classId: string; start: string; end: string; participantId: string; demandId: string; status: SessionStatus }[];
  /** `start` and `end` from the startklas intake's times on the booked date. */
  intakes: { intakeId: string; date: string; start: string; end: string; participantId: string; demandId: string; status: SessionStatus }[];
  care: { childId: string; providerId: string; slotStart: string; slotEnd: string; status: SessionStatus }[];
}

export function bookingsInWeek(db: Db, weekStart: string): WeekBookings {
  return {
    sessions: db
      .prepare(
        `SELECT id, kind, start_time AS start, end_time AS end, room_id AS roomId, consultant_id AS consultantId,
                interpreter_id AS interpreterId, language, status FROM sessions WHERE week_start = ? ORDER BY start_time, id`,
      )
      .all(weekStart) as WeekBookings['sessions'],
    sessionParticipants: db
      .prepare(
        `SELECT sp.session_id AS sessionId, sp.participant_id AS participantId, sp.demand_id AS demandId
         FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE s.week_start = ? ORDER BY sp.session_id, sp.participant_id`,
      )
      .all(weekStart) as WeekBookings['sessionParticipants'],
    trials: db
      .prepare(
        `SELECT class_id AS classId, start_time AS start, end_time AS end, participant_id AS participantId, demand_id AS demandId, status
         FROM trial_bookings WHERE week_start = ? ORDER BY id`,
      )
      .all(weekStart) as WeekBookings['trials'],
    intakes: db
      .prepare(
        `SELECT b.intake_id AS intakeId, b.date, b.date || 'T' || i.start_time AS start, b.date || 'T' || i.end_time AS end,
                b.participant_id AS participantId, b.demand_id AS demandId, b.status
         FROM intake_bookings b JOIN startklas_intakes i ON i.id = b.intake_id WHERE b.week_start = ? ORDER BY b.id`,
      )
      .all(weekStart) as WeekBookings['intakes'],
    care: db
      .prepare(
        `SELECT child_id AS childId, provider_id AS providerId, slot_start AS slotStart, slot_end AS slotEnd, status
         FROM childcare_bookings WHERE week_start = ? ORDER BY id`,
      )
      .all(weekStart) as WeekBookings['care'],
  };
}
