// Beheer rows carry a stamp instead of a version column: the id of their last audit change
// (create, update, delete). A list gives each row its stamp; the form sends it back as
// `expectedStamp`, and `runChange` (change.ts) refuses the save as stale when it moved on.
import type { Db } from '../../../db/connection';
import { changeStampsOf } from '../../../db/repositories/audit';
import type { StaleManageWhat } from '../../../shared/domain/changed-by';
import type { ChangeSpec } from './change';

/** Every Beheer list whose rows are stamped: the audit entity its repository writes, and how a refusal names a row ("deze ruimte"). */
export const STAMPED = {
  gemeenten: { entity: 'gemeente', what: 'gemeente' },
  locations: { entity: 'location', what: 'location' },
  rooms: { entity: 'room', what: 'room' },
  consultants: { entity: 'consultant', what: 'consultant' },
  interpreters: { entity: 'interpreter', what: 'interpreter' },
  schools: { entity: 'school', what: 'school' },
  classes: { entity: 'class', what: 'class' },
  startklasIntakes: { entity: 'startklas_intake', what: 'startklasIntake' },
  childcareProviders: { entity: 'childcare_provider', what: 'childcareProvider' },
} as const satisfies Record<string, { entity: string; what: StaleManageWhat }>;

export type StampedList = keyof typeof STAMPED;

/** A list's rows, each with its stamp (0: no change recorded, such as a row from before the audit log). */
export function withStamps<T extends { id: string }>(db: Db, list: StampedList, items: T[]): (T & { stamp: number })[] {
  const stamps = changeStampsOf(db, STAMPED[list].entity);
  return items.map((r) => ({ ...r, stamp: stamps.get(r.id) ?? 0 }));
}

/** What a save of one row tells `runChange`, so a save on a stale stamp is refused (a new row has no id: not checked). */
export function stampedRow(list: StampedList, id: string | undefined): NonNullable<ChangeSpec['stamped']> {
  return { ...STAMPED[list], id };
}
