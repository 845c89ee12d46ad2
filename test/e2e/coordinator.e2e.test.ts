// The coordinator's morning: open the app on this week, look at next week, find participants.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekOf, mondayOf, todayInAmsterdam } from '../../shared/domain/week';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SCREENSHOT = 'test-results/coordinator-week.png';

/** The start times of the sessions on screen, from the calendar's own markup. */
async function sessionStarts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="session-event"]', (els) => els.map((el) => el.getAttribute('data-start') ?? ''));
}

/** Search ignores case and accents (Çelik is found by "celi"), so the check does too. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

async function rowTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="participant-row"]', (rows) => rows.map((r) => r.textContent ?? ''));
}

/** Types a search and waits until the table shows the answer to exactly that query. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill('[data-testid="participant-search"]', query);
  await page.waitForSelector(`[data-testid="participant-results"][data-results-for="${query}"]`, { timeout: 20_000 });
  return rowTexts(page);
}

describe('coordinator journey', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    await server.letIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const today = todayInAmsterdam();
  const thisMonday = mondayOf(today);
  const nextMonday = addDays(thisMonday, 7);

  it("opens on this week's sessions of the demo region", async () => {
    await page.goto(server.url);
    await chooseProfile(page, 'coordinator');
    const heading = page.getByTestId('week-heading');
    await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Week ${isoWeekOf(today).week} · `));
    await page.waitForSelector('[data-testid="session-event"]', { timeout: 20_000 });

    const starts = await sessionStarts(page);
    expect(starts.length).toBeGreaterThan(0);
    for (const s of starts) {
      expect(s.slice(0, 10) >= thisMonday && s.slice(0, 10) < nextMonday, `${s} ligt in week ${thisMonday}`).toBe(true);
    }
    expect((await page.getByTestId('region-name').textContent())?.trim()).toMatch(/^Regio \S/);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // The details panel names the participants of a session.
    await page.getByTestId('session-event').first().click();
    await page.waitForSelector('[data-testid="session-panel"]');
    const panelText = (await page.textContent('[data-testid="session-panel"]')) ?? '';
    const count = Number(/Deelnemers \((\d+)\)/.exec(panelText)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="session-participants"] li').count()).toBe(count);
  });

  it('moves to next week', async () => {
    await page.getByTestId('week-next').click();
    const heading = page.getByTestId('week-heading');
    await expect.poll(() => heading.textContent()).toMatch(new RegExp(`^Week ${isoWeekOf(nextMonday).week} · `));
    await expect
      .poll(async () => (await sessionStarts(page)).filter((s) => s >= nextMonday && s < addDays(nextMonday, 7)).length, {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    const starts = await sessionStarts(page);
    expect(starts.every((s) => s.slice(0, 10) >= nextMonday && s.slice(0, 10) < addDays(nextMonday, 7))).toBe(true);

    await page.getByTestId('week-today').click();
    await expect.poll(() => heading.textContent()).toMatch(new RegExp(`^Week ${isoWeekOf(today).week} · `));
  });

  it('finds participants by part of a name and by language', async () => {
    await page.getByTestId('nav-participants').click();
    await page.waitForSelector('[data-testid="participant-row"]', { timeout: 20_000 });
    const all = await rowTexts(page);
    expect(all.length).toBeGreaterThan(0);

    // Part of the first listed person's name, as a coordinator would type it.
    const fullName = (await page.locator('[data-testid="participant-row"] th').first().textContent())!.trim();
    const fragment = fullName.split(/\s+/).pop()!.slice(0, 4);
    const byName = await searchFor(page, fragment.toLowerCase());
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.some((r) => r.includes(fullName))).toBe(true);
    for (const r of byName) expect(fold(r)).toContain(fold(fragment));

    const byLanguage = await searchFor(page, 'Tigrinya');
    expect(byLanguage.length).toBeGreaterThan(0);
    for (const r of byLanguage) expect(r).toContain('Tigrinya');
    const languages = await page.$$eval('[data-testid="participant-language"]', (els) => els.map((e) => e.textContent));
    expect(languages).toContain('Tigrinya');
  });
});
