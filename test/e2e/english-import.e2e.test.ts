// An import's row errors in English (issue 13): with the interface in English, the coordinator
// chooses an .xlsx (built here with exceljs) whose participant has a date that does not exist,
// and another whose housing comes before the koppeling (the participant form's own rule). The
// preview names the rows with the file's own sheet and column names and says why in English;
// nothing can be imported. A Beheer form saved without a name says so in English next to the
// field. Screenshots go to test-results/english-import/.
import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeJourney, openJourney, signIn } from './support/journey';
import type { StartedServer } from './support/server';

const SHOTS = 'test-results/english-import';
mkdirSync(SHOTS, { recursive: true });

async function badWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Deelnemers');
  ws.addRow(['Clientnummer', 'Voornaam', 'Achternaam', 'Gemeente', 'Soort', 'Datum koppeling', 'Datum huisvesting', 'Taal', 'Digitale vaardigheid']);
  ws.addRow(['E2E-EN-1', 'Senait', 'Kidane', 'Gorinchem', 'statushouder', '02-11-2026', '31-02-2026', 'Tigrinya', 'basis']);
  ws.addRow(['E2E-EN-2', 'Yonas', 'Tesfay', 'Gorinchem', 'statushouder', '02-11-2026', '01-11-2026', 'Tigrinya', 'basis']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('an import row error in English', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => ({ server, browser, page } = await openJourney({ today: '2026-11-25', viewport: { width: 1280, height: 900 } })));

  afterAll(() => closeJourney(server, browser));

  it('names the bad row in English around the file’s own names', async () => {
    await signIn(page, server, 'coordinator', { lang: 'en' });
    await page.getByTestId('nav-manage').click();
    await page.getByTestId('manage-nav-data').click();
    await page.getByTestId('data-screen').waitFor({ timeout: 10_000 });

    await page.setInputFiles('[data-testid="data-file"]', {
      name: 'deelnemers.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await badWorkbook(),
    });
    await page.getByTestId('data-preview').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('data-error-row').allTextContents()).toEqual([
      'Deelnemers row 2, Datum huisvesting "31-02-2026": not an existing date',
      'Deelnemers row 3, Datum huisvesting "01-11-2026": The date of housing may not be before the assignment.',
    ]);
    expect(await page.getByTestId('data-preview-message').textContent()).toBe('Nothing imported: 2 errors. Correct the file and try again.');
    expect(await page.getByTestId('data-import').isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/1-row-error.png`, fullPage: true });

    // Back in Dutch, the same preview speaks Dutch: the sentence is written where it is shown.
    await page.getByTestId('lang-nl').click();
    await expect
      .poll(() => page.getByTestId('data-error-row').allTextContents())
      .toEqual([
        'Deelnemers rij 2, Datum huisvesting "31-02-2026": geen bestaande datum',
        'Deelnemers rij 3, Datum huisvesting "01-11-2026": Datum huisvesting mag niet vóór de koppeling liggen.',
      ]);
  });

  it('says in English next to a Beheer field that the name is required', async () => {
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('manage-nav-gemeenten').click();
    await page.getByTestId('gemeenten-list-add').click();
    await page.getByTestId('gemeente-form').waitFor();
    await page.getByTestId('gemeente-form-save').click();
    const nameError = page.getByTestId('gemeente-form-name-error');
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe('Name is required.');
    expect(await page.getByTestId('gemeente-form').textContent()).not.toMatch(/verplicht|Naam/);
    await page.screenshot({ path: `${SHOTS}/2-name-required.png`, fullPage: true });
    // Switched to Dutch while it is shown: the same message in Dutch.
    await page.getByTestId('lang-nl').click();
    await expect.poll(() => nameError.textContent()).toBe('Naam is verplicht.');
  });
});
