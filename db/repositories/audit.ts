// The audit log of personal data: every change to a participant, household, child or booking
// writes a row in the same transaction as the change, so there is no change without a trace.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';
import { writeTx } from '../tx';
import { unstamped } from './change-stamp';
import { amsterdamToUtc, utcToAmsterdam } from '../../shared/domain/amsterdam-time';

export interface AuditContext {
  /** Who: a user name or a process such as 'demo-seed'. */
  actor: string;
  /** Why, in the user's words (AVG: purpose of processing). */
  purpose: string;
  /**
   * Timestamp 'YYYY-MM-DDTHH:MM:SS' in Amsterdam wall-clock time; injected so tests and the seed
   * are deterministic. Stored in UTC ('…Z', see amsterdamToUtc).
   */
  now: () => string;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'view' | 'export' | 'refused';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  purpose: string;
  details: unknown;
}

export function writeAudit(db: Db, ctx: AuditContext, action: AuditAction, entity: string, entityId: string, details?: unknown): void {
  if (!ctx.actor.trim()) throw new Error('Auditlog: onbekend wie de wijziging doet (actor is leeg).');
  if (!ctx.purpose.trim()) throw new Error(`Auditlog: geen doel opgegeven voor ${action} van ${entity} ${entityId}.`);
  // A read's 'view' row leaves the caches of the week valid (change-stamp.ts).
  unstamped(db, () => insertStatement(db).run(utcOf(ctx.now()), ctx.actor, action, entity, entityId, ctx.purpose, details === undefined ? null : JSON.stringify(details)));
}

// A read logs many rows with one timestamp: convert each distinct time once.
let lastLocal = '';
let lastUtc = '';
function utcOf(local: string): string {
  if (local !== lastLocal) {
    lastLocal = local;
    lastUtc = local.endsWith('Z') ? local : amsterdamToUtc(local);
  }
  return lastUtc;
}

// Prepared once per connection: preparing per row cost more than the insert itself when a read
// logs a whole region.
const inserts = new WeakMap<Db, Statement>();

function insertStatement(db: Db): Statement {
  let st = inserts.get(db);
  if (!st) {
    st = db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, purpose, details) VALUES (?, ?, ?, ?, ?, ?, ?)');
    inserts.set(db, st);
  }
  return st;
}

const viewQueries = new WeakMap<Db, Statement>();

/**
 * Whether this actor already has a 'view' row for the participant with this purpose at or after
 * `since`. Prepared once per connection: a read of a whole week asks it for every person.
 */
export function viewedSince(db: Db, participantId: string, actor: string, purpose: string, since: string): boolean {
  let st = viewQueries.get(db);
  if (!st) {
    st = db.prepare(`SELECT 1 FROM audit_log WHERE entity = 'participant' AND entity_id = ? AND action = 'view' AND actor = ? AND purpose = ? AND at >= ? LIMIT 1`);
    viewQueries.set(db, st);
  }
  return st.get(participantId, actor, purpose, since) !== undefined;
}

export function listAudit(db: Db, filter: { entity?: string; entityId?: string; limit?: number } = {}): AuditRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.entity) {
    where.push('entity = ?');
    args.push(filter.entity);
  }
  if (filter.entityId) {
    where.push('entity_id = ?');
    args.push(filter.entityId);
  }
  const sql = `SELECT id, at, actor, action, entity, entity_id AS entityId, purpose, details FROM audit_log
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...args, filter.limit ?? 1000) as (Omit<AuditRow, 'details'> & { details: string | null })[];
  return rows.map((r) => ({ ...r, details: r.details === null ? null : JSON.parse(r.details) }));
}

/**
 * Names of the fields that differ between two versions of a record: what an 'update' row
 * records. Only names, not values: the log must not become a second copy of personal data.
 */
export function changedFields<T extends object>(before: T, after: Partial<T>): string[] {
  return (Object.keys(after) as (keyof T)[]).filter((key) => after[key] !== undefined && JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(String);
}

/**
 * The only way rows leave the audit log: the retention job (erasure rules) removes rows older
 * than `cutoffUtc`, recording its own run in audit_retention_runs and in the log itself, in one
 * transaction. The database refuses any other DELETE (migration 006).
 */
export function purgeAuditBefore(db: Db, ctx: AuditContext, cutoffUtc: string): number {
  return writeTx(db, () => {
    const at = utcOf(ctx.now());
    const run = db.prepare('INSERT INTO audit_retention_runs (at, actor, cutoff, active) VALUES (?, ?, ?, 1)').run(at, ctx.actor, cutoffUtc);
    const deleted = db.prepare('DELETE FROM audit_log WHERE at < ?').run(cutoffUtc).changes;
    db.prepare('UPDATE audit_retention_runs SET active = 0, deleted = ? WHERE id = ?').run(deleted, run.lastInsertRowid);
    writeAudit(db, ctx, 'delete', 'audit_log', String(run.lastInsertRowid), { cutoff: cutoffUtc, deleted });
    return deleted;
  });
}

/**
 * The day (Amsterdam) the participant was put on the list for group information for this open
 * step: the latest row groupInfo.enlist wrote when no session had a seat (a row from before rows
 * named their step counts for any); null when not on the list.
 */
export function groupInfoListedOn(db: Db, participantId: string, demandId: string): string | null {
  const row = db
    .prepare(
      `SELECT at FROM audit_log WHERE entity = 'participant' AND entity_id = ? AND action = 'update'
          AND json_extract(details, '$.list') = 'groupInfo' AND coalesce(json_extract(details, '$.demandId'), ?) = ?
        ORDER BY id DESC LIMIT 1`,
    )
    .get(participantId, demandId, demandId) as { at: string } | undefined;
  return row ? utcToAmsterdam(row.at).slice(0, 10) : null;
}

/** The last recorded change (create, update, delete) of one row: its audit id is the row's stamp. */
export function lastChangeOf(db: Db, entity: string, entityId: string): { id: number; actor: string; at: string } | null {
  const row = db
    .prepare("SELECT id, actor, at FROM audit_log WHERE entity = ? AND entity_id = ? AND action IN ('create', 'update', 'delete') ORDER BY id DESC LIMIT 1")
    .get(entity, entityId) as { id: number; actor: string; at: string } | undefined;
  return row ?? null;
}

/** The stamps (last change's audit id) of all rows of one kind, for a list a form is opened from. */
export function changeStampsOf(db: Db, entity: string): Map<string, number> {
  const rows = db
    .prepare("SELECT entity_id AS id, MAX(id) AS stamp FROM audit_log WHERE entity = ? AND action IN ('create', 'update', 'delete') GROUP BY entity_id")
    .all(entity) as { id: string; stamp: number }[];
  return new Map(rows.map((r) => [r.id, r.stamp]));
}
