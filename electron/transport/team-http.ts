// The team server's transport (issue 12): many users, each signed in with an account. The
// session lives in an HttpOnly, SameSite=Strict cookie; every state-changing request carries the
// session's CSRF token in X-CSRF-Token; requests from another origin or for another host are
// refused before anything else. The role comes from the account (electron/services/auth).
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../shared/api/dispatch';
import type { ApiCtx, ClientSession } from '../../shared/api/access';
import type { EventBus } from '../events';
import type { Auth, LoginResult, SessionResult, SignedIn, TotpActor } from '../services/auth/accounts';
import type { Oidc } from '../services/auth/oidc';
import { JSON_MEDIA_TYPE, STATUS, readBody, securityHeaders, sendError, sendJson, serveStaticFile, tokensEqual } from './http-common';
import { TOKEN_PLACEHOLDER } from './http';

export const SESSION_COOKIE = 'keten_sessie';
/** A login halfway: the password was right, the authenticator code (or its setup) comes next. */
export const STEP_COOKIE = 'keten_stap';
/** A sign-on through the organisation under way (SameSite=Lax: the provider sends the browser back from its own site). */
export const SSO_COOKIE = 'keten_sso';

export interface TeamHttpOptions {
  dispatch: Dispatch<ApiCtx>;
  events: EventBus;
  auth: Auth;
  staticDir: string | null;
  host?: string;
  port?: number;
  tls?: { cert: Buffer; key: Buffer };
  /** Behind a reverse proxy that terminates TLS: believe its X-Forwarded-Proto and X-Forwarded-For. */
  trustProxy?: boolean;
  /** Host names (with port when not default) this server answers to; default: the address it listens on and localhost. */
  hostNames?: string[];
  requestTimeoutMs?: number;
  /** Single sign-on with the organisation's OpenID Connect provider, when configured. */
  oidc?: Oidc;
  /** Called for every refused login, for the server's log. */
  onRefusedLogin?: (address: string, username: string) => void;
  /** A problem with the OpenID provider, for the server's log. */
  onSsoProblem?: (message: string) => void;
}

export interface RunningTeamServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function whoAmI(s: SignedIn) {
  return { csrfToken: s.csrfToken, profile: s.profile, account: { username: s.account.username, role: s.account.role, totp: s.account.totp } };
}

export async function startTeamServer(opts: TeamHttpOptions): Promise<RunningTeamServer> {
  const staticRoot = opts.staticDir ? resolve(opts.staticDir) : null;
  const sseClients = new Map<ServerResponse, string>();
  /** One ClientSession per login, so per-session state (such as the setup generation) holds between calls. */
  const clientSessions = new Map<string, ClientSession>();
  let port = 0;
  let indexHtml: string | null = null;
  const secureTransport = !!opts.tls;

  const isSecure = (req: IncomingMessage) =>
    secureTransport ||
    (!!opts.trustProxy &&
      String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]!
        .trim() === 'https');
  const addressOf = (req: IncomingMessage) =>
    (opts.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]!
          .trim()
      : '') ||
    req.socket.remoteAddress ||
    'onbekend';
  const hostNames = () => new Set((opts.hostNames ?? [`127.0.0.1:${port}`, `localhost:${port}`, `${opts.host ?? '127.0.0.1'}:${port}`]).map((h) => h.toLowerCase()));
  const hostAllowed = (req: IncomingMessage) => hostNames().has(String(req.headers.host ?? '').toLowerCase());
  const originAllowed = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    if (origin === undefined) return req.headers['sec-fetch-site'] !== 'cross-site';
    return origin.toLowerCase() === `${isSecure(req) ? 'https' : 'http'}://${String(req.headers.host ?? '').toLowerCase()}`;
  };

  function setCookie(req: IncomingMessage, res: ServerResponse, name: string, value: string, extra: string[], sameSite = 'Strict'): void {
    const parts = [`${name}=${value}`, ...extra, 'HttpOnly', `SameSite=${sameSite}`];
    if (isSecure(req)) parts.push('Secure');
    res.appendHeader('Set-Cookie', parts.join('; '));
  }
  function setSessionCookie(req: IncomingMessage, res: ServerResponse, value: string, clear = false): void {
    setCookie(req, res, SESSION_COOKIE, value, clear ? ['Path=/', 'Max-Age=0'] : ['Path=/']);
  }
  function setStepCookie(req: IncomingMessage, res: ServerResponse, value: string | null): void {
    setCookie(req, res, STEP_COOKIE, value ?? '', ['Path=/auth', `Max-Age=${value ? 300 : 0}`]);
  }

  function signedIn(req: IncomingMessage): { token: string; who: SignedIn } | null {
    const token = cookieOf(req, SESSION_COOKIE);
    const who = opts.auth.session(token);
    return token && who ? { token, who } : null;
  }

  function ctxOf(token: string, who: SignedIn): ApiCtx {
    let session = clientSessions.get(token);
    if (!session) {
      session = { profile: who.profile };
      clientSessions.set(token, session);
    }
    session.profile = who.profile;
    session.account = { id: who.account.id, username: who.account.username, role: who.account.role };
    return { transport: 'http', session };
  }

  async function readJson(req: IncomingMessage, res: ServerResponse): Promise<{ ok: true; value: unknown } | { ok: false }> {
    if (!JSON_MEDIA_TYPE.test(String(req.headers['content-type'] ?? ''))) {
      sendError(res, 415, { code: 'invalid_input', message: 'Verwacht JSON (Content-Type: application/json).' });
      return { ok: false };
    }
    try {
      const text = await readBody(req);
      return { ok: true, value: text.trim() === '' ? {} : JSON.parse(text) };
    } catch (err) {
      const tooLarge = err instanceof Error && err.message === 'too_large';
      sendError(res, tooLarge ? 413 : 400, { code: 'invalid_input', message: tooLarge ? 'Het verzoek is te groot.' : 'De invoer is geen geldige JSON.' });
      return { ok: false };
    }
  }

  async function handleLogin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req, res);
    if (!body.ok) return;
    const { username, password } = (body.value ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string' || username.length > 200 || password.length > 1000) {
      sendError(res, 400, { code: 'invalid_input', message: 'Vul een gebruikersnaam en een wachtwoord in.' });
      return;
    }
    const address = addressOf(req);
    const result = await opts.auth.login(username, password, address);
    if (!result.ok) {
      opts.onRefusedLogin?.(address, username);
      if (result.status === 429) res.setHeader('Retry-After', '900');
      sendError(res, result.status, { code: 'unauthorized', message: result.message });
      return;
    }
    if ('next' in result) {
      // No session yet: only the second step's addresses accept this cookie.
      setStepCookie(req, res, result.ticket);
      return void sendJson(res, 200, { ok: true, data: { next: result.next } });
    }
    setSessionCookie(req, res, result.sessionToken);
    sendJson(res, 200, { ok: true, data: whoAmI(result) });
  }

  function sendSession(req: IncomingMessage, res: ServerResponse, result: SessionResult): void {
    if (!result.ok) {
      opts.onRefusedLogin?.(addressOf(req), '');
      if (result.status === 429) res.setHeader('Retry-After', '900');
      return void sendError(res, result.status, { code: 'unauthorized', message: result.message });
    }
    setStepCookie(req, res, null);
    setSessionCookie(req, res, result.sessionToken);
    sendJson(res, 200, { ok: true, data: whoAmI(result) });
  }

  /** This server's own address as the browser uses it (the Host header was checked already). */
  const originOf = (req: IncomingMessage) => `${isSecure(req) ? 'https' : 'http'}://${String(req.headers.host ?? '')}`;

  /**
   * Back to the app after a sign-on through the organisation. The browser came here from the
   * provider's site, so this answer is a page that moves on by itself: the app's own request
   * that follows is then same-origin. `outcome` tells the login screen what happened.
   */
  function backToApp(res: ServerResponse, outcome: string | null): void {
    const target = outcome ? `/?sso=${encodeURIComponent(outcome)}` : '/';
    securityHeaders(res);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}"><title>Keten Planner</title></head>` +
        `<body><p><a href="${target}">Verder naar Keten Planner</a></p></body></html>`,
    );
  }

  async function handleOidc(path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const oidc = opts.oidc;
    if (!oidc) return void sendError(res, 404, { code: 'unknown_call', message: 'Inloggen via de organisatie is op deze server niet ingesteld.' });
    if (req.method !== 'GET') return void sendError(res, 405, { code: 'invalid_input', message: 'Alleen GET is toegestaan.' });
    if (path === '/auth/oidc/start') {
      try {
        const { url, flowId } = await oidc.start(`${originOf(req)}/auth/oidc/callback`);
        setCookie(req, res, SSO_COOKIE, flowId, ['Path=/auth/oidc', 'Max-Age=600'], 'Lax');
        res.writeHead(303, { Location: url, 'Cache-Control': 'no-store' }).end();
      } catch (err) {
        opts.onSsoProblem?.(`De OpenID-provider is niet bereikbaar: ${err instanceof Error ? err.message : String(err)}`);
        backToApp(res, 'failed');
      }
      return;
    }
    const flowId = cookieOf(req, SSO_COOKIE);
    setCookie(req, res, SSO_COOKIE, '', ['Path=/auth/oidc', 'Max-Age=0'], 'Lax');
    const outcome = await oidc.finish(flowId, new URL(req.url ?? '/', originOf(req)));
    if (!outcome.ok) return backToApp(res, outcome.reason);
    const address = addressOf(req);
    const result: LoginResult & { reason?: string } = opts.auth.loginByEmail(outcome.email, address);
    if (!result.ok) {
      opts.onRefusedLogin?.(address, '');
      return backToApp(res, result.reason ?? 'failed');
    }
    if ('next' in result) {
      setStepCookie(req, res, result.ticket);
      return backToApp(res, result.next);
    }
    setSessionCookie(req, res, result.sessionToken);
    backToApp(res, null);
  }

  async function readCode(req: IncomingMessage, res: ServerResponse): Promise<string | null> {
    const body = await readJson(req, res);
    if (!body.ok) return null;
    const { code } = (body.value ?? {}) as { code?: unknown };
    if (typeof code !== 'string' || code.length > 20) {
      sendError(res, 400, { code: 'invalid_input', message: 'Vul de code van 6 cijfers uit uw authenticator-app in.', field: 'code' });
      return null;
    }
    return code;
  }

  /**
   * The authenticator app: `/auth/login/code` (the second step), `/auth/totp/setup` and
   * `/auth/totp/confirm` (setting it up, halfway a login or signed in). False when the path is none of these.
   */
  async function handleTotp(path: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (path !== '/auth/login/code' && path !== '/auth/totp/setup' && path !== '/auth/totp/confirm') return false;
    if (req.method !== 'POST') {
      sendError(res, 405, { code: 'invalid_input', message: 'Alleen POST is toegestaan.' });
      return true;
    }
    const ticket = cookieOf(req, STEP_COOKIE) || undefined;
    let actor: TotpActor;
    if (ticket) actor = { ticket };
    else {
      const s = signedIn(req);
      if (!s || path === '/auth/login/code') {
        sendError(res, 401, { code: 'unauthorized', message: 'Uw inlogpoging is verlopen. Log opnieuw in met uw wachtwoord.' });
        return true;
      }
      if (!requireCsrf(req, res, s.who)) return true;
      actor = { accountId: s.who.account.id };
    }
    if (path === '/auth/totp/setup') {
      const enrolment = await opts.auth.beginTotp(actor);
      if (!enrolment) sendError(res, 401, { code: 'unauthorized', message: 'Uw inlogpoging is verlopen. Log opnieuw in met uw wachtwoord.' });
      else sendJson(res, 200, { ok: true, data: enrolment });
      return true;
    }
    const code = await readCode(req, res);
    if (code === null) return true;
    if (path === '/auth/login/code') {
      sendSession(req, res, opts.auth.loginWithCode(ticket!, code, addressOf(req)));
      return true;
    }
    const result = opts.auth.confirmTotp(actor, code, addressOf(req));
    if ('confirmed' in result) sendJson(res, 200, { ok: true, data: { totp: true } });
    else sendSession(req, res, result);
    return true;
  }

  function requireCsrf(req: IncomingMessage, res: ServerResponse, who: SignedIn): boolean {
    const given = req.headers['x-csrf-token'];
    if (tokensEqual(typeof given === 'string' ? given : undefined, who.csrfToken)) return true;
    sendError(res, 403, { code: 'forbidden', message: 'Het verzoek mist een geldig CSRF-token. Laad de pagina opnieuw.' });
    return false;
  }

  async function handleCall(name: string, req: IncomingMessage, res: ServerResponse, token: string, who: SignedIn): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, { code: 'invalid_input', message: 'Alleen POST is toegestaan.' });
      return;
    }
    if (!requireCsrf(req, res, who)) return;
    const body = await readJson(req, res);
    if (!body.ok) return;
    const result = await opts.dispatch(name, body.value, ctxOf(token, who));
    sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, token: string): void {
    securityHeaders(res);
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': verbonden\n\n');
    sseClients.set(res, token);
    req.on('close', () => sseClients.delete(res));
  }

  const offEvents = opts.events.on((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const [client, token] of sseClients) {
      // A stream outlives neither a logout nor an idle timeout.
      if (opts.auth.session(token)) client.write(line);
      else {
        sseClients.delete(client);
        client.end();
      }
    }
  });

  const unauthorized = (res: ServerResponse) => sendError(res, 401, { code: 'unauthorized', message: 'U bent niet (meer) ingelogd. Log opnieuw in.' });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req)) {
      sendError(res, 421, { code: 'forbidden', message: 'Onbekende host.' });
      return;
    }
    // The provider sends the browser back from its own site: the callback is a cross-site
    // navigation by design, guarded by its state, nonce and PKCE instead.
    const isCallback = req.method === 'GET' && (req.url ?? '').startsWith('/auth/oidc/callback?');
    if (!isCallback && !originAllowed(req)) {
      sendError(res, 403, { code: 'forbidden', message: 'Verzoek van een andere herkomst geweigerd.' });
      return;
    }
    const path = new URL(req.url ?? '/', 'http://server').pathname;
    if (path === '/auth/oidc/start' || path === '/auth/oidc/callback') return handleOidc(path, req, res);
    if (path === '/auth/options' && req.method === 'GET')
      return void sendJson(res, 200, { ok: true, data: { sso: opts.oidc ? { name: opts.oidc.name, issuerOrigin: opts.oidc.issuerOrigin } : null } });
    if (path === '/auth/login') {
      if (req.method !== 'POST') return void sendError(res, 405, { code: 'invalid_input', message: 'Alleen POST is toegestaan.' });
      return handleLogin(req, res);
    }
    if (await handleTotp(path, req, res)) return;
    if (path.startsWith('/auth/') || path.startsWith('/api/')) {
      const s = signedIn(req);
      if (!s) return unauthorized(res);
      if (path === '/auth/session' && req.method === 'GET') return void sendJson(res, 200, { ok: true, data: whoAmI(s.who) });
      if (path === '/auth/logout' || path === '/auth/logout-everywhere') {
        if (req.method !== 'POST') return void sendError(res, 405, { code: 'invalid_input', message: 'Alleen POST is toegestaan.' });
        if (!requireCsrf(req, res, s.who)) return;
        if (path === '/auth/logout') opts.auth.logout(s.token);
        else opts.auth.logoutEverywhere(s.who.account.id);
        clientSessions.delete(s.token);
        setSessionCookie(req, res, '', true);
        return void sendJson(res, 200, { ok: true, data: { loggedOut: true } });
      }
      if (path === '/api/events' && req.method === 'GET') return handleEvents(req, res, s.token);
      const m = /^\/api\/call\/([A-Za-z0-9_.-]+)$/.exec(path);
      if (m) return handleCall(m[1]!, req, res, s.token, s.who);
      return void sendError(res, 404, { code: 'unknown_call', message: 'Onbekend adres.' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    await serveStaticFile(staticRoot, path, res, async () => {
      // No token in the page: the browser's cookie is the credential, and only after a login.
      if (indexHtml === null) indexHtml = (await readFile(join(staticRoot!, 'index.html'), 'utf8')).split(TOKEN_PLACEHOLDER).join('');
      return indexHtml;
    });
  }

  const requestTimeout = opts.requestTimeoutMs ?? 15_000;
  const serverOptions = { requestTimeout, headersTimeout: Math.min(requestTimeout, 10_000), connectionsCheckingInterval: Math.max(100, Math.min(1000, requestTimeout / 4)) };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, { code: 'internal', message: 'Interne serverfout.' });
      else res.end();
    });
  };
  const server: Server = opts.tls ? createHttps({ ...serverOptions, cert: opts.tls.cert, key: opts.tls.key }, listener) : createHttp(serverOptions, listener);

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = opts.host && opts.host !== '0.0.0.0' && opts.host !== '::' ? opts.host : '127.0.0.1';

  return {
    url: `${secureTransport ? 'https' : 'http'}://${shownHost}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        offEvents();
        for (const c of sseClients.keys()) c.end();
        sseClients.clear();
        server.close(() => resolveClose());
        server.closeAllConnections?.();
      }),
  };
}
