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
