// Issue 13: the browser server stops on the first SIGTERM (and SIGINT), also while a browser holds
// its event stream open: it closes the server and the database and exits, well within the grace
// period after which it would exit anyway (electron/shutdown.ts).
// Run: npm run build && CI=true npx vitest run --project e2e test/e2e/serve-shutdown.e2e.test.ts
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type StartedServer } from './support/server';

let server: StartedServer | undefined;

afterAll(async () => {
  await server?.stop();
});

/** An open event stream, as a browser window keeps one: resolves once the server has answered. */
function openEvents(s: StartedServer): Promise<void> {
  const { hostname, port } = new URL(s.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: '/api/events', headers: { 'x-keten-token': s.cookie, accept: 'text/event-stream' } }, (res) => {
      expect(res.statusCode).toBe(200);
      res.on('data', () => {});
      res.on('error', () => {});
      resolve();
    });
    req.on('error', reject);
    req.end();
  });
}

describe('stopping the browser server', () => {
  it('exits on one SIGTERM while a browser holds its event stream', async () => {
    server = await startServer();
    await openEvents(server);
    process.kill(server.pid, 'SIGTERM');
    const result = await Promise.race([server.exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 10_000))]);
    // Exited by itself (not killed by a signal), after closing the server and the database: not
    // by the grace period's way out.
    expect(result).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toMatch(/Stoppen duurde langer|Fout bij het stoppen/);
  });
});
