// Personal data: households, children, participants and their demands. Every change writes an
// audit row inside the same transaction (writeTx), so the change and its trace stand or fall together.
import { randomUUID } from 'node:crypto';
import { writeTx, type Db } from '../connection';
import type { WeeklyPattern } from '../../shared/domain/availability';
import { addWeeklyTimes, replaceWeeklyTimes } from './availability';
import { changedFields, writeAudit, type AuditContext } from './audit';
import { foldText, languageSearchWords, likeWordPrefix, queryTokens } from './search-text';
import type { Route } from './region';
import { prepared } from './statements';

import type { DemandKind, DigitalSkill } from '../../shared/domain/kinds';
export type { DemandKind, DigitalSkill };
export type MigrantKind = 'statushouder' | 'gezinsmigrant';
export type { DemandStatus } from './demands';

// ---------------------------------------------------------------- households and children

export function createHousehold(db: Db, audit: AuditContext, h: { id?: string; name: string; adultsOutside?: number }): string {
  const id = h.id ?? randomUUID();
  writeTx(db, () => {
    db.prepare('INSERT INTO households (id, name, adults_outside) VALUES (?, ?, ?)').run(id, h.name, h.adultsOutside ?? 0);
    writeAudit(db, audit, 'create', 'household', id, { fields: ['name', 'adultsOutside'] });
  });
  return id;
}

export function deleteHousehold(db: Db, audit: AuditContext, id: string): void {
  writeTx(db, () => {
    const r = db.prepare('DELETE FROM households WHERE id = ?').run(id);
    if (r.changes === 0) throw new Error(`Huishouden ${id} bestaat niet.`);
    writeAudit(db, audit, 'delete', 'household', id);
  });
}

export interface ChildInput {
  id?: string;
  householdId: string;
  givenName: string;
  birthDate: string;
  /** Times care is already arranged every week, e.g. school. */
  covered?: WeeklyPattern[];
}

export function addChild(db: Db, audit: AuditContext, c: ChildInput): string {
  const id = c.id ?? randomUUID();
  writeTx(db, () => {
    db.prepare('INSERT INTO children (id, household_id, given_name, birth_date) VALUES (?, ?, ?, ?)').run(id, c.householdId, c.givenName, c.birthDate);
    addWeeklyTimes(db, { kind: 'child', id }, c.covered ?? []);
    writeAudit(db, audit, 'create', 'child', id, { householdId: c.householdId, fields: ['givenName', 'birthDate', 'covered'] });
  });
  return id;
}

export interface ChildRow {
  id: string;
  householdId: string;
  givenName: string;
  birthDate: string;
}

export function listChildren(db: Db, householdId?: string): ChildRow[] {
  const sql = `SELECT id, household_id AS householdId, given_name AS givenName, birth_date AS birthDate FROM children
    ${householdId ? 'WHERE household_id = ?' : ''} ORDER BY household_id, birth_date, id`;
  return prepared(db, sql).all(...(householdId ? [householdId] : [])) as ChildRow[];
}

export function getChild(db: Db, id: string): ChildRow | null {
  return (
    (db.prepare('SELECT id, household_id AS householdId, given_name AS givenName, birth_date AS birthDate FROM children WHERE id = ?').get(id) as ChildRow | undefined) ?? null
  );
}

export function listHouseholds(db: Db): { id: string; name: string; adultsOutside: number; adults: string[] }[] {
  const rows = db
    .prepare(
      `SELECT h.id, h.name, h.adults_outside AS adultsOutside, (SELECT json_group_array(p.id) FROM (SELECT id FROM participants WHERE household_id = h.id ORDER BY id) p) AS adults
       FROM households h ORDER BY h.id`,
    )
    .all() as { id: string; name: string; adultsOutside: number; adults: string }[];
  return rows.map((r) => ({ ...r, adults: JSON.parse(r.adults) as string[] }));
}

/** Adults outside the programme who can look after the household's children; null for no such household. */
export function householdAdultsOutside(db: Db, householdId: string): number | null {
  return (prepared(db, 'SELECT adults_outside AS n FROM households WHERE id = ?').get(householdId) as { n: number } | undefined)?.n ?? null;
}

// ---------------------------------------------------------------- participants

export interface ParticipantInput {
  id?: string;
  givenName: string;
  familyName: string;
  householdId?: string | null;
  gemeenteId: string;
  homeLocationId: string;
  language: string;
  otherLanguages?: string[];
  digitalSkill: DigitalSkill;
  routeIndication?: Route | null;
  migrantKind: MigrantKind;
  koppelingDate?: string | null;
  /** A gezinsmigrant's registration in the gemeente (the start of their PIP term). */
  registrationDate?: string | null;
  housingDate?: string | null;
  /** The day the PIP was set; the 10-week term is met from then on. */
  pipDate?: string | null;
  consultantId?: string | null;
  /** The case system's number (migration 013): what tells same-named people apart when all else is equal. */
  clientNumber?: string | null;
  /** Weekly busy times (work, fixed lessons). */
  busy?: WeeklyPattern[];
}

export interface Participant {
  id: string;
  givenName: string;
  familyName: string;
  name: string;
  householdId: string | null;
  gemeenteId: string;
  gemeente: string;
  homeLocationId: string;
  language: string;
  otherLanguages: string[];
  digitalSkill: DigitalSkill;
  routeIndication: Route | null;
  migrantKind: MigrantKind;
  koppelingDate: string | null;
  registrationDate: string | null;
  housingDate: string | null;
  pipDate: string | null;
  consultantId: string | null;
  /** "Traject beëindigd" on this day: out of planning, history kept. */
  endedOn: string | null;
  endReason: string | null;
  /** The day the person's data was erased (AVG); the row is an anonymous placeholder since. */
  erasedOn: string | null;
  /** The case system's number, when known (import or demo); tells same-named people apart. */
  clientNumber: string | null;
}

const PARTICIPANT_COLUMNS = `p.id, p.given_name AS givenName, p.family_name AS familyName,
  trim(p.given_name || ' ' || p.family_name) AS name, p.household_id AS householdId, p.gemeente_id AS gemeenteId,
  g.name AS gemeente, p.home_location_id AS homeLocationId, p.language, p.other_languages AS otherLanguages,
  p.digital_skill AS digitalSkill, p.route_indication AS routeIndication, p.migrant_kind AS migrantKind,
  p.koppeling_date AS koppelingDate, p.registration_date AS registrationDate, p.housing_date AS housingDate, p.pip_date AS pipDate,
  p.consultant_id AS consultantId, p.ended_on AS endedOn, p.end_reason AS endReason, p.erased_on AS erasedOn,
  p.client_number AS clientNumber`;

type RawParticipant = Omit<Participant, 'otherLanguages'> & { otherLanguages: string };

function fromRaw(r: RawParticipant): Participant {
  return { ...r, otherLanguages: JSON.parse(r.otherLanguages) as string[] };
}

function refreshSearchText(db: Db, id: string): void {
  const p = getParticipant(db, id);
  if (!p) return;
  const text = [p.id, p.givenName, p.familyName, p.gemeente, languageSearchWords(p.language), ...p.otherLanguages.map(languageSearchWords)].join(' ');
  db.prepare('UPDATE participants SET search_text = ? WHERE id = ?').run(` ${foldText(text)} `, id);
}

/** Refreshes the search text of everyone in a gemeente (its name is part of it), after a rename. */
export function refreshSearchTextInGemeente(db: Db, gemeenteId: string): void {
  const ids = db.prepare('SELECT id FROM participants WHERE gemeente_id = ?').all(gemeenteId) as { id: string }[];
  for (const { id } of ids) refreshSearchText(db, id);
}

export function createParticipant(db: Db, audit: AuditContext, p: ParticipantInput): string {
  const id = p.id ?? randomUUID();
  writeTx(db, () => {
    db.prepare(
      `INSERT INTO participants (id, given_name, family_name, household_id, gemeente_id, home_location_id, language, other_languages,
         digital_skill, route_indication, migrant_kind, koppeling_date, housing_date, pip_date, consultant_id, registration_date, client_number)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      p.givenName,
      p.familyName,
      p.householdId ?? null,
      p.gemeenteId,
      p.homeLocationId,
      p.language,
      JSON.stringify(p.otherLanguages ?? []),
      p.digitalSkill,
      p.routeIndication ?? null,
      p.migrantKind,
      p.koppelingDate ?? null,
      p.housingDate ?? null,
      p.pipDate ?? null,
      p.consultantId ?? null,
      p.registrationDate ?? null,
      p.clientNumber ?? null,
    );
    addWeeklyTimes(db, { kind: 'participant', id }, p.busy ?? []);
    refreshSearchText(db, id);
    writeAudit(db, audit, 'create', 'participant', id, {
      fields: Object.keys(p)
        .filter((k) => k !== 'id')
        .sort(),
    });
  });
  return id;
}

export function getParticipant(db: Db, id: string): Participant | null {
  const r = db.prepare(`SELECT ${PARTICIPANT_COLUMNS} FROM participants p JOIN gemeenten g ON g.id = p.gemeente_id WHERE p.id = ?`).get(id) as RawParticipant | undefined;
  return r ? fromRaw(r) : null;
}

export function listParticipants(db: Db): Participant[] {
  return (prepared(db, `SELECT ${PARTICIPANT_COLUMNS} FROM participants p JOIN gemeenten g ON g.id = p.gemeente_id ORDER BY p.id`).all() as RawParticipant[]).map(fromRaw);
}

export type ParticipantPatch = Partial<Omit<ParticipantInput, 'id'>>;

const PATCH_COLUMNS: Record<keyof Omit<ParticipantPatch, 'busy'>, string> = {
  givenName: 'given_name',
  familyName: 'family_name',
  householdId: 'household_id',
  gemeenteId: 'gemeente_id',
  homeLocationId: 'home_location_id',
  language: 'language',
  otherLanguages: 'other_languages',
  digitalSkill: 'digital_skill',
  routeIndication: 'route_indication',
  migrantKind: 'migrant_kind',
  koppelingDate: 'koppeling_date',
  registrationDate: 'registration_date',
  housingDate: 'housing_date',
  pipDate: 'pip_date',
  consultantId: 'consultant_id',
  clientNumber: 'client_number',
};

/** The version of a participant's form data (migration 014); 0 when there is no such participant. */
export function participantVersion(db: Db, id: string): number {
  return (db.prepare('SELECT version FROM participants WHERE id = ?').get(id) as { version: number } | undefined)?.version ?? 0;
}

/**
 * Who last saved the participant's form data and when: the newest audit row updateParticipant
 * wrote (it writes one with every version it makes; the consultant's order of steps is not the form's).
 */
export function lastParticipantSave(db: Db, id: string): { actor: string; at: string } | null {
  const r = db
    .prepare(
      `SELECT actor, at FROM audit_log WHERE entity = 'participant' AND entity_id = ? AND action = 'update'
         AND json_type(details, '$.fields') = 'array' AND json_extract(details, '$.fields') <> '["stepOrder"]'
       ORDER BY id DESC LIMIT 1`,
    )
    .get(id) as { actor: string; at: string } | undefined;
  return r ?? null;
}

export function updateParticipant(db: Db, audit: AuditContext, id: string, patch: ParticipantPatch): string[] {
  return writeTx(db, () => {
    const before = getParticipant(db, id);
    if (!before) throw new Error(`Deelnemer ${id} bestaat niet.`);
    const { busy, ...fields } = patch;
    const changed = changedFields(before as unknown as ParticipantPatch, fields);
    for (const key of changed) {
      const col = PATCH_COLUMNS[key as keyof typeof PATCH_COLUMNS];
      const raw = fields[key as keyof typeof fields];
      const value = key === 'otherLanguages' ? JSON.stringify(raw) : (raw ?? null);
      db.prepare(`UPDATE participants SET ${col} = ? WHERE id = ?`).run(value, id);
    }
    if (busy) {
      replaceWeeklyTimes(db, { kind: 'participant', id }, busy);
      changed.push('busy');
    }
    if (changed.length === 0) return changed;
    refreshSearchText(db, id);
    // A form opened on the version before this one is now stale; the audit row says who made this one.
    db.prepare('UPDATE participants SET version = version + 1 WHERE id = ?').run(id);
    writeAudit(db, audit, 'update', 'participant', id, { fields: changed });
    return changed;
  });
}

export function deleteParticipant(db: Db, audit: AuditContext, id: string): void {
  writeTx(db, () => {
    const r = db.prepare('DELETE FROM participants WHERE id = ?').run(id);
    if (r.changes === 0) throw new Error(`Deelnemer ${id} bestaat niet.`);
    writeAudit(db, audit, 'delete', 'participant', id);
  });
}

export interface ParticipantSearchRow extends Participant {
  openDemands: DemandKind[];
}

/** Every word of the query must start a word of the folded name, id, languages or gemeente. */
export function searchParticipants(db: Db, q: { query: string; limit: number; offset: number }): { total: number; items: ParticipantSearchRow[] } {
  const tokens = queryTokens(q.query);
  const where = tokens.map(() => "p.search_text LIKE ? ESCAPE '\\'").join(' AND ');
  const args = tokens.map(likeWordPrefix);
  // An erased person is a placeholder for past counts, not someone to find.
  const whereSql = `WHERE p.erased_on IS NULL${where ? ` AND ${where}` : ''}`;
  const total = (db.prepare(`SELECT count(*) AS n FROM participants p ${whereSql}`).get(...args) as { n: number }).n;
  // Page first, then the details: the sorter would otherwise compute them for every match.
  const rows = db
    .prepare(
      `WITH page AS (
         SELECT p.id, p.family_name, p.given_name FROM participants p ${whereSql}
         ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id LIMIT ? OFFSET ?)
       SELECT ${PARTICIPANT_COLUMNS}
       FROM page JOIN participants p ON p.id = page.id JOIN gemeenten g ON g.id = p.gemeente_id
       ORDER BY page.family_name COLLATE NOCASE, page.given_name COLLATE NOCASE, page.id`,
    )
    .all(...args, q.limit, q.offset) as RawParticipant[];
  const open = new Map<string, DemandKind[]>();
  const demandRows = db
    .prepare(
      `SELECT DISTINCT d.participant_id AS p, d.kind FROM demands d
       WHERE d.participant_id IN (SELECT value FROM json_each(?)) AND d.status = 'open' ORDER BY d.participant_id, d.kind`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as { p: string; kind: DemandKind }[];
  for (const d of demandRows) open.set(d.p, [...(open.get(d.p) ?? []), d.kind]);
  return { total, items: rows.map((r) => ({ ...fromRaw(r), openDemands: open.get(r.id) ?? [] })) };
}
