// Published weeks (migration 009): the installation's id for calendar UIDs, the sessions as a
// week was published, and the SEQUENCE of each session's calendar entry as last handed out.
import { randomUUID } from 'node:crypto';
import { writeTx, type Db } from '../connection';
import type { SessionState } from '../../shared/export/published-week';
import { listWeekSessions, type WeekSessionRow } from './sessions';

/**
 * This database's id, made once on first use: the right-hand side of every calendar UID, so
 * two installations never hand out the same UID.
 */
export function installationId(db: Db): string {
  const read = () => (db.prepare('SELECT uid FROM installation WHERE id = 1').get() as { uid: string } | undefined)?.uid;
  return (
    read() ??
    writeTx(db, () => {
      db.prepare('INSERT OR IGNORE INTO installation (id, uid) VALUES (1, ?)').run(randomUUID().replace(/-/g, ''));
      return read()!;
    })
  );
}

/** A listed session as the comparison with the published week sees it. */
export function sessionState(s: WeekSessionRow): SessionState {
  return {
    id: s.id,
    kind: s.kind,
    status: s.status,
    start: s.start,
    end: s.end,
    language: s.language,
    room: { id: s.room.id, name: s.room.name, locationName: s.room.locationName },
    consultant: s.consultant,
    interpreter: s.interpreter,
    participantIds: s.participants.map((p) => p.id),
  };
}

/** The week's sessions now, as the comparison with the published week sees them. */
export function currentSessionStates(db: Db, weekStart: string): SessionState[] {
  return listWeekSessions(db, weekStart).map(sessionState);
}

export type PublishedSession = SessionState & { cancelled: boolean };

interface PublishedRow {
  sessionId: string;
  kind: SessionState['kind'];
  start: string;
  end: string;
  language: string | null;
  status: SessionState['status'] | 'cancelled';
  roomId: string;
  roomName: string;
  locationName: string;
  consultantId: string;
  consultantName: string;
  interpreterId: string | null;
  interpreterName: string | null;
  participantIds: string;
}

/**
 * The week as last published: its sessions, and those cancelled at an earlier publication
 * (cancelled: true; their status then is not kept and reads 'accepted'). Empty for a week never published.
 */
export function publishedSessions(db: Db, weekStart: string): PublishedSession[] {
  const rows = db
    .prepare(
      `SELECT session_id AS sessionId, kind, start_time AS start, end_time AS end, language, status, room_id AS roomId, room_name AS roomName,
              location_name AS locationName, consultant_id AS consultantId, consultant_name AS consultantName, interpreter_id AS interpreterId,
              interpreter_name AS interpreterName, participant_ids AS participantIds
       FROM published_sessions WHERE week_start = ? ORDER BY start_time, session_id`,
    )
    .all(weekStart) as PublishedRow[];
  return rows.map((r) => ({
    id: r.sessionId,
    kind: r.kind,
    status: r.status === 'cancelled' ? 'accepted' : r.status,
    cancelled: r.status === 'cancelled',
    start: r.start,
    end: r.end,
    language: r.language,
    room: { id: r.roomId, name: r.roomName, locationName: r.locationName },
    consultant: { id: r.consultantId, name: r.consultantName },
    interpreter: r.interpreterId ? { id: r.interpreterId, name: r.interpreterName ?? r.interpreterId } : null,
    participantIds: JSON.parse(r.participantIds) as string[],
  }));
}

/**
 * Makes `current` what the week published: every session as it is now, and every session
 * published before that is gone now kept as cancelled. Runs in the caller's transaction.
 */
export function replacePublished(db: Db, weekStart: string, current: readonly SessionState[]): void {
  const before = publishedSessions(db, weekStart);
  const now = new Set(current.map((s) => s.id));
  db.prepare('DELETE FROM published_sessions WHERE week_start = ?').run(weekStart);
  const insert = db.prepare(
    `INSERT INTO published_sessions (week_start, session_id, kind, start_time, end_time, language, status, room_id, room_name, location_name,
                                     consultant_id, consultant_name, interpreter_id, interpreter_name, participant_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const put = (s: SessionState, status: string) =>
    insert.run(
      weekStart,
      s.id,
      s.kind,
      s.start,
      s.end,
      s.language,
      status,
      s.room.id,
      s.room.name,
      s.room.locationName,
      s.consultant.id,
      s.consultant.name,
      s.interpreter?.id ?? null,
      s.interpreter?.name ?? null,
      JSON.stringify(s.participantIds),
    );
  for (const s of current) put(s, s.status);
  for (const s of before) if (!now.has(s.id)) put(s, 'cancelled');
}

/**
 * The SEQUENCE of each session's calendar entry in a file handed out now: the number handed
 * out last time when the session's version is the same, the next number when it changed, 0
 * the first time. Stores what it hands out; runs in the caller's transaction.
 */
export function issueSequences(db: Db, entries: readonly { sessionId: string; version: string }[]): Map<string, number> {
  const get = db.prepare('SELECT sequence, fingerprint FROM ics_sequences WHERE session_id = ?');
  const put = db.prepare(
    'INSERT INTO ics_sequences (session_id, sequence, fingerprint) VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET sequence = excluded.sequence, fingerprint = excluded.fingerprint',
  );
  const out = new Map<string, number>();
  for (const e of entries) {
    if (out.has(e.sessionId)) continue;
    const last = get.get(e.sessionId) as { sequence: number; fingerprint: string } | undefined;
    const sequence = !last ? 0 : last.fingerprint === e.version ? last.sequence : last.sequence + 1;
    if (!last || last.fingerprint !== e.version) put.run(e.sessionId, sequence, e.version);
    out.set(e.sessionId, sequence);
  }
  return out;
}

/** Names of participants, with their consultant's name (who tells them); ids no longer stored are left out. */
export function participantsWithConsultant(db: Db, ids: readonly string[]): Map<string, { name: string; consultant: string | null }> {
  const one = db.prepare(
    `SELECT trim(p.given_name || ' ' || p.family_name) AS name, c.name AS consultant
     FROM participants p LEFT JOIN consultants c ON c.id = p.consultant_id WHERE p.id = ?`,
  );
  const out = new Map<string, { name: string; consultant: string | null }>();
  for (const id of ids) {
    const r = one.get(id) as { name: string; consultant: string | null } | undefined;
    if (r) out.set(id, r);
  }
  return out;
}
