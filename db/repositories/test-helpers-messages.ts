// Every internal id of a region, for tests that prove no sentence a person reads contains one.
import type { Db } from '../connection';

const TABLES = [
  'participants',
  'households',
  'children',
  'sessions',
  'language_schools',
  'classes',
  'startklas_intakes',
  'rooms',
  'locations',
  'consultants',
  'interpreters',
  'childcare_providers',
  'demands',
] as const;

export function internalIds(db: Db): string[] {
  const out = new Set<string>();
  for (const t of TABLES) for (const r of db.prepare(`SELECT id FROM ${t}`).all() as { id: unknown }[]) out.add(String(r.id));
  return [...out];
}
