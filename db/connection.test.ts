import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, DatabaseTooNewError, DatabaseUnreadableError, openDatabase, writeTx } from './connection';
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
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
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
    const bad = [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: 'half', up: 'CREATE TABLE extra (x); CREATE TABLE broken (' }];
    expect(() => migrate(db, bad)).toThrow(new RegExp(`versie ${LATEST_SCHEMA_VERSION + 1} \\(half\\).*niets gewijzigd`));
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(':memory:');
    expect(() => db.prepare("INSERT INTO locations (id, name, gemeente_id, kind) VALUES ('L1', 'Gemeentehuis', 'nope', 'gemeentehuis')").run()).toThrow(/FOREIGN KEY/);
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

  it('refuses an empty file instead of filling it (it may belong to someone else)', () => {
    const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-empty-'));
    const file = path.join(dir2, 'leeg.sqlite');
    fs.writeFileSync(file, '');
    expect(() => openDatabase(file)).toThrow(/leeg\.sqlite.*het bestand is leeg.*niet gewijzigd/s);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir2)).toEqual(['leeg.sqlite']);
    fs.rmSync(dir2, { recursive: true, force: true });
  });
});

describe('openDatabase opens only what is ours', () => {
  /** Every file in the folder with its bytes, to prove a refused file was left exactly as found. */
  function snapshot(folder: string): Record<string, string> {
    return Object.fromEntries(
      fs
        .readdirSync(folder)
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(folder, f)).toString('base64')]),
    );
  }

  function expectRefusedUntouched(file: string, message: RegExp): void {
    const before = snapshot(path.dirname(file));
    expect(() => openDatabase(file)).toThrow(message);
    expect(snapshot(path.dirname(file))).toEqual(before);
  }

  it('marks a new database with the application id and leaves no half-made file behind', () => {
    const file = path.join(dir, 'keten.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    expect(fs.readdirSync(dir)).toEqual(['keten.sqlite']);
  });

  it("refuses another program's SQLite file (user_version 0, its own tables) without creating -wal or -shm", () => {
    const file = path.join(dir, 'ander.sqlite');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Jan')");
    raw.close();
    expectRefusedUntouched(file, /ander\.sqlite.*ander programma.*niet gewijzigd/s);
  });

  it('refuses a file with a foreign application id, and one with a schema version but not our tables', () => {
    const foreign = path.join(dir, 'vreemd.sqlite');
    let raw = new Database(foreign);
    raw.pragma('application_id = 1234');
    raw.pragma('user_version = 2');
    raw.exec('CREATE TABLE participants (x)');
    raw.close();
    expectRefusedUntouched(foreign, /ander programma/);
    const lookalike = path.join(dir, 'lijkt.sqlite');
    raw = new Database(lookalike);
    raw.pragma('journal_mode = WAL');
    raw.pragma('user_version = 2');
    raw.exec('CREATE TABLE participants (x)');
    raw.close();
    expectRefusedUntouched(lookalike, /ander programma/);
  });

  it('opens a database made before the application id existed and marks it', () => {
    const file = path.join(dir, 'oud.sqlite');
    const db = openDatabase(file);
    db.pragma('application_id = 0');
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    again.close();
  });

  it('refuses damage that quick_check misses: an index missing a row', () => {
    const file = path.join(dir, 'index.sqlite');
    const db = openDatabase(file);
    db.exec(`INSERT INTO gemeenten (id, name) VALUES ('G1', 'Gorinchem'), ('G2', 'Molenlanden');
      INSERT INTO locations (id, name, gemeente_id, kind) VALUES ('L1', 'Gemeentehuis', 'G1', 'gemeentehuis');`);
    db.close();
    // Make the index partial (WHERE 0) in the schema text, move the row, then restore the text: the
    // index still holds the old entry, so its count is right (quick_check passes) but the row's
    // entry is missing, which only a full integrity_check notices.
    const setIndexSql = (sql: string | null) => {
      const raw = new Database(file);
      raw.unsafeMode(true); // lifts SQLite's defensive mode, which forbids writing the schema table
      const original = (raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'locations_gemeente'").get() as { sql: string }).sql;
      raw.pragma('writable_schema = ON');
      raw.prepare("UPDATE sqlite_master SET sql = ? WHERE name = 'locations_gemeente'").run(sql ?? `${original} WHERE 0`);
      raw.close();
      return original;
    };
    const original = setIndexSql(null);
    const raw = new Database(file);
    raw.prepare("UPDATE locations SET gemeente_id = 'G2' WHERE id = 'L1'").run();
    raw.close();
    setIndexSql(original);
    const ro = new Database(file, { readonly: true });
    expect(ro.pragma('quick_check', { simple: true })).toBe('ok');
    expect(ro.pragma('integrity_check', { simple: true })).toMatch(/missing from index locations_gemeente/);
    ro.close();
    expectRefusedUntouched(file, /index\.sqlite.*beschadigd/s);
  });

  it.skipIf(process.platform === 'win32')('creates the database, its WAL and the folder owner-only, and tightens an old 0644 file', () => {
    const folder = path.join(dir, 'nieuw');
    const file = path.join(folder, 'keten.sqlite');
    const db = openDatabase(file);
    db.prepare("INSERT INTO gemeenten (id, name) VALUES ('G1', 'Gorinchem')").run();
    const mode = (f: string) => fs.statSync(f).mode & 0o777;
    expect(mode(folder)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    db.close();
    fs.chmodSync(file, 0o644);
    openDatabase(file).close();
    expect(mode(file)).toBe(0o600);
  });
});
