import { create } from 'zustand';
import type { WeekView } from '../../../shared/api/contract';
import { addDays, mondayOf, type IsoDate } from '../../../shared/domain/week';
import { call } from '../../api/client';
import { useErrorStore } from '../../stores/errorStore';

interface WeekState {
  /** Monday of the week on screen; null until we know today's date from the server. */
  weekStart: IsoDate | null;
  /** Today in Europe/Amsterdam, as the server tells it. */
  today: IsoDate | null;
  view: WeekView | null;
  loading: boolean;
  failed: boolean;
  selectedSessionId: string | null;
  /** Calendar grid or a plain table of the week's sessions. */
  viewMode: 'calendar' | 'list';
  setViewMode(mode: 'calendar' | 'list'): void;
  /** Opens on `weekStart` (from the address) or else on this week. */
  init(today: IsoDate, weekStart?: IsoDate | null): Promise<void>;
  goTo(weekStart: IsoDate): Promise<void>;
  prev(): Promise<void>;
  next(): Promise<void>;
  thisWeek(): Promise<void>;
  reload(): Promise<void>;
  select(sessionId: string | null): void;
}

// Each request gets a number; a slow answer for a week the user already left is dropped.
let requestSeq = 0;

export const useWeekStore = create<WeekState>()((set, get) => ({
  weekStart: null,
  today: null,
  view: null,
  loading: false,
  failed: false,
  selectedSessionId: null,
  viewMode: 'calendar',
  setViewMode(viewMode) {
    set({ viewMode });
  },

  async init(today, weekStart) {
    set({ today });
    if (!get().weekStart) await get().goTo(weekStart ?? mondayOf(today));
  },

  async goTo(weekStart) {
    const monday = mondayOf(weekStart);
    const seq = ++requestSeq;
    const changed = monday !== get().weekStart;
    set({
      weekStart: monday,
      loading: true,
      failed: false,
      ...(changed ? { view: null, selectedSessionId: null } : {}),
    });
    try {
      const view = await call('week.get', { weekStart: monday });
      if (seq !== requestSeq) return;
      useErrorStore.getState().resolved('week');
      const selected = get().selectedSessionId;
      set({
        view,
        loading: false,
        selectedSessionId: selected && view.sessions.some((s) => s.id === selected) ? selected : null,
      });
    } catch (err) {
      if (seq !== requestSeq) return;
      useErrorStore.getState().report(err, 'week');
      set({ loading: false, failed: true });
    }
  },

  async prev() {
    const w = get().weekStart;
    if (w) await get().goTo(addDays(w, -7));
  },
  async next() {
    const w = get().weekStart;
    if (w) await get().goTo(addDays(w, 7));
  },
  async thisWeek() {
    const today = get().today;
    if (today) await get().goTo(mondayOf(today));
  },
  async reload() {
    const w = get().weekStart;
    if (w) await get().goTo(w);
  },
  select(sessionId) {
    set({ selectedSessionId: sessionId });
  },
}));
