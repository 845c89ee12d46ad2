// The renderer talks to one ApiBridge and never knows which transport is behind it:
// Electron's preload exposes `window.ketenApi`; in single-user browser mode we speak HTTP to
// 127.0.0.1 with the HttpOnly cookie the launch URL gave this browser; on the team server with
// the session cookie and CSRF token of a login.
import type { ApiBridge, AppEvent, Profile } from '../../shared/api/contract';
import { ApiError, isApiErrorData, type ApiResult } from '../../shared/api/errors';
import { msg } from '../../shared/messages';

declare global {
  interface Window {
    ketenApi?: ApiBridge;
  }
}

/** Which server wrote the page: 'lokaal' (npm run serve) or '' (the team server). Never a secret. */
function readMode(): string {
  const meta = document.querySelector('meta[name="keten-token"]');
  return meta?.getAttribute('content') ?? '';
}

/** Who is signed in on the team server, as /auth/login and /auth/session answer. */
export interface SignedIn {
  csrfToken: string;
  profile: Profile;
  account: { username: string; role: 'beheerder' | 'coordinator' | 'consultant' | 'liaison'; totp: boolean };
}

/** The password was right; the authenticator app's code ('totp') or its setup ('totp-setup') comes next. */
export interface SecondStep {
  next: 'totp' | 'totp-setup';
}

/** Setting up an authenticator app: the QR code, and the same secret as text in groups. */
export interface TotpEnrolment {
  secret: string;
  uri: string;
  qr: string;
}

/** Login on the team server; absent on the desktop and in single-user browser mode. */
export interface TeamAuth {
  /** What this server offers before login: single sign-on with the organisation's name, or null. */
  /** `issuerOrigin`: where the provider's sign-in page lives (the desktop shell lets its window go there). */
  options(): Promise<{ sso: { name: string; issuerOrigin?: string } | null }>;
  /** The current session, or null when nobody is signed in here. */
  session(): Promise<SignedIn | null>;
  login(username: string, password: string): Promise<SignedIn | SecondStep>;
  /** The second step of a login: the authenticator app's code. */
  loginCode(code: string): Promise<SignedIn>;
  /** A new secret for an authenticator app (halfway a login, or signed in). */
  totpSetup(): Promise<TotpEnrolment>;
  /** The app's first code turns two-factor login on; halfway a login it also signs in. */
  totpConfirm(code: string): Promise<SignedIn | { totp: true }>;
  logout(everywhere?: boolean): Promise<void>;
  /** Called when the server says the session has ended (idle, logged out elsewhere). */
  onSignedOut(listener: () => void): () => void;
}

async function readResult(res: Response): Promise<ApiResult<unknown>> {
  let body: ApiResult<unknown> | undefined;
  try {
    body = (await res.json()) as ApiResult<unknown>;
  } catch {
    throw new ApiError({ code: 'internal', msg: msg('error.unreadableAnswer', { status: res.status }) });
  }
  if (body && (body.ok || isApiErrorData(body.error))) return body;
  throw new ApiError({ code: 'internal', msg: msg('error.unexpectedAnswer', { status: res.status }) });
}

/**
 * The team server: no token in the page; the session is an HttpOnly cookie the browser sends
 * itself, and every call carries the session's CSRF token.
 */
export function createTeamBridge(baseUrl = ''): ApiBridge & { auth: TeamAuth } {
  let csrf = '';
  const signedOut = new Set<() => void>();
  const post = async (path: string, body: unknown): Promise<Response> => {
    try {
      return await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify(body ?? {}),
      });
    } catch {
      throw new ApiError({ code: 'internal', msg: msg('error.noConnection') });
    }
  };
  const auth: TeamAuth = {
    async options() {
      try {
        const body = await readResult(await fetch(`${baseUrl}/auth/options`, { credentials: 'same-origin' }));
        return body.ok ? (body.data as { sso: { name: string; issuerOrigin?: string } | null }) : { sso: null };
      } catch {
        return { sso: null };
      }
    },
    async session() {
      let res: Response;
      try {
        res = await fetch(`${baseUrl}/auth/session`, { credentials: 'same-origin' });
      } catch {
        throw new ApiError({ code: 'internal', msg: msg('error.noConnection') });
      }
      if (res.status === 401) return null;
      const body = await readResult(res);
      if (!body.ok) throw new ApiError(body.error);
      const who = body.data as SignedIn;
      csrf = who.csrfToken;
      return who;
    },
    async login(username, password) {
      const body = await readResult(await post('/auth/login', { username, password }));
      if (!body.ok) throw new ApiError(body.error);
      const data = body.data as SignedIn | SecondStep;
      if ('csrfToken' in data) csrf = data.csrfToken;
      return data;
    },
    async loginCode(code) {
      const body = await readResult(await post('/auth/login/code', { code }));
      if (!body.ok) throw new ApiError(body.error);
      const who = body.data as SignedIn;
      csrf = who.csrfToken;
      return who;
    },
    async totpSetup() {
      const body = await readResult(await post('/auth/totp/setup', {}));
      if (!body.ok) throw new ApiError(body.error);
      return body.data as TotpEnrolment;
    },
    async totpConfirm(code) {
      const body = await readResult(await post('/auth/totp/confirm', { code }));
      if (!body.ok) throw new ApiError(body.error);
      const data = body.data as SignedIn | { totp: true };
      if ('csrfToken' in data) csrf = data.csrfToken;
      return data;
    },
    async logout(everywhere = false) {
      await post(everywhere ? '/auth/logout-everywhere' : '/auth/logout', {});
      csrf = '';
    },
    onSignedOut(listener) {
      signedOut.add(listener);
      return () => signedOut.delete(listener);
    },
  };
  return {
    auth,
    async call(name, input) {
      const res = await post(`/api/call/${encodeURIComponent(name)}`, input);
      const body = await readResult(res);
      if (body.ok) return body.data;
      if (res.status === 401) for (const l of signedOut) l();
      throw new ApiError(body.error);
    },
    subscribe(listener) {
      const source = new EventSource(`${baseUrl}/api/events`, { withCredentials: true });
      source.onmessage = (msg) => {
        try {
          listener(JSON.parse(msg.data) as AppEvent);
        } catch {
          /* a malformed event is dropped, not fatal */
        }
      };
      return () => source.close();
    },
  };
}

/** Single-user browser mode: the cookie the launch URL set is the credential; the browser sends it itself. */
export function createHttpBridge(baseUrl = ''): ApiBridge {
  return {
    async call(name, input) {
      let res: Response;
      try {
        res = await fetch(`${baseUrl}/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiError({ code: 'internal', msg: msg('error.noConnectionLocal') });
      }
      let body: ApiResult<unknown> | undefined;
      try {
        body = (await res.json()) as ApiResult<unknown>;
      } catch {
        throw new ApiError({ code: 'internal', msg: msg('error.unreadableAnswer', { status: res.status }) });
      }
      if (body && body.ok) return body.data;
      if (body && !body.ok && isApiErrorData(body.error)) throw new ApiError(body.error);
      throw new ApiError({ code: 'internal', msg: msg('error.unexpectedAnswer', { status: res.status }) });
    },
    subscribe(listener) {
      const source = new EventSource(`${baseUrl}/api/events`, { withCredentials: true });
      source.onmessage = (msg) => {
        try {
          listener(JSON.parse(msg.data) as AppEvent);
        } catch {
          /* a malformed event is dropped, not fatal */
        }
      };
      return () => source.close();
    },
  };
}

/** Wraps the IPC bridge so errors arrive as ApiError in both modes. */
function wrapIpc(ipc: ApiBridge): ApiBridge {
  return {
    async call(name, input) {
      const result = (await ipc.call(name, input)) as ApiResult<unknown>;
      if (result && result.ok) return result.data;
      if (result && !result.ok && isApiErrorData(result.error)) throw new ApiError(result.error);
      throw new ApiError({ code: 'internal', msg: msg('error.unexpectedMain') });
    },
    subscribe: (listener) => ipc.subscribe(listener),
  };
}

let bridge: (ApiBridge & { auth?: TeamAuth }) | undefined;

export function getBridge(): ApiBridge & { auth?: TeamAuth } {
  // The page says which server wrote it; neither writes a secret into it.
  if (!bridge) bridge = window.ketenApi ? wrapIpc(window.ketenApi) : readMode() === '' ? createTeamBridge() : createHttpBridge();
  return bridge;
}

/** The team server's login, or null on the desktop and in single-user browser mode. */
export function getTeamAuth(): TeamAuth | null {
  return getBridge().auth ?? null;
}

/** Tests and stories can swap the bridge. */
export function setBridge(b: ApiBridge): void {
  bridge = b;
}
