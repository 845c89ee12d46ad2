// Migration 011 on a demo database seeded before the demo's gezinsmigranten had a registration date.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedDemoRegion } from '../seed/demo-region';
import { listParticipants } from '../repositories/participants';
import { listAudit } from '../repositories/audit';
import { MIGRATIONS, migrate, schemaVersion } from './index';

function olderDemo(isDemo: boolean) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: '2026-11-23' });
  // As the demo was seeded before 011: no registration dates.
  db.exec("UPDATE participants SET registration_date = NULL WHERE migrant_kind = 'gezinsmigrant'");
  if (!isDemo) db.exec('UPDATE region SET is_demo = 0');
  db.pragma('user_version = 10');
  return db;
}

describe('migration 011 (demo registration dates)', () => {
  it("gives the demo's gezinsmigranten their registration on arrival, audited", () => {
    const db = olderDemo(true);
    expect(migrate(db, MIGRATIONS.slice(0, 11))).toEqual([11]);
    expect(schemaVersion(db)).toBe(11);
    const migrants = listParticipants(db).filter((p) => p.migrantKind === 'gezinsmigrant');
    expect(migrants.length).toBeGreaterThan(0);
    for (const p of migrants) expect(p.registrationDate).toBe(p.housingDate);
    const audited = new Set(
      listAudit(db)
        .filter((a) => a.actor === 'migratie 011')
        .map((a) => a.entityId),
    );
    expect(audited).toEqual(new Set(migrants.map((p) => p.id)));
    expect(
      listParticipants(db)
        .filter((p) => p.migrantKind === 'statushouder')
        .every((p) => p.registrationDate === null),
    ).toBe(true);
    db.close();
  });

  it('leaves an own region alone: a missing date there is for the consultant to fill in', () => {
    const db = olderDemo(false);
    expect(migrate(db, MIGRATIONS.slice(0, 11))).toEqual([11]);
    expect(listParticipants(db).every((p) => p.registrationDate === null)).toBe(true);
    db.close();
  });
});
