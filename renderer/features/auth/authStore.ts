// Signing in on the team server. On the desktop and in single-user browser mode there is no
// login ('local'): the profile chooser is the way in.
import { create } from 'zustand';
import { getTeamAuth, type SignedIn } from '../../api/bridge';
import { messageOf } from '../../stores/errorStore';
import { resetProfileStores } from '../profile/profileStore';

interface AuthState {
  status: 'unknown' | 'local' | 'checking' | 'signed-out' | 'signing-in' | 'signed-in';
  who: SignedIn | null;
  error: string | null;
  /** Set when the server ended the session (idle too long, logged out elsewhere). */
  expired: boolean;
  check(): Promise<void>;
  login(username: string, password: string): Promise<void>;
  logout(everywhere?: boolean): Promise<void>;
}

let stopListening: (() => void) | null = null;

export const useAuthStore = create<AuthState>()((set, get) => ({
  status: 'unknown',
  who: null,
  error: null,
  expired: false,
  async check() {
    const auth = getTeamAuth();
    if (!auth) {
      set({ status: 'local' });
      return;
    }
    stopListening ??= auth.onSignedOut(() => {
      if (get().status !== 'signed-in') return;
      resetProfileStores();
      set({ status: 'signed-out', who: null, expired: true });
    });
    set({ status: 'checking', error: null });
    try {
      const who = await auth.session();
      set(who ? { status: 'signed-in', who } : { status: 'signed-out', who: null });
    } catch (err) {
      set({ status: 'signed-out', error: messageOf(err) ?? 'De server van de keten is niet bereikbaar.' });
    }
  },
  async login(username, password) {
    const auth = getTeamAuth();
    if (!auth) return;
    set({ status: 'signing-in', error: null });
    try {
      const who = await auth.login(username, password);
      set({ status: 'signed-in', who, expired: false });
    } catch (err) {
      set({ status: 'signed-out', error: messageOf(err) ?? 'Inloggen is niet gelukt.' });
    }
  },
  async logout(everywhere = false) {
    const auth = getTeamAuth();
    if (!auth) return;
    try {
      await auth.logout(everywhere);
    } finally {
      // What this account saw must not stay on screen for the next person at this computer.
      resetProfileStores();
      set({ status: 'signed-out', who: null, error: null, expired: false });
    }
  },
}));
