import { create } from 'zustand';
import type { CallOutput } from '../../shared/api/contract';
import { call } from '../api/client';
import { useErrorStore } from './errorStore';

type AppInfo = CallOutput<'app.info'>;
type Overview = CallOutput<'region.overview'>;

interface AppState {
  info: AppInfo | null;
  overview: Overview | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  load(): Promise<void>;
  /** Only app.info (today's date): for the profiles that may not read the region overview. */
  loadInfo(): Promise<void>;
  /** The region overview again (its counts), e.g. when the coordinator opens the region page. */
  refreshOverview(): Promise<void>;
}

export const useAppStore = create<AppState>()((set) => ({
  info: null,
  overview: null,
  status: 'idle',
  async load() {
    set({ status: 'loading' });
    try {
      const [info, overview] = await Promise.all([call('app.info', {}), call('region.overview', {})]);
      set({ info, overview, status: 'ready' });
      useErrorStore.getState().resolved('app');
    } catch (err) {
      useErrorStore.getState().report(err, 'app');
      set({ status: 'error' });
    }
  },
  async loadInfo() {
    try {
      const info = await call('app.info', {});
      set({ info, status: 'ready' });
      useErrorStore.getState().resolved('app');
    } catch (err) {
      useErrorStore.getState().report(err, 'app');
      set({ status: 'error' });
    }
  },
  async refreshOverview() {
    try {
      const overview = await call('region.overview', {});
      set({ overview });
      useErrorStore.getState().resolved('app');
    } catch (err) {
      useErrorStore.getState().report(err, 'app');
    }
  },
}));

export type Role = 'coordinator' | 'school' | 'consultant';
export type CoordinatorSection = 'week' | 'participants' | 'unplanned' | 'region' | 'manage' | 'accounts';

interface NavState {
  role: Role;
  section: CoordinatorSection;
  setRole(role: Role): void;
  setSection(section: CoordinatorSection): void;
}

export const useNavStore = create<NavState>()((set) => ({
  role: 'coordinator',
  section: 'week',
  setRole: (role) => set({ role }),
  setSection: (section) => set({ section }),
}));
