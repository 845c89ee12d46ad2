// app://keten/ serves dist/renderer and nothing outside it.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appProtocolHandler, mimeTypeFor, resolveAppPath } from './app-protocol';

const ROOT = '/opt/keten/dist/renderer';

describe('resolveAppPath', () => {
  it('maps app://keten/ paths into the folder, / to the index page', () => {
    expect(resolveAppPath(ROOT, APP_INDEX_URL)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://keten/')).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://keten/index.html#/verbinding')).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://keten/assets/index-abc.js?v=1')).toBe(`${ROOT}/assets/index-abc.js`);
    expect(resolveAppPath(ROOT, 'app://keten/assets/a%20b.css')).toBe(`${ROOT}/assets/a b.css`);
  });

  it('refuses paths that leave the folder, other hosts and other schemes', () => {
    for (const url of [
      'app://keten/../../etc/passwd',
      'app://keten/%2e%2e/%2e%2e/etc/passwd',
      'app://keten/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://keten/..%5C..%5Cwindows%5Cwin.ini',
      'app://keten/index.html%00.png',
      'app://keten/%E0%A4%A',
      'app://other/index.html',
      'file:///opt/keten/dist/renderer/index.html',
      'https://keten/index.html',
      'niet een url',
    ]) {
      const file = resolveAppPath(ROOT, url);
      expect(file === null || file.startsWith(`${ROOT}/`), url).toBe(true);
      // The URL parser folds a plain `..` away: what is left stays inside the folder.
      if (file) expect(file, url).not.toContain('\0');
    }
    expect(resolveAppPath(ROOT, 'app://keten/assets/..%2F..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppPath(ROOT, 'app://keten/..%5C..%5Cwindows%5Cwin.ini')).toBeNull();
    expect(resolveAppPath(ROOT, 'app://keten/index.html%00.png')).toBeNull();
    expect(resolveAppPath(ROOT, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, 'file:///opt/keten/dist/renderer/index.html')).toBeNull();
  });

  it('names the MIME types the renderer needs', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/INDEX-1.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('geen-extensie')).toBe('application/octet-stream');
  });

  it('is a standard, secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, bypassCSP: false, corsEnabled: false } });
  });
});

describe('appProtocolHandler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keten-app-protocol-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>K</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(dir, 'geheim.txt'), 'geheim');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const handle = appProtocolHandler(root);

  it('serves files with their type, the CSP and nosniff', async () => {
    const res = await handle(new Request(APP_INDEX_URL));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>K</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await handle(new Request('app://keten/assets/main.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file, 403 outside the folder, 405 for other methods', async () => {
    expect((await handle(new Request('app://keten/assets/none.js'))).status).toBe(404);
    const out = await handle(new Request('app://keten/assets/..%2F..%2Fgeheim.txt'));
    expect(out.status).toBe(403);
    expect(await out.text()).not.toContain('geheim');
    expect((await handle(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
