// WCAG 2.1 AA on every main screen: axe-core (serious and critical violations fail) in Dutch and
// English, at a normal width and at 320 CSS px, where no screen may scroll sideways except the
// week calendar and focusable scrolling tables. Panels that open take the focus; the proposal
// drawer, the session panel and the conflicts panel close with Escape.
// Screenshots go to test-results/accessibility/.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekLabel } from '../../shared/domain/week';
import { axeFindings, describeFindings, horizontalOverflow } from './support/axe';
import { launchBrowser } from './support/browser';
import { chooseProfile, switchProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/accessibility';
mkdirSync(SHOTS, { recursive: true });

const TODAY = '2026-11-25';
const WEEK = '2026-11-23';
const NEXT_WEEK = '2026-11-30';

/** What may be wider than a 320 px window: it scrolls inside itself, not the page. */
const MAY_SCROLL = ['.calendar', '.table-wrap[tabindex="0"]', '[data-scrolls]'];

const PASSES = [
  { lang: 'nl', width: 1280 },
  { lang: 'en', width: 1280 },
  { lang: 'nl', width: 320 },
  { lang: 'en', width: 320 },
] as const;

let server: StartedServer;
let fresh: StartedServer;
let browser: Browser;
let planned = false;

beforeAll(async () => {
  [server, fresh] = await Promise.all([startServer({ today: TODAY }), startServer({ today: TODAY, firstStart: 'ask' })]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.stop(), fresh?.stop()]);
});

async function focusInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const doc = (globalThis as unknown as { document: { activeElement: { closest(s: string): unknown } | null } }).document;
    return !!doc.activeElement?.closest(sel);
  }, selector);
}

for (const { lang, width } of PASSES) {
  describe(`accessibility in ${lang === 'nl' ? 'Dutch' : 'English'} at ${width} px`, () => {
    let context: BrowserContext;
    let page: Page;
    const tag = `${lang}-${width}`;

    /** axe on the page as it is, no sideways scrolling, and a screenshot. */
    async function check(where: string): Promise<void> {
      await page.screenshot({ path: `${SHOTS}/${tag}-${where}.png`, fullPage: width === 320 });
      // Soft: one run lists every screen's findings, not only the first screen's.
      const findings = await axeFindings(page);
      expect.soft(findings.length === 0 ? '' : describeFindings(`${where} (${tag})`, findings)).toBe('');
      expect.soft(await horizontalOverflow(page, MAY_SCROLL), `${where} (${tag}) scrolt zijwaarts`).toEqual([]);
    }

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'nl-NL' });
      await server.letIn(context);
      await fresh.letIn(context);
      await context.addInitScript((l) => {
        const store = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage;
        store.setItem('keten-planner.lang', JSON.stringify({ state: { lang: l }, version: 0 }));
      }, lang);
      page = await context.newPage();
    });

    afterAll(async () => {
      await context?.close();
    });

    it('first start', async () => {
      await page.goto(fresh.url);
      await page.getByTestId('setup-page').waitFor({ timeout: 20_000 });
      await check('first-start');
      await page.getByTestId('setup-own').click();
      await page.getByTestId('setup-form').waitFor();
      await check('first-start-form');
    });

    it('profile chooser', async () => {
      await page.goto(server.url);
      await page.getByTestId('profile-chooser').waitFor({ timeout: 20_000 });
      await check('profile-chooser');
    });

    it('coordinator week, with the session panel and the conflicts panel', async () => {
      await chooseProfile(page, 'coordinator');
      await page.goto(`${server.url}#/weekplanning/${isoWeekLabel(WEEK)}`);
      await page.waitForSelector('[data-testid="session-event"]', { timeout: 20_000 });
      await check('week');

      const event = page.getByTestId('session-event').first();
      await event.scrollIntoViewIfNeeded();
      await event.click();
      await page.getByTestId('session-panel').waitFor();
      await page.getByTestId('session-move').waitFor({ timeout: 20_000 });
      expect(await focusInside(page, '[data-testid="session-panel"]')).toBe(true);
      await check('session-panel');
      await page.keyboard.press('Escape');
      await page.getByTestId('session-panel').waitFor({ state: 'detached' });

      await page.getByTestId('conflicts-toggle').click();
      await page.getByTestId('conflicts-panel').waitFor();
      await page.waitForSelector('[data-testid="conflicts-panel"][aria-busy="false"]', { timeout: 20_000 });
      expect(await focusInside(page, '[data-testid="conflicts-panel"]')).toBe(true);
      await check('conflicts');
      await page.keyboard.press('Escape');
      await page.getByTestId('conflicts-panel').waitFor({ state: 'detached' });
    });

    it('the proposal drawer takes the focus and closes with Escape', async () => {
      await page.goto(`${server.url}#/weekplanning/${isoWeekLabel(NEXT_WEEK)}`);
      await page.getByTestId('plan-week').waitFor({ timeout: 20_000 });
      if (!planned) {
        await page.getByTestId('plan-week').click();
        await page.getByTestId('plan-result').waitFor({ timeout: 120_000 });
        planned = true;
      }
      await page.getByTestId('proposal-bar').waitFor({ timeout: 20_000 });
      await page.getByTestId('proposal-accept-selected').click();
      const drawer = page.getByTestId('proposal-drawer');
      await drawer.waitFor();
      expect(await focusInside(page, '[data-testid="proposal-drawer"]')).toBe(true);
      await check('proposal-drawer');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached', timeout: 5_000 });
      // Focus goes back to the button that opened it.
      expect(await focusInside(page, '[data-testid="proposal-accept-selected"]')).toBe(true);
    });

    it('Deelnemers', async () => {
      await page.getByTestId('nav-participants').click();
      await page.getByTestId('participant-row').first().waitFor({ timeout: 20_000 });
      // A search still on its way dims the table: judge the colours once it has answered.
      await page.locator('[data-testid="participant-results"][data-results-for]').waitFor({ timeout: 20_000 });
      await check('participants');
    });

    it('not planned and terms', async () => {
      await page.getByTestId('nav-unplanned').click();
      await page.getByTestId('deadline-row').first().waitFor({ timeout: 20_000 });
      await check('unplanned');
    });

    it('region and "Wat nu?"', async () => {
      await page.getByTestId('nav-region').click();
      await page.getByTestId('checklist').waitFor({ timeout: 20_000 });
      await check('region');
    });

    it('Beheer', async () => {
      await page.getByTestId('nav-manage').click();
      await page.getByTestId('manage-page').waitFor({ timeout: 20_000 });
      await page.getByTestId('manage-nav-rooms').click();
      await page.getByTestId('rooms-list').locator('tbody tr').first().waitFor({ timeout: 20_000 });
      await check('manage');
      // A Beheer form, with its pattern editors; Escape closes it.
      await page.getByTestId('rooms-list-add').click();
      const form = page.getByTestId('room-form');
      await form.waitFor();
      expect(await focusInside(page, '[data-testid="room-form"]')).toBe(true);
      await check('manage-form');
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });
    });

    it('consultant caseload and client panel', async () => {
      await switchProfile(page);
      await chooseProfile(page, 'consultant');
      const row = page.getByTestId('caseload-row').first();
      await row.waitFor({ timeout: 20_000 });
      await check('caseload');
      await row.locator('button').first().click();
      const panel = page.getByTestId('client-panel');
      await panel.waitFor();
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('[data-testid="client-panel"] [aria-busy="true"]')
            .length === 0,
        null,
        { timeout: 20_000 },
      );
      expect(await focusInside(page, '[data-testid="client-panel"]')).toBe(true);
      await check('client-panel');
      // Closing puts the focus back on the client's row.
      const id = await row.getAttribute('data-participant-id');
      await panel.getByRole('button', { name: lang === 'nl' ? 'Cliënt sluiten' : 'Close client' }).click();
      await panel.waitFor({ state: 'detached' });
      expect(await focusInside(page, `[data-testid="caseload-row"][data-participant-id="${id}"]`)).toBe(true);
    });

    it('school capacity', async () => {
      await switchProfile(page);
      await chooseProfile(page, 'school');
      await page.getByTestId('school-heatmap').waitFor({ timeout: 20_000 });
      await check('school');
    });
  });
}
