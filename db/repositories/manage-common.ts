// What the management repositories (manage-*.ts) share: new ids, the audit row of a save, the
// names of what a row refers to, and the checks that refuse with a message on a form field.
import { randomUUID } from 'node:crypto';
import type { Db } from '../connection';
import { changedFields, writeAudit, type AuditContext } from './audit';
import { DataRuleError } from './rule-error';
import { goneMsg, refGoneMsg, type ManageThing } from '../../shared/messages';
import type { Usage } from './region-usage';

/** Ids of new rows are random, so no one can guess the next one. */
export function newId(): string {
  return randomUUID();
}

export interface SaveResult {
  id: string;
  created: boolean;
  /** The fields that changed (all of them for a new row). */
  fields: string[];
}

/** What removing a row that plans may point at did: erased it, or took it out of use. */
export interface RemoveResult {
  action: 'deleted' | 'deactivated';
  name: string;
  usage: Usage;
}

/**
 * Writes the audit row of a save: 'create' with the fields set, or 'update' with the fields that
 * changed (names only). An update that changes nothing writes nothing.
 */
export function auditSave<T extends object>(db: Db, audit: AuditContext, entity: string, id: string, before: T | null, after: Partial<T>): SaveResult {
  const fields = before === null ? Object.keys(after).filter((k) => k !== 'id') : changedFields(before, after);
  if (before === null) writeAudit(db, audit, 'create', entity, id, { fields: fields.sort() });
  else if (fields.length > 0) writeAudit(db, audit, 'update', entity, id, { fields });
  return { id, created: before === null, fields };
}

/** The row of an update, or a not-found error naming what it was ("Deze ruimte bestaat niet (meer)."). */
export function existing<T>(row: T | undefined | null, what: ManageThing): T {
  if (row === undefined || row === null) throw new DataRuleError(goneMsg(what), 'id', 'not_found');
  return row;
}

/** Refuses a reference to a row that does not exist, on the field that chose it. */
export function requireRef(db: Db, table: 'gemeenten' | 'locations' | 'language_schools' | 'consultants', id: string, field: string, what: ManageThing): void {
  const found = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id);
  if (!found) throw new DataRuleError(refGoneMsg(what), field, 'not_found');
}

export const bool = (b: boolean) => (b ? 1 : 0);
