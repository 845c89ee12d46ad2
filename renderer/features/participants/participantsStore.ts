import { create } from 'zustand';
import type { ParticipantListItem } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { resetOnProfileSwitch } from '../profile/profileStore';
import { useErrorStore } from '../../stores/errorStore';
import { useNavStore } from '../../stores/appStore';

export const PAGE_SIZE = 50;

interface ParticipantsState {
  query: string;
  items: ParticipantListItem[];
  total: number;
  loading: boolean;
  loadingMore: boolean;
  /** True once a search for the current query has answered. */
  loaded: boolean;
  failed: boolean;
  search(query: string): Promise<void>;
  loadMore(): Promise<void>;
  reload(): Promise<void>;
  /**
   * Opens a person from any list: the one place every "open this person" goes through. For now
   * the participants page found by their number (only them); a client page can take over here.
   */
  openPerson(person: { id: string; name: string }): Promise<void>;
}

// A newer search makes older answers (and their "load more" pages) irrelevant.
let generation = 0;

export const useParticipantsStore = create<ParticipantsState>()((set, get) => ({
  query: '',
  items: [],
  total: 0,
  loading: false,
  loadingMore: false,
  loaded: false,
  failed: false,

  async search(query) {
    const gen = ++generation;
    set({ query, loading: true, failed: false });
    try {
      const res = await call('participants.search', { query: query.trim(), limit: PAGE_SIZE, offset: 0 });
      if (gen !== generation) return;
      useErrorStore.getState().resolved('participants');
      set({ items: res.items, total: res.total, loading: false, loaded: true });
    } catch (err) {
      if (gen !== generation) return;
      useErrorStore.getState().report(err, 'participants');
      set({ loading: false, failed: true });
    }
  },

  async loadMore() {
    const { items, total, query, loadingMore } = get();
    if (loadingMore || items.length >= total) return;
    const gen = generation;
    set({ loadingMore: true });
    try {
      const res = await call('participants.search', { query: query.trim(), limit: PAGE_SIZE, offset: items.length });
      if (gen !== generation) return;
      const seen = new Set(get().items.map((p) => p.id));
      set({
        items: [...get().items, ...res.items.filter((p) => !seen.has(p.id))],
        total: res.total,
        loadingMore: false,
      });
    } catch (err) {
      if (gen !== generation) return;
      useErrorStore.getState().report(err, 'participants');
      set({ loadingMore: false });
    }
  },

  async reload() {
    await get().search(get().query);
  },

  async openPerson(person) {
    useNavStore.getState().setSection('participants');
    await get().search(person.id);
  },
}));

// What one profile saw must not be shown to the next.
resetOnProfileSwitch(useParticipantsStore, () => generation++);
