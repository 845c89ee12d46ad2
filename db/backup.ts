// Backups of the region's database (issue 11): a consistent copy while the app runs (SQLite's
// online backup, not a file copy), a daily automatic one that keeps the last 14, and restoring
// a backup: checked first (ours, intact, not from a newer version), and the current database is
// kept as a backup before it is replaced.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { APPLICATION_ID, checkDatabaseFile, type Db } from './connection';
import { migrate } from './migrations';
import { writeTxWaiting } from './tx';

export const BACKUP_FOLDER = 'backups';
export const AUTO_BACKUPS_KEPT = 14;
const AUTO_PREFIX = 'automatisch-';
const ALL_PAGES = 0x7fffffff;

/** Writes a consistent copy of the open database to `file` (beside it first, then renamed into place). */
export async function backupDatabase(db: Db, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const tmp = `${file}.deel-${process.pid}`;
  try {
    // All pages in one step: in small steps a write by another connection between two steps
    // restarts the copy, and steady writes would keep it from ever finishing.
    await db.backup(tmp, { progress: () => ALL_PAGES });
    fs.chmodSync(tmp, 0o600);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The automatic backups in the folder, oldest first. */
export function autoBackups(dataDir: string): string[] {
  const dir = path.join(dataDir, BACKUP_FOLDER);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(AUTO_PREFIX) && f.endsWith('.sqlite'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Today's automatic backup, once a day (null when it exists already); keeps the last 14. */
export async function dailyBackup(db: Db, dataDir: string, today: string): Promise<string | null> {
  const file = path.join(dataDir, BACKUP_FOLDER, `${AUTO_PREFIX}${today}.sqlite`);
  if (fs.existsSync(file)) return null;
  await backupDatabase(db, file);
  const all = autoBackups(dataDir);
  for (const old of all.slice(0, Math.max(0, all.length - AUTO_BACKUPS_KEPT))) fs.rmSync(old, { force: true });
  return file;
}

/**
 * Replaces the database file by a backup. The database must not be open (the caller holds the
 * data folder's lock). The backup is checked first; a corrupt or newer one is refused with the
 * check's Dutch message and nothing changes. The current file is kept in the backup folder
 * first (`voor-herstel-<stamp>.sqlite`); its path is answered.
 */
export async function restoreDatabase(dataFile: string, backupFile: string, opts: { stamp: string; nativeBinding?: string }): Promise<{ kept: string | null }> {
  checkDatabaseFile(backupFile, opts);
  const dir = path.join(path.dirname(path.resolve(dataFile)), BACKUP_FOLDER);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let kept: string | null = null;
  if (fs.existsSync(dataFile)) {
    kept = path.join(dir, `voor-herstel-${opts.stamp.replace(/[^0-9A-Za-z-]/g, '-')}.sqlite`);
    try {
      const cur = new Database(dataFile, { fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
      try {
        await cur.backup(kept, { progress: () => ALL_PAGES });
      } finally {
        cur.close();
      }
    } catch {
      // A damaged current file cannot be read page by page: keep its bytes as they are.
      fs.copyFileSync(dataFile, kept);
      if (fs.existsSync(`${dataFile}-wal`)) fs.copyFileSync(`${dataFile}-wal`, `${kept}-wal`);
    }
  }
  const tmp = `${dataFile}.herstel-${process.pid}`;
  const src = new Database(backupFile, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  try {
    await src.backup(tmp, { progress: () => ALL_PAGES });
  } finally {
    src.close();
  }
  fs.chmodSync(tmp, 0o600);
  for (const ext of ['-wal', '-shm']) fs.rmSync(dataFile + ext, { force: true });
  fs.renameSync(tmp, dataFile);
  return { kept };
}

/** A backup file in the data folder's backups/, as the app lists them. */
export interface BackupFileInfo {
  /** The file name inside backups/ (no folder). */
  name: string;
  /** When it was written (epoch ms). */
  modifiedMs: number;
  size: number;
}

/** Names the app writes and reads in backups/: letters, digits, dots, dashes; ends in .sqlite. */
export const BACKUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/;
/** Files being written (a backup or restore under way, an upload being checked) are not listed. */
const IN_PROGRESS = /\.(deel|herstel|upload)-/;

/** The backups in the data folder, newest first. */
export function listBackups(dataDir: string): BackupFileInfo[] {
  const dir = path.join(dataDir, BACKUP_FOLDER);
  if (!fs.existsSync(dir)) return [];
  const out: BackupFileInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!BACKUP_NAME.test(name) || IN_PROGRESS.test(name)) continue;
    const st = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
    if (st?.isFile()) out.push({ name, modifiedMs: st.mtimeMs, size: st.size });
  }
  return out.sort((a, b) => b.modifiedMs - a.modifiedMs || b.name.localeCompare(a.name));
}

/** How long a copy into the open file waits for the write lock while another connection writes. */
const COPY_MAX_WAIT_MS = 60_000;

/**
 * Copies `source` page by page into the database file `target` through SQLite (locks respected,
 * open connections see the new content). While another connection holds the write lock the
 * step answers busy and better-sqlite3 tries again at the next turn; after `maxWaitMs` it gives up.
 */
async function copyInto(source: string, target: string, nativeBinding?: string, maxWaitMs = COPY_MAX_WAIT_MS): Promise<void> {
  const src = new Database(source, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  const deadline = Date.now() + maxWaitMs;
  try {
    await src.backup(target, {
      progress: () => {
        if (Date.now() > deadline) {
          throw Object.assign(new Error(`De database bleef ${Math.round(maxWaitMs / 1000)} s bezet door een andere verbinding; er is niets teruggezet.`), { code: 'SQLITE_BUSY' });
        }
        return ALL_PAGES;
      },
    });
  } finally {
    src.close();
  }
}

interface KeptSession {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
}

function reloadSchema(db: Db): void {
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Restores a backup into the database the app has open, without closing it: the app keeps its
 * connection and the data folder's lock, and every connection to the file (another window's,
 * a second one in a test) sees the restored content at its next statement. In order:
 * 1. the backup is checked (ours, intact, not from a newer version); a refusal throws the
 *    check's error and nothing has changed;
 * 2. the current database is kept as `backups/voor-herstel-<stamp>.sqlite` (online backup);
 * 3. the backup's pages are copied into the open file (SQLite's backup API, under its locks);
 * 4. an older backup is brought up to date by the migrations; the team server's sign-in
 *    sessions of now stay as they are (a signed-out session does not come back, the person
 *    restoring stays signed in) for the accounts the backup has; `onRestored` runs in that same
 *    transaction (the audit row). While another connection keeps writing, steps 3 and 4 wait
 *    for the write lock (a minute at most).
 * If step 4 fails, the kept copy is put back and the error is thrown.
 */
export async function restoreIntoOpen(
  db: Db,
  dataFile: string,
  backupFile: string,
  opts: { stamp: string; nativeBinding?: string; onRestored?: (db: Db) => void },
): Promise<{ kept: string; fromVersion: number }> {
  const fromVersion = checkDatabaseFile(backupFile, opts);
  const base = path.join(path.dirname(path.resolve(dataFile)), BACKUP_FOLDER, `voor-herstel-${opts.stamp.replace(/[^0-9A-Za-z-]/g, '-')}`);
  // Two restores within a second keep both copies of before.
  let kept = `${base}.sqlite`;
  for (let i = 2; fs.existsSync(kept); i++) kept = `${base}-${i}.sqlite`;
  await backupDatabase(db, kept);
  const sessions = hasTable(db, 'auth_sessions')
    ? (db.prepare('SELECT token_hash, account_id, csrf_token, created_at, last_seen_at FROM auth_sessions').all() as KeptSession[])
    : [];
  await copyInto(backupFile, dataFile, opts.nativeBinding);
  try {
    // This connection still holds the old schema in memory. SQLite notices the changed schema
    // cookie only when a statement runs, not while one is being prepared: a migration's ALTER
    // TABLE would be checked against the old tables. A read of the schema table reloads it.
    reloadSchema(db);
    // Another connection may keep writing: wait for the write lock patiently (SQLite's own busy
    // wait can give up while it never sees the lock free), then migrate, keep the sessions and
    // audit in one transaction.
    await writeTxWaiting(db, () => {
      migrate(db);
      if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.prepare('DELETE FROM auth_sessions').run();
      const put = db.prepare(
        'INSERT INTO auth_sessions (token_hash, account_id, csrf_token, created_at, last_seen_at) SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM accounts WHERE id = ?)',
      );
      for (const s of sessions) put.run(s.token_hash, s.account_id, s.csrf_token, s.created_at, s.last_seen_at, s.account_id);
      opts.onRestored?.(db);
    });
  } catch (err) {
    await copyInto(kept, dataFile, opts.nativeBinding);
    reloadSchema(db);
    throw err;
  }
  return { kept, fromVersion };
}
