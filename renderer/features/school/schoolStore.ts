// The liaison's own school: capacity over a few weeks from a chosen Monday, the class settings
// the liaison edits and the trial outcomes the school records.
import { create } from 'zustand';
import type { CallOutput } from '../../../shared/api/contract';
import type { Route } from '../../../shared/domain/routes';
import { call } from '../../api/client';
import { resetOnProfileSwitch } from '../profile/profileStore';
import { failureText } from '../../stores/errorStore';
import { followEvents } from '../../stores/liveEvents';

export type Capacity = CallOutput<'school.capacity'>;

interface SchoolState {
  weekStart: string | null;
  weeks: number;
  data: Capacity | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(weekStart?: string): Promise<void>;
  /** Reloads on every pushed change; returns the function that stops it. */
  followChanges(): () => void;
  // These answer the server's result or throw its error; the row that asked shows it and reloads.
  updateClass(classId: string, change: { trialSeats?: number; capacity?: number }, confirm?: boolean): Promise<CallOutput<'school.updateClass'>>;
  recordOutcome(bookingId: string, attended: boolean, routeAdvice: Route | null): Promise<CallOutput<'trial.recordOutcome'>>;
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
      set({ status: 'error', error: failureText(err, 'error.load.capacity') });
    }
  },
  followChanges() {
    // A consultant's booking or the coordinator's change shows here without reloading.
    return followEvents((e) => {
      if ((e.type === 'data.changed' && e.area !== 'setup') || e.type === 'week.changed') void get().load();
    });
  },
  updateClass: (classId, change, confirm) => call('school.updateClass', confirm ? { classId, ...change, confirm } : { classId, ...change }),
  recordOutcome: (bookingId, attended, routeAdvice) => call('trial.recordOutcome', { bookingId, attended, routeAdvice }),
}));

// What one profile saw must not be shown to the next.
resetOnProfileSwitch(useSchoolStore, () => seq++);
