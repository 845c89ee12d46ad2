import type { ChangeFlags, ChangeResult, ListEntity } from './manageStore';
import { useManageStore } from './manageStore';

/** A listed row as its form opened it: its id and the stamp of its last change. */
interface Stamped {
  id: string;
  stamp?: number;
}

/**
 * What a Beheer form of a listed row adds to FormFrame: its save sends the stamp the row was read
 * with (a save after someone else's change is refused as stale; a new row has none), and on that
 * refusal the form opens again on the row as the reloaded list shows it now.
 */
export function useStampedForm<Item extends Stamped>(
  entity: ListEntity,
  editing: Item | 'new' | null,
  reopen: (row: Item) => void,
): { save(form: Record<string, unknown>, flags: ChangeFlags): Promise<ChangeResult>; onStale(): void } {
  const save = useManageStore((s) => s.save);
  const row = editing && editing !== 'new' ? editing : null;
  return {
    save: (form, flags) => save(entity, form, { ...flags, ...(row ? { expectedStamp: row.stamp ?? 0 } : {}) }),
    onStale: () => {
      const items = (useManageStore.getState().lists[entity]?.items ?? []) as Stamped[];
      const fresh = row ? items.find((r) => r.id === row.id) : undefined;
      if (fresh) reopen(fresh as Item);
    },
  };
}
