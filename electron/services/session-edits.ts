// Changes to one planned session and childcare bookings, checked against the stored data.
// Everything runs inside the caller's transaction; bad ids become ApiErrors naming the field.
import type { FixAction, SessionChange } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { addDays, isoWeekday } from '../../shared/domain/week';
import { whenNl } from '../../shared/domain/dutch-dates';
import { fromMinutes, toMinutes } from '../../shared/domain/time';
import type { Db } from '../../db/connection';
import { writeAudit, type AuditContext } from '../../db/repositories/audit';
import { type SessionFields, type SessionStatus } from '../../db/repositories/sessions';
import { markDemandPlanned, reopenDemand } from '../../db/repositories/demands';

export interface SessionRow extends SessionFields {
  id: string;
  weekStart: string;
  status: SessionStatus;
  pinned: boolean;
}

const KIND_NL = { groupInfo: 'groepsvoorlichting', toets: 'leerbaarheidstoets' } as const;

export function getSessionRow(db: Db, id: string, field = 'sessionId'): SessionRow {
  const r = db
    .prepare(
      `SELECT id, week_start AS weekStart, kind, start_time AS start, end_time AS end, room_id AS roomId, consultant_id AS consultantId,
              interpreter_id AS interpreterId, language, status, pinned FROM sessions WHERE id = ?`,
    )
    .get(id) as (Omit<SessionRow, 'pinned'> & { pinned: number }) | undefined;
  if (!r) throw new ApiError({ code: 'not_found', field, message: `Sessie ${id} bestaat niet (meer).` });
  return { ...r, pinned: r.pinned === 1 };
}

function nameOf(db: Db, table: 'rooms' | 'consultants' | 'interpreters' | 'participants', id: string): string | null {
  if (table === 'participants') {
    const p = db.prepare("SELECT trim(given_name || ' ' || family_name) AS n FROM participants WHERE id = ?").get(id) as { n: string } | undefined;
    return p?.n ?? null;
  }
  const r = db.prepare(`SELECT name AS n FROM ${table} WHERE id = ?`).get(id) as { n: string } | undefined;
  return r?.n ?? null;
}

function requireName(db: Db, table: 'rooms' | 'consultants' | 'interpreters' | 'participants', id: string, field: string): string {
  const n = nameOf(db, table, id);
  const what = { rooms: 'Zaal', consultants: 'Consulent', interpreters: 'Tolk', participants: 'Deelnemer' }[table];
  if (n === null) throw new ApiError({ code: 'not_found', field, message: `${what} ${id} bestaat niet.` });
  return n;
}

/**
 * Applies a change to a stored session and returns a Dutch label for the history
 * ("Sessie verplaatst naar di 24 nov 10:00").
 */
export function applySessionChange(db: Db, audit: AuditContext, change: SessionChange): { session: SessionRow; label: string } {
  const s = getSessionRow(db, change.sessionId);
  const labels: string[] = [];
  const fields: string[] = [];

  let start = s.start;
  let end = s.end;
  if (change.start !== undefined || change.end !== undefined) {
    if (change.start !== undefined) {
      start = change.start;
      end = change.end ?? fromMinutes(toMinutes(change.start) + (toMinutes(s.end) - toMinutes(s.start)));
    } else end = change.end!;
    if (end <= start) throw new ApiError({ code: 'invalid_input', field: 'end', message: `Het einde (${end.slice(11)}) moet na het begin (${start.slice(11)}) liggen.` });
    if (start.slice(0, 10) !== end.slice(0, 10)) throw new ApiError({ code: 'invalid_input', field: 'end', message: 'Een sessie begint en eindigt op dezelfde dag.' });
    const day = start.slice(0, 10);
    if (day < s.weekStart || day >= addDays(s.weekStart, 7)) {
      throw new ApiError({ code: 'invalid_input', field: 'start', message: `De sessie blijft in de week van ${s.weekStart}; ${day} valt daarbuiten.` });
    }
    if (start !== s.start) {
      labels.push(`Sessie verplaatst naar ${whenNl(start)}`);
      fields.push('start');
    }
    if (end !== s.end) {
      if (start === s.start) labels.push(`Sessie ${toMinutes(end) > toMinutes(s.end) ? 'verlengd' : 'ingekort'} tot ${end.slice(11)}`);
      fields.push('end');
    }
  }
  /** A different room or consultant, which must exist; the label names the new one. */
  const swap = (table: 'rooms' | 'consultants', field: 'roomId' | 'consultantId', what: string, audited: string): string => {
    const next = change[field];
    if (next === undefined || next === s[field]) return s[field];
    labels.push(`${what} gewijzigd naar ${requireName(db, table, next, field)}`);
    fields.push(audited);
    return next;
  };
  const roomId = swap('rooms', 'roomId', 'Zaal', 'room');
  const consultantId = swap('consultants', 'consultantId', 'Consulent', 'consultant');
  let interpreterId = s.interpreterId;
  if (change.interpreterId !== undefined && change.interpreterId !== s.interpreterId) {
    if (change.interpreterId !== null) {
      const n = requireName(db, 'interpreters', change.interpreterId, 'interpreterId');
      if (s.kind === 'toets') throw new ApiError({ code: 'invalid_input', field: 'interpreterId', message: 'Bij een leerbaarheidstoets is geen tolk aanwezig.' });
      labels.push(`Tolk gewijzigd naar ${n}`);
    } else labels.push('Tolk verwijderd');
    interpreterId = change.interpreterId;
    fields.push('interpreter');
  }

  db.prepare('UPDATE sessions SET start_time = ?, end_time = ?, room_id = ?, consultant_id = ?, interpreter_id = ? WHERE id = ?').run(
    start,
    end,
    roomId,
    consultantId,
    interpreterId,
    s.id,
  );

  const inSession = db.prepare('SELECT demand_id AS d FROM session_participants WHERE session_id = ? AND participant_id = ?');
  for (const pid of change.removeParticipantIds ?? []) {
    const row = inSession.get(s.id, pid) as { d: string } | undefined;
    if (!row) throw new ApiError({ code: 'not_found', field: 'removeParticipantIds', message: `Deelnemer ${pid} staat niet in deze ${KIND_NL[s.kind]}.` });
    db.prepare('DELETE FROM session_participants WHERE session_id = ? AND participant_id = ?').run(s.id, pid);
    reopenDemand(db, row.d);
    writeAudit(db, audit, 'delete', 'booking', pid, { type: 'session', sessionId: s.id, demandId: row.d });
  }
  const openDemand = db.prepare("SELECT id FROM demands WHERE participant_id = ? AND kind = ? AND status = 'open' ORDER BY earliest_date, id LIMIT 1");
  for (const pid of change.addParticipantIds ?? []) {
    const name = requireName(db, 'participants', pid, 'addParticipantIds');
    if (inSession.get(s.id, pid)) throw new ApiError({ code: 'invalid_input', field: 'addParticipantIds', message: `${name} staat al in deze ${KIND_NL[s.kind]}.` });
    const d = openDemand.get(pid, s.kind) as { id: string } | undefined;
    if (!d) throw new ApiError({ code: 'invalid_input', field: 'addParticipantIds', message: `${name} heeft geen open vraag voor een ${KIND_NL[s.kind]}.` });
    db.prepare('INSERT INTO session_participants (session_id, participant_id, demand_id) VALUES (?, ?, ?)').run(s.id, pid, d.id);
    markDemandPlanned(db, d.id);
    writeAudit(db, audit, 'create', 'booking', pid, { type: 'session', sessionId: s.id, demandId: d.id, status: s.status });
  }
  const added = change.addParticipantIds?.length ?? 0;
  const removed = change.removeParticipantIds?.length ?? 0;
  if (added) labels.push(added === 1 ? 'Deelnemer toegevoegd' : `${added} deelnemers toegevoegd`);
  if (removed) labels.push(removed === 1 ? 'Deelnemer verwijderd' : `${removed} deelnemers verwijderd`);

  // Time and place of a person's appointment changed: personal data, so one row per person.
  if (fields.length) {
    const parts = db.prepare('SELECT participant_id AS p FROM session_participants WHERE session_id = ?').all(s.id) as { p: string }[];
    for (const { p } of parts) writeAudit(db, audit, 'update', 'booking', p, { type: 'session', sessionId: s.id, fields });
  }
  const label = labels.length === 0 ? 'Sessie ongewijzigd' : labels.length === 1 ? labels[0] : `${labels[0]} (en meer)`;
  return { session: getSessionRow(db, s.id), label };
}

/** Books one childcare seat; the slot must be a day-part of that provider in the week. */
export function bookChildcare(db: Db, audit: AuditContext, weekStart: string, a: Extract<FixAction, { type: 'bookChildcare' }>): string {
  const child = db.prepare('SELECT given_name AS n FROM children WHERE id = ?').get(a.childId) as { n: string } | undefined;
  if (!child) throw new ApiError({ code: 'not_found', field: 'action.childId', message: `Kind ${a.childId} bestaat niet.` });
  const provider = db.prepare('SELECT name AS n FROM childcare_providers WHERE id = ?').get(a.childcareId) as { n: string } | undefined;
  if (!provider) throw new ApiError({ code: 'not_found', field: 'action.childcareId', message: `Opvang ${a.childcareId} bestaat niet.` });
  const day = a.slotStart.slice(0, 10);
  const part = db
    .prepare('SELECT end_time AS e FROM childcare_dayparts WHERE provider_id = ? AND weekday = ? AND start_time = ?')
    .get(a.childcareId, isoWeekday(day), a.slotStart.slice(11, 16)) as { e: string } | undefined;
  if (!part || day < weekStart || day >= addDays(weekStart, 7)) {
    throw new ApiError({ code: 'not_found', field: 'action.slotStart', message: `${provider.n} heeft geen dagdeel dat begint op ${whenNl(a.slotStart)} in deze week.` });
  }
  if (db.prepare('SELECT 1 FROM childcare_bookings WHERE child_id = ? AND slot_start = ?').get(a.childId, a.slotStart)) {
    throw new ApiError({ code: 'conflict', message: `${child.n} heeft op ${whenNl(a.slotStart)} al een opvangplek.` });
  }
  // The coordinator chose this seat: it is accepted, so a new planner run keeps it.
  db.prepare("INSERT INTO childcare_bookings (week_start, child_id, provider_id, slot_start, slot_end, status) VALUES (?, ?, ?, ?, ?, 'accepted')").run(
    weekStart,
    a.childId,
    a.childcareId,
    a.slotStart,
    `${day}T${part.e}`,
  );
  writeAudit(db, audit, 'create', 'booking', a.childId, { type: 'childcare', providerId: a.childcareId, slotStart: a.slotStart });
  return `Opvang geboekt voor ${child.n} bij ${provider.n} op ${whenNl(a.slotStart)}`;
}
