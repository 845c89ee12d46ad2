import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, DatabaseUnreadableError, openDatabase, writeTx } from './connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from './migrations';
import Database from 'better-sqlite3';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-db-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('openDatabase', () => {
  it('creates a new file, applies the migrations and sets the pragmas', () => {
    const file = path.join(dir, 'sub', 'keten.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(tables(db)).toEqual(expect.arrayContaining(['participants', 'sessions', 'audit_log', 'weekly_times']));
    db.close();
  });

  it('re-opens idempotently without touching the schema', () => {
    const file = path.join(dir, 'keten.sqlite');
    const db1 = openDatabase(file);
    db1.prepare("INSERT INTO gemeenten (id, name) VALUES ('G1', 'Gorinchem')").run();
    const schema1 = db1.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    db1.close();
    const db2 = openDatabase(file);
    expect(schemaVersion(db2)).toBe(LATEST_SCHEMA_VERSION);
    expect(db2.prepare('SELECT sql FROM sqlite_master ORDER BY name').all()).toEqual(schema1);
    expect(db2.prepare('SELECT name FROM gemeenten').all()).toEqual([{ name: 'Gorinchem' }]);
    expect(migrate(db2)).toEqual([]);
    db2.close();
  });

  it('works in memory', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database from a newer app and leaves it byte for byte unchanged', () => {
    const file = path.join(dir, 'newer.sqlite');
    const db = openDatabase(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    const filesBefore = fs.readdirSync(dir).sort();
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    expect((caught as Error).message).toContain('niet gewijzigd');
    expect((caught as Error).message).toContain(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('refuses a newer database in rollback-journal mode too, without switching it to WAL', () => {
    const file = path.join(dir, 'journal.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('gives a clear Dutch error naming the file for a file that is not a database', () => {
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'Dit is een boodschappenlijst, geen database.\n'.repeat(20));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseUnreadableError);
    expect(() => openDatabase(file)).toThrow(/notes\.sqlite.*geen leesbare Keten Planner-database.*niet gewijzigd/s);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('detects a damaged database', () => {
    const file = path.join(dir, 'damaged.sqlite');
    const db = openDatabase(file);
    const insert = db.prepare('INSERT INTO households (id, name) VALUES (?, ?)');
    for (let i = 0; i < 2000; i++) insert.run(`H${i}`, `Huishouden ${i} ${'x'.repeat(50)}`);
    db.close();
    const buf = fs.readFileSync(file);
    // Scribble over the middle pages but keep the header intact.
    buf.fill(0xab, 4096 * 2, Math.min(buf.length, 4096 * 6));
    fs.writeFileSync(file, buf);
    expect(() => openDatabase(file)).toThrow(DatabaseUnreadableError);
  });

  it('rolls back all pending migrations when one fails', () => {
    const db = new Database(':memory:');
    const bad = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'half', up: 'CREATE TABLE extra (x); CREATE TABLE broken (' },
    ];
    expect(() => migrate(db, bad)).toThrow(new RegExp(`versie ${MIGRATIONS.length + 1} \\(half\\).*niets gewijzigd`));
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(':memory:');
    expect(() =>
      db.prepare("INSERT INTO locations (id, name, gemeente_id, kind) VALUES ('L1', 'Gemeentehuis', 'nope', 'gemeentehuis')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('writeTx', () => {
  it('commits on success and rolls back on an error', () => {
    const db = openDatabase(':memory:');
    writeTx(db, () => db.prepare("INSERT INTO gemeenten (id, name) VALUES ('G1', 'Gorinchem')").run());
    expect(() =>
      writeTx(db, () => {
        db.prepare("INSERT INTO gemeenten (id, name) VALUES ('G2', 'Molenlanden')").run();
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(db.prepare('SELECT id FROM gemeenten').all()).toEqual([{ id: 'G1' }]);
    db.close();
  });

  it('nests as a savepoint of the outer transaction', () => {
    const db = openDatabase(':memory:');
    writeTx(db, () => {
      db.prepare("INSERT INTO gemeenten (id, name) VALUES ('G1', 'Gorinchem')").run();
      try {
        writeTx(db, () => {
          db.prepare("INSERT INTO gemeenten (id, name) VALUES ('G2', 'Molenlanden')").run();
          throw new Error('inner');
        });
      } catch {
        /* the inner part is undone, the outer continues */
      }
    });
    expect(db.prepare('SELECT id FROM gemeenten').all()).toEqual([{ id: 'G1' }]);
    db.close();
  });
});

describe('openDatabase on odd paths', () => {
  it('says so in Dutch when the path is a folder', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-dir-'));
    try {
      expect(() => openDatabase(folder)).toThrow(DatabaseUnreadableError);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('treats an empty file as a new database', () => {
    const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-empty-'));
    const file = path.join(dir2, 'leeg.sqlite');
    fs.writeFileSync(file, '');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    fs.rmSync(dir2, { recursive: true, force: true });
  });
});
