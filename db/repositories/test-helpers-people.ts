// Test helpers for the people area (SQL stays in db/): where a text occurs anywhere in the
// database, seats of past sessions, and a person with a past and a future seat.
import type { Db } from '../connection';

/** "table.column" for every text cell that contains `text` (case-insensitive), SQLite's own tables left out. */
export function cellsContaining(db: Db, text: string): string[] {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
  const out: string[] = [];
  for (const t of tables) {
    const cols = db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[];
    for (const c of cols) {
      const n = (db.prepare(`SELECT count(*) AS n FROM "${t}" WHERE instr(lower(CAST("${c.name}" AS TEXT)), lower(?)) > 0`).get(text) as { n: number }).n;
      if (n > 0) out.push(`${t}.${c.name}`);
    }
  }
  return out;
}

/** Seats per session that started before `before`, by session id. */
export function pastSeatCounts(db: Db, before: string): Record<string, number> {
  const rows = db
    .prepare(
      'SELECT s.id, count(sp.participant_id) AS n FROM sessions s LEFT JOIN session_participants sp ON sp.session_id = s.id WHERE s.start_time < ? GROUP BY s.id ORDER BY s.id',
    )
    .all(before) as { id: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

/** A participant seated in a session before `today` and in one on or after it. */
export function personWithPastAndFutureSeat(db: Db, today: string): string {
  const r = db
    .prepare(
      `SELECT p.id FROM participants p
        WHERE EXISTS (SELECT 1 FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.participant_id = p.id AND s.start_time < @t)
          AND EXISTS (SELECT 1 FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.participant_id = p.id AND s.start_time >= @t)
        ORDER BY p.id LIMIT 1`,
    )
    .get({ t: today }) as { id: string } | undefined;
  if (!r) throw new Error('Geen deelnemer met een afspraak voor en na vandaag in de demo.');
  return r.id;
}

/** A participant with a booking (any kind) on or after `today`, and their consultant. */
export function personWithFutureSeat(db: Db, today: string, skip: readonly string[] = []): { id: string; consultantId: string } {
  const r = db
    .prepare(
      `SELECT p.id, p.consultant_id AS consultantId FROM participants p
        WHERE p.consultant_id IS NOT NULL AND p.id NOT IN (SELECT value FROM json_each(@skip))
          AND EXISTS (SELECT 1 FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.participant_id = p.id AND s.start_time >= @t)
        ORDER BY p.id LIMIT 1`,
    )
    .get({ t: today, skip: JSON.stringify(skip) }) as { id: string; consultantId: string } | undefined;
  if (!r) throw new Error('Geen deelnemer met een afspraak na vandaag in de demo.');
  return r;
}
