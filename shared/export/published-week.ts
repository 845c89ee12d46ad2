// A published week and what changed since: the sessions as published compared with the
// sessions now, who is affected and how, and the calendar events each staff member's .ics
// carries (their sessions, and the ones they no longer have as cancelled). Pure: the services
// read the snapshot and the sessions, and store the sequence numbers.
import type { SessionKind } from '../domain/kinds';
import { languageName } from '../domain/languages';
import { msg, renderMsg, type MsgLang } from '../messages';
import type { IcsEvent } from './ics';

/** One session, as it is now or as it was published. */
export interface SessionState {
  id: string;
  kind: SessionKind;
  status: 'proposed' | 'accepted';
  start: string;
  end: string;
  language: string | null;
  room: { id: string; name: string; locationName: string };
  consultant: { id: string; name: string };
  interpreter: { id: string; name: string } | null;
  participantIds: string[];
}

/** What happened to a session (or to a person's place in it) since publication. */
export type ChangeKind = 'moved' | 'changed' | 'cancelled' | 'new';

export interface PublishedChange {
  sessionId: string;
  what: ChangeKind;
  /** As published; null for a new session. */
  before: SessionState | null;
  /** As it is now; null for a cancelled session. */
  after: SessionState | null;
}

export type StaffKind = 'consultant' | 'interpreter';
export type AffectedRole = StaffKind | 'participant';

export interface AffectedPerson {
  role: AffectedRole;
  id: string;
  changes: { sessionId: string; what: ChangeKind }[];
}

const sameParticipants = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** What changed in one session, or null when nothing did. */
export function sessionChange(before: SessionState | null, after: SessionState | null): ChangeKind | null {
  if (!before) return after ? 'new' : null;
  if (!after) return 'cancelled';
  if (before.start !== after.start || before.end !== after.end) return 'moved';
  if (
    before.room.id !== after.room.id ||
    before.consultant.id !== after.consultant.id ||
    (before.interpreter?.id ?? null) !== (after.interpreter?.id ?? null) ||
    before.status !== after.status ||
    !sameParticipants(before.participantIds, after.participantIds)
  ) {
    return 'changed';
  }
  return null;
}

/**
 * The sessions that differ from what was published, in time order. `published` holds the
 * sessions as last published that were not cancelled then.
 */
export function diffPublished(published: readonly SessionState[], current: readonly SessionState[]): PublishedChange[] {
  const now = new Map(current.map((s) => [s.id, s]));
  const then = new Map(published.map((s) => [s.id, s]));
  const out: PublishedChange[] = [];
  for (const id of new Set([...then.keys(), ...now.keys()])) {
    const before = then.get(id) ?? null;
    const after = now.get(id) ?? null;
    const what = sessionChange(before, after);
    if (what) out.push({ sessionId: id, what, before, after });
  }
  const when = (c: PublishedChange) => (c.after ?? c.before)!.start;
  return out.sort((a, b) => when(a).localeCompare(when(b)) || a.sessionId.localeCompare(b.sessionId));
}

/**
 * Who must be told, and what for each: the consultants and interpreters of a changed session
 * (one taken off it: cancelled for them; one put on it: new), and its participants when their
 * appointment moved, changed place or became definite, or when they were taken out or put in.
 * A participant is not affected by others joining or by a change of staff.
 */
export function affectedPeople(changes: readonly PublishedChange[]): AffectedPerson[] {
  const people = new Map<string, AffectedPerson>();
  const note = (role: AffectedRole, id: string, sessionId: string, what: ChangeKind) => {
    const key = `${role}:${id}`;
    const p = people.get(key) ?? { role, id, changes: [] };
    if (!p.changes.some((c) => c.sessionId === sessionId)) p.changes.push({ sessionId, what });
    people.set(key, p);
  };
  for (const c of changes) {
    const { before, after, sessionId } = c;
    for (const role of ['consultant', 'interpreter'] as const) {
      const b = before?.[role]?.id ?? null;
      const a = after?.[role]?.id ?? null;
      if (b && b === a) note(role, b, sessionId, c.what);
      else {
        if (b) note(role, b, sessionId, 'cancelled');
        if (a) note(role, a, sessionId, 'new');
      }
    }
    const was = new Set(before?.participantIds ?? []);
    const is = new Set(after?.participantIds ?? []);
    const forStaying = c.what === 'moved' ? 'moved' : before && after && (before.room.id !== after.room.id || before.status !== after.status) ? ('changed' as const) : null;
    for (const id of was) {
      if (!is.has(id)) note('participant', id, sessionId, 'cancelled');
      else if (forStaying) note('participant', id, sessionId, forStaying);
    }
    for (const id of is) if (!was.has(id)) note('participant', id, sessionId, 'new');
  }
  return [...people.values()];
}

/** The calendar entry of a session (UID and SEQUENCE are added when the file is written). */
export type EventContent = Omit<IcsEvent, 'uid' | 'sequence'>;

/**
 * A session as a calendar entry for its staff, in the reader's language (Dutch by default). The
 * file leaves the app, so it names no participants, only how many come.
 */
export function sessionEvent(s: SessionState, cancelled = false, lang: MsgLang = 'nl'): EventContent {
  const say = (code: string, params: Parameters<typeof msg>[1] = {}) => renderMsg(msg(code, params), lang);
  return {
    start: s.start,
    end: s.end,
    summary: s.kind === 'groupInfo' ? (s.language ? say('ics.groupInfo', { language: languageName(s.language, lang) }) : say('ics.groupInfoNoLanguage')) : say('ics.toets'),
    location: `${s.room.name}, ${s.room.locationName}`,
    description: [
      cancelled ? say('ics.cancelled') : null,
      say('ics.consultant', { name: s.consultant.name }),
      s.interpreter ? say('ics.interpreter', { name: s.interpreter.name }) : null,
      cancelled ? null : say('ics.participants', { n: s.participantIds.length }),
      !cancelled && s.status === 'proposed' ? say('ics.proposed') : null,
    ]
      .filter(Boolean)
      .join('\n'),
    status: cancelled ? 'CANCELLED' : s.status === 'accepted' ? 'CONFIRMED' : 'TENTATIVE',
  };
}

/**
 * A session's version as handed out (always from the Dutch entry: reading the file in another
 * language is no change): what its calendar entry says and who has it. A file
 * whose version of a session differs from the one handed out before gets a higher SEQUENCE.
 */
export function sessionVersion(s: SessionState | null, published: SessionState | null): string {
  if (!s) return `cancelled|${published ? JSON.stringify(sessionEvent(published, true)) : ''}`;
  return JSON.stringify([sessionEvent(s), s.consultant.id, s.interpreter?.id ?? null]);
}

export interface CalendarEntry {
  sessionId: string;
  event: EventContent;
  /** The session's version (sessionVersion), which decides its SEQUENCE. */
  version: string;
}

const staffOf = (s: SessionState, kind: StaffKind) => (kind === 'consultant' ? s.consultant.id : (s.interpreter?.id ?? null));

/**
 * A staff member's calendar for the week: their sessions now, and every session they had as
 * published (or that was cancelled at a publication) that they no longer have, as cancelled.
 * `published` includes sessions kept as cancelled by an earlier publication (cancelled: true).
 */
export function staffCalendar(
  person: { kind: StaffKind; id: string },
  current: readonly SessionState[],
  published: readonly (SessionState & { cancelled?: boolean })[],
  lang: MsgLang = 'nl',
): CalendarEntry[] {
  const now = new Map(current.map((s) => [s.id, s]));
  const then = new Map(published.map((s) => [s.id, s]));
  const out: CalendarEntry[] = [];
  for (const s of current) {
    if (staffOf(s, person.kind) === person.id) out.push({ sessionId: s.id, event: sessionEvent(s, false, lang), version: sessionVersion(s, then.get(s.id) ?? null) });
  }
  for (const p of published) {
    if (staffOf(p, person.kind) !== person.id) continue;
    const s = now.get(p.id) ?? null;
    if (s && staffOf(s, person.kind) === person.id) continue;
    out.push({ sessionId: p.id, event: sessionEvent(p, true, lang), version: sessionVersion(s, p) });
  }
  return out.sort((a, b) => a.event.start.localeCompare(b.event.start) || a.sessionId.localeCompare(b.sessionId));
}

/** Everyone on the staff who has a calendar this week: sessions now, or cancellations to send. */
export function staffWithCalendars(current: readonly SessionState[], published: readonly SessionState[]): { kind: StaffKind; id: string; name: string }[] {
  const out = new Map<string, { kind: StaffKind; id: string; name: string }>();
  // Published first, so a current name (renamed since) wins.
  for (const s of [...published, ...current]) {
    out.set(`consultant:${s.consultant.id}`, { kind: 'consultant', ...s.consultant });
    if (s.interpreter) out.set(`interpreter:${s.interpreter.id}`, { kind: 'interpreter', ...s.interpreter });
  }
  return [...out.values()];
}
