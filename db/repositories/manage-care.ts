// Beheer, childcare providers with their day-parts (seats per weekday and time). A provider is
// erased when no child was ever booked there, otherwise taken out of use (active = 0). Every
// change writes its audit row in the same transaction.
import type { Db } from '../connection';
import { writeTx } from '../tx';
import { writeAudit, type AuditContext } from './audit';
import type { ChildcareKind } from '../../shared/domain/region-kinds';
import { DataRuleError } from './rule-error';
import { msg } from '../../shared/messages';
import { auditSave, bool, existing, newId, requireRef, type RemoveResult, type SaveResult } from './manage-common';
import { NO_USAGE, usageBy, usageOf, type Usage } from './region-usage';

export interface DaypartForm {
  weekday: number;
  start: string;
  end: string;
  seats: number;
}

export interface ChildcareProviderForm {
  id?: string;
  name: string;
  locationId: string;
  kind: ChildcareKind;
  ageMonthsMin: number;
  ageMonthsMax: number;
  dayparts: DaypartForm[];
  active: boolean;
}

export interface ChildcareProviderItem extends Required<ChildcareProviderForm> {
  locationName: string;
  bookings: Usage;
}

const byDayAndTime = (a: DaypartForm, b: DaypartForm) => a.weekday - b.weekday || a.start.localeCompare(b.start);

export function listProviderItems(db: Db, fromMonday: string, onlyId?: string): ChildcareProviderItem[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.location_id AS locationId, l.name AS locationName, p.kind, p.age_months_min AS ageMonthsMin,
              p.age_months_max AS ageMonthsMax, p.active
       FROM childcare_providers p JOIN locations l ON l.id = p.location_id ${onlyId === undefined ? '' : 'WHERE p.id = :id'} ORDER BY p.name, p.id`,
    )
    .all(onlyId === undefined ? {} : { id: onlyId }) as (Omit<ChildcareProviderItem, 'dayparts' | 'active' | 'bookings'> & { active: number })[];
  const parts = db
    .prepare('SELECT provider_id AS providerId, weekday, start_time AS start, end_time AS end, seats FROM childcare_dayparts ORDER BY weekday, start_time')
    .all() as (DaypartForm & { providerId: string })[];
  const usage = usageBy(db, 'childcareBookings', fromMonday, onlyId);
  return rows.map(({ active, ...p }) => {
    const bookings = usage.get(p.id) ?? NO_USAGE;
    return {
      ...p,
      dayparts: parts.filter((d) => d.providerId === p.id).map(({ providerId: _p, ...d }) => d),
      active: active === 1,
      bookings,
    };
  });
}

export function saveProvider(db: Db, audit: AuditContext, p: ChildcareProviderForm, fromMonday: string): SaveResult {
  return writeTx(db, () => {
    const before = p.id ? existing(listProviderItems(db, fromMonday, p.id)[0], 'provider') : null;
    requireRef(db, 'locations', p.locationId, 'locationId', 'chosenLocation');
    if (p.ageMonthsMax < p.ageMonthsMin) throw new DataRuleError(msg('manage.ageRange'), 'ageMonthsMax');
    const dayparts = [...p.dayparts].sort(byDayAndTime);
    for (let i = 1; i < dayparts.length; i++) {
      if (dayparts[i].weekday === dayparts[i - 1].weekday && dayparts[i].start === dayparts[i - 1].start) {
        throw new DataRuleError(msg('manage.daypartTwice'), 'dayparts');
      }
    }
    const id = before?.id ?? newId();
    const values = [p.name, p.locationId, p.kind, p.ageMonthsMin, p.ageMonthsMax, bool(p.active)];
    if (before)
      db.prepare('UPDATE childcare_providers SET name = ?, location_id = ?, kind = ?, age_months_min = ?, age_months_max = ?, active = ? WHERE id = ?').run(...values, id);
    else db.prepare('INSERT INTO childcare_providers (name, location_id, kind, age_months_min, age_months_max, active, id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(...values, id);
    db.prepare('DELETE FROM childcare_dayparts WHERE provider_id = ?').run(id);
    const add = db.prepare('INSERT INTO childcare_dayparts (provider_id, weekday, start_time, end_time, seats) VALUES (?, ?, ?, ?, ?)');
    for (const d of dayparts) add.run(id, d.weekday, d.start, d.end, d.seats);
    const { id: _id, ...fields } = p;
    return auditSave(db, audit, 'childcare_provider', id, before, {
      ...fields,
      dayparts: dayparts.map((d) => ({ weekday: d.weekday, start: d.start, end: d.end, seats: d.seats })),
    });
  });
}

export function removeProvider(db: Db, audit: AuditContext, id: string, fromMonday: string): RemoveResult {
  return writeTx(db, () => {
    const p = existing(listProviderItems(db, fromMonday, id)[0], 'provider');
    const usage = usageOf(db, 'childcareBookings', id, fromMonday);
    if (usage.future + usage.past === 0) {
      db.prepare('DELETE FROM childcare_providers WHERE id = ?').run(id);
      writeAudit(db, audit, 'delete', 'childcare_provider', id, { name: p.name });
      return { action: 'deleted', name: p.name, usage };
    }
    db.prepare('UPDATE childcare_providers SET active = 0 WHERE id = ?').run(id);
    writeAudit(db, audit, 'update', 'childcare_provider', id, { fields: ['active'], active: false, bookingsFromThisWeek: usage.future });
    return { action: 'deactivated', name: p.name, usage };
  });
}
