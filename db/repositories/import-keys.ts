// The keys of the Excel import and export (issue 11): a participant's `Clientnummer` and a
// household's code, and the region's people as the templates write them. A household without
// a code of its own is known in the files by its id, so an export comes back to the same rows.
import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';
import type { DemandKind } from '../../shared/domain/kinds';
import { writeAudit, type AuditContext } from './audit';

/**
 * Clientnummer (or id, for someone entered in the app without one, as the export writes it) →
 * participant id. Erased people are left out: their number is gone.
 */
export function participantsByClientNumber(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT coalesce(client_number, id) AS k, id FROM participants WHERE erased_on IS NULL').all() as { k: string; id: string }[];
  return new Map(rows.map((r) => [r.k, r.id]));
}

/** Household code (or id, for one without a code) → household id. */
export function householdsByCode(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT coalesce(code, id) AS k, id FROM households').all() as { k: string; id: string }[];
  return new Map(rows.map((r) => [r.k, r.id]));
}

export function setClientNumber(db: Db, audit: AuditContext, participantId: string, clientNumber: string): void {
  const r = db.prepare('UPDATE participants SET client_number = ? WHERE id = ? AND client_number IS NOT ?').run(clientNumber, participantId, clientNumber);
  if (r.changes > 0) writeAudit(db, audit, 'update', 'participant', participantId, { fields: ['clientNumber'] });
}

export function setHouseholdCode(db: Db, audit: AuditContext, householdId: string, code: string): void {
  const r = db.prepare('UPDATE households SET code = ? WHERE id = ? AND code IS NOT ?').run(code, householdId, code);
  if (r.changes > 0) writeAudit(db, audit, 'update', 'household', householdId, { fields: ['code'] });
}

export interface ExportParticipantRow {
  id: string;
  clientNumber: string;
  givenName: string;
  familyName: string;
  gemeente: string;
  migrantKind: 'statushouder' | 'gezinsmigrant';
  koppelingDate: string | null;
  registrationDate: string | null;
  housingDate: string | null;
  language: string;
  otherLanguages: string[];
  digitalSkill: 'none' | 'basic' | 'good';
  routeIndication: string | null;
  householdCode: string | null;
  consultant: string | null;
  homeLocation: string | null;
}

/** The region's participants in the template's terms (not erased, trajectory not ended), by client number. */
export function participantsForExport(db: Db): ExportParticipantRow[] {
  const rows = db
    .prepare(
      `SELECT p.id, coalesce(p.client_number, p.id) AS clientNumber, p.given_name AS givenName, p.family_name AS familyName, g.name AS gemeente,
              p.migrant_kind AS migrantKind, p.koppeling_date AS koppelingDate, p.registration_date AS registrationDate, p.housing_date AS housingDate,
              p.language, p.other_languages AS otherLanguages, p.digital_skill AS digitalSkill, p.route_indication AS routeIndication,
              coalesce(h.code, h.id) AS householdCode, c.name AS consultant, l.name AS homeLocation
         FROM participants p JOIN gemeenten g ON g.id = p.gemeente_id LEFT JOIN locations l ON l.id = p.home_location_id
         LEFT JOIN households h ON h.id = p.household_id LEFT JOIN consultants c ON c.id = p.consultant_id
        WHERE p.erased_on IS NULL AND p.ended_on IS NULL
        ORDER BY clientNumber`,
    )
    .all() as (Omit<ExportParticipantRow, 'otherLanguages'> & { otherLanguages: string })[];
  return rows.map((r) => ({ ...r, otherLanguages: JSON.parse(r.otherLanguages) as string[] }));
}

export interface ExportChildRow {
  id: string;
  householdCode: string;
  givenName: string;
  birthDate: string;
}

/** Children of the households that have an exported participant. */
export function childrenForExport(db: Db): ExportChildRow[] {
  return db
    .prepare(
      `SELECT k.id, coalesce(h.code, h.id) AS householdCode, k.given_name AS givenName, k.birth_date AS birthDate
         FROM children k JOIN households h ON h.id = k.household_id
        WHERE EXISTS (SELECT 1 FROM participants p WHERE p.household_id = h.id AND p.erased_on IS NULL AND p.ended_on IS NULL)
        ORDER BY householdCode, k.birth_date, k.id`,
    )
    .all() as ExportChildRow[];
}

// Prepared once per connection: an import adds thousands of steps.
const stepInserts = new WeakMap<Db, Statement>();

/**
 * A new participant's first steps, ranked 0, 1, ... in this order, each with its audit row: what
 * addStep writes for a participant without steps, without preparing its statements per step.
 */
export function addFirstSteps(
  db: Db,
  audit: AuditContext,
  participantId: string,
  steps: readonly { kind: DemandKind; schoolId: string | null; earliestDate: string; dueDate: string | null }[],
): void {
  let st = stepInserts.get(db);
  if (!st) {
    st = db.prepare("INSERT INTO demands (id, participant_id, kind, school_id, earliest_date, due_date, status, done_on, rank) VALUES (?, ?, ?, ?, ?, ?, 'open', NULL, ?)");
    stepInserts.set(db, st);
  }
  steps.forEach((s, rank) => {
    const id = randomUUID();
    st.run(id, participantId, s.kind, s.schoolId, s.earliestDate, s.dueDate, rank);
    writeAudit(db, audit, 'create', 'demand', id, { participantId, kind: s.kind });
  });
}
