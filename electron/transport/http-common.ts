// What both HTTP transports share: answers as JSON with the security headers, bodies read with
// a size limit, and the error codes as HTTP statuses.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security';
import type { ApiErrorData, ApiResult } from '../../shared/api/errors';

export const MAX_BODY_BYTES = 1_000_000;
/** `application/json`, optionally with parameters (`; charset=utf-8`), and nothing else. */
export const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export const STATUS: Record<ApiErrorData['code'], number> = {
  invalid_input: 400,
  unknown_call: 404,
  not_found: 404,
  conflict: 409,
  stale: 409,
  forbidden: 403,
  unauthorized: 401,
  internal: 500,
};

export function securityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  securityHeaders(res);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, status: number, error: ApiErrorData): void {
  sendJson(res, status, { ok: false, error });
}

export function tokensEqual(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too_large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The built renderer: index.html as `index()` gives it (with the page's CSP), other files from `staticRoot` only. */
export async function serveStaticFile(staticRoot: string | null, pathname: string, res: ServerResponse, index: () => Promise<string>): Promise<void> {
  if (!staticRoot) {
    res.writeHead(404).end();
    return;
  }
  if (pathname === '/' || pathname === '/index.html') {
    const html = await index();
    securityHeaders(res);
    res.writeHead(200, { 'Content-Type': MIME['.html'], 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' });
    res.end(html);
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400).end(); // a malformed %-escape is the client's error, not ours
    return;
  }
  const file = normalize(join(staticRoot, decoded));
  if (!file.startsWith(staticRoot + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const data = await readFile(file);
    securityHeaders(res);
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(data);
  } catch {
    res.writeHead(404).end();
  }
}
