import type Database from 'better-sqlite3';

export interface Migration {
  /** Becomes PRAGMA user_version once applied; consecutive from 1. */
  version: number;
  name: string;
  /**
   * Run inside the migration transaction: SQL, or a function for a data change SQL cannot
   * express (such as converting local times to UTC). Must not change PRAGMA foreign_keys.
   */
  up: string | ((db: Database.Database) => void);
}
