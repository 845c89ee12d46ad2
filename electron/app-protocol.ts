// The desktop app's own pages are served from app://keten/ (a privileged, standard and secure
// scheme) instead of file://: one origin that no other file on the disk shares, with the same
// Content Security Policy as the browser mode. Kept free of the `electron` import so the path
// resolution and the handler are unit-tested; shell.ts registers it.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'keten';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // standard: relative URLs and an origin of its own; secure: treated like https (no mixed
  // content); supportFetchAPI: the page's fetch of its own assets. No CORS, no service workers.
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, allowServiceWorkers: false, bypassCSP: false, stream: false },
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` an app:// URL names, or null when the URL is not ours or would leave
 * the folder (`..`, encoded slashes or backslashes, NUL bytes). `/` is the index page.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '' || path === '/') path = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) return null;
  if (file.split(sep).some((part) => part === '..')) return null;
  return file;
}

export type ReadFileFn = (file: string) => Promise<Uint8Array>;

/** The handler for protocol.handle('app', ...): GET and HEAD of files in `rootDir` only. */
export function appProtocolHandler(rootDir: string, read: ReadFileFn = (f) => readFile(f)): (request: Request) => Promise<Response> {
  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  const plain = (status: number, text: string) => new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Niet toegestaan.');
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return plain(403, 'Geweigerd.');
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return plain(404, 'Niet gevonden.');
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(mimeTypeFor(file)) });
  };
}
