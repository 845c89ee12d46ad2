// First start with an empty data folder: the app asks for an own region or the demo. An own
// region takes a name and its gemeenten (a mistake is pointed out next to the field), and the
// coordinator then sees "Wat nu?". The demo can be removed in one step, back to the question.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/first-start';

/** What has the keyboard focus: its test id, or its tag and label. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null; tagName: string; textContent: string | null } | null } }).document
      .activeElement;
    if (!el) return '(niets)';
    return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
  });
}

describe('first start', () => {
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

  it('sets up an own region from an empty data folder, by keyboard, and shows the coordinator what to do next', async () => {
    server = await startServer({ firstStart: 'ask', today: '2026-11-25' });
    expect(server.output()).toMatch(/nog geen regio: de app vraagt om een eigen regio of de demoregio/);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    await server.letIn(page);
    await page.goto(server.url);
    await page.getByTestId('setup-page').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('profile-chooser').count()).toBe(0);
    expect(await page.getByTestId('setup-own').textContent()).toBe('Eigen regio inrichten');
    expect(await page.getByTestId('setup-demo').textContent()).toBe('Demoregio bekijken');
    expect(await page.getByTestId('setup-page').textContent()).toMatch(/verzonnen regio.*later in één keer verwijderen/);
    await page.screenshot({ path: `${SHOTS}/1-choice.png` });

    // Keyboard only: Tab to the first choice, Enter opens the form with the focus on the name.
    await page.getByTestId('setup-own').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('setup-form').waitFor();
    expect(await focused(page)).toBe('setup-name');

    // Tab order through the form: name, gemeente 1, its (disabled, so skipped) remove button,
    // add, submit, back.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('setup-gemeente-0');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('setup-gemeente-add');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('setup-submit');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('setup-back');

    // Submitting without a name: the error sits next to the name and the focus goes there.
    await page.getByTestId('setup-gemeente-0').focus();
    await page.keyboard.type('Tiel');
    await page.keyboard.press('Enter');
    const nameError = page.getByTestId('setup-name-error');
    await nameError.waitFor({ timeout: 10_000 });
    expect(await nameError.textContent()).toBe('Naam van de regio: vul een naam in.');
    expect(await page.getByTestId('setup-name').getAttribute('aria-invalid')).toBe('true');
    expect(await focused(page)).toBe('setup-name');
    await page.screenshot({ path: `${SHOTS}/2-name-error.png` });

    // A second gemeente, added by keyboard: the new row gets the focus.
    await page.keyboard.type('Regio Rivierenland');
    await page.getByTestId('setup-gemeente-add').focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('setup-gemeente-1');
    await page.keyboard.type(' tiel');
    await page.keyboard.press('Enter');
    const rowError = page.getByTestId('setup-gemeente-error-1');
    await rowError.waitFor({ timeout: 10_000 });
    expect(await rowError.textContent()).toBe('Gemeente: "tiel" staat al in de lijst.');
    expect(await page.getByTestId('setup-name-error').count()).toBe(0);
    expect(await focused(page)).toBe('setup-gemeente-1');
    await page.screenshot({ path: `${SHOTS}/3-duplicate-error.png` });

    await page.fill('[data-testid="setup-gemeente-1"]', 'West Betuwe');
    // An empty third row is ignored rather than refused.
    await page.getByTestId('setup-gemeente-add').click();
    await page.getByTestId('setup-submit').click();

    // The region exists: the usual profile chooser, with nobody but the coordinator yet.
    await page.getByTestId('profile-chooser').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('profile-consultant-none').textContent()).toBe('Er zijn nog geen consulenten ingevoerd.');
    expect(await page.getByTestId('profile-school-none').textContent()).toBe('Er zijn nog geen taalscholen ingevoerd.');
    await page.screenshot({ path: `${SHOTS}/4-chooser.png` });
    await chooseProfile(page, 'coordinator');

    // "Wat nu?": every step still to do, counted from the region overview.
    const checklist = page.getByTestId('checklist');
    await checklist.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('region-name').textContent()).toBe('Regio Rivierenland');
    expect(await page.getByTestId('demo-badge').count()).toBe(0);
    expect(await page.getByTestId('region-gemeenten').textContent()).toBe('Gemeenten: Tiel, West Betuwe');
    expect(await checklist.getByRole('heading').first().textContent()).toBe('Wat nu?');
    expect(await page.getByTestId('checklist-progress').textContent()).toBe('0 van 8 stappen gedaan');
    const steps = await page.$$eval('[data-testid^="checklist-"][data-done]', (els) => els.map((el) => [el.getAttribute('data-testid'), el.getAttribute('data-done')]));
    expect(steps).toEqual(['locations', 'rooms', 'consultants', 'interpreters', 'schools', 'startklas', 'childcare', 'participants'].map((s) => [`checklist-${s}`, 'false']));
    expect(await page.getByTestId('checklist-locations').textContent()).toMatch(/Locaties en reistijden0 locaties · 0 reistijdenNog te doenOpenen in Beheer/);
    expect(await page.getByTestId('demo-remove').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/5-checklist.png`, fullPage: true });

    // The week screen of an empty region works too.
    await page.getByTestId('nav-week').click();
    await page.getByTestId('week-heading').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}/6-empty-week.png` });
  });

  it('shows the demo on request and removes it in one confirmed step, back to the first-start screen', async () => {
    server = await startServer({ firstStart: 'ask', today: '2026-11-25' });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    await server.letIn(page);
    await page.goto(server.url);
    await page.getByTestId('setup-demo').click();
    await chooseProfile(page, 'coordinator');
    await page.waitForSelector('[data-testid="session-event"]', { timeout: 20_000 });
    expect(await page.getByTestId('region-name').textContent()).toMatch(/^Regio Alblasserwaard-Vijfheerenlanden/);
    expect(await page.getByTestId('demo-badge').getAttribute('title')).toMatch(/Fictieve demoregio/);

    await page.getByTestId('nav-region').click();
    await page.getByTestId('demo-notice').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('checklist-progress').textContent()).toBe('8 van 8 stappen gedaan');
    await page.screenshot({ path: `${SHOTS}/7-demo-region.png`, fullPage: true });

    // Cancelling keeps everything.
    await page.getByTestId('demo-remove').click();
    const dialog = page.getByTestId('demo-remove-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/\d+ deelnemers, \d+ consulenten.*niet ongedaan.*auditlog blijft bewaard/);
    await page.screenshot({ path: `${SHOTS}/8-confirm.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('demo-notice').count()).toBe(1);

    await page.getByTestId('demo-remove').click();
    await dialog.getByTestId('confirm-ok').click();
    await page.getByTestId('setup-page').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('setup-demo-removed').textContent()).toBe('De demoregio is verwijderd. Hoe wilt u verder?');
    expect(await focused(page)).toBe('h2:Welkom bij Keten Planner');
    expect(await page.getByTestId('region-name').count()).toBe(0);
    expect(await page.getByTestId('profile-current').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/9-after-removal.png` });

    // After a reload the question is still there: nothing of the demo is left.
    await page.reload();
    await page.getByTestId('setup-page').waitFor({ timeout: 20_000 });
  });

  it('goes straight to the own-region form with --empty', async () => {
    server = await startServer({ firstStart: 'empty' });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await server.letIn(page);
    await page.goto(server.url);
    await page.getByTestId('setup-form').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('setup-demo').count()).toBe(0);
    expect(await page.getByTestId('setup-back').count()).toBe(0);
    expect(await page.getByTestId('setup-page').textContent()).toMatch(/Begin met het inrichten van uw eigen regio/);
    await page.getByTestId('lang-en').click();
    expect(await page.getByTestId('setup-submit').textContent()).toBe('Create region');
    await page.screenshot({ path: `${SHOTS}/10-empty-en.png` });
  });
});
