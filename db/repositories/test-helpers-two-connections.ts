// Test support, not used by the app: one database file with two connections to it, as two app
// processes on one data folder have when nothing stops the second (the folder lock off), and a
// way to let the second connection commit at the one moment that matters: right before the
// first begins a write transaction. Plus the counts the capacity tests check, straight on the
// tables so the tests hold no SQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../connection';

export interface DatabaseTemplate {
  file: string;
  remove(): void;
}

/** A closed database file filled once by `fill`, for openTwice to copy (copying is much faster than seeding). */
export function databaseTemplate(fill: (db: Db) => void): DatabaseTemplate {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-template-'));
  const file = path.join(dir, 'template.sqlite');
  const db = openDatabase(file);
  try {
    fill(db);
  } finally {
    db.close(); // the last connection to close folds the WAL into the file
  }
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TwoConnections {
  file: string;
  a: Db;
  b: Db;
  close(): void;
}

/** A fresh copy of the template in its own folder, opened twice. */
export function openTwice(template: DatabaseTemplate): TwoConnections {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-two-'));
  const file = path.join(dir, 'keten-planner.sqlite');
  fs.copyFileSync(template.file, file);
  const a = openDatabase(file);
  const b = openDatabase(file);
  return {
    file,
    a,
    b,
    close: () => {
      a.close();
      b.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type AnyFn = (...args: unknown[]) => unknown;

export interface WriteInterleaver {
  /** The connection to give the code under test. */
  db: Db;
  /** Runs `step` right before the n-th (1-based) outermost write transaction on `db` takes the write lock. */
  arm(n: number, step: () => void): void;
  /** Whether the armed step has run. */
  fired(): boolean;
}

/**
 * `db` as the code under test should see it, except that an armed step runs right before its
 * n-th outermost write transaction (writeTx in db/tx.ts, BEGIN IMMEDIATE) begins: the last moment
 * at which another process can still commit. Whatever the code read before that is then out of
 * date; only what it reads inside the transaction is current. Trying every n shows whether each
 * check a write depends on is made inside the transaction.
 */
export function interleaveBeforeWrites(db: Db): WriteInterleaver {
  let armed: { n: number; step: () => void } | null = null;
  let writes = 0;
  let fired = false;
  const transaction = (fn: AnyFn) => {
    const tx = db.transaction(fn);
    const immediate = (...args: unknown[]) => {
      if (!db.inTransaction && armed && ++writes === armed.n) {
        fired = true;
        armed.step();
      }
      return tx.immediate(...args);
    };
    return Object.assign((...args: unknown[]) => tx(...args), { default: tx.default, deferred: tx.deferred, immediate, exclusive: tx.exclusive });
  };
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction') return transaction;
      // Native getters and methods need the real connection as `this`.
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as AnyFn).bind(target) : value;
    },
  });
  return {
    db: proxy,
    arm: (n, step) => {
      armed = { n, step };
      writes = 0;
      fired = false;
    },
    fired: () => fired,
  };
}

/** Rows this connection has changed since it opened (SQLite's total_changes()). */
export function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** How long this connection waits for another's write lock before SQLite answers busy. */
export function setBusyTimeout(db: Db, ms: number): void {
  db.pragma(`busy_timeout = ${ms}`);
}

/** Takes the write lock as another process does mid-write; the returned function lets go (rolls back). */
export function holdWriteLock(db: Db): () => void {
  db.exec('BEGIN IMMEDIATE');
  return () => db.exec('ROLLBACK');
}

// ---------------------------------------------------------------- what the capacity tests count

export function setGroupInfoMaxSize(db: Db, maxSize: number): void {
  db.prepare('UPDATE region SET group_info_max_size = ?').run(maxSize);
}

/** Clients of the consultant who speak only `language` and sit in no group information session. */
export function clientsForGroupInfoIn(db: Db, consultantId: string, language: string): string[] {
  return (
    db
      .prepare(
        `SELECT p.id FROM participants p WHERE p.consultant_id = ? AND p.language = ? AND p.other_languages = '[]'
           AND NOT EXISTS (SELECT 1 FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.participant_id = p.id AND s.kind = 'groupInfo')
         ORDER BY p.id`,
      )
      .all(consultantId, language) as { id: string }[]
  ).map((r) => r.id);
}

/** Participants booked per group information session in `language` after `after` (a local time). */
export function groupInfoSeatsIn(db: Db, language: string, after: string): { sessionId: string; booked: number }[] {
  return db
    .prepare(
      `SELECT s.id AS sessionId, (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id) AS booked
         FROM sessions s WHERE s.kind = 'groupInfo' AND s.language = ? AND s.start_time > ? ORDER BY s.start_time`,
    )
    .all(language, after) as { sessionId: string; booked: number }[];
}

/** Clients of the consultant with no startklas intake booked and not on the waiting list. */
export function clientsWithoutIntake(db: Db, consultantId: string): string[] {
  return (
    db
      .prepare(
        `SELECT p.id FROM participants p WHERE p.consultant_id = ?
           AND NOT EXISTS (SELECT 1 FROM intake_bookings b WHERE b.participant_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM startklas_waiting w WHERE w.participant_id = p.id)
         ORDER BY p.id`,
      )
      .all(consultantId) as { id: string }[]
  ).map((r) => r.id);
}

/** Seats taken and seats there are per intake moment after `after` (a date). */
export function intakeMomentsAfter(db: Db, after: string): { intakeId: string; date: string; taken: number; seats: number }[] {
  return db
    .prepare(
      `SELECT b.intake_id AS intakeId, b.date, count(*) AS taken, i.seats FROM intake_bookings b JOIN startklas_intakes i ON i.id = b.intake_id
        WHERE b.date > ? GROUP BY b.intake_id, b.date ORDER BY b.date`,
    )
    .all(after) as { intakeId: string; date: string; taken: number; seats: number }[];
}

export function setPlacesTaken(db: Db, classId: string, placesTaken: number): void {
  db.prepare('UPDATE classes SET places_taken = ? WHERE id = ?').run(placesTaken, classId);
}

/** Sessions (of any kind) of the room or the consultant that overlap `start`–`end`. */
export function sessionsOverlapping(db: Db, by: 'room' | 'consultant', id: string, start: string, end: string): number {
  const col = by === 'room' ? 'room_id' : 'consultant_id';
  return (db.prepare(`SELECT count(*) AS n FROM sessions WHERE ${col} = ? AND start_time < ? AND ? < end_time`).get(id, end, start) as { n: number }).n;
}
