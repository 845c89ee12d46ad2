import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dispatch } from '../../shared/api/dispatch';
import { createEventBus } from '../events';
import { startHttpServer, type RunningHttpServer } from './http';
import type { ApiCtx } from '../../shared/api/access';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('HTTP transport', () => {
  let dir: string;
  let server: RunningHttpServer;
  const calls: { name: string; input: unknown }[] = [];
  const ctxs: unknown[] = [];
  const events = createEventBus();
  const dispatch: Dispatch<ApiCtx> = async (name, input, ctx) => {
    calls.push({ name, input });
    ctxs.push(ctx);
    if (name === 'boom') return { ok: false, error: { code: 'invalid_input', message: 'Fout bij veld x', field: 'x' } };
    return { ok: true, data: { echo: input } };
  };

  beforeEach(async () => {
    calls.length = 0;
    dir = mkdtempSync(join(tmpdir(), 'keten-http-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<meta name="keten-token" content="__KETEN_TOKEN__"><p>hallo</p>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, '..', 'geheim.txt'), 'niet serveren');
    server = await startHttpServer({ dispatch, events, staticDir: dir, token: 'tok-123' });
  });

  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const host = () => `127.0.0.1:${server.port}`;
  const apiHeaders = (extra: Record<string, string> = {}) => ({
    Host: host(),
    'Content-Type': 'application/json',
    'X-Keten-Token': 'tok-123',
    ...extra,
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const addr = server.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
  });

  it('serves the page without any token, with a CSP and without CORS headers', async () => {
    const r = await send(server.port, { path: '/', headers: { Host: host() } });
    expect(r.status).toBe(200);
    // Anything on this computer may fetch the page: it says only which kind of server wrote it.
    expect(r.body).toContain('content="lokaal"');
    expect(r.body).not.toContain('tok-123');
    expect(r.body).not.toContain('__KETEN_TOKEN__');
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send(server.port, { path: '/assets/app.js', headers: { Host: host() } })).body).toBe('console.log(1)');
  });

  it('exchanges a one-time launch URL for an HttpOnly SameSite=Strict cookie, after which the URL is useless', async () => {
    const launch = new URL(server.newLaunchUrl());
    expect(launch.href).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/launch\\?t=[\\w-]{40,}$`));
    const first = await send(server.port, { path: `${launch.pathname}${launch.search}`, headers: { Host: host() } });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['set-cookie']).toEqual([`keten_lokaal_${server.port}=tok-123; Path=/; HttpOnly; SameSite=Strict`]);
    const again = await send(server.port, { path: `${launch.pathname}${launch.search}`, headers: { Host: host() } });
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('Deze startlink werkt niet (meer)');
    expect((await send(server.port, { path: '/launch?t=geraden', headers: { Host: host() } })).status).toBe(403);
    expect((await send(server.port, { path: '/launch', headers: { Host: host() } })).status).toBe(403);

    // The cookie is the credential; another server's cookie name (another port) is not.
    const cookie = `keten_lokaal_${server.port}=tok-123`;
    const ok = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: { Host: host(), 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
    expect(ok.status).toBe(200);
    const wrong = await send(server.port, {
      method: 'POST',
      path: '/api/call/week.get',
      headers: { Host: host(), 'Content-Type': 'application/json', Cookie: `keten_lokaal_${server.port}=tok-124; keten_lokaal_1=tok-123` },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.message).toContain('startlink');
  });

  it('runs a call with the right token and passes the input to dispatch', async () => {
    const r = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: apiHeaders(), body: '{"weekStart":"2026-11-23"}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, data: { echo: { weekStart: '2026-11-23' } } });
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(calls).toEqual([{ name: 'week.get', input: { weekStart: '2026-11-23' } }]);
  });

  it('passes one profile session for every call of this server', async () => {
    ctxs.length = 0;
    await send(server.port, { method: 'POST', path: '/api/call/profile.current', headers: apiHeaders(), body: '{}' });
    await send(server.port, { method: 'POST', path: '/api/call/profile.current', headers: apiHeaders(), body: '{}' });
    expect(ctxs[0]).toEqual({ transport: 'http', session: { profile: null } });
    expect((ctxs[0] as { session: object }).session).toBe((ctxs[1] as { session: object }).session);
  });

  it('refuses calls without or with a wrong token, before dispatch', async () => {
    const none = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: { Host: host(), 'Content-Type': 'application/json' }, body: '{}' });
    const wrong = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: apiHeaders({ 'X-Keten-Token': 'tok-124' }), body: '{}' });
    expect(none.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.code).toBe('unauthorized');
    expect(calls).toHaveLength(0);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: apiHeaders({ Host: `evil.example:${server.port}` }), body: '{}' });
    expect(rebinding.status).toBe(421);
    const page = await send(server.port, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(421);
    expect(page.body).not.toContain('tok-123');
    const origin = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: apiHeaders({ Origin: 'https://evil.example' }), body: '{}' });
    expect(origin.status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('answers bad requests with typed errors', async () => {
    const badJson = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: apiHeaders(), body: '{nope' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error).toMatchObject({ code: 'invalid_input', message: 'De invoer is geen geldige JSON.' });
    const form = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: apiHeaders({ 'Content-Type': 'text/plain' }), body: '{}' });
    expect(form.status).toBe(415);
    const field = await send(server.port, { method: 'POST', path: '/api/call/boom', headers: apiHeaders(), body: '{}' });
    expect(field.status).toBe(400);
    expect(JSON.parse(field.body).error.field).toBe('x');
    const get = await send(server.port, { path: '/api/call/week.get', headers: apiHeaders() });
    expect(get.status).toBe(405);
    const options = await send(server.port, { method: 'OPTIONS', path: '/api/call/week.get', headers: { Host: host() } });
    expect(options.status).not.toBe(204);
    expect(options.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('does not serve files outside the renderer folder', async () => {
    const r = await send(server.port, { path: '/..%2Fgeheim.txt', headers: { Host: host() } });
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('niet serveren');
  });

  it('answers a malformed %-escape in a file path with 400, not 500', async () => {
    const r = await send(server.port, { path: '/assets/%E0%A4%A.js', headers: { Host: host() } });
    expect(r.status).toBe(400);
  });

  it('accepts only the JSON media type itself, with or without parameters', async () => {
    for (const type of ['application/jsonfoo', 'application/json-patch+json', 'text/application/json']) {
      const r = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: apiHeaders({ 'Content-Type': type }), body: '{}' });
      expect(r.status, type).toBe(415);
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      const r = await send(server.port, { method: 'POST', path: '/api/call/week.get', headers: apiHeaders({ 'Content-Type': type }), body: '{}' });
      expect(r.status, type).toBe(200);
    }
  });

  it('closes a connection whose client sends its body too slowly', async () => {
    const slow = await startHttpServer({ dispatch, events, staticDir: dir, token: 'tok-123', requestTimeoutMs: 400 });
    try {
      const { connect } = await import('node:net');
      const socket = connect(slow.port, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      const closed = new Promise<string>((resolve) => {
        let got = '';
        socket.on('data', (d) => (got += d.toString()));
        socket.once('close', () => resolve(got));
      });
      socket.write(`POST /api/call/week.get HTTP/1.1\r\nHost: 127.0.0.1:${slow.port}\r\nX-Keten-Token: tok-123\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`);
      // Keep trickling a byte now and then, never finishing the announced 100 bytes.
      let sent = 0;
      const trickle = setInterval(() => {
        if (!socket.destroyed && sent++ < 50) socket.write(' ');
      }, 100);
      const reply = await closed;
      clearInterval(trickle);
      expect(sent).toBeLessThan(50); // closed by the server, not because the client stopped
      expect(reply === '' || reply.startsWith('HTTP/1.1 408')).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('streams events to pages holding the token', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Host: host(), Cookie: `keten_lokaal_${server.port}=tok-123` } }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let buf = '';
        res.on('data', (d) => {
          buf += d;
          if (buf.includes('verbonden') && !buf.includes('data:')) events.emit({ type: 'week.changed', weekStart: '2026-11-23' });
          const m = /data: (.*)\n\n/.exec(buf);
          if (m) {
            req.destroy();
            resolve(m[1]!);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(received)).toEqual({ type: 'week.changed', weekStart: '2026-11-23' });
    const denied = await send(server.port, { path: '/api/events?token=tok-123', headers: { Host: host() } });
    expect(denied.status).toBe(401);
  });
});
