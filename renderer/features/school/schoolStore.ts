// The liaison's own school: capacity over a few weeks from a chosen Monday.
import { create } from 'zustand';
import type { CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { resetOnProfileSwitch } from '../profile/profileStore';
import { messageOf } from '../../stores/errorStore';

export type Capacity = CallOutput<'school.capacity'>;

interface SchoolState {
  weekStart: string | null;
  weeks: number;
  data: Capacity | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(weekStart?: string): Promise<void>;
}

let seq = 0;

export const useSchoolStore = create<SchoolState>()((set, get) => ({
  weekStart: null,
  weeks: 3,
  data: null,
  status: 'idle',
  error: null,
  async load(weekStart) {
    const ws = weekStart ?? get().weekStart;
    if (!ws) return;
    const mine = ++seq;
    set({ weekStart: ws, status: 'loading', error: null });
    try {
      const data = await call('school.capacity', { weekStart: ws, weeks: get().weeks });
      if (mine !== seq) return;
      set({ data, status: 'ready' });
    } catch (err) {
      if (mine !== seq) return;
      set({ status: 'error', error: messageOf(err) ?? 'De capaciteit kon niet worden geladen.' });
    }
  },
}));

// What one profile saw must not be shown to the next.
resetOnProfileSwitch(useSchoolStore, () => seq++);
