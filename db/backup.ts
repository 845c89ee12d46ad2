// Backups of the region's database (issue 11): a consistent copy while the app runs (SQLite's
// online backup, not a file copy), a daily automatic one that keeps the last 14, and restoring
// a backup: checked first (ours, intact, not from a newer version), and the current database is
// kept as a backup before it is replaced.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { checkDatabaseFile, type Db } from './connection';

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
