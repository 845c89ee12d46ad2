// The demo's gezinsmigranten get the registration in the gemeente their PIP term runs from
// (DOMAIN.md "PIP term"; migration 010 added the column, but the demo seeded before it left it
// empty, so these people had no PIP term on any screen). The demo seed now registers a
// gezinsmigrant on arrival (their housing date); this gives a demo database seeded earlier the
// same. Only the fictional demo region: in an own region the form asks for the date, and a
// missing one is for the consultant to fill in, not to guess. Each change is audited.
import type { Migration } from './types';

export const migration011: Migration = {
  version: 11,
  name: 'demo-registration-dates',
  up: (db) => {
    if (!db.prepare('SELECT 1 FROM region WHERE is_demo = 1').get()) return;
    const rows = db
      .prepare(
        `SELECT id, housing_date AS housing FROM participants
          WHERE migrant_kind = 'gezinsmigrant' AND registration_date IS NULL AND koppeling_date IS NULL
            AND housing_date IS NOT NULL AND erased_on IS NULL ORDER BY id`,
      )
      .all() as { id: string; housing: string }[];
    const update = db.prepare('UPDATE participants SET registration_date = ? WHERE id = ?');
    const audit = db.prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, purpose, details) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'migratie 011', 'update', 'participant', ?, 'datum inschrijving demo', ?)",
    );
    for (const r of rows) {
      update.run(r.housing, r.id);
      audit.run(r.id, JSON.stringify({ fields: ['registrationDate'] }));
    }
  },
};
