// The audit log becomes append-only in full and unambiguous in time:
// - times in UTC ('…Z'), so the autumn hour that occurs twice and a machine in another zone
//   cannot blur who did what when; existing rows (Amsterdam wall-clock) are converted;
// - 'refused' joins the actions: a call the caller may not make leaves a trace too;
// - DELETE is blocked like UPDATE, except while the retention job runs, which records itself
//   in audit_retention_runs (and in the log) in the same transaction.
// SQLite cannot alter a CHECK constraint, so the table is rebuilt with its rows and ids.
import type Database from 'better-sqlite3';
import { amsterdamToUtc } from '../../shared/domain/amsterdam-time';
import type { Migration } from './types';

const SCHEMA = `
CREATE TABLE audit_log_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),
  actor TEXT NOT NULL CHECK (length(actor) > 0),
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'view', 'export', 'refused')),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  purpose TEXT NOT NULL CHECK (length(purpose) > 0),
  details TEXT CHECK (details IS NULL OR json_valid(details))
);

CREATE TABLE audit_retention_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (length(actor) > 0),
  cutoff TEXT NOT NULL,
  deleted INTEGER,
  active INTEGER NOT NULL CHECK (active IN (0, 1))
);
`;

const AFTER = `
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Het auditlog kan niet worden gewijzigd.'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM audit_retention_runs WHERE active = 1)
BEGIN SELECT RAISE(ABORT, 'Regels uit het auditlog kunnen niet worden verwijderd.'); END;
CREATE TRIGGER audit_retention_runs_no_delete BEFORE DELETE ON audit_retention_runs
BEGIN SELECT RAISE(ABORT, 'Het logboek van de bewaartermijn kan niet worden gewijzigd.'); END;
`;

export const migration006: Migration = {
  version: 6,
  name: 'audit-utc-append-only',
  up: (db: Database.Database) => {
    db.exec(SCHEMA);
    const insert = db.prepare('INSERT INTO audit_log_new (id, at, actor, action, entity, entity_id, purpose, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    // In pages: better-sqlite3 allows no other statement while one is being iterated.
    const page = db.prepare('SELECT id, at, actor, action, entity, entity_id, purpose, details FROM audit_log WHERE id > ? ORDER BY id LIMIT 5000').raw();
    for (let last = -1; ;) {
      const rows = page.all(last) as unknown[][];
      if (rows.length === 0) break;
      for (const r of rows) insert.run(r[0], amsterdamToUtc(String(r[1])), ...r.slice(2));
      last = rows[rows.length - 1][0] as number;
    }
    db.exec(AFTER);
  },
};
