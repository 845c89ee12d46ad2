// Signing in on the team server. On the desktop and in single-user browser mode there is no
// login ('local'): the profile chooser is the way in.
import { create } from 'zustand';
import { getTeamAuth, type SignedIn, type TotpEnrolment } from '../../api/bridge';
import { ApiError } from '../../../shared/api/errors';
import type { Said } from '../../i18n';
import { saidOf } from '../../stores/errorStore';
import { resetProfileStores } from '../profile/profileStore';

interface AuthState {
  /** 'code': the password was right, the authenticator code comes next; 'totp-setup': a beheerder sets up an app first. */
  status: 'unknown' | 'local' | 'checking' | 'signed-out' | 'signing-in' | 'code' | 'totp-setup' | 'signed-in';
  who: SignedIn | null;
  /** What went wrong, kept as data: written in the language chosen when it is shown. */
  error: Said | null;
  /** Set when the server ended the session (idle too long, logged out elsewhere). */
  expired: boolean;
  /** A code or a setup is being sent. */
  busy: boolean;
  /** The authenticator app being set up (QR code and secret), once loaded. */
  enrolment: TotpEnrolment | null;
  /** Single sign-on: the organisation's name for "Inloggen met …", or null when the server has none. */
  sso: { name: string } | null;
  /** What came back from a sign-on through the organisation that did not sign in ('unknown', 'disabled', ...). */
  ssoProblem: string | null;
  /** A signed-in user has the setup of two-factor login open. */
  totpOpen: boolean;
  /** Just turned on by a signed-in user. */
  totpDone: boolean;
  check(): Promise<void>;
  login(username: string, password: string): Promise<void>;
  submitCode(code: string): Promise<void>;
  loadEnrolment(): Promise<void>;
  confirmTotp(code: string): Promise<void>;
  openTotp(): void;
  closeTotp(): void;
  /** Back to the password (a login halfway given up). */
  restart(): void;
  logout(everywhere?: boolean): Promise<void>;
}

let stopListening: (() => void) | null = null;

/** A login that expired or an account locked: the server's refusal (in Dutch, as it keeps it) says so. */
const startsAgain = (err: unknown) => err instanceof ApiError && /verlopen|geblokkeerd|Te veel/.test(err.message);

export const useAuthStore = create<AuthState>()((set, get) => ({
  status: 'unknown',
  who: null,
  error: null,
  expired: false,
  busy: false,
  sso: null,
  ssoProblem: null,
  enrolment: null,
  totpOpen: false,
  totpDone: false,
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
    // Back from the organisation's sign-on page: its outcome is in the address once; clear it.
    const outcome = new URLSearchParams(window.location.search).get('sso');
    if (outcome !== null) window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
    try {
      const [who, options] = await Promise.all([auth.session(), auth.options()]);
      if (who) set({ status: 'signed-in', who, sso: options.sso });
      else if (outcome === 'totp' || outcome === 'totp-setup') set({ status: outcome === 'totp' ? 'code' : 'totp-setup', who: null, sso: options.sso });
      else set({ status: 'signed-out', who: null, sso: options.sso, ssoProblem: outcome });
    } catch (err) {
      set({ status: 'signed-out', error: saidOf(err, 'auth.unreachable') });
    }
  },
  async login(username, password) {
    const auth = getTeamAuth();
    if (!auth) return;
    set({ status: 'signing-in', error: null });
    try {
      const result = await auth.login(username, password);
      if ('next' in result) set({ status: result.next === 'totp' ? 'code' : 'totp-setup', enrolment: null, expired: false });
      else set({ status: 'signed-in', who: result, expired: false });
    } catch (err) {
      set({ status: 'signed-out', error: saidOf(err, 'auth.failed') });
    }
  },
  async submitCode(code) {
    const auth = getTeamAuth();
    if (!auth) return;
    set({ busy: true, error: null });
    try {
      const who = await auth.loginCode(code);
      set({ status: 'signed-in', who, busy: false });
    } catch (err) {
      // An expired or locked login starts again at the password.
      set({ busy: false, error: saidOf(err, 'auth.failed'), ...(startsAgain(err) ? { status: 'signed-out' as const } : {}) });
    }
  },
  async loadEnrolment() {
    const auth = getTeamAuth();
    if (!auth) return;
    set({ busy: true, error: null, enrolment: null });
    try {
      set({ enrolment: await auth.totpSetup(), busy: false });
    } catch (err) {
      set({ busy: false, error: saidOf(err, 'auth.totp.loadFailed') });
    }
  },
  async confirmTotp(code) {
    const auth = getTeamAuth();
    if (!auth) return;
    set({ busy: true, error: null });
    try {
      const result = await auth.totpConfirm(code);
      if ('csrfToken' in result) set({ status: 'signed-in', who: result, busy: false, enrolment: null });
      else {
        const who = get().who;
        set({ busy: false, enrolment: null, totpDone: true, who: who ? { ...who, account: { ...who.account, totp: true } } : who });
      }
    } catch (err) {
      set({ busy: false, error: saidOf(err, 'auth.code.failed'), ...(get().status === 'totp-setup' && startsAgain(err) ? { status: 'signed-out' as const } : {}) });
    }
  },
  openTotp() {
    set({ totpOpen: true, totpDone: false, enrolment: null, error: null });
  },
  closeTotp() {
    set({ totpOpen: false, totpDone: false, enrolment: null, error: null });
  },
  restart() {
    set({ status: 'signed-out', enrolment: null, error: null, busy: false });
  },
  async logout(everywhere = false) {
    const auth = getTeamAuth();
    if (!auth) return;
    try {
      await auth.logout(everywhere);
    } finally {
      // What this account saw must not stay on screen for the next person at this computer.
      resetProfileStores();
      set({ status: 'signed-out', who: null, error: null, expired: false, totpOpen: false, totpDone: false, enrolment: null });
    }
  },
}));
