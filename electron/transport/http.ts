// Browser-mode transport: HTTP on 127.0.0.1 only, for one user. The page we serve holds no
// secret: the server prints a one-time launch URL (/launch?t=...) whose token is exchanged, on
// first use, for an HttpOnly SameSite=Strict cookie holding the session token, after which that
// URL is useless. Every API request needs that cookie (programs in this process may send the
// session token as X-Keten-Token instead); the Host header must name our own address (stops DNS
// rebinding); a foreign Origin is refused; and we send no CORS headers, so no web page or other
// local program without the cookie can read or change the data.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../shared/api/dispatch';
import type { ClientSession } from '../../shared/api/access';
import type { EventBus } from '../events';
import { JSON_MEDIA_TYPE, STATUS, readBody, securityHeaders, sendError, sendJson, serveStaticFile, tokensEqual } from './http-common';

/** In index.html: the team server writes '' there, this single-user server LOCAL_MODE; never a secret. */
export const TOKEN_PLACEHOLDER = '__KETEN_TOKEN__';
export const LOCAL_MODE = 'lokaal';
/** Named per port: cookies are per host, not per port, and two of these servers may run side by side. */
export const LOCAL_COOKIE = 'keten_lokaal';

/** One session per server: one token is one local user, so the chosen profile lives here. */
export interface HttpCtx {
  transport: 'http';
  session: ClientSession;
}

export interface HttpTransportOptions {
  dispatch: Dispatch<HttpCtx>;
  events: EventBus;
  /** Built renderer (index.html and assets); null serves only the API. */
  staticDir: string | null;
  port?: number;
  /** The session token (the cookie's value); random unless a test sets it. */
  token?: string;
  /** Called when a launch URL has been used, e.g. to print a fresh one for another browser. */
  onLaunch?: () => void;
  /** How long a client may take to send a whole request (headers and body); default 15 s. */
  requestTimeoutMs?: number;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  token: string;
  server: Server;
  /** A new one-time launch URL: opened once in a browser, it signs that browser in. */
  newLaunchUrl(): string;
  close(): Promise<void>;
}

export async function startHttpServer(opts: HttpTransportOptions): Promise<RunningHttpServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const sseClients = new Set<ServerResponse>();
  const clientSession: ClientSession = { profile: null };
  /** Launch tokens not yet used. */
  const launchTokens = new Set<string>();
  const staticRoot = opts.staticDir ? resolve(opts.staticDir) : null;
  let indexHtml: string | null = null;

  const hostAllowed = (host: string | undefined): boolean => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const originAllowed = (origin: string | undefined): boolean => origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;

  const serveStatic = (pathname: string, res: ServerResponse) =>
    serveStaticFile(staticRoot, pathname, res, async () => {
      if (indexHtml === null) indexHtml = (await readFile(join(staticRoot!, 'index.html'), 'utf8')).split(TOKEN_PLACEHOLDER).join(LOCAL_MODE);
      return indexHtml;
    });

  function cookieOf(req: IncomingMessage): string | undefined {
    for (const part of String(req.headers.cookie ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === `${LOCAL_COOKIE}_${port}`) return part.slice(eq + 1).trim();
    }
    return undefined;
  }

  /** The launch URL's token, once: the browser gets the session cookie and goes to the app. */
  function handleLaunch(url: URL, res: ServerResponse): void {
    const given = url.searchParams.get('t') ?? '';
    const match = [...launchTokens].find((t) => tokensEqual(given, t));
    securityHeaders(res);
    if (!match) {
      res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Keten Planner</title></head><body>' +
          '<h1>Deze startlink werkt niet (meer)</h1><p>Een startlink werkt één keer. Gebruik de nieuwste link die Keten Planner in het venster van <code>npm run serve</code> toont, of start Keten Planner opnieuw.</p>' +
          '</body></html>',
      );
      return;
    }
    launchTokens.delete(match);
    res.writeHead(303, {
      Location: '/',
      'Cache-Control': 'no-store',
      'Set-Cookie': `${LOCAL_COOKIE}_${port}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    });
    res.end();
    opts.onLaunch?.();
  }

  async function handleCall(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, { code: 'invalid_input', message: 'Alleen POST is toegestaan.' });
      return;
    }
    if (!JSON_MEDIA_TYPE.test(String(req.headers['content-type'] ?? ''))) {
      sendError(res, 415, { code: 'invalid_input', message: 'Verwacht JSON (Content-Type: application/json).' });
      return;
    }
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch (err) {
      const tooLarge = err instanceof Error && err.message === 'too_large';
      sendError(res, tooLarge ? 413 : 400, {
        code: 'invalid_input',
        message: tooLarge ? 'Het verzoek is te groot.' : 'De invoer is geen geldige JSON.',
      });
      return;
    }
    const result = await opts.dispatch(name, input, { transport: 'http', session: clientSession });
    sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    securityHeaders(res);
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': verbonden\n\n');
    sseClients.add(res);
    req.on('close', () => sseClients.delete(res));
  }

  const offEvents = opts.events.on((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of sseClients) client.write(line);
  });

  const requestTimeout = opts.requestTimeoutMs ?? 15_000;
  // A client that sends its request slowly must not hold a connection: Node checks these limits
  // every connectionsCheckingInterval, so that is kept well below the limits themselves.
  const server = createServer(
    { requestTimeout, headersTimeout: Math.min(requestTimeout, 10_000), connectionsCheckingInterval: Math.max(100, Math.min(1000, requestTimeout / 4)) },
    (req, res) => {
      void (async () => {
        if (!hostAllowed(req.headers.host)) {
          sendError(res, 421, { code: 'forbidden', message: 'Onbekende host.' });
          return;
        }
        if (!originAllowed(req.headers.origin)) {
          sendError(res, 403, { code: 'forbidden', message: 'Verzoek van een andere herkomst geweigerd.' });
          return;
        }
        const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
        if (url.pathname === '/launch' && req.method === 'GET') return handleLaunch(url, res);
        if (url.pathname.startsWith('/api/')) {
          const header = req.headers['x-keten-token'];
          const given = cookieOf(req) ?? (typeof header === 'string' ? header : undefined);
          if (!tokensEqual(given, token)) {
            sendError(res, 401, {
              code: 'unauthorized',
              message: 'Geen toegang. Open Keten Planner met de startlink die het venster van npm run serve toont (elke link werkt één keer).',
            });
            return;
          }
          if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(req, res);
          const m = /^\/api\/call\/([A-Za-z0-9_.-]+)$/.exec(url.pathname);
          if (m) return handleCall(m[1]!, req, res);
          sendError(res, 404, { code: 'unknown_call', message: 'Onbekend adres.' });
          return;
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.writeHead(405, { Allow: 'GET' }).end();
          return;
        }
        await serveStatic(url.pathname, res);
      })().catch(() => {
        if (!res.headersSent) sendError(res, 500, { code: 'internal', message: 'Interne serverfout.' });
        else res.end();
      });
    },
  );

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    server,
    newLaunchUrl() {
      const t = randomBytes(32).toString('base64url');
      launchTokens.add(t);
      return `http://127.0.0.1:${port}/launch?t=${t}`;
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        offEvents();
        for (const c of sseClients) c.end();
        sseClients.clear();
        server.close(() => resolveClose());
        server.closeAllConnections?.();
      }),
  };
}
