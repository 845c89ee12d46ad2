// Beheer, the region's planning settings (the one region row). Audited like every change.
import type { Db } from '../connection';
import { writeTx } from '../tx';
import type { AuditContext } from './audit';
import { getRegion, type RegionSettings } from './region';
import { auditSave, existing, type SaveResult } from './manage-common';

export function saveRegionSettings(db: Db, audit: AuditContext, s: Omit<RegionSettings, 'isDemo'>): SaveResult {
  return writeTx(db, () => {
    const before = existing(getRegion(db), 'region');
    db.prepare(
      `UPDATE region SET name = ?, slot_minutes = ?, day_start = ?, day_end = ?, working_days = ?, group_info_minutes = ?, group_info_min_size = ?,
         group_info_max_size = ?, toets_minutes = ?, toets_max_size = ?, weights = ? WHERE id = 1`,
    ).run(
      s.name,
      s.slotMinutes,
      s.dayStart,
      s.dayEnd,
      s.workingDays,
      s.groupInfo.minutes,
      s.groupInfo.minSize,
      s.groupInfo.maxSize,
      s.toets.minutes,
      s.toets.maxSize,
      JSON.stringify(s.weights),
    );
    return auditSave(db, audit, 'region', 'region', before, s);
  });
}
