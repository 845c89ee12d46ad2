// The week's conflicts with their one-click fixes, and applying a fix (with the extra
// confirmation a published week needs).
import { create } from 'zustand';
import type { Conflict, Fix } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/domain/week';
import { ApiError } from '../../../shared/api/errors';
import { call } from '../../api/client';
import { useErrorStore } from '../../stores/errorStore';
import { useWeekStore } from '../week/weekStore';
import type { Violation } from '../../../shared/planner/check';
import type { Msg } from '../../../shared/messages';
import { categoryOfRule } from '../../../shared/api/conflict-category';

export interface ConflictsState {
  weekStart: IsoDate | null;
  conflicts: Conflict[];
  cost: number | null;
  loading: boolean;
  failed: boolean;
  open: boolean;
  /** Id of the fix being applied, so its button shows it is busy. */
  applying: string | null;
  /** A fix waiting for "yes, change the published week". */
  pending: { weekStart: IsoDate; fix: Fix } | null;
  /** Label of the last applied fix, for a short confirmation. */
  lastApplied: string | null;
  /** The applied fix's label as data, for the reader's language. */
  lastAppliedMsg: Msg | null;
  /**
   * True while the list shows the renderer's own check of a change just sent: the conflicts it
   * adds are listed at once (without fixes), the ones it removes are gone, until the services'
   * list with fixes arrives.
   */
  provisional: boolean;

  load(weekStart: IsoDate): Promise<void>;
  /** Shows what a change just sent does to the list, from the renderer's checker. */
  showLocalChange(weekStart: IsoDate, change: LocalChange): void;
  /** Reloads when the shown week changed on the server. */
  weekChanged(weekStart: IsoDate): void;
  setOpen(open: boolean): void;
  toggleOpen(): void;
  applyFix(weekStart: IsoDate, fix: Fix, confirmPublished?: boolean): Promise<'applied' | 'confirm' | 'failed'>;
  confirmPending(): Promise<void>;
  cancelPending(): void;
}

const NO_CONFLICTS: Conflict[] = [];

/** A change as the renderer's checker saw it: violations it adds and removes. */
export interface LocalChange {
  introduced: Violation[];
  resolved: Violation[];
  sessionId: string;
  start: string | null;
  end: string | null;
}

/** The list after a change, before the services answer: a conflict is its rule and entities. */
export function withLocalChange(conflicts: Conflict[], change: LocalChange): Conflict[] {
  const keyOf = (x: { rule: number; entities: string[] }) => `${x.rule}:${x.entities.join('+')}`;
  const gone = new Map<string, number>();
  for (const v of change.resolved) gone.set(keyOf(v), (gone.get(keyOf(v)) ?? 0) + 1);
  const kept = conflicts.filter((c) => {
    const n = c.severity === 'conflict' ? (gone.get(keyOf(c)) ?? 0) : 0;
    if (n > 0) gone.set(keyOf(c), n - 1);
    return n === 0;
  });
  const added: Conflict[] = change.introduced.map((v, i) => ({
    id: `lokaal:${change.sessionId}:${i}`,
    category: categoryOfRule(v.rule),
    rule: v.rule,
    severity: 'conflict',
    message: v.message,
    msg: v.msg,
    entities: v.entities,
    sessionIds: [change.sessionId],
    participants: [],
    start: change.start,
    end: change.end,
    fixes: [],
  }));
  return [...added, ...kept];
}

/**
 * Selects this week's conflicts, or one shared empty list while another week's are held: zustand
 * hands the result to React as a snapshot, and a fresh [] per read re-renders without end
 * (React error #185).
 */
export const conflictsOfWeek =
  (weekStart: IsoDate) =>
  (s: ConflictsState): Conflict[] =>
    s.weekStart === weekStart ? s.conflicts : NO_CONFLICTS;

let seq = 0;

export const useConflictsStore = create<ConflictsState>()((set, get) => ({
  weekStart: null,
  conflicts: [],
  cost: null,
  loading: false,
  failed: false,
  open: false,
  applying: null,
  pending: null,
  lastApplied: null,
  lastAppliedMsg: null,
  provisional: false,

  showLocalChange(weekStart, change) {
    if (get().weekStart !== weekStart) return;
    // An answer to a load begun before this change must not overwrite it with the old list.
    seq++;
    set((s) => ({ conflicts: withLocalChange(s.conflicts, change), provisional: true, lastApplied: null }));
  },

  async load(weekStart) {
    const mine = ++seq;
    const changed = weekStart !== get().weekStart;
    set({ weekStart, loading: true, failed: false, ...(changed ? { conflicts: [], cost: null, lastApplied: null } : {}) });
    try {
      const out = await call('week.conflicts', { weekStart });
      if (mine !== seq) return;
      set({ conflicts: out.conflicts, cost: out.cost, loading: false, provisional: false });
    } catch (err) {
      if (mine !== seq) return;
      // The panel shows its own failure line; the banner would repeat it on every week change.
      set({ loading: false, failed: true, provisional: false });
      if (get().open) useErrorStore.getState().report(err, 'week');
    }
  },

  weekChanged(weekStart) {
    if (get().weekStart === weekStart) void get().load(weekStart);
  },

  setOpen(open) {
    set({ open });
  },
  toggleOpen() {
    set((s) => ({ open: !s.open }));
  },

  async applyFix(weekStart, fix, confirmPublished = false) {
    set({ applying: fix.id });
    try {
      await call('fix.apply', { weekStart, action: fix.action, confirmPublished });
      // Reload first: loading another week clears the confirmation line we set next.
      void get().load(weekStart);
      set({ applying: null, pending: null, lastApplied: fix.label, lastAppliedMsg: fix.msg ?? null });
      const week = useWeekStore.getState();
      if (week.weekStart === weekStart) void week.reload();
      return 'applied';
    } catch (err) {
      // A published week answers `conflict`: the coordinator must confirm the change first.
      if (err instanceof ApiError && err.code === 'conflict' && !confirmPublished) {
        set({ applying: null, pending: { weekStart, fix } });
        return 'confirm';
      }
      useErrorStore.getState().report(err, 'week');
      set({ applying: null, pending: null });
      void get().load(weekStart);
      return 'failed';
    }
  },

  async confirmPending() {
    const p = get().pending;
    if (!p) return;
    await get().applyFix(p.weekStart, p.fix, true);
  },

  cancelPending() {
    set({ pending: null });
  },
}));
