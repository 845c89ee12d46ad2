// Excel in for the region's lists (issue 11): the coordinator picks the rooms template, imports
// a rooms file with one bad row, sees the error named with sheet, row and column, imports the
// fixed file, and finds the room under Beheer; the screen passes axe and fits 320 px.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, describeFindings, horizontalOverflow } from './support/axe';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/excel-resources';
/** A location of the demo region, by name as the files name it. */
const place = 'Stadhuis Gorinchem';
const HEAD = 'Locatie;Naam;Capaciteit;Touchlaptops;Muislaptops;Soorten sessies;Openingstijden;Uitzonderingen;In gebruik';

describe('Excel import of a resource list', () => {
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

  it('the rooms template, a rooms file with one bad row, the fixed file imported', async () => {
    server = await startServer({ today: '2026-11-25' });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', acceptDownloads: true });
    await server.letIn(page);
    await page.goto(server.url);
    await chooseProfile(page, 'coordinator');
    await page.getByTestId('nav-manage').click();
    await page.getByTestId('manage-nav-data').click();
    await page.getByTestId('data-screen').waitFor({ timeout: 10_000 });

    await page.getByLabel('Sjabloon voor').selectOption('rooms');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('data-template').click()]);
    expect(download.suggestedFilename()).toBe('sjabloon-zalen.xlsx');

    const line = (name: string, capacity: string) => `${place};${name};${capacity};2;2;groepsvoorlichting, leerbaarheidstoets;ma-vr 09:00-17:00;24-12-2026 dicht (Kerst);ja`;
    const bad = [HEAD, line('Importzaal', '12'), line('Tweede importzaal', 'twaalf')].join('\r\n');
    await page.setInputFiles('[data-testid="data-file"]', { name: 'zalen.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('data-preview').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('data-error-row').allTextContents()).toEqual(['Zalen rij 3, Capaciteit "twaalf": geen heel getal']);
    expect(await page.getByTestId('data-preview-counts-rooms').textContent()).toBe('Zalen1001');
    expect(await page.getByTestId('data-import').isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/1-preview-with-error.png`, fullPage: true });

    const fixed = [HEAD, line('Importzaal', '12'), line('Tweede importzaal', '14')].join('\r\n');
    await page.setInputFiles('[data-testid="data-file"]', { name: 'zalen.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
    await expect.poll(() => page.getByTestId('data-preview-counts-rooms').textContent(), { timeout: 20_000 }).toBe('Zalen2000');
    await page.getByTestId('data-import').click();
    await page.getByTestId('data-result').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('data-result').textContent()).toContain('Geïmporteerd: Zalen 2 nieuw, 0 gewijzigd.');
    const findings = await axeFindings(page);
    expect(findings.length === 0 ? '' : describeFindings('Excel en back-up', findings)).toBe('');
    await page.screenshot({ path: `${SHOTS}/2-imported.png`, fullPage: true });

    await page.getByTestId('manage-nav-rooms').click();
    await page.getByTestId('rooms-list-row').first().waitFor({ timeout: 20_000 });
    await page.fill('[data-testid="rooms-list-search"]', 'importzaal');
    await expect.poll(() => page.getByTestId('rooms-list-row').count(), { timeout: 10_000 }).toBe(2);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByTestId('manage-nav-data').click();
    await page.getByTestId('data-screen').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${SHOTS}/3-narrow.png`, fullPage: true });
    expect(await horizontalOverflow(page, ['.table-wrap[tabindex="0"]'])).toEqual([]);
  });
});
