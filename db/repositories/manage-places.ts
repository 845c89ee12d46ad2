// Beheer, places: gemeenten, locations, travel times and rooms, as the management lists show
// them (with what uses each row) and as their forms save them. Every change writes its audit
// row in the same transaction (who and why from the AuditContext, what in the details).
//
// Removal rules (see also the contract, manage-places.ts):
// - gemeente: erased; refused while locations or participants are in it; consultants lose it.
// - location: erased with its travel times; refused while anything is at or refers to it.
// - room: erased when no session ever used it; otherwise taken out of use (active = 0).
import type { Db } from '../connection';
import { writeTx } from '../tx';
import { writeAudit, type AuditContext } from './audit';
import { listSchedules, replaceSchedule, type NotedException, type StoredPattern } from './availability';
import { msg, usesParam, type Msg } from '../../shared/messages';
import type { LocationKind } from '../../shared/domain/region-kinds';
import { SESSION_KINDS, type SessionKind } from '../../shared/domain/kinds';
import { DataRuleError } from './rule-error';
import { auditSave, bool, existing, newId, requireRef, type RemoveResult, type SaveResult } from './manage-common';
import { NO_USAGE, usageBy, usageOf, type Usage } from './region-usage';
import { refreshSearchTextInGemeente } from './participants';

// Gemeenten -----------------------------------------------------------------------------------

export interface GemeenteItem {
  id: string;
  name: string;
  locations: number;
  participants: number;
  consultants: number;
}

export function listGemeenteItems(db: Db): GemeenteItem[] {
  return db
    .prepare(
      `SELECT g.id, g.name,
              (SELECT count(*) FROM locations l WHERE l.gemeente_id = g.id) AS locations,
              (SELECT count(*) FROM participants p WHERE p.gemeente_id = g.id) AS participants,
              (SELECT count(*) FROM consultants c WHERE c.gemeente_id = g.id AND c.active = 1) AS consultants
       FROM gemeenten g ORDER BY g.name`,
    )
    .all() as GemeenteItem[];
}

export function saveGemeente(db: Db, audit: AuditContext, g: { id?: string; name: string }): SaveResult {
  return writeTx(db, () => {
    const before = g.id ? existing(db.prepare('SELECT id, name FROM gemeenten WHERE id = ?').get(g.id) as { id: string; name: string } | undefined, 'gemeente') : null;
    const clash = db.prepare('SELECT 1 FROM gemeenten WHERE lower(name) = lower(?) AND id <> ?').get(g.name, g.id ?? '');
    if (clash) throw new DataRuleError(msg('manage.nameTaken.gemeente', { name: g.name }), 'name');
    const id = before?.id ?? newId();
    if (before) db.prepare('UPDATE gemeenten SET name = ? WHERE id = ?').run(g.name, id);
    else db.prepare('INSERT INTO gemeenten (id, name) VALUES (?, ?)').run(id, g.name);
    // Participants are found by their gemeente's name too.
    if (before && before.name !== g.name) refreshSearchTextInGemeente(db, id);
    return auditSave(db, audit, 'gemeente', id, before, { name: g.name });
  });
}

/** Erases a gemeente; says what happened to the consultants who had it. */
export function removeGemeente(db: Db, audit: AuditContext, id: string): Msg {
  return writeTx(db, () => {
    const g = existing(
      listGemeenteItems(db).find((x) => x.id === id),
      'gemeente',
    );
    const uses = usesParam([
      ['location', g.locations],
      ['participant', g.participants],
    ]);
    if (uses) throw new DataRuleError(msg('manage.inUse.gemeente', { name: g.name, uses }));
    const cleared = db.prepare('UPDATE consultants SET gemeente_id = NULL WHERE gemeente_id = ?').run(id).changes;
    db.prepare('DELETE FROM gemeenten WHERE id = ?').run(id);
    writeAudit(db, audit, 'delete', 'gemeente', id, { name: g.name, consultantsCleared: cleared });
    return cleared ? msg('manage.removed.gemeente', { name: g.name, n: cleared }) : msg('manage.removed.deleted', { name: g.name });
  });
}

// Locations -----------------------------------------------------------------------------------

export interface LocationItem {
  id: string;
  name: string;
  gemeenteId: string;
  gemeente: string;
  kind: LocationKind;
  address: string | null;
  uses: { rooms: number; classes: number; schools: number; startklasIntakes: number; childcareProviders: number; participants: number };
}

export interface LocationForm {
  id?: string;
  name: string;
  gemeenteId: string;
  kind: LocationKind;
  address: string | null;
}

export function listLocationItems(db: Db): LocationItem[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.name, l.gemeente_id AS gemeenteId, g.name AS gemeente, l.kind, l.address,
              (SELECT count(*) FROM rooms r WHERE r.location_id = l.id) AS rooms,
              (SELECT count(*) FROM classes c WHERE c.location_id = l.id) AS classes,
              (SELECT count(*) FROM language_schools s WHERE s.location_id = l.id) AS schools,
              (SELECT count(*) FROM startklas_intakes i WHERE i.location_id = l.id) AS startklasIntakes,
              (SELECT count(*) FROM childcare_providers p WHERE p.location_id = l.id) AS childcareProviders,
              (SELECT count(*) FROM participants p WHERE p.home_location_id = l.id) AS participants
       FROM locations l JOIN gemeenten g ON g.id = l.gemeente_id ORDER BY l.name, l.id`,
    )
    .all() as (Omit<LocationItem, 'uses'> & LocationItem['uses'])[];
  return rows.map(({ rooms, classes, schools, startklasIntakes, childcareProviders, participants, ...l }) => ({
    ...l,
    uses: { rooms, classes, schools, startklasIntakes, childcareProviders, participants },
  }));
}

export function saveLocation(db: Db, audit: AuditContext, l: LocationForm): SaveResult {
  return writeTx(db, () => {
    const before = l.id
      ? existing(
          listLocationItems(db).find((x) => x.id === l.id),
          'location',
        )
      : null;
    requireRef(db, 'gemeenten', l.gemeenteId, 'gemeenteId', 'chosenGemeente');
    const id = before?.id ?? newId();
    if (before) db.prepare('UPDATE locations SET name = ?, gemeente_id = ?, kind = ?, address = ? WHERE id = ?').run(l.name, l.gemeenteId, l.kind, l.address, id);
    else db.prepare('INSERT INTO locations (id, name, gemeente_id, kind, address) VALUES (?, ?, ?, ?, ?)').run(id, l.name, l.gemeenteId, l.kind, l.address);
    return auditSave(db, audit, 'location', id, before, { name: l.name, gemeenteId: l.gemeenteId, kind: l.kind, address: l.address });
  });
}

/** Erases a location and its travel times; refuses while anything is at it or refers to it. */
export function removeLocation(db: Db, audit: AuditContext, id: string): Msg {
  return writeTx(db, () => {
    const l = existing(
      listLocationItems(db).find((x) => x.id === id),
      'location',
    );
    const u = l.uses;
    const uses = usesParam([
      ['room', u.rooms],
      ['class', u.classes],
      ['school', u.schools],
      ['intake', u.startklasIntakes],
      ['provider', u.childcareProviders],
      ['resident', u.participants],
    ]);
    if (uses) throw new DataRuleError(msg('manage.inUse.location', { name: l.name, uses }));
    const travel = db.prepare('DELETE FROM travel_times WHERE location_a = ? OR location_b = ?').run(id, id).changes;
    db.prepare('DELETE FROM locations WHERE id = ?').run(id);
    writeAudit(db, audit, 'delete', 'location', id, { name: l.name, travelTimesRemoved: travel });
    return travel ? msg('manage.removed.location', { name: l.name, n: travel }) : msg('manage.removed.deleted', { name: l.name });
  });
}

// Travel times --------------------------------------------------------------------------------

/** Sets the travel time between two locations, both ways; null removes it (not reachable within a day). */
export function setTravelMinutes(db: Db, audit: AuditContext, from: string, to: string, minutes: number | null): void {
  if (from === to) throw new DataRuleError(msg('manage.travelSame'), 'to');
  writeTx(db, () => {
    requireRef(db, 'locations', from, 'from', 'fromLocation');
    requireRef(db, 'locations', to, 'to', 'toLocation');
    const [a, b] = from < to ? [from, to] : [to, from];
    const before = db.prepare('SELECT minutes FROM travel_times WHERE location_a = ? AND location_b = ?').get(a, b) as { minutes: number } | undefined;
    if ((before?.minutes ?? null) === minutes) return;
    if (minutes === null) db.prepare('DELETE FROM travel_times WHERE location_a = ? AND location_b = ?').run(a, b);
    else {
      db.prepare(
        `INSERT INTO travel_times (location_a, location_b, minutes) VALUES (?, ?, ?)
         ON CONFLICT (location_a, location_b) DO UPDATE SET minutes = excluded.minutes`,
      ).run(a, b, minutes);
    }
    writeAudit(db, audit, minutes === null ? 'delete' : before ? 'update' : 'create', 'travel_time', `${a}|${b}`, { minutes });
  });
}

// Rooms ---------------------------------------------------------------------------------------

export interface RoomForm {
  id?: string;
  locationId: string;
  name: string;
  capacity: number;
  laptopsTouch: number;
  laptopsMouse: number;
  kinds: SessionKind[];
  opening: StoredPattern[];
  exceptions: NotedException[];
  active: boolean;
}

export interface RoomItem extends Required<RoomForm> {
  locationName: string;
  sessions: Usage;
}

export function listRoomItems(db: Db, fromMonday: string, onlyId?: string): RoomItem[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.name, r.location_id AS locationId, l.name AS locationName, r.capacity, r.laptops_touch AS laptopsTouch,
              r.laptops_mouse AS laptopsMouse, r.for_group_info AS g, r.for_toets AS t, r.active
       FROM rooms r JOIN locations l ON l.id = r.location_id ${onlyId === undefined ? '' : 'WHERE r.id = :id'} ORDER BY l.name, r.name`,
    )
    .all(onlyId === undefined ? {} : { id: onlyId }) as (Omit<RoomItem, 'kinds' | 'opening' | 'exceptions' | 'active' | 'sessions'> & {
    g: number;
    t: number;
    active: number;
  })[];
  const schedules = listSchedules(db, 'room');
  const usage = usageBy(db, 'roomSessions', fromMonday, onlyId);
  return rows.map(({ g, t, active, ...r }) => {
    const sessions = usage.get(r.id) ?? NO_USAGE;
    const s = schedules.get(r.id);
    return {
      ...r,
      kinds: [...(g ? (['groupInfo'] as const) : []), ...(t ? (['toets'] as const) : [])],
      opening: s?.patterns ?? [],
      exceptions: s?.exceptions ?? [],
      active: active === 1,
      sessions,
    };
  });
}

export function saveRoom(db: Db, audit: AuditContext, r: RoomForm, fromMonday: string): SaveResult {
  return writeTx(db, () => {
    const before = r.id ? existing(listRoomItems(db, fromMonday, r.id)[0], 'room') : null;
    requireRef(db, 'locations', r.locationId, 'locationId', 'chosenLocation');
    const clash = db.prepare('SELECT 1 FROM rooms WHERE location_id = ? AND lower(name) = lower(?) AND id <> ?').get(r.locationId, r.name, r.id ?? '');
    if (clash) throw new DataRuleError(msg('manage.nameTaken.room', { name: r.name }), 'name');
    const id = before?.id ?? newId();
    const values = [r.locationId, r.name, r.capacity, r.laptopsTouch, r.laptopsMouse, bool(r.kinds.includes('groupInfo')), bool(r.kinds.includes('toets')), bool(r.active)];
    if (before) {
      db.prepare(`UPDATE rooms SET location_id = ?, name = ?, capacity = ?, laptops_touch = ?, laptops_mouse = ?, for_group_info = ?, for_toets = ?, active = ? WHERE id = ?`).run(
        ...values,
        id,
      );
    } else {
      db.prepare(`INSERT INTO rooms (location_id, name, capacity, laptops_touch, laptops_mouse, for_group_info, for_toets, active, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        ...values,
        id,
      );
    }
    replaceSchedule(db, { kind: 'room', id }, { patterns: r.opening, exceptions: r.exceptions });
    const { id: _id, ...fields } = r;
    // Kinds in the order the list shows them, so a re-ordered choice is no change.
    return auditSave(db, audit, 'room', id, before, { ...fields, kinds: SESSION_KINDS.filter((k) => r.kinds.includes(k)) });
  });
}

/** Erases a room no session ever used; otherwise takes it out of use (sessions keep pointing at it). */
export function removeRoom(db: Db, audit: AuditContext, id: string, fromMonday: string): RemoveResult {
  return writeTx(db, () => {
    const room = existing(listRoomItems(db, fromMonday, id)[0], 'room');
    const usage = usageOf(db, 'roomSessions', id, fromMonday);
    if (usage.future + usage.past === 0) {
      db.prepare('DELETE FROM rooms WHERE id = ?').run(id);
      writeAudit(db, audit, 'delete', 'room', id, { name: room.name });
      return { action: 'deleted', name: room.name, usage };
    }
    db.prepare('UPDATE rooms SET active = 0 WHERE id = ?').run(id);
    writeAudit(db, audit, 'update', 'room', id, { fields: ['active'], active: false, sessionsFromThisWeek: usage.future, sessionsBefore: usage.past });
    return { action: 'deactivated', name: room.name, usage };
  });
}
