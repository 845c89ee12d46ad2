// When something goes wrong: a screen that fails while rendering shows a message and a way back
// instead of a blank window, and the error lands in the log file in the data folder; errors
// that reach the window do too. The coordinator reads that log in "Over Keten Planner", opened
// and closed with the keyboard; another profile sees the version only.
//
// The failing screen is made with the browser's request interception: the participants search
// answers with a list that is not a list, as a bug in the services could. No test-only code in
// the app itself.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { chooseProfile, switchProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/about';

let server: StartedServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const logText = () => {
  try {
    return readFileSync(join(server.dataDir, 'logs', 'keten-planner.log'), 'utf8');
  } catch {
    return '';
  }
};
/** The test id of the focused element, or of the nearest element around it that has one. */
const focusedIn = (p: Page) =>
  p.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { closest(s: string): { getAttribute(a: string): string | null } | null } | null } }).document.activeElement
        ?.closest('[data-testid]')
        ?.getAttribute('data-testid') ?? null,
  );

beforeAll(async () => {
  server = await startServer({ today: '2026-11-25' });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
  await server.letIn(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  page = await context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('when something goes wrong', () => {
  it('opens "Over Keten Planner" with the keyboard: version, data folder, log file and its last lines', async () => {
    await page.goto(server.url);
    await chooseProfile(page, 'coordinator');
    await page.getByTestId('week-heading').waitFor({ timeout: 20_000 });

    // From the profile switch, Tab reaches the About button; Enter opens it.
    await page.getByTestId('profile-switch').focus();
    await page.keyboard.press('Tab');
    expect(await focusedIn(page)).toBe('about-open');
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('about-dialog');
    await dialog.waitFor();
    expect(await focusedIn(page)).toBe('about-dialog');
    expect(await dialog.getAttribute('role')).toBe('dialog');
    expect(await page.getByTestId('about-open').getAttribute('aria-expanded')).toBe('true');

    await expect.poll(() => page.getByTestId('about-version').textContent(), { timeout: 10_000 }).toMatch(/^\d+\.\d+\.\d+/);
    expect(await page.getByTestId('about-data-folder').textContent()).toBe(server.dataDir);
    expect(await page.getByTestId('about-log-file').textContent()).toBe(join(server.dataDir, 'logs', 'keten-planner.log'));
    const lines = (await page.getByTestId('about-log-lines').textContent()) ?? '';
    expect(lines).toMatch(/^\S+Z INFO \[main\] Keten Planner \S+ gestart \(browserserver, schema \d+\)\.$/m);
    await page.screenshot({ path: `${SHOTS}/about-coordinator.png` });

    // Focus stays inside while tabbing round.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { activeElement: { closest(s: string): unknown } | null } }).document;
        return Boolean(doc.activeElement?.closest('[data-testid="about-dialog"]'));
      });
      expect(at, `Tab ${i + 1}`).toBe(true);
    }

    // Copy: the lines, with version and file, on the clipboard.
    await page.getByTestId('about-copy').click();
    await expect.poll(() => page.getByTestId('about-copied').textContent()).toBe('Gekopieerd naar het klembord.');
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(copied).toContain(`Logbestand: ${join(server.dataDir, 'logs', 'keten-planner.log')}`);
    expect(copied).toContain('INFO [main] Keten Planner');

    // Escape closes, and focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedIn(page)).toBe('about-open');
  });

  it('shows a message and a way back when a screen fails, and writes the error to the log', async () => {
    await page.route('**/api/call/participants.search', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, data: { items: null, total: 3 } }) }),
    );
    await page.getByTestId('nav-participants').click();
    const boundary = page.getByTestId('error-boundary');
    await boundary.waitFor({ timeout: 20_000 });
    expect(await boundary.locator('h2').textContent()).toBe('Er ging iets mis in dit scherm');
    expect(await boundary.textContent()).toContain('De fout is vastgelegd in het logbestand');
    // Keyboard and screen reader land on the message; the header still works.
    expect(await focusedIn(page)).toBe('error-boundary');
    expect(await page.getByTestId('profile-current').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/error-boundary.png` });

    await expect.poll(logText, { timeout: 10_000 }).toMatch(/\n\S+Z ERROR \[renderer scherm\] TypeError: [^\n]+\n {4}at /);
    expect(logText()).toContain('In onderdelen:');

    // The coordinator sees it in the About panel.
    await page.getByTestId('about-open').click();
    await expect.poll(() => page.getByTestId('about-log-lines').textContent(), { timeout: 10_000 }).toContain('ERROR [renderer scherm] TypeError');
    await page.screenshot({ path: `${SHOTS}/about-with-error.png` });
    await page.keyboard.press('Escape');
    await page.getByTestId('about-dialog').waitFor({ state: 'detached' });

    // Back to the start screen: the week, mounted afresh.
    await page.unroute('**/api/call/participants.search');
    await page.getByTestId('error-boundary-home').click();
    await page.getByTestId('week-heading').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('error-boundary').count()).toBe(0);
    expect(await page.getByTestId('nav-week').getAttribute('aria-current')).toBe('page');
    // And the participants screen works again.
    await page.getByTestId('nav-participants').click();
    await page.getByTestId('participant-row').first().waitFor({ timeout: 20_000 });
  });

  it('reloads the app from the message', async () => {
    await page.route('**/api/call/participants.search', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, data: { items: null, total: 3 } }) }),
    );
    // The address keeps the participants screen: opened anew, it searches and fails at once.
    expect(await page.getByTestId('nav-participants').getAttribute('aria-current')).toBe('page');
    await page.reload();
    await page.getByTestId('error-boundary').waitFor({ timeout: 20_000 });
    await page.unroute('**/api/call/participants.search');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('error-boundary-reload').click()]);
    await page.getByTestId('participant-row').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('error-boundary').count()).toBe(0);
  });

  it('writes errors that reach the window to the log', async () => {
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('fout in een timer (journey)');
      }, 0);
      void Promise.reject(new Error('belofte zonder afhandeling (journey)'));
    });
    await expect.poll(logText, { timeout: 10_000 }).toMatch(/ERROR \[renderer window\.onerror\] Error: fout in een timer \(journey\)\n {4}at /);
    await expect.poll(logText, { timeout: 10_000 }).toMatch(/ERROR \[renderer unhandledrejection\] Error: belofte zonder afhandeling \(journey\)\n {4}at /);
  });

  it('shows another profile the version only', async () => {
    await switchProfile(page);
    await chooseProfile(page, 'consultant');
    await page.getByTestId('about-open').click();
    const dialog = page.getByTestId('about-dialog');
    await expect.poll(() => page.getByTestId('about-version').textContent(), { timeout: 10_000 }).toMatch(/^\d+\.\d+\.\d+/);
    expect(await dialog.textContent()).toContain('De gegevensmap en het logbestand zijn alleen voor de coördinator te zien.');
    expect(await page.getByTestId('about-data-folder').count()).toBe(0);
    expect(await page.getByTestId('about-log-lines').count()).toBe(0);
    expect(await dialog.textContent()).not.toContain(server.dataDir);
    await page.screenshot({ path: `${SHOTS}/about-consultant.png` });
    await page.getByTestId('about-close').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedIn(page)).toBe('about-open');
  });
});
