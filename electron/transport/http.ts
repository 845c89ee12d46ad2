// Browser-mode transport: HTTP on 127.0.0.1 only. A random token, written into the page we
// serve, must accompany every API request; the Host header must name our own address (stops
// DNS rebinding); and we send no CORS headers, so no web page or other local program without
// the token can read or change the data.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../shared/api/dispatch';
import type { ClientSession } from '../../shared/api/access';
import type { EventBus } from '../events';
import { JSON_MEDIA_TYPE, STATUS, readBody, securityHeaders, sendError, sendJson, serveStaticFile, tokensEqual } from './http-common';

export const TOKEN_PLACEHOLDER = '__KETEN_TOKEN__';

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
  token?: string;
  /** How long a client may take to send a whole request (headers and body); default 15 s. */
  requestTimeoutMs?: number;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

export async function startHttpServer(opts: HttpTransportOptions): Promise<RunningHttpServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const sseClients = new Set<ServerResponse>();
  const clientSession: ClientSession = { profile: null };
  const staticRoot = opts.staticDir ? resolve(opts.staticDir) : null;
  let indexHtml: string | null = null;

  const hostAllowed = (host: string | undefined): boolean => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const originAllowed = (origin: string | undefined): boolean => origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;

  const serveStatic = (pathname: string, res: ServerResponse) =>
    serveStaticFile(staticRoot, pathname, res, async () => {
      if (indexHtml === null) indexHtml = (await readFile(join(staticRoot!, 'index.html'), 'utf8')).split(TOKEN_PLACEHOLDER).join(token);
      return indexHtml;
    });

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
        if (url.pathname.startsWith('/api/')) {
          const given = url.pathname === '/api/events' ? url.searchParams.get('token') : req.headers['x-keten-token'];
          if (!tokensEqual(typeof given === 'string' ? given : undefined, token)) {
            sendError(res, 401, { code: 'unauthorized', message: 'Geen of ongeldig toegangstoken.' });
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
