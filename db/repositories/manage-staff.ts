// Beheer, consultants and interpreters: lists with their weekly availability, exceptions and
// what uses them, and their saves. They are never erased (profiles, sessions of earlier weeks
// and the audit log name them): removing takes them out of use (active = 0), and a consultant's
// clients first go to a colleague. Every change writes its audit row in the same transaction.
import type { Db } from '../connection';
import { writeTx } from '../tx';
import { writeAudit, type AuditContext } from './audit';
import { listSchedules, replaceSchedule, type NotedException, type StoredPattern } from './availability';
import type { InterpreterMode } from '../../shared/domain/region-kinds';
import { DataRuleError } from './rule-error';
import { msg } from '../../shared/messages';
import { auditSave, bool, existing, newId, requireRef, type SaveResult } from './manage-common';
import { NO_USAGE, usageBy, usageOf, type Usage } from './region-usage';
import { updateParticipant } from './participants';

interface Scheduled {
  availability: StoredPattern[];
  exceptions: NotedException[];
}

// Consultants ---------------------------------------------------------------------------------

export interface ConsultantForm extends Scheduled {
  id?: string;
  name: string;
  languages: string[];
  toetsCertified: boolean;
  gemeenteId: string | null;
  hoursPerWeek: number | null;
  active: boolean;
}

export interface ConsultantItem extends Required<ConsultantForm> {
  gemeente: string | null;
  sessions: Usage;
  clients: number;
}

export function listConsultantItems(db: Db, fromMonday: string, onlyId?: string): ConsultantItem[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.languages, c.toets_certified AS t, c.gemeente_id AS gemeenteId, g.name AS gemeente, c.hours_per_week AS hoursPerWeek,
              c.active, (SELECT count(*) FROM participants p WHERE p.consultant_id = c.id) AS clients
       FROM consultants c LEFT JOIN gemeenten g ON g.id = c.gemeente_id ${onlyId === undefined ? '' : 'WHERE c.id = :id'} ORDER BY c.name, c.id`,
    )
    .all(onlyId === undefined ? {} : { id: onlyId }) as {
    id: string;
    name: string;
    languages: string;
    t: number;
    gemeenteId: string | null;
    gemeente: string | null;
    hoursPerWeek: number | null;
    active: number;
    clients: number;
  }[];
  const schedules = listSchedules(db, 'consultant');
  const usage = usageBy(db, 'consultantSessions', fromMonday, onlyId);
  return rows.map(({ t, languages, active, ...c }) => {
    const sessions = usage.get(c.id) ?? NO_USAGE;
    return {
      ...c,
      languages: JSON.parse(languages) as string[],
      toetsCertified: t === 1,
      availability: schedules.get(c.id)?.patterns ?? [],
      exceptions: schedules.get(c.id)?.exceptions ?? [],
      active: active === 1,
      sessions,
    };
  });
}

export function saveConsultant(db: Db, audit: AuditContext, c: ConsultantForm, fromMonday: string): SaveResult {
  return writeTx(db, () => {
    const before = c.id ? existing(listConsultantItems(db, fromMonday, c.id)[0], 'consultant') : null;
    if (c.gemeenteId !== null) requireRef(db, 'gemeenten', c.gemeenteId, 'gemeenteId', 'chosenGemeente');
    if (before?.active && !c.active && before.clients > 0) {
      throw new DataRuleError(msg('manage.consultant.hasClients', { name: before.name, n: before.clients }), 'active');
    }
    const id = before?.id ?? newId();
    const values = [c.name, JSON.stringify(c.languages), bool(c.toetsCertified), c.gemeenteId, c.hoursPerWeek, bool(c.active)];
    if (before) db.prepare('UPDATE consultants SET name = ?, languages = ?, toets_certified = ?, gemeente_id = ?, hours_per_week = ?, active = ? WHERE id = ?').run(...values, id);
    else db.prepare('INSERT INTO consultants (name, languages, toets_certified, gemeente_id, hours_per_week, active, id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(...values, id);
    replaceSchedule(db, { kind: 'consultant', id }, { patterns: c.availability, exceptions: c.exceptions });
    const { id: _id, ...fields } = c;
    return auditSave(db, audit, 'consultant', id, before, fields);
  });
}

export interface StaffRemoveResult {
  name: string;
  usage: Usage;
  clientsMoved: number;
}

/**
 * Takes a consultant out of use. Clients go to `transferTo` (each move audited as a change of
 * the participant); without it, a consultant with clients is refused.
 */
export function deactivateConsultant(db: Db, audit: AuditContext, id: string, fromMonday: string, transferTo?: string): StaffRemoveResult {
  return writeTx(db, () => {
    const c = existing(listConsultantItems(db, fromMonday, id)[0], 'consultant');
    let moved = 0;
    if (c.clients > 0) {
      if (!transferTo) throw new DataRuleError(msg('manage.consultant.chooseSuccessor', { name: c.name, n: c.clients }), 'transferClientsTo');
      const to = listConsultantItems(db, fromMonday, transferTo)[0];
      if (!to || !to.active || to.id === id) throw new DataRuleError(msg('manage.consultant.successorInvalid'), 'transferClientsTo');
      for (const p of db.prepare('SELECT id FROM participants WHERE consultant_id = ?').all(id) as { id: string }[]) {
        updateParticipant(db, audit, p.id, { consultantId: to.id });
        moved++;
      }
    }
    db.prepare('UPDATE consultants SET active = 0 WHERE id = ?').run(id);
    writeAudit(db, audit, 'update', 'consultant', id, { fields: ['active'], active: false, clientsMoved: moved, sessionsFromThisWeek: c.sessions.future });
    return { name: c.name, usage: c.sessions, clientsMoved: moved };
  });
}

// Interpreters --------------------------------------------------------------------------------

export interface InterpreterForm extends Scheduled {
  id?: string;
  name: string;
  languages: string[];
  costPerHour: number;
  agency: string | null;
  mode: InterpreterMode;
  active: boolean;
}

export interface InterpreterItem extends Required<InterpreterForm> {
  sessions: Usage;
}

export function listInterpreterItems(db: Db, fromMonday: string, onlyId?: string): InterpreterItem[] {
  const rows = db
    .prepare(
      `SELECT id, name, languages, cost_per_hour AS costPerHour, agency, mode, active FROM interpreters
       ${onlyId === undefined ? '' : 'WHERE id = :id'} ORDER BY name, id`,
    )
    .all(onlyId === undefined ? {} : { id: onlyId }) as (Omit<InterpreterItem, 'languages' | 'active' | 'availability' | 'exceptions' | 'sessions'> & {
    languages: string;
    active: number;
  })[];
  const schedules = listSchedules(db, 'interpreter');
  const usage = usageBy(db, 'interpreterSessions', fromMonday, onlyId);
  return rows.map(({ languages, active, ...t }) => {
    const sessions = usage.get(t.id) ?? NO_USAGE;
    return {
      ...t,
      languages: JSON.parse(languages) as string[],
      availability: schedules.get(t.id)?.patterns ?? [],
      exceptions: schedules.get(t.id)?.exceptions ?? [],
      active: active === 1,
      sessions,
    };
  });
}

export function saveInterpreter(db: Db, audit: AuditContext, t: InterpreterForm, fromMonday: string): SaveResult {
  return writeTx(db, () => {
    const before = t.id ? existing(listInterpreterItems(db, fromMonday, t.id)[0], 'interpreter') : null;
    const id = before?.id ?? newId();
    const values = [t.name, JSON.stringify(t.languages), t.costPerHour, t.agency, t.mode, bool(t.active)];
    if (before) db.prepare('UPDATE interpreters SET name = ?, languages = ?, cost_per_hour = ?, agency = ?, mode = ?, active = ? WHERE id = ?').run(...values, id);
    else db.prepare('INSERT INTO interpreters (name, languages, cost_per_hour, agency, mode, active, id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(...values, id);
    replaceSchedule(db, { kind: 'interpreter', id }, { patterns: t.availability, exceptions: t.exceptions });
    const { id: _id, ...fields } = t;
    return auditSave(db, audit, 'interpreter', id, before, fields);
  });
}

export function deactivateInterpreter(db: Db, audit: AuditContext, id: string, fromMonday: string): StaffRemoveResult {
  return writeTx(db, () => {
    const t = existing(listInterpreterItems(db, fromMonday, id)[0], 'interpreter');
    const usage = usageOf(db, 'interpreterSessions', id, fromMonday);
    db.prepare('UPDATE interpreters SET active = 0 WHERE id = ?').run(id);
    writeAudit(db, audit, 'update', 'interpreter', id, { fields: ['active'], active: false, sessionsFromThisWeek: usage.future });
    return { name: t.name, usage, clientsMoved: 0 };
  });
}
