export interface Migration {
  /** Becomes PRAGMA user_version once applied; consecutive from 1. */
  version: number;
  name: string;
  /** SQL run inside the migration transaction. Must not change PRAGMA foreign_keys. */
  up: string;
}
