// Unplanned demand of the shown week and the participants' terms, for the coordinator's
// "Niet gepland & termijnen" tab.
import { create } from 'zustand';
import type { IsoDate } from '../../../shared/domain/week';
import { call } from '../../api/client';
import { useErrorStore } from '../../stores/errorStore';
import type { DeadlineItem, UnplannedItem } from './deadlineText';

export interface DeadlinesState {
  weekStart: IsoDate | null;
  unplanned: UnplannedItem[];
  planCost: number | null;
  planBound: number | null;
  unplannedStatus: 'idle' | 'loading' | 'ready' | 'error';
  deadlines: DeadlineItem[];
  deadlinesStatus: 'idle' | 'loading' | 'ready' | 'error';
  loadUnplanned(weekStart: IsoDate): Promise<void>;
  loadDeadlines(): Promise<void>;
  weekChanged(weekStart: IsoDate): void;
  dataChanged(): void;
}

const NOTHING_UNPLANNED: UnplannedItem[] = [];

/** Selects this week's unplanned demand; one shared empty list otherwise (a fresh [] per read loops React: error #185). */
export const unplannedOfWeek =
  (weekStart: IsoDate) =>
  (s: DeadlinesState): UnplannedItem[] =>
    s.weekStart === weekStart ? s.unplanned : NOTHING_UNPLANNED;

let unplannedSeq = 0;
let deadlinesSeq = 0;

export const useDeadlinesStore = create<DeadlinesState>()((set, get) => ({
  weekStart: null,
  unplanned: [],
  planCost: null,
  planBound: null,
  unplannedStatus: 'idle',
  deadlines: [],
  deadlinesStatus: 'idle',

  async loadUnplanned(weekStart) {
    const mine = ++unplannedSeq;
    const changed = weekStart !== get().weekStart;
    set({ weekStart, unplannedStatus: 'loading', ...(changed ? { unplanned: [], planCost: null, planBound: null } : {}) });
    try {
      const out = await call('week.unplanned', { weekStart });
      if (mine !== unplannedSeq) return;
      set({ unplanned: out.items, planCost: out.cost, planBound: out.bound, unplannedStatus: 'ready' });
    } catch (err) {
      if (mine !== unplannedSeq) return;
      useErrorStore.getState().report(err, 'week');
      set({ unplannedStatus: 'error' });
    }
  },

  async loadDeadlines() {
    const mine = ++deadlinesSeq;
    set({ deadlinesStatus: 'loading' });
    try {
      const out = await call('deadlines.list', { limit: 1000 });
      if (mine !== deadlinesSeq) return;
      set({ deadlines: out.items, deadlinesStatus: 'ready' });
    } catch (err) {
      if (mine !== deadlinesSeq) return;
      useErrorStore.getState().report(err, 'week');
      set({ deadlinesStatus: 'error' });
    }
  },

  weekChanged(weekStart) {
    // Only what was loaded is refreshed; an unopened tab loads when it opens.
    if (get().weekStart === weekStart && get().unplannedStatus !== 'idle') void get().loadUnplanned(weekStart);
    if (get().deadlinesStatus !== 'idle') void get().loadDeadlines();
  },

  dataChanged() {
    const w = get().weekStart;
    if (w && get().unplannedStatus !== 'idle') void get().loadUnplanned(w);
    if (get().deadlinesStatus !== 'idle') void get().loadDeadlines();
  },
}));
