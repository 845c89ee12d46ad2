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
    readonly detail: string,
  ) {
    super(
      `Het gegevensbestand ${file} is geen leesbare Keten Planner-database (${detail}). ` + `Het bestand is niet gewijzigd. Kies een ander bestand of zet een reservekopie terug.`,
    );
    this.name = 'DatabaseUnreadableError';
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** PRAGMA application_id of a Keten Planner database ('KPLN'): tells our files from other programs' SQLite files. */
export const APPLICATION_ID = 0x4b504c4e;
/** Files made before the application id existed are ours when they have these tables. */
const OUR_TABLES = ['participants', 'households', 'sessions', 'demands', 'audit_log'];
/** Up to this size every open runs a full integrity_check (it also finds broken indexes); above it, only after a crash. */
const FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024;
/** Owner-only: the file holds special personal data (DOMAIN.md, privacy). SQLite gives -wal/-shm the same mode. */
const FILE_MODE = 0o600;

interface Header {
  userVersion: number;
  applicationId: number;
}

/**
 * Reads the 100-byte header without opening the file through SQLite, so a foreign or newer file
 * is refused before SQLite could touch it (even switching the journal mode rewrites the header).
 */
function inspectHeader(file: string): Header {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const n = fs.readSync(fd, header, 0, 100, 0);
    if (n < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
      throw new DatabaseUnreadableError(file, 'geen SQLite-bestand');
    }
    const userVersion = header.readInt32BE(60);
    const applicationId = header.readInt32BE(68);
    if (applicationId !== 0 && applicationId !== APPLICATION_ID) throw new DatabaseUnreadableError(file, 'een database van een ander programma');
    if (userVersion > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, userVersion, LATEST_SCHEMA_VERSION);
    if (userVersion === 0) throw new DatabaseUnreadableError(file, 'een SQLite-database zonder gegevens van Keten Planner, mogelijk van een ander programma');
    return { userVersion, applicationId };
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

const SIDE_FILES = ['-wal', '-shm'];

/**
 * Looks at an existing file through a read-only connection: closing a read-write connection
 * could checkpoint a WAL file into the main file, and a refused file must stay as it was. A
 * read-only connection still creates -wal/-shm beside a WAL-mode file; those it made are removed
 * again, so a refused file is left exactly as found.
 */
function inspectExisting(file: string, header: Header, size: number, opts: { nativeBinding?: string }): void {
  const sideBefore = SIDE_FILES.filter((ext) => fs.existsSync(file + ext));
  // A -wal left behind means the last run did not close the file (a crash, a kill): check all of it.
  const crashed = sideBefore.includes('-wal') && (fs.statSync(file + '-wal', { throwIfNoEntry: false })?.size ?? 0) > 0;
  let ro: Database.Database;
  try {
    ro = new Database(file, sqliteOptions(opts, { readonly: true, fileMustExist: true }));
  } catch (err) {
    throw new DatabaseUnreadableError(file, `kan niet worden geopend: ${(err as Error).message}`);
  }
  try {
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, version, LATEST_SCHEMA_VERSION);
    if (header.applicationId === 0) {
      const names = new Set((ro.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
      if (!OUR_TABLES.every((t) => names.has(t))) throw new DatabaseUnreadableError(file, 'een database van een ander programma');
    }
    const full = crashed || size <= FULL_CHECK_MAX_BYTES;
    const rows = ro.pragma(full ? 'integrity_check(1)' : 'quick_check(1)', { simple: true }) as string;
    if (rows !== 'ok') throw new DatabaseUnreadableError(file, `beschadigd: ${rows}`);
  } catch (err) {
    if (isSqliteCorruption(err)) throw new DatabaseUnreadableError(file, 'geen SQLite-bestand of beschadigd');
    throw err;
  } finally {
    ro.close();
    for (const ext of SIDE_FILES) if (!sideBefore.includes(ext)) fs.rmSync(file + ext, { force: true });
  }
}

/** Connection settings of every database we open: WAL, foreign keys, full fsync, a busy wait. */
function configure(db: Database.Database, inMemory: boolean): void {
  if (!inMemory) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

/** Tightens a file made by an older version (0644) to owner-only; SQLite copies the mode to new -wal/-shm. */
function ownerOnly(file: string): void {
  if (process.platform === 'win32') return;
  for (const f of [file, ...SIDE_FILES.map((ext) => file + ext)]) {
    const st = fs.statSync(f, { throwIfNoEntry: false });
    if (st && (st.mode & 0o077) !== 0) fs.chmodSync(f, st.mode & 0o700);
  }
}

/**
 * A new database is built beside its final name and only then linked into place: a crash halfway
 * leaves no empty or half-made file under the real name, and a file that appeared meanwhile wins.
 */
function createNew(file: string, opts: { nativeBinding?: string }): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const tmp = `${file}.nieuw-${process.pid}`;
  for (const f of [tmp, ...SIDE_FILES.map((ext) => tmp + ext)]) fs.rmSync(f, { force: true });
  fs.closeSync(fs.openSync(tmp, 'wx', FILE_MODE));
  try {
    const db = new Database(tmp, sqliteOptions(opts));
    try {
      configure(db, false);
      migrate(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return; // another process made it first; that file is opened instead
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw err;
      if (!fs.existsSync(file)) fs.renameSync(tmp, file); // file systems without hard links
    }
  } finally {
    for (const f of [tmp, ...SIDE_FILES.map((ext) => tmp + ext)]) fs.rmSync(f, { force: true });
  }
}

/**
 * Opens the region's database. Only a file that does not exist yet (it is created) or one that is
 * ours (our application id, or our tables from before it) and passes the integrity check is
 * opened; anything else is refused with a message and left byte for byte as it was.
 */
export function openDatabase(file: string, opts: { nativeBinding?: string } = {}): Db {
  const inMemory = file === ':memory:' || file === '';
  if (!inMemory) {
    let stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) throw new DatabaseUnreadableError(file, 'dit is een map, geen bestand');
    if (!stat) {
      createNew(file, opts);
      stat = fs.statSync(file);
    }
    if (stat.size === 0) throw new DatabaseUnreadableError(file, 'het bestand is leeg');
    const header = inspectHeader(file);
    inspectExisting(file, header, stat.size, opts);
    ownerOnly(file);
  }
  let db: Database.Database;
  try {
    db = new Database(file, sqliteOptions(opts, inMemory ? {} : { fileMustExist: true }));
  } catch (err) {
    throw new DatabaseUnreadableError(file, `kan niet worden geopend: ${(err as Error).message}`);
  }
  try {
    configure(db, inMemory);
    migrate(db);
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
    return db;
  } catch (err) {
    db.close();
    if (isSqliteCorruption(err)) throw new DatabaseUnreadableError(file, 'beschadigd');
    throw err;
  }
}

/**
 * Checks a file the way openDatabase does before it opens one (ours, not newer, integrity), without
 * changing it; throws DatabaseUnreadableError or DatabaseTooNewError. Answers its schema version.
 */
export function checkDatabaseFile(file: string, opts: { nativeBinding?: string } = {}): number {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new DatabaseUnreadableError(file, 'het bestand bestaat niet');
  if (stat.isDirectory()) throw new DatabaseUnreadableError(file, 'dit is een map, geen bestand');
  if (stat.size === 0) throw new DatabaseUnreadableError(file, 'het bestand is leeg');
  const header = inspectHeader(file);
  inspectExisting(file, header, stat.size, opts);
  return header.userVersion;
}
