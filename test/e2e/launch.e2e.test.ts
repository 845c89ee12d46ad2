// `npm run serve` closed properly (issue 12): the page at / holds no token; the one-time launch
// URL the server prints signs a browser in with an HttpOnly cookie and is useless afterwards.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { startServer, type StartedServer } from './support/server';

describe('single-user browser mode: the one-time launch URL', () => {
  let server: StartedServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync('test-results/launch', { recursive: true });
    server = await startServer({ today: '2026-11-25' });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('gives nothing to a browser without the link, signs in the one that opens it, and refuses the link a second time', async () => {
    // What any program on this computer can fetch: the page, with no secret in it.
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('name="keten-token" content="lokaal"');
    expect(html).not.toContain(server.cookie);
    const denied = await fetch(`${server.url}api/call/region.overview`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(denied.status).toBe(401);

    // A browser without the cookie sees the app refuse, not the data.
    const strangerCtx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const stranger = await strangerCtx.newPage();
    await stranger.goto(server.url);
    await stranger.getByTestId('setup-check-failed').waitFor({ timeout: 20_000 });
    expect(await stranger.getByTestId('profile-chooser').count()).toBe(0);

    // The server printed a fresh link after the support code used the first one.
    const link = await server.nextLaunchUrl();
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const page = await ctx.newPage();
    await page.goto(`${link}#/weekplanning/2026-W48`);
    await page.getByTestId('profile-chooser').waitFor({ timeout: 20_000 });
    // Redirected to the app, the link gone from the address bar, the place kept.
    expect(page.url()).toBe(`${server.url}#/weekplanning/2026-W48`);
    const cookies = await ctx.cookies(server.url);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', value: server.cookie });
    expect(await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).toBe('');
    await page.getByTestId('profile-coordinator').click();
    await page.getByTestId('profile-current').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/launch/signed-in.png' });

    // The same link in the stranger's browser: useless now.
    const reuse = await stranger.goto(link);
    expect(reuse?.status()).toBe(403);
    expect(await stranger.textContent('h1')).toBe('Deze startlink werkt niet (meer)');
    expect((await strangerCtx.cookies(server.url)).length).toBe(0);
    await stranger.screenshot({ path: 'test-results/launch/link-used.png' });
    await strangerCtx.close();
    await ctx.close();
  });
});
