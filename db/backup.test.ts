import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabaseFile, DatabaseTooNewError, DatabaseUnreadableError, openDatabase, type Db } from './connection';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from './migrations';
import { autoBackups, backupDatabase, dailyBackup, listBackups, restoreDatabase, restoreIntoOpen } from './backup';
import { deleteAuthSession, getAuthSession, insertAccount, insertAuthSession } from './repositories/accounts';
import { listParticipants } from './repositories/participants';
import { corruptPages, markNewerSchema, regionName, touchRegion } from './repositories/test-helpers-backup';
import { seedDemoRegion } from './seed/demo-region';

const open: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function demoFolder(): { dir: string; file: string; db: Db } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-backup-'));
  dirs.push(dir);
  const file = path.join(dir, 'keten-planner.sqlite');
  const db = openDatabase(file);
  open.push(db);
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: '2026-11-23' });
  return { dir, file, db };
}

const write = (file: string, offset: number, bytes: Buffer) => {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, bytes, 0, bytes.length, offset);
  fs.closeSync(fd);
};

describe('backup and restore', () => {
  it('backs up while another connection writes, and the copy is whole', async () => {
    const { dir, file, db } = demoFolder();
    const original = regionName(db);
    const other = openDatabase(file);
    open.push(other);
    let n = 0;
    let running = true;
    const load = (async () => {
      while (running) {
        touchRegion(other, ++n);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const copy = path.join(dir, 'kopie.sqlite');
    await backupDatabase(db, copy);
    running = false;
    await load;
    expect(n).toBeGreaterThan(0);
    expect(checkDatabaseFile(copy)).toBe(LATEST_SCHEMA_VERSION);
    const back = openDatabase(copy);
    open.push(back);
    expect(listParticipants(back)).toHaveLength(listParticipants(db).length);
    // A state the database really had: before the load, or after one of its writes.
    expect([original, ...Array.from({ length: n }, (_, i) => `Regio ${i + 1}`)]).toContain(regionName(back));
  });

  it('keeps one automatic backup a day, the last 14', async () => {
    const { dir, db } = demoFolder();
    for (let d = 1; d <= 16; d++) expect(await dailyBackup(db, dir, `2026-11-${String(d).padStart(2, '0')}`)).not.toBeNull();
    expect(await dailyBackup(db, dir, '2026-11-16')).toBeNull();
    const kept = autoBackups(dir).map((f) => path.basename(f));
    expect(kept).toHaveLength(14);
    expect(kept[0]).toBe('automatisch-2026-11-03.sqlite');
    expect(kept[13]).toBe('automatisch-2026-11-16.sqlite');
  });

  it('restores a backup and keeps the current database; refuses a corrupt or newer file and changes nothing', async () => {
    const { dir, file, db } = demoFolder();
    const copy = path.join(dir, 'kopie.sqlite');
    await backupDatabase(db, copy);
    touchRegion(db, 42);
    db.close();

    const corrupt = path.join(dir, 'kapot.sqlite');
    fs.copyFileSync(copy, corrupt);
    corruptPages(corrupt, write);
    const before = fs.readFileSync(file);
    await expect(restoreDatabase(file, corrupt, { stamp: 't1' })).rejects.toThrow(DatabaseUnreadableError);
    const newer = path.join(dir, 'nieuwer.sqlite');
    fs.copyFileSync(copy, newer);
    markNewerSchema(newer, LATEST_SCHEMA_VERSION + 5);
    await expect(restoreDatabase(file, newer, { stamp: 't2' })).rejects.toThrow(DatabaseTooNewError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);

    const { kept } = await restoreDatabase(file, copy, { stamp: '2026-11-25T10:00:00' });
    expect(kept).toBe(path.join(dir, 'backups', 'voor-herstel-2026-11-25T10-00-00.sqlite'));
    const restored = openDatabase(file);
    open.push(restored);
    expect(regionName(restored)).not.toBe('Regio 42');
    const old = openDatabase(kept!);
    open.push(old);
    expect(regionName(old)).toBe('Regio 42');
  });

  it('restores into the open database: an older backup is brought up to date, the sign-in sessions of now stay', async () => {
    const { dir, file, db } = demoFolder();
    insertAccount(db, { id: 'A-1', username: 'beheer', role: 'beheerder', consultantId: null, schoolId: null, passwordHash: 'x', createdAt: '2026-11-25T09:00:00' });
    insertAuthSession(db, 'uitgelogd', 'A-1', 'c1', 1);
    const backup = path.join(dir, 'backups', 'kopie.sqlite');
    await backupDatabase(db, backup);
    // After the backup: that session signs out, a new one signs in.
    deleteAuthSession(db, 'uitgelogd');
    insertAuthSession(db, 'nu', 'A-1', 'c2', 2);
    touchRegion(db, 5);
    const { kept } = await restoreIntoOpen(db, file, backup, { stamp: '2026-11-25T10:00:00' });
    expect(regionName(db)).not.toBe('Regio 5');
    expect(getAuthSession(db, 'uitgelogd')).toBeNull();
    expect(getAuthSession(db, 'nu')).not.toBeNull();
    expect(path.basename(kept)).toBe('voor-herstel-2026-11-25T10-00-00.sqlite');
    expect(
      listBackups(dir)
        .map((b) => b.name)
        .sort(),
    ).toEqual(['kopie.sqlite', 'voor-herstel-2026-11-25T10-00-00.sqlite']);

    // A backup made by an older version (one migration behind): restored and migrated.
    const older = path.join(dir, 'backups', 'ouder.sqlite');
    const raw = new Database(older);
    migrate(raw, MIGRATIONS.slice(0, LATEST_SCHEMA_VERSION - 1));
    raw.close();
    expect(checkDatabaseFile(older)).toBe(LATEST_SCHEMA_VERSION - 1);
    const second = await restoreIntoOpen(db, file, older, { stamp: '2026-11-25T10:00:00' });
    expect(second.fromVersion).toBe(LATEST_SCHEMA_VERSION - 1);
    // Both copies of before are kept (same second, another name).
    expect(path.basename(second.kept)).toBe('voor-herstel-2026-11-25T10-00-00-2.sqlite');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(listParticipants(db)).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
