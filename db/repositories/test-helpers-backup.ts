// Test support for backups and restore: files a restore must refuse, and a write load.
import Database from 'better-sqlite3';
import type { Db } from '../connection';

/** Marks a database file as written by a newer version (a restore must refuse it). */
export function markNewerSchema(file: string, version: number): void {
  const db = new Database(file);
  db.pragma(`user_version = ${version}`);
  db.close();
}

/** Damages a database file's pages after the header, as a broken disk would. */
export function corruptPages(file: string, write: (file: string, offset: number, bytes: Buffer) => void): void {
  write(file, 4096 * 2, Buffer.alloc(4096 * 4, 0x5a));
}

/** A write that touches a page (the region's name with a counter): a load during a backup. */
export function touchRegion(db: Db, n: number): void {
  db.prepare('UPDATE region SET name = ?').run(`Regio ${n}`);
}

export function regionName(db: Db): string {
  return (db.prepare('SELECT name FROM region').get() as { name: string }).name;
}

/** SQLite's own check of the whole file: 'ok' when it is whole. */
export function integrity(db: Db): string {
  return db.pragma('integrity_check', { simple: true }) as string;
}
