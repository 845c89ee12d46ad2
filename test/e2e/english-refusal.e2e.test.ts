// A Beheer refusal in English (issue 13): with the interface in English, removing a municipality
// that still has locations and participants is refused in English, counting what still belongs
// to it, and a second municipality with a name that is taken is refused on its form in English;
// neither names an internal id. The rooms list says what plans use a room in English; a room made too small shows what the change would do to the
// planned weeks in English, and once saved anyway says what it did in English.
// Screenshots go to test-results/english-refusal/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeJourney, openJourney, signIn } from './support/journey';
import type { StartedServer } from './support/server';

const SHOTS = 'test-results/english-refusal';
mkdirSync(SHOTS, { recursive: true });

/** Dutch words the refusals used to have, and anything that looks like an internal id. */
const DUTCH = /\b(kan niet|worden verwijderd|gemeente|locaties|deelnemers|bestaat)\b/i;
const ID = /\b[A-Z]{1,4}-[A-Z0-9]*\d|\b[A-Z]-[A-Z]{2,}/;

describe('Beheer in English: refusals, a preview and a saved change', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => ({ server, browser, page } = await openJourney({ today: '2026-11-25', viewport: { width: 1400, height: 950 } })));

  afterAll(() => closeJourney(server, browser));

  it('opens the municipalities in English', async () => {
    await signIn(page, server, 'coordinator', { lang: 'en' });
    await page.getByTestId('nav-manage').click();
    await page.getByTestId('manage-nav-gemeenten').click();
    await page.getByTestId('gemeenten-list-row').first().waitFor({ timeout: 20_000 });
  });

  it('refuses to remove a municipality in use, in English and without ids', async () => {
    const row = page.getByTestId('gemeenten-list-row').first();
    const name = (await row.locator('td').first().textContent())!.trim();
    await row.getByTestId('gemeenten-list-remove').click();
    await page.getByTestId('manage-remove-dialog').waitFor();
    await page.getByTestId('confirm-ok').click();
    const error = page.getByTestId('manage-error');
    await error.waitFor({ timeout: 20_000 });
    const text = (await error.textContent())!.trim();
    expect(text).toMatch(new RegExp(`^${name} cannot be removed: it still has \\d+ locations? and \\d+ participants?\\. Move them to another municipality first\\.$`));
    expect(text.replace(name, '')).not.toMatch(DUTCH);
    expect(text).not.toMatch(ID);
    await page.screenshot({ path: `${SHOTS}/1-in-use.png` });
  });

  it('refuses a name that is taken on the form, in English', async () => {
    const name = (await page.getByTestId('gemeenten-list-row').first().locator('td').first().textContent())!.trim();
    await page.getByTestId('gemeenten-list-add').click();
    await page.getByTestId('gemeente-form').waitFor();
    await page.fill('[data-testid="gemeente-form-name"]', name.toUpperCase());
    await page.getByTestId('gemeente-form-save').click();
    const error = page.getByTestId('gemeente-form-error');
    await error.waitFor({ timeout: 20_000 });
    expect((await error.textContent())!.trim()).toBe(`There is already a municipality named ${name.toUpperCase()}.`);
    await page.screenshot({ path: `${SHOTS}/2-name-taken.png` });
    await page.getByTestId('gemeente-form-cancel').click();
  });

  it('previews a smaller room in English and, saved anyway, says so in English', async () => {
    await page.getByTestId('manage-nav-rooms').click();
    await page.getByTestId('rooms-list-row').first().waitFor({ timeout: 20_000 });
    await page.fill('[data-testid="rooms-list-search"]', 'Toetslokaal');
    const row = page.getByTestId('rooms-list-row').first();
    // What plans use the room, in English too.
    await expect.poll(() => row.textContent()).toMatch(/\d+ sessions from week 48/);
    await row.getByTestId('rooms-list-edit').click();
    await page.fill('[data-testid="room-form-capacity"]', '3');
    await page.getByTestId('room-form-save').click();
    const dialog = page.getByTestId('manage-conflicts-dialog');
    await dialog.waitFor({ timeout: 20_000 });
    const preview = (await page.getByTestId('manage-conflicts-message').textContent())!.trim();
    expect(preview).toMatch(/^Saving Toetslokaal gives \d+ new conflicts in weeks 48 and 49\. Nothing has been changed yet; confirm to do it anyway\.$/);
    expect(preview).not.toMatch(/\b(geeft|nieuwe|conflicten|bevestig)\b/);
    await page.screenshot({ path: `${SHOTS}/3-room-preview.png` });
    await page.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    const notice = (await page.getByTestId('manage-notice').textContent())!.trim();
    expect(notice).toMatch(/^Toetslokaal has been saved\. This gives \d+ new conflicts in weeks 48 and 49; they are in the conflict list of those weeks\.$/);
    expect(notice).not.toMatch(ID);
    await page.screenshot({ path: `${SHOTS}/4-room-saved.png` });
  });
});
