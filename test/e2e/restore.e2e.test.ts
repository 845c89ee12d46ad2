// Restore in the app (issue 11 item 7): the coordinator makes a backup, changes something
// (imports a participant), restores the backup from the list after confirming, and the change is
// gone; the data of before the restore is kept as a backup. A chosen file that is no backup is
// refused with a message and nothing changes.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pageApi } from './support/api';
import { expectAccessible, horizontalOverflow } from './support/axe';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/restore';
const HEAD = 'Clientnummer;Voornaam;Achternaam;Gemeente;Soort;Datum koppeling;Datum huisvesting;Taal;Andere talen;Digitale vaardigheid;Route-indicatie;Huishouden;Consulent';
const ROW = 'HERSTEL-1;Senait;Kidane;Gorinchem;statushouder;02-11-2026;16-11-2026;Tigrinya;Arabisch;basis;;HR;Marieke van der Linden';

async function openDataScreen(page: Page): Promise<void> {
  await page.getByTestId('nav-manage').click();
  await page.getByTestId('manage-nav-data').click();
  await page.getByTestId('data-screen').waitFor({ timeout: 10_000 });
  await page.waitForSelector('[data-testid="data-backups"][aria-busy="false"]', { timeout: 10_000 });
}

const found = async (page: Page) => (await pageApi(page, 'participants.search', { query: 'Senait Kidane', limit: 50 })).items.length;

describe('restore a backup in the app', () => {
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

  it('backup, a change, restore: the change is gone', async () => {
    server = await startServer({ today: '2026-11-25' });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await server.letIn(page);
    await page.goto(server.url);
    await chooseProfile(page, 'coordinator');
    await openDataScreen(page);
    expect(await page.getByTestId('data-backups-empty').textContent()).toBe('Er staan nog geen back-ups in de gegevensmap.');

    // A backup, listed with its date.
    await page.getByTestId('data-backup').click();
    await expect.poll(() => page.getByTestId('data-backup-item').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('data-backup-item').textContent()).toMatch(/^\d{1,2} \w+ 2026, \d\d:\d\d · handmatig · [\d,]+ MB/);

    // The change: a participant imported.
    await page.setInputFiles('[data-testid="data-file"]', { name: 'deelnemers.csv', mimeType: 'text/csv', buffer: Buffer.from([HEAD, ROW].join('\r\n')) });
    await page.getByTestId('data-preview').waitFor({ timeout: 20_000 });
    await page.waitForSelector('[data-testid="data-import"]:not([disabled])', { timeout: 20_000 });
    await page.getByTestId('data-import').click();
    await page.getByTestId('data-result').waitFor({ timeout: 20_000 });
    expect(await found(page)).toBe(1);

    // A file that is no backup: refused, nothing changed.
    await page.setInputFiles('[data-testid="data-restore-file"]', { name: 'kopie.sqlite', mimeType: 'application/octet-stream', buffer: Buffer.from('dit is geen database') });
    await page.getByTestId('data-restore-confirm').waitFor({ timeout: 10_000 });
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('data-restore-error').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('data-restore-error').textContent()).toBe(
      'Dit bestand is geen bruikbare back-up van Keten Planner (geen SQLite-bestand). Er is niets gewijzigd.',
    );
    expect(await found(page)).toBe(1);
    await page.screenshot({ path: `${SHOTS}/1-refused-file.png`, fullPage: true });

    // Restore the backup from the list, after the confirmation.
    await page.getByTestId('data-restore-backup').click();
    const dialog = page.getByTestId('data-restore-confirm');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.textContent()).toContain('De huidige gegevens worden eerst als back-up bewaard.');
    await expectAccessible(page, 'Back-up terugzetten (bevestigen)');
    await page.screenshot({ path: `${SHOTS}/2-confirm.png`, fullPage: true });
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('data-restored').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('data-restored').textContent()).toMatch(
      /Back-up teruggezet: handmatig-.*\.sqlite\. De gegevens van daarvoor zijn bewaard als voor-herstel-.*\.sqlite\./,
    );
    await expectAccessible(page, 'Back-up teruggezet');
    await page.screenshot({ path: `${SHOTS}/3-restored.png`, fullPage: true });

    // The app starts afresh (the remembered profile chosen again), and the imported participant is gone.
    await page.getByTestId('data-restart').click();
    await page.getByTestId('profile-current').waitFor({ timeout: 20_000 });
    expect(await found(page)).toBe(0);
    await openDataScreen(page);
    // Both backups listed: the one restored, and the data of before the restore.
    expect(await page.getByTestId('data-backup-item').count()).toBe(2);
    expect(await page.getByTestId('data-backup-item').first().textContent()).toContain('van vóór het terugzetten');
    await expectAccessible(page, 'Excel en back-up met back-ups');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/4-after-restart-320.png`, fullPage: true });
  });
});
