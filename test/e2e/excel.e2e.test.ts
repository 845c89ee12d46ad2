// Excel in (issue 11): the coordinator downloads the template, imports a participants file with
// one bad row, sees the error named with its row, fixes the file, imports it, and finds the new
// participant in the caseload search. Also "Back-up maken". Then the coordinator plans next week:
// the proposal is accepted and the imported people are in its sessions.
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekLabel } from '../../shared/domain/week';
import { pageApi } from './support/api';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/excel';
/** The week after the journey's today (2026-11-25): the imported people are housed by then. */
const NEXT_WEEK = '2026-11-30';
const IMPORTED = ['Senait Kidane', 'Yonas Kidane'];
const HEAD = 'Clientnummer;Voornaam;Achternaam;Gemeente;Soort;Datum koppeling;Datum huisvesting;Taal;Andere talen;Digitale vaardigheid;Route-indicatie;Huishouden;Consulent';
const row = (n: string, given: string, housing: string) => `${n};${given};Kidane;Gorinchem;statushouder;02-11-2026;${housing};Tigrinya;Arabisch;basis;;HX;Marieke van der Linden`;

describe('Excel import', () => {
  let browser: Browser;
  let server: StartedServer | undefined;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await page?.close();
    await server?.stop();
    server = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('template, a file with one bad row, the fixed file imported, a backup', async () => {
    server = await startServer({ today: '2026-11-25' });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', acceptDownloads: true });
    await server.letIn(page);
    await page.goto(server.url);
    await chooseProfile(page, 'coordinator');
    await page.getByTestId('nav-manage').click();
    await page.getByTestId('manage-nav-data').click();
    await page.getByTestId('data-screen').waitFor({ timeout: 10_000 });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('data-template').click()]);
    expect(download.suggestedFilename()).toBe('sjabloon-deelnemers.xlsx');
    const saved = join(tmpdir(), `sjabloon-${process.pid}.xlsx`);
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');

    const bad = [HEAD, row('E2E-1', 'Senait', '16-11-2026'), row('E2E-2', 'Yonas', '31-02-2026')].join('\r\n');
    await page.setInputFiles('[data-testid="data-file"]', { name: 'deelnemers.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('data-preview').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('data-error-row').allTextContents()).toEqual(['Deelnemers rij 3, Datum huisvesting "31-02-2026": geen bestaande datum']);
    expect(await page.getByTestId('data-preview-counts-participants').textContent()).toBe('Deelnemers1001');
    expect(await page.getByTestId('data-import').isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/1-preview-with-error.png`, fullPage: true });

    const fixed = [HEAD, row('E2E-1', 'Senait', '16-11-2026'), row('E2E-2', 'Yonas', '30-11-2026')].join('\r\n');
    // The same file, fixed, chosen again.
    await page.setInputFiles('[data-testid="data-file"]', { name: 'deelnemers.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
    await expect.poll(() => page.getByTestId('data-preview-counts-participants').textContent(), { timeout: 20_000 }).toBe('Deelnemers2000');
    expect(await page.getByTestId('data-errors').count()).toBe(0);
    await page.getByTestId('data-import').click();
    await page.getByTestId('data-result').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('data-result').textContent()).toContain('Geïmporteerd: Deelnemers 2 nieuw, 0 gewijzigd.');
    await page.screenshot({ path: `${SHOTS}/2-imported.png`, fullPage: true });

    await page.getByTestId('data-backup').click();
    await expect.poll(() => page.getByTestId('data-notice').textContent(), { timeout: 20_000 }).toMatch(/^Back-up gemaakt: .*backups.*handmatig-.*\.sqlite$/);
    await page.screenshot({ path: `${SHOTS}/3-backup.png`, fullPage: true });

    // The coordinator plans next week with the imported people: plan, accept, see them in sessions.
    await page.goto(`${server.url}#/weekplanning/${isoWeekLabel(NEXT_WEEK)}`);
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 49');
    await page.getByTestId('plan-week').click();
    await page.getByTestId('plan-result').waitFor({ timeout: 120_000 });
    await page.getByTestId('proposal-bar').waitFor({ timeout: 20_000 });
    const proposed = (await pageApi(page, 'week.get', { weekStart: NEXT_WEEK })).sessions.filter((x) => x.status === 'proposed');
    const withImported = proposed.filter((x) => x.participants.some((p) => IMPORTED.includes(p.name)));
    expect(withImported.length, 'the proposal puts the imported people into sessions').toBeGreaterThan(0);
    await page.getByTestId('proposal-accept-selected').click();
    await page.getByTestId('proposal-drawer').waitFor();
    await page.getByTestId('proposal-accept-all').click();
    await page.getByTestId('proposal-bar').waitFor({ state: 'detached', timeout: 30_000 });
    const week = await pageApi(page, 'week.get', { weekStart: NEXT_WEEK });
    expect(week.sessions.filter((x) => x.status === 'proposed')).toEqual([]);
    const accepted = week.sessions.filter((x) => withImported.some((w) => w.id === x.id));
    expect(accepted.map((x) => x.id).sort()).toEqual(withImported.map((x) => x.id).sort());
    // One of those sessions opened in the calendar names the imported person among its participants.
    const first = accepted[0]!;
    const event = page.locator(`[data-testid="session-event"][data-session-id="${first.id}"]`);
    await event.scrollIntoViewIfNeeded();
    await event.click();
    await page.getByTestId('session-panel').waitFor();
    const names = await page.getByTestId('session-participants').textContent();
    expect(IMPORTED.some((n) => names?.includes(n))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/4-planned-week.png`, fullPage: true });
  });
});
