import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { MIGRATIONS, migrate } from '../migrations';
import { seedDemoRegion } from '../seed/demo-region';
import { listAudit } from './audit';
import { getRegion, listGemeenten } from './region';
import { createOwnRegion, gemeenteIdOf, plannerRunning, removeDemoRegion, setupState } from './setup';
import { rowCountsByTable } from './test-helpers';
import { finishRun, insertRun } from './planner-runs';

const audit = (purpose = 'test') => ({ actor: 'coördinator', purpose, now: () => '2026-11-25T10:00:00' });

function demo(): Db {
  const db = openDatabase(':memory:');
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: '2026-11-23', participants: 30 });
  return db;
}

describe('setup state', () => {
  it('is needed without a region, demo for the seeded demo, own for an own region', () => {
    const db = openDatabase(':memory:');
    expect(setupState(db)).toBe('needed');
    expect(setupState(demo())).toBe('demo');
    createOwnRegion(db, audit(), { name: 'Rivierenland', gemeenten: ['Tiel'] });
    expect(setupState(db)).toBe('own');
  });
});

describe('createOwnRegion', () => {
  it('stores the region with default settings and its gemeenten, and audits it', () => {
    const db = openDatabase(':memory:');
    const gemeenten = createOwnRegion(db, audit('Eigen regio ingericht'), { name: 'Rivierenland', gemeenten: ['Tiel', 'West Betuwe', "'s-Hertogenbosch", 'Súdwest-Fryslân'] });
    expect(gemeenten.map((g) => g.id)).toEqual(['G-tiel', 'G-west-betuwe', 'G-s-hertogenbosch', 'G-sudwest-fryslan']);
    const region = getRegion(db)!;
    expect(region).toMatchObject({ name: 'Rivierenland', isDemo: false, slotMinutes: 15, dayStart: '08:30', dayEnd: '17:00', workingDays: 5 });
    expect(region.groupInfo).toEqual({ minutes: 120, minSize: 3, maxSize: 12 });
    expect(listGemeenten(db).map((g) => g.name)).toEqual(["'s-Hertogenbosch", 'Súdwest-Fryslân', 'Tiel', 'West Betuwe']);
    expect(listAudit(db, { entity: 'region' })).toEqual([
      expect.objectContaining({
        actor: 'coördinator',
        action: 'create',
        purpose: 'Eigen regio ingericht',
        details: { name: 'Rivierenland', demo: false, gemeenten: gemeenten.map((g) => g.name) },
      }),
    ]);
  });

  it('refuses a second region and leaves the first as it was', () => {
    const db = openDatabase(':memory:');
    createOwnRegion(db, audit(), { name: 'Rivierenland', gemeenten: ['Tiel'] });
    expect(() => createOwnRegion(db, audit(), { name: 'Anders', gemeenten: ['Buren'] })).toThrow(/al een regio/);
    expect(getRegion(db)?.name).toBe('Rivierenland');
    expect(listGemeenten(db).map((g) => g.name)).toEqual(['Tiel']);
    expect(listAudit(db, { entity: 'region' })).toHaveLength(1);
  });

  it('makes distinct gemeente ids for names that look alike', () => {
    const taken = new Set(['G-tiel']);
    expect(gemeenteIdOf('Tiel', taken)).toBe('G-tiel-2');
    expect(gemeenteIdOf('???', new Set())).toBe('G-gemeente');
  });
});

describe('removeDemoRegion', () => {
  it('empties every table except the audit log, in one step, and records the removal', () => {
    const db = demo();
    insertRun(db, { id: 'run-1', weekStart: '2026-11-23', seed: 1, timeLimitMs: 1000, startedAt: '2026-11-25T09:00:00' });
    finishRun(db, 'run-1', { state: 'done', finishedAt: '2026-11-25T09:01:00' });
    const before = rowCountsByTable(db);
    expect(before.participants).toBeGreaterThan(0);
    expect(before.sessions).toBeGreaterThan(0);
    expect(before.planner_runs).toBe(1);
    const lastDemoRow = listAudit(db, { limit: 1 })[0]!.id;

    const removed = removeDemoRegion(db, audit('Demoregio verwijderd'));
    expect(removed.name).toBe('Regio Alblasserwaard-Vijfheerenlanden');
    expect(removed.counts.participants).toBe(30);

    const after = rowCountsByTable(db);
    for (const [table, n] of Object.entries(after)) {
      if (table === 'audit_log') expect(n, table).toBe(before.audit_log + 1);
      else expect(n, table).toBe(0);
    }
    expect(setupState(db)).toBe('needed');
    const row = listAudit(db, { entity: 'region' })[0]!;
    expect(row).toMatchObject({ action: 'delete', purpose: 'Demoregio verwijderd', details: { name: removed.name, demo: true, demoAuditRows: { from: 1, to: lastDemoRow } } });
    expect((row.details as { counts: { participants: number } }).counts.participants).toBe(30);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('counts the audit rows of a later demo from after the earlier removal', () => {
    const db = demo();
    removeDemoRegion(db, audit());
    const firstRemoval = listAudit(db, { limit: 1 })[0]!.id;
    seedDemoRegion(db, { seed: 1, anchorWeekStart: '2026-11-30', participants: 10 });
    removeDemoRegion(db, audit());
    const second = listAudit(db, { entity: 'region', limit: 1 })[0]!;
    expect(second.details).toMatchObject({ demoAuditRows: { from: firstRemoval + 1, to: second.id - 1 } });
  });

  it('refuses an own region and an empty database', () => {
    const db = openDatabase(':memory:');
    expect(() => removeDemoRegion(db, audit())).toThrow(/geen regio/);
    createOwnRegion(db, audit(), { name: 'Rivierenland', gemeenten: ['Tiel'] });
    expect(() => removeDemoRegion(db, audit())).toThrow(/Alleen de demoregio/);
    expect(getRegion(db)?.name).toBe('Rivierenland');
  });

  it('sees a planner run that is still going', () => {
    const db = demo();
    expect(plannerRunning(db)).toBe(false);
    insertRun(db, { id: 'run-1', weekStart: '2026-11-23', seed: 1, timeLimitMs: 1000, startedAt: '2026-11-25T09:00:00' });
    expect(plannerRunning(db)).toBe(true);
  });
});

describe('migration 007', () => {
  function atVersion6(regionName: string | null): Database.Database {
    const raw = new Database(':memory:');
    migrate(raw, MIGRATIONS.slice(0, 6));
    if (regionName) raw.prepare('INSERT INTO region (id, name) VALUES (1, ?)').run(regionName);
    migrate(raw);
    return raw;
  }

  it('marks the demo region that earlier versions seeded as the demo, any other name as own', () => {
    expect(getRegion(atVersion6('Regio Alblasserwaard-Vijfheerenlanden'))?.isDemo).toBe(true);
    expect(getRegion(atVersion6('Regio Rivierenland'))?.isDemo).toBe(false);
    expect(setupState(atVersion6(null))).toBe('needed');
  });
});
