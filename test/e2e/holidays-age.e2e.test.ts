// Issue 13: the week calendar names a public holiday above its day (Christmas week 2026), and a
// consultant reading in English sees a child under 2 in months, not "0 years" or "1 years".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

let server: StartedServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // Monday of week 52: the week page opens on the week with Christmas Day (Fri 25 Dec).
  server = await startServer({ today: '2026-12-21' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await server.letIn(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('public holidays and young children', () => {
  it('names Christmas Day above its day in the week calendar, in Dutch and English', async () => {
    await page.goto(server.url);
    await chooseProfile(page, 'coordinator');
    const note = page.getByTestId('holiday-note');
    await note.first().waitFor({ timeout: 20_000 });
    expect(await note.allTextContents()).toEqual(['Eerste Kerstdag']);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => note.allTextContents()).toEqual(['Christmas Day']);
  });

  it("names the holidays in the liaison's capacity grid instead of leaving the days out, in Dutch and English", async () => {
    const liaison = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await server.letIn(liaison);
    await liaison.goto(server.url);
    await chooseProfile(liaison, 'school');
    await liaison.getByTestId('school-heatmap').waitFor({ timeout: 20_000 });
    const names = liaison.getByTestId('heatmap-holiday');
    // Weeks 52, 53 and 1: Friday 25 December and Friday 1 January (Saturday 26 December is no school day).
    expect(await names.allTextContents()).toEqual(['Eerste Kerstdag', 'Nieuwjaarsdag']);
    const cell = liaison.locator('[data-testid="school-heatmap"] [role="cell"][data-date="2026-12-25"]').first();
    expect(await cell.textContent()).toBe('dicht');
    expect(await cell.getAttribute('aria-label')).toMatch(/^vrijdag 25 december, \w+: Eerste Kerstdag, feestdag: geen lessen en geen proeflessen$/);
    await liaison.getByTestId('lang-en').click();
    await expect.poll(() => names.allTextContents()).toEqual(['Christmas Day', "New Year's Day"]);
    expect(await cell.getAttribute('aria-label')).toMatch(/Christmas Day, public holiday: no lessons and no trial lessons$/);
    await liaison.close();
  });

  it("writes the age of a child under 2 in months in the consultant's household view", async () => {
    // A second window (its own session) for the consultant, in English.
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await server.letIn(page);
    await page.goto(server.url);
    await chooseProfile(page, { consultant: 'Mehmet Demir' });
    await page.getByTestId('caseload-row').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    const row = page.locator('[data-testid="caseload-row"][data-participant-id="P-029"]');
    await row.locator('.cell-name').click();
    const panel = page.getByTestId('client-panel');
    await panel.waitFor({ timeout: 20_000 });
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toMatch(/, \d+ months/);
    expect(await panel.textContent()).not.toMatch(/\b[01] years?\b/);
  });
});
