// The desktop app's first question, in Chromium: "Alleen op deze computer" or "Verbinden met de
// server van de keten". The page is the renderer at #/verbinding, served here by the
// single-user server, with a stand-in for the shell's window.ketenShell (the preload's API) that
// records the choice. An address that is not https (or http on localhost) is pointed out next
// to the field; a valid one is handed over normalised and the app says it starts again.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, horizontalOverflow } from './support/axe';
import { launchBrowser } from './support/browser';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/connection';

type Choice = { mode: 'local' } | { mode: 'remote'; url: string };

/** Installs the stand-in shell before the page's scripts run; choices land in window.__choices. */
async function withShell(page: Page, current: Choice | null, refuse?: string): Promise<void> {
  await page.addInitScript(
    ({ current, refuse }) => {
      const w = globalThis as unknown as { __choices: unknown[]; __changes: number; ketenShell: unknown };
      w.__choices = [];
      w.__changes = 0;
      w.ketenShell = {
        change: async () => {
          w.__changes += 1;
        },
        connection: async () => ({ current, choosing: true }),
        choose: async (choice: unknown) => {
          w.__choices.push(choice);
          return refuse ? { ok: false, message: refuse } : { ok: true };
        },
      };
    },
    { current, refuse },
  );
}

const choices = (page: Page) => page.evaluate(() => (globalThis as unknown as { __choices: unknown[] }).__choices);

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid') ?? null,
  );
}

describe('connection choice (desktop first start)', () => {
  let browser: Browser;
  let server: StartedServer;
  let page: Page | undefined;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    server = await startServer({ firstStart: 'ask' });
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await server?.stop();
    await browser?.close();
  });

  async function open(current: Choice | null, opts: { width?: number; refuse?: string } = {}): Promise<Page> {
    page = await browser.newPage({ viewport: { width: opts.width ?? 1280, height: 800 }, locale: 'nl-NL' });
    await withShell(page, current, opts.refuse);
    await page.goto(`${server.url}#/verbinding`);
    await page.locator('[data-testid="connection-page"][aria-busy="false"]').waitFor({ timeout: 20_000 });
    return page;
  }

  it('on first start offers both ways; a wrong address is pointed out, a good one handed over as https', async () => {
    const p = await open(null);
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe('Hoe werkt Keten Planner op deze computer?');
    expect(await p.getByTestId('connection-local').textContent()).toBe('Op deze computer werken');
    expect(await p.getByTestId('connection-remote').textContent()).toBe('Verbinden');
    // Nothing of the app itself: no profile chooser, no setup, no current choice.
    expect(await p.getByTestId('profile-chooser').count()).toBe(0);
    expect(await p.getByTestId('setup-page').count()).toBe(0);
    expect(await p.getByTestId('connection-current').count()).toBe(0);
    expect(await p.getByTestId('connection-cancel').count()).toBe(0);
    await expectAccessible(p, 'verbinding kiezen');
    await p.screenshot({ path: `${SHOTS}/1-choice.png` });

    // Empty address: the error sits next to the field and the focus goes there.
    await p.getByTestId('connection-remote').click();
    await p.getByTestId('connection-url-error').waitFor();
    expect(await p.getByTestId('connection-url-error').textContent()).toBe('Adres van de server: vul het adres in.');
    expect(await p.getByTestId('connection-url').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedTestId(p)).toBe('connection-url');

    // Plain http to another computer is refused; the shell is never asked.
    await p.getByTestId('connection-url').fill('http://planner.keten.nl');
    expect(await p.getByTestId('connection-url-error').count()).toBe(0);
    await p.keyboard.press('Enter');
    await p.getByTestId('connection-url-error').waitFor();
    expect(await p.getByTestId('connection-url-error').textContent()).toBe('Adres van de server: het adres moet met https:// beginnen (http alleen voor localhost).');
    await expectAccessible(p, 'verbinding kiezen, fout adres');
    await p.screenshot({ path: `${SHOTS}/2-not-https.png` });
    expect(await choices(p)).toEqual([]);

    // A bare host name means https.
    await p.getByTestId('connection-url').fill('Planner.Keten.nl');
    await p.keyboard.press('Enter');
    await p.getByTestId('connection-restarting').waitFor();
    expect(await p.getByTestId('connection-restarting').textContent()).toContain('Keten Planner start opnieuw');
    expect(await choices(p)).toEqual([{ mode: 'remote', url: 'https://planner.keten.nl/' }]);
    await p.screenshot({ path: `${SHOTS}/3-restarting.png` });
  });

  it('chooses this computer with one button', async () => {
    const p = await open(null);
    await p.getByTestId('connection-local').click();
    await p.getByTestId('connection-restarting').waitFor();
    expect(await choices(p)).toEqual([{ mode: 'local' }]);
  });

  it('when changing, shows the current connection with its address filled in, and can keep it', async () => {
    const p = await open({ mode: 'remote', url: 'https://planner.keten.nl/' });
    expect(await p.getByTestId('connection-current').textContent()).toBe('Nu is Keten Planner verbonden met https://planner.keten.nl/.');
    expect(await p.getByTestId('connection-url').inputValue()).toBe('https://planner.keten.nl/');
    await expectAccessible(p, 'verbinding wijzigen');
    await p.screenshot({ path: `${SHOTS}/4-change.png` });
    await p.getByTestId('connection-cancel').click();
    await p.getByTestId('connection-restarting').waitFor();
    expect(await choices(p)).toEqual([{ mode: 'remote', url: 'https://planner.keten.nl/' }]);
  });

  it("shows the shell's refusal", async () => {
    const p = await open(null, { refuse: 'De keuze kon niet worden bewaard: geen schrijfrechten.' });
    await p.getByTestId('connection-local').click();
    await p.getByTestId('connection-error').waitFor();
    expect(await p.getByTestId('connection-error').textContent()).toBe('De keuze kon niet worden bewaard: geen schrijfrechten.');
    expect(await p.getByTestId('connection-local').isEnabled()).toBe(true);
  });

  it('fits a 320 px window without sideways scrolling', async () => {
    const p = await open({ mode: 'local' }, { width: 320 });
    expect(await horizontalOverflow(p)).toEqual([]);
    await expectAccessible(p, 'verbinding kiezen, 320 px');
    await p.screenshot({ path: `${SHOTS}/5-narrow.png`, fullPage: true });
  });

  it('is not shown in the browser, where there is no desktop shell; nor is "Verbinding wijzigen" in the About panel', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    await server.letIn(page);
    await page.goto(`${server.url}#/verbinding`);
    await page.getByTestId('setup-page').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('connection-page').count()).toBe(0);
    await page.getByTestId('about-open').click();
    await page.getByTestId('about-close').waitFor();
    expect(await page.getByTestId('about-change-connection').count()).toBe(0);
  });

  it('offers "Verbinding wijzigen" in the About panel of the desktop app', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    await server.letIn(page);
    await withShell(page, { mode: 'local' });
    await page.goto(server.url);
    await page.getByTestId('setup-page').waitFor({ timeout: 20_000 });
    await page.getByTestId('about-open').click();
    const button = page.getByTestId('about-change-connection');
    await button.waitFor();
    expect(await button.textContent()).toBe('Verbinding wijzigen');
    await expectAccessible(page, 'over keten planner, desktop');
    await page.screenshot({ path: `${SHOTS}/6-about.png` });
    await button.click();
    await expect.poll(() => page!.evaluate(() => (globalThis as unknown as { __changes: number }).__changes)).toBe(1);
  });
});
