// Undo history stores what a change did (the rows it removed and added) instead of two copies of
// the whole week: before_state now holds the removed rows and after_state the added rows, per
// table. Old entries are full copies in the other format and cannot be applied as changes, so
// they are dropped: undo starts afresh after the update; no booking changes.
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'history-as-changes',
  up: `DELETE FROM week_history;`,
};
