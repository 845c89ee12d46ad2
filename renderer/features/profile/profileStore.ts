// Who uses this window. The server keeps the chosen profile per client; we remember the choice
// in localStorage so the next start re-selects it without asking again.
import { create } from 'zustand';
import type { CallInput, CallOutput, Profile } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { getTeamAuth } from '../../api/bridge';
import { failureText } from '../../stores/errorStore';

export type ProfileChoice = CallInput<'profile.select'>;
type Options = CallOutput<'profile.options'>;

export const PROFILE_STORAGE_KEY = 'keten.profile';

interface Storage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The remembered choice, or null when there is none or it is not one we understand. */
export function readSavedChoice(s: Storage | null = storage()): ProfileChoice | null {
  const raw = s?.getItem(PROFILE_STORAGE_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (v.kind === 'coordinator') return { kind: 'coordinator' };
    if (v.kind === 'consultant' && typeof v.consultantId === 'string' && v.consultantId) return { kind: 'consultant', consultantId: v.consultantId };
    if (v.kind === 'liaison' && typeof v.schoolId === 'string' && v.schoolId) return { kind: 'liaison', schoolId: v.schoolId };
  } catch {
    /* a broken entry is ignored: the user chooses again */
  }
  return null;
}

interface ProfileState {
  profile: Profile | null;
  options: Options | null;
  /** 'choosing': the chooser is on screen; 'ready': a profile is active. */
  status: 'idle' | 'starting' | 'choosing' | 'selecting' | 'ready';
  error: string | null;
  /** Asks the server, then the remembered choice; else shows the chooser. */
  start(): Promise<void>;
  choose(choice: ProfileChoice): Promise<void>;
  /** Back to the chooser ("wissel van profiel"). */
  switchProfile(): Promise<void>;
  /**
   * The region is gone (the demo was removed): forget the profile and the remembered choice (an
   * id may mean someone else in the next region) and wait until start() is called again.
   */
  reset(): void;
}

const switchListeners = new Set<() => void>();

/**
 * Runs `reset` whenever the user leaves a profile: a store that holds what one profile saw
 * (a consultant's caseload, a school's visitors, filters) must not show it to the next one.
 */
export function onProfileSwitch(reset: () => void): () => void {
  switchListeners.add(reset);
  return () => switchListeners.delete(reset);
}

/**
 * Puts a store back to its first state on every profile switch; `dropLateAnswers` bumps the
 * store's request counter so an answer still on its way for the old profile is ignored.
 */
/**
 * Puts every store that holds what this profile saw back to its first state, as a switch does,
 * without leaving the profile: the screens load afresh (the error boundary's way back).
 */
export function resetProfileStores(): void {
  for (const reset of switchListeners) reset();
}

export function resetOnProfileSwitch<T>(store: { getState(): T; setState(state: T, replace: true): void }, dropLateAnswers: () => void): void {
  const initial = store.getState();
  onProfileSwitch(() => {
    dropLateAnswers();
    store.setState(initial, true);
  });
}

export const useProfileStore = create<ProfileState>()((set, get) => {
  async function loadOptions() {
    try {
      const options = await call('profile.options', {});
      set({ options });
    } catch (err) {
      set({ error: failureText(err, 'error.load.profiles') });
    }
  }
  return {
    profile: null,
    options: null,
    status: 'idle',
    error: null,
    async start() {
      if (get().status !== 'idle') return;
      set({ status: 'starting', error: null });
      if (getTeamAuth()) {
        // On the team server the account decides the profile: nothing to choose or remember.
        try {
          const { profile } = await call('profile.current', {});
          if (profile) return void set({ profile, status: 'ready' });
        } catch (err) {
          return void set({ status: 'idle', error: failureText(err, 'error.load.profile') });
        }
      }
      // Without a remembered choice this window has not chosen yet: ask, even if the server
      // still holds an earlier window's profile.
      const saved = readSavedChoice();
      if (saved) {
        try {
          const { profile } = await call('profile.current', {});
          if (profile && sameProfile(saved, profile)) {
            set({ profile, status: 'ready' });
            return;
          }
        } catch {
          /* fall through: select the remembered choice again */
        }
        try {
          const { profile } = await call('profile.select', saved);
          set({ profile, status: 'ready' });
          return;
        } catch {
          // A remembered consultant or school that no longer exists: choose again.
          storage()?.removeItem(PROFILE_STORAGE_KEY);
        }
      }
      set({ status: 'choosing' });
      await loadOptions();
    },
    async choose(choice) {
      set({ status: 'selecting', error: null });
      try {
        const { profile } = await call('profile.select', choice);
        storage()?.setItem(PROFILE_STORAGE_KEY, JSON.stringify(choice));
        set({ profile, status: 'ready' });
      } catch (err) {
        set({ status: 'choosing', error: failureText(err, 'error.profile.choose') });
      }
    },
    async switchProfile() {
      storage()?.removeItem(PROFILE_STORAGE_KEY);
      resetProfileStores();
      // The profiles are read afresh: Beheer may have added or removed a consultant or school
      // meanwhile. The chooser waits for them rather than offer an old list.
      set({ profile: null, status: 'choosing', error: null, options: null });
      void loadOptions();
    },
    reset() {
      storage()?.removeItem(PROFILE_STORAGE_KEY);
      for (const reset of switchListeners) reset();
      set({ profile: null, options: null, status: 'idle', error: null });
    },
  };
});

export function sameProfile(choice: ProfileChoice, p: Profile): boolean {
  if (choice.kind !== p.kind) return false;
  if (choice.kind === 'consultant') return p.id === choice.consultantId;
  if (choice.kind === 'liaison') return p.id === choice.schoolId;
  return true;
}
