// Ordered, numbered migrations (as in Signal Desktop): user_version says how many have run.
// All pending ones run in one transaction, so a failure leaves the file as it was.
import type Database from 'better-sqlite3';
import { migration001 } from './001-initial';
import { migration002 } from './002-planning-runs-history';
import { migration003 } from './003-roles-bookings';
import { migration004 } from './004-pip-and-step-dates';
import { migration005 } from './005-history-as-changes';
import { migration006 } from './006-audit-utc-append-only';
import { migration007 } from './007-region-is-demo';
import { migration008 } from './008-manage';
import { migration009 } from './009-published-weeks';
import { migration010 } from './010-people';
import { migration011 } from './011-demo-registration-dates';
import { migration012 } from './012-accounts';
import { migration013 } from './013-import-keys';
import { migration014 } from './014-versions-planning-locks';
import { migration015 } from './015-sign-in';
import { migration016 } from './016-unplanned-reason-msg';
import { migration017 } from './017-cancelled-moments';
import type { Migration } from './types';
import { writeTx } from '../tx';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export class MigrationError extends Error {
  constructor(
    readonly version: number,
    readonly migrationName: string,
    cause: unknown,
  ) {
    super(
      `Bijwerken van de database naar versie ${version} (${migrationName}) is mislukt; er is niets gewijzigd. ` +
        `Oorzaak: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'MigrationError';
  }
}

/** Applies pending migrations; returns the versions it applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migratie ${m.name} heeft versie ${m.version}, verwacht ${i + 1}.`);
  });
  const current = schemaVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new Error(`De database heeft schemaversie ${current}; deze versie van Keten Planner kent t/m ${latest}. Er is niets gewijzigd.`);
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  writeTx(db, () => {
    for (const m of pending) {
      try {
        if (typeof m.up === 'string') db.exec(m.up);
        else m.up(db);
      } catch (err) {
        throw new MigrationError(m.version, m.name, err);
      }
      db.pragma(`user_version = ${m.version}`);
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      const last = pending[pending.length - 1];
      throw new MigrationError(last.version, last.name, new Error(`${broken.length} verwijzing(en) kloppen niet meer`));
    }
  });
  return pending.map((m) => m.version);
}
