import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../migrations';
import { listAudit, purgeAuditBefore, writeAudit } from './audit';
import { testAudit, tinyRegion } from './test-helpers';

describe('audit log', () => {
  it('stores times in UTC, converted from Amsterdam time', () => {
    const db = tinyRegion();
    writeAudit(db, { actor: 'a', purpose: 'p', now: () => '2026-07-01T09:30:00' }, 'view', 'participant', 'P1');
    writeAudit(db, { actor: 'a', purpose: 'p', now: () => '2026-12-01T09:30:00' }, 'view', 'participant', 'P2');
    expect(listAudit(db, { entity: 'participant' }).map((r) => r.at)).toEqual(['2026-12-01T08:30:00Z', '2026-07-01T07:30:00Z']);
  });

  it('cannot be updated or deleted, except by the retention job, which records itself', () => {
    const db = tinyRegion();
    const ctx = { actor: 'bewaartermijn', purpose: 'bewaartermijn auditlog', now: () => '2026-12-02T03:00:00' };
    writeAudit(db, { ...ctx, now: () => '2024-01-05T10:00:00' }, 'view', 'participant', 'OLD');
    writeAudit(db, { ...ctx, now: () => '2026-11-30T10:00:00' }, 'view', 'participant', 'NEW');
    expect(() => db.prepare("DELETE FROM audit_log WHERE entity_id = 'OLD'").run()).toThrow(/kunnen niet worden verwijderd/);
    expect(() => db.prepare("UPDATE audit_log SET at = '2020-01-01T00:00:00Z'").run()).toThrow(/kan niet worden gewijzigd/);
    expect(purgeAuditBefore(db, ctx, '2025-01-01T00:00:00Z')).toBe(1);
    const ids = listAudit(db, { limit: 10_000 }).map((r) => r.entityId);
    expect(ids).not.toContain('OLD');
    expect(ids).toContain('NEW');
    expect(listAudit(db, { entity: 'audit_log' })[0]).toMatchObject({ action: 'delete', actor: 'bewaartermijn', details: { deleted: 1 } });
    expect(db.prepare('SELECT actor, deleted, active FROM audit_retention_runs').all()).toEqual([{ actor: 'bewaartermijn', deleted: 1, active: 0 }]);
    // After the job the block is back.
    expect(() => db.prepare("DELETE FROM audit_log WHERE entity_id = 'NEW'").run()).toThrow(/kunnen niet worden verwijderd/);
    expect(() => db.prepare('DELETE FROM audit_retention_runs').run()).toThrow();
  });

  it('migration 006 converts earlier local times to UTC and keeps ids', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 5));
    db.prepare("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, purpose) VALUES (7, '2026-10-25T02:30:00', 'x', 'view', 'participant', 'P1', 'p')").run();
    db.prepare("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, purpose) VALUES (9, '2026-12-02T09:00:00', 'x', 'update', 'participant', 'P1', 'p')").run();
    migrate(db);
    expect(db.prepare('SELECT id, at FROM audit_log ORDER BY id').all()).toEqual([
      { id: 7, at: '2026-10-25T00:30:00Z' },
      { id: 9, at: '2026-12-02T08:00:00Z' },
    ]);
    // The new row continues after the old ids.
    writeAudit(db, testAudit(), 'view', 'participant', 'P2');
    expect((db.prepare('SELECT max(id) AS m FROM audit_log').get() as { m: number }).m).toBe(10);
    db.close();
  });
});
