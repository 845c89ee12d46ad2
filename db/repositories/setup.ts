// First start: whether the database has a region yet, setting up an own region, and removing
// the fictional demo region in one step. The audit log keeps a row for each of these.
import { writeTx, type Db } from '../connection';
import { writeAudit, type AuditContext } from './audit';
import { addGemeente, createRegion, getRegion, regionCounts, type RegionCounts } from './region';

/** 'needed': no region yet (first start, or the demo was removed); otherwise which kind it is. */
export type SetupState = 'needed' | 'demo' | 'own';

export function setupState(db: Db): SetupState {
  const region = getRegion(db);
  if (!region) return 'needed';
  return region.isDemo ? 'demo' : 'own';
}

/** Tables that survive the removal of the demo: the audit log cannot be deleted (migration 006). */
const KEPT_TABLES = new Set(['audit_log', 'audit_retention_runs']);

/** A gemeente's id from its name: 'G-' and the name in plain lower-case letters ('G-sliedrecht'). */
export function gemeenteIdOf(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'gemeente';
  let id = `G-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `G-${slug}-${n}`;
  return id;
}

export interface OwnRegionInput {
  name: string;
  gemeenten: string[];
}

/**
 * An own region: the region row with the default planning settings (SPEC grid 08:30-17:00 per
 * 15 minutes, group information 2 hours for 3 to 12 people, toets 1.5 hours) and its gemeenten.
 * Refuses when the database already has a region. Returns the gemeenten with their ids.
 */
export function createOwnRegion(db: Db, audit: AuditContext, input: OwnRegionInput): { id: string; name: string }[] {
  return writeTx(db, () => {
    if (getRegion(db)) throw new Error('Deze database heeft al een regio.');
    createRegion(db, input.name);
    const taken = new Set<string>();
    const gemeenten = input.gemeenten.map((name) => {
      const id = gemeenteIdOf(name, taken);
      taken.add(id);
      addGemeente(db, { id, name });
      return { id, name };
    });
    writeAudit(db, audit, 'create', 'region', '1', { name: input.name, demo: false, gemeenten: gemeenten.map((g) => g.name) });
    return gemeenten;
  });
}

/** Records in the audit log that the demo region was loaded (the seed's own rows have actor 'demo'). */
export function auditDemoLoaded(db: Db, audit: AuditContext, details: { name: string; participants: number }): void {
  writeTx(db, () => writeAudit(db, audit, 'create', 'region', '1', { ...details, demo: true }));
}

/** Every table of the database except the audit log, children before the tables they point at. */
function tablesToEmpty(db: Db): string[] {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !KEPT_TABLES.has(n));
  const parents = new Map(
    names.map((n) => [n, new Set((db.pragma(`foreign_key_list("${n}")`) as { table: string }[]).map((f) => f.table).filter((t) => t !== n && names.includes(t)))]),
  );
  // A table is emptied once no table still to be emptied points at it.
  const order: string[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    const next = [...left].find((t) => ![...left].some((other) => other !== t && parents.get(other)!.has(t)));
    if (!next) throw new Error(`Kringverwijzing tussen tabellen: ${[...left].join(', ')}`);
    order.push(next);
    left.delete(next);
  }
  return order;
}

export interface RemovedDemo {
  name: string;
  counts: RegionCounts;
}

/**
 * Removes every row of the demo region (region data, people, bookings, history, planner runs) in
 * one transaction, leaving an empty database that is "not set up". The audit log stays, as the
 * database demands; the removal's own row names the range of audit rows that belong to the demo
 * (they hold only fictional people), so they are never read as an own region's history.
 * Refuses an own region.
 */
export function removeDemoRegion(db: Db, audit: AuditContext): RemovedDemo {
  return writeTx(db, () => {
    const region = getRegion(db);
    if (!region) throw new Error('Er is geen regio om te verwijderen.');
    if (!region.isDemo) throw new Error('Alleen de demoregio kan in één keer worden verwijderd.');
    const counts = regionCounts(db);
    const range = db
      .prepare(
        `SELECT coalesce((SELECT max(id) FROM audit_log WHERE entity = 'region' AND action = 'delete'), 0) + 1 AS "from",
                coalesce((SELECT max(id) FROM audit_log), 0) AS "to"`,
      )
      .get() as { from: number; to: number };
    const tables = tablesToEmpty(db);
    for (const t of tables) db.prepare(`DELETE FROM "${t}"`).run();
    // AUTOINCREMENT counters of the emptied tables start afresh; the audit log's keeps counting.
    const hasSequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get() !== undefined;
    if (hasSequence) db.prepare(`DELETE FROM sqlite_sequence WHERE name NOT IN (${[...KEPT_TABLES].map(() => '?').join(', ')})`).run(...KEPT_TABLES);
    writeAudit(db, audit, 'delete', 'region', '1', { name: region.name, demo: true, counts, demoAuditRows: range.to >= range.from ? range : null });
    return { name: region.name, counts };
  });
}

/** Whether a planner run of any week is still going (a removal waits for it). */
export function plannerRunning(db: Db): boolean {
  return db.prepare("SELECT 1 FROM planner_runs WHERE state = 'running' LIMIT 1").get() !== undefined;
}
