// Consultants' requests for an extra toets slot, for the coordinator: the open ones, and
// marking one done once the slot is there.
import { create } from 'zustand';
import type { SlotRequest } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { useErrorStore } from '../../stores/errorStore';
import { resetOnProfileSwitch } from '../profile/profileStore';

interface RequestsState {
  items: SlotRequest[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Id of the request being marked done, so its button shows it is busy. */
  resolving: string | null;
  load(): Promise<void>;
  resolve(requestId: string): Promise<void>;
}

let seq = 0;

export const useRequestsStore = create<RequestsState>()((set, get) => ({
  items: [],
  status: 'idle',
  resolving: null,
  async load() {
    const mine = ++seq;
    set({ status: 'loading' });
    try {
      const { items } = await call('requests.list', { status: 'open' });
      if (mine !== seq) return;
      set({ items, status: 'ready' });
    } catch (err) {
      if (mine !== seq) return;
      set({ status: 'error' });
      useErrorStore.getState().report(err, 'requests');
    }
  },
  async resolve(requestId) {
    set({ resolving: requestId });
    try {
      await call('requests.resolve', { requestId });
      // Gone from the open list at once; the reload confirms it.
      set((s) => ({ items: s.items.filter((r) => r.id !== requestId) }));
      await get().load();
    } catch (err) {
      useErrorStore.getState().report(err, 'requests');
    } finally {
      set({ resolving: null });
    }
  },
}));

// What one profile saw must not be shown to the next.
resetOnProfileSwitch(useRequestsStore, () => seq++);
