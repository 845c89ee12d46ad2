// Changes to one planned session and childcare bookings, checked against the stored data.
// Everything runs inside the caller's transaction; bad ids become ApiErrors naming the field.
import type { FixAction, SessionChange } from '../../../shared/api/contract';
import { ApiError, invalidInput } from '../../../shared/api/errors';
import { goneMsg, msg, p } from '../../../shared/messages';
import { offGridProblem } from '../../../shared/domain/grid';
import { addDays, isoWeekday } from '../../../shared/domain/week';
import { holidayClosedMsg, holidayOn } from '../../../shared/domain/holidays';
import { whenNl } from '../../../shared/domain/dutch-dates';
import { fromMinutes, toMinutes } from '../../../shared/domain/time';
import type { Db } from '../../../db/connection';
import { writeAudit, type AuditContext } from '../../../db/repositories/audit';
import {
  addSessionParticipant,
  getSession,
  hasChildcareBooking,
  noteSessionChange,
  sessionChangeAt,
  removeSessionParticipant,
  sessionDemandOf,
  sessionParticipantIds,
  updateSession,
  type StoredSession,
} from '../../../db/repositories/sessions';
import { addChildcareBooking } from '../../../db/repositories/bookings';
import { firstOpenDemand } from '../../../db/repositories/demands';
import { getChild, getParticipant } from '../../../db/repositories/participants';
import { daypartEnd, getRegion, resourceName } from '../../../db/repositories/region';
import { staleSessionMsg } from '../../../shared/domain/changed-by';
import { utcToAmsterdam } from '../../../shared/domain/amsterdam-time';
import { amsterdamNow, nowOf, type ServiceEnv } from '../context';

/**
 * Refuses a change made on a version of the session that is no longer stored ('stale'), naming
 * who made the newer version and when (from the audit log). Run inside the write transaction.
 */
export function refuseIfStale(db: Db, env: ServiceEnv | undefined, s: StoredSession, expectedVersion: number | undefined): void {
  if (expectedVersion === undefined || expectedVersion === s.version) return;
  const change = sessionChangeAt(db, s.id, s.version);
  const now = env ? nowOf(env) : amsterdamNow();
  throw new ApiError({ code: 'stale', msg: staleSessionMsg(change && { ...change, at: utcToAmsterdam(change.at) }, now) });
}

export function getSessionRow(db: Db, id: string, field = 'sessionId'): StoredSession {
  const s = getSession(db, id);
  if (!s) throw new ApiError({ code: 'not_found', field, msg: msg('weekEdit.sessionGone') });
  return s;
}

type Named = 'room' | 'consultant' | 'interpreter' | 'participant';

/** The name of what a change chooses; gone, it is refused by what it was, never by its id. */
function requireName(db: Db, kind: Named, id: string, field: string): string {
  const n = kind === 'participant' ? (getParticipant(db, id)?.name ?? null) : resourceName(db, kind, id);
  if (n === null) throw new ApiError({ code: 'not_found', field, msg: kind === 'participant' ? msg('error.participantGoneNow') : goneMsg(kind) });
  return n;
}

/**
 * Applies a change to a stored session and returns a Dutch label for the history
 * ("Sessie verplaatst naar di 24 nov 10:00"). `at` is where the change sits in the call's input
 * ('action.change.' in fix.apply), so a refusal names the field as the caller sent it.
 */
export function applySessionChange(db: Db, audit: AuditContext, change: SessionChange, at = '', env?: ServiceEnv): { session: StoredSession; label: string } {
  const s = getSessionRow(db, change.sessionId, `${at}sessionId`);
  refuseIfStale(db, env, s, change.expectedVersion);
  const labels: string[] = [];
  const fields: string[] = [];

  let start = s.start;
  let end = s.end;
  if (change.start !== undefined || change.end !== undefined) {
    // SPEC rule 10 puts a session's start on the grid (a session stored off it may keep its
    // start); its end follows from its length, which need not be a whole number of slots (a
    // 90-minute toets on a 60-minute grid).
    const grid = getRegion(db);
    const offGrid = change.start !== undefined && change.start !== s.start && grid ? offGridProblem(change.start, grid) : null;
    if (offGrid) throw invalidInput(`${at}start`, offGrid);
    if (change.start !== undefined) {
      start = change.start;
      end = change.end ?? fromMinutes(toMinutes(change.start) + (toMinutes(s.end) - toMinutes(s.start)));
    } else end = change.end!;
    if (end <= start)
      throw new ApiError({ code: 'invalid_input', field: `${at}end`, msg: msg('weekEdit.endBeforeStart', { end: p.time(end.slice(11)), start: p.time(start.slice(11)) }) });
    if (start.slice(0, 10) !== end.slice(0, 10)) throw new ApiError({ code: 'invalid_input', field: `${at}end`, msg: msg('weekEdit.sameDay') });
    const day = start.slice(0, 10);
    if (day < s.weekStart || day >= addDays(s.weekStart, 7)) {
      throw new ApiError({ code: 'invalid_input', field: `${at}start`, msg: msg('weekEdit.outsideWeek', { week: p.date(s.weekStart, true), day: p.date(day, true) }) });
    }
    // Nothing takes place on a public holiday: a move onto one is refused, naming the holiday.
    const holiday = start.slice(0, 10) !== s.start.slice(0, 10) ? holidayOn(day) : null;
    if (holiday) throw new ApiError({ code: 'invalid_input', field: `${at}start`, msg: holidayClosedMsg(holiday) });
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
  const swap = (kind: 'room' | 'consultant', field: 'roomId' | 'consultantId', what: string, audited: string): string => {
    const next = change[field];
    if (next === undefined || next === s[field]) return s[field];
    labels.push(`${what} gewijzigd naar ${requireName(db, kind, next, `${at}${field}`)}`);
    fields.push(audited);
    return next;
  };
  const roomId = swap('room', 'roomId', 'Zaal', 'room');
  const consultantId = swap('consultant', 'consultantId', 'Consulent', 'consultant');
  let interpreterId = s.interpreterId;
  if (change.interpreterId !== undefined && change.interpreterId !== s.interpreterId) {
    if (change.interpreterId !== null) {
      const n = requireName(db, 'interpreter', change.interpreterId, `${at}interpreterId`);
      if (s.kind === 'toets') throw new ApiError({ code: 'invalid_input', field: `${at}interpreterId`, msg: msg('weekEdit.toetsNoInterpreter') });
      labels.push(`Tolk gewijzigd naar ${n}`);
    } else labels.push('Tolk verwijderd');
    interpreterId = change.interpreterId;
    fields.push('interpreter');
  }

  // Only a real change writes the row (and so moves its version).
  if (fields.length) updateSession(db, s.id, { start, end, roomId, consultantId, interpreterId });

  for (const pid of change.removeParticipantIds ?? []) {
    const demandId = sessionDemandOf(db, s.id, pid);
    if (demandId === null) {
      const who = getParticipant(db, pid)?.name;
      throw new ApiError({
        code: 'not_found',
        field: `${at}removeParticipantIds`,
        msg: who === undefined ? msg('error.participantGoneNow') : msg('weekEdit.notInSession', { who: p.person(who), kind: p.kind(s.kind) }),
      });
    }
    removeSessionParticipant(db, audit, s.id, pid, demandId);
  }
  for (const pid of change.addParticipantIds ?? []) {
    const name = requireName(db, 'participant', pid, `${at}addParticipantIds`);
    if (sessionDemandOf(db, s.id, pid) !== null)
      throw new ApiError({ code: 'invalid_input', field: `${at}addParticipantIds`, msg: msg('weekEdit.alreadyInSession', { who: p.person(name), kind: p.kind(s.kind) }) });
    const demandId = firstOpenDemand(db, pid, s.kind);
    if (demandId === null)
      throw new ApiError({ code: 'invalid_input', field: `${at}addParticipantIds`, msg: msg('weekEdit.noOpenDemand', { who: p.person(name), kind: p.kind(s.kind) }) });
    addSessionParticipant(db, audit, s, pid, demandId);
  }
  const added = change.addParticipantIds?.length ?? 0;
  const removed = change.removeParticipantIds?.length ?? 0;
  if (added) labels.push(added === 1 ? 'Deelnemer toegevoegd' : `${added} deelnemers toegevoegd`);
  if (removed) labels.push(removed === 1 ? 'Deelnemer verwijderd' : `${removed} deelnemers verwijderd`);

  // Time and place of a person's appointment changed: personal data, so one row per person.
  if (fields.length) {
    for (const p of sessionParticipantIds(db, s.id)) writeAudit(db, audit, 'update', 'booking', p, { type: 'session', sessionId: s.id, fields });
    noteSessionChange(db, audit, s.id, fields.includes('start') ? 'moved' : 'changed');
  }
  const label = labels.length === 0 ? 'Sessie ongewijzigd' : labels.length === 1 ? labels[0] : `${labels[0]} (en meer)`;
  return { session: getSessionRow(db, s.id), label };
}

/** Books one childcare seat; the slot must be a day-part of that provider in the week. */
export function bookChildcare(db: Db, audit: AuditContext, weekStart: string, a: Extract<FixAction, { type: 'bookChildcare' }>): string {
  const child = getChild(db, a.childId)?.givenName;
  if (child === undefined) throw new ApiError({ code: 'not_found', field: 'action.childId', msg: msg('weekEdit.childGone') });
  const provider = resourceName(db, 'childcareProvider', a.childcareId);
  if (provider === null) throw new ApiError({ code: 'not_found', field: 'action.childcareId', msg: goneMsg('provider') });
  const slot = { day: p.date(a.slotStart.slice(0, 10)), time: p.time(a.slotStart.slice(11, 16)) };
  const day = a.slotStart.slice(0, 10);
  const end = daypartEnd(db, a.childcareId, isoWeekday(day), a.slotStart.slice(11, 16));
  if (end === null || day < weekStart || day >= addDays(weekStart, 7)) {
    throw new ApiError({ code: 'not_found', field: 'action.slotStart', msg: msg('weekEdit.noDaypart', { provider, ...slot }) });
  }
  if (hasChildcareBooking(db, a.childId, a.slotStart)) {
    throw new ApiError({ code: 'conflict', msg: msg('weekEdit.childcareTaken', { child: p.person(child), ...slot }) });
  }
  // The coordinator chose this seat: it is accepted, so a new planner run keeps it. The day lies
  // in the week checked above, so the booking is stored for weekStart.
  addChildcareBooking(db, audit, { childId: a.childId, providerId: a.childcareId, slotStart: a.slotStart, slotEnd: `${day}T${end}`, status: 'accepted' });
  return `Opvang geboekt voor ${child} bij ${provider} op ${whenNl(a.slotStart)}`;
}
