// Opening the region's database file: refuse what we cannot safely use before writing a byte,
// then set the connection up and bring the schema up to date.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';

export { writeTx } from './tx';

export type Db = Database.Database;

/** The file was written by a newer Keten Planner; we leave it alone. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `Het gegevensbestand ${file} is gemaakt met een nieuwere versie van Keten Planner ` +
        `(schemaversie ${fileVersion}; deze versie kent t/m ${appVersion}). ` +
        `Het bestand is niet gewijzigd. Installeer de nieuwste versie van Keten Planner om het te openen.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Not a SQLite database, or a damaged one. */
export class DatabaseUnreadableError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(
      `Het gegevensbestand ${file} is geen leesbare Keten Planner-database (${detail}). ` +
        `Het bestand is niet gewijzigd. Kies een ander bestand of zet een reservekopie terug.`,
    );
    this.name = 'DatabaseUnreadableError';
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Reads the 100-byte header without opening the file through SQLite, so a foreign or newer file
 * is refused before SQLite could touch it (even switching the journal mode rewrites the header).
 */
function inspectHeader(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // a new database
    throw err;
  }
  try {
    const header = Buffer.alloc(100);
    const n = fs.readSync(fd, header, 0, 100, 0);
    if (n === 0) return; // an empty file is a new database
    if (n < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
      throw new DatabaseUnreadableError(file, 'geen SQLite-bestand');
    }
    const userVersion = header.readInt32BE(60);
    if (userVersion > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, userVersion, LATEST_SCHEMA_VERSION);
  } finally {
    fs.closeSync(fd);
  }
}

function isSqliteCorruption(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT');
}

function sqliteOptions(opts: { nativeBinding?: string }, extra: Database.Options = {}): Database.Options {
  return opts.nativeBinding ? { ...extra, nativeBinding: opts.nativeBinding } : extra;
}

/**
 * Looks at an existing file through a read-only connection: closing a read-write connection
 * could checkpoint a WAL file into the main file, and a refused file must stay as it was.
 */
function inspectExisting(file: string, opts: { nativeBinding?: string }): void {
  let ro: Database.Database;
  try {
    ro = new Database(file, sqliteOptions(opts, { readonly: true, fileMustExist: true }));
  } catch (err) {
    throw new DatabaseUnreadableError(file, `kan niet worden geopend: ${(err as Error).message}`);
  }
  try {
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, version, LATEST_SCHEMA_VERSION);
    const check = ro.pragma('quick_check(1)', { simple: true }) as string;
    if (check !== 'ok') throw new DatabaseUnreadableError(file, `beschadigd: ${check}`);
  } catch (err) {
    if (isSqliteCorruption(err)) throw new DatabaseUnreadableError(file, 'geen SQLite-bestand of beschadigd');
    throw err;
  } finally {
    ro.close();
  }
}

export function openDatabase(file: string, opts: { nativeBinding?: string } = {}): Db {
  const inMemory = file === ':memory:' || file === '';
  if (!inMemory) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) throw new DatabaseUnreadableError(file, 'dit is een map, geen bestand');
    if (stat && stat.size > 0) {
      inspectHeader(file);
      inspectExisting(file, opts);
    } else {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    }
  }
  let db: Database.Database;
  try {
    db = new Database(file, sqliteOptions(opts));
  } catch (err) {
    throw new DatabaseUnreadableError(file, `kan niet worden geopend: ${(err as Error).message}`);
  }
  try {
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    if (isSqliteCorruption(err)) throw new DatabaseUnreadableError(file, 'beschadigd');
    throw err;
  }
}
