// Beheer: a coordinator fills an empty own region from the management screens (a gemeente,
// two locations with the travel time between them, a room with its opening hours), sees a
// mistake next to its field, and uses a form with the keyboard alone. On the demo region, a
// room made smaller than its booked sessions first shows the conflicts it would cause; saved
// anyway, they are in the conflicts panel of that week.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/manage';

/** The test id of what has the keyboard focus. */
async function focused(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid') ?? null,
  );
}

describe('Beheer', () => {
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

  it('fills an empty own region: gemeente, locations with a travel time, a room with opening hours', async () => {
    server = await startServer({ firstStart: 'empty', today: '2026-11-25' });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await server.letIn(page);
    await page.goto(server.url);
    await page.getByTestId('setup-form').waitFor({ timeout: 20_000 });
    await page.fill('[data-testid="setup-name"]', 'Regio Rivierenland');
    await page.fill('[data-testid="setup-gemeente-0"]', 'Tiel');
    await page.getByTestId('setup-submit').click();
    await chooseProfile(page, 'coordinator');
    await page.getByTestId('checklist').waitFor({ timeout: 20_000 });
    // "Wat nu?" links every step to its screen; Deelnemers to the participants page.
    expect(await page.getByTestId('checklist-open-locations').textContent()).toBe('Openen in Beheer');
    expect(await page.getByTestId('checklist-open-participants').textContent()).toBe('Openen in Deelnemers');

    // Gemeenten, by keyboard only: Enter on "add" opens the form with the focus on the name.
    await page.getByTestId('nav-manage').click();
    await page.getByTestId('manage-nav-gemeenten').click();
    const gemeenten = page.getByTestId('gemeenten-list');
    await expect.poll(() => page.getByTestId('gemeenten-list-count').textContent(), { timeout: 10_000 }).toBe('1 gemeente');
    await page.getByTestId('gemeenten-list-add').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('gemeente-form').waitFor();
    expect(await focused(page)).toBe('gemeente-form-name');
    // Saving without a name: the schema's message next to the field, tied to it, focus on it.
    await page.keyboard.press('Enter');
    const nameError = page.getByTestId('gemeente-form-name-error');
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe('Naam is verplicht.');
    const input = page.getByTestId('gemeente-form-name');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await input.getAttribute('aria-describedby');
    expect(await nameError.getAttribute('id')).toBe(describedBy);
    expect(await focused(page)).toBe('gemeente-form-name');
    await page.screenshot({ path: `${SHOTS}/1-gemeente-error.png` });
    await page.keyboard.type('Culemborg');
    // Tab reaches Save, Enter presses it.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('gemeente-form-save');
    await page.keyboard.press('Enter');
    await page.getByTestId('gemeente-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('manage-notice').textContent()).toBe('Culemborg is aangemaakt.');
    await expect.poll(() => page.getByTestId('gemeenten-list-count').textContent()).toBe('2 gemeenten');
    expect(await gemeenten.locator('tbody tr td:first-child').allTextContents()).toEqual(['Culemborg', 'Tiel']);
    // Sorting by name the other way round, shown to assistive technology with aria-sort.
    await page.getByTestId('gemeenten-list-sort-name').click();
    expect(await gemeenten.locator('tbody tr td:first-child').allTextContents()).toEqual(['Tiel', 'Culemborg']);
    expect(await gemeenten.locator('th[aria-sort="descending"]').textContent()).toMatch(/Naam/);
    // Search narrows the list and says how many it found.
    await page.fill('[data-testid="gemeenten-list-search"]', 'cul');
    expect(await page.getByTestId('gemeenten-list-count').textContent()).toBe('1 gevonden van 2 gemeenten');
    await page.screenshot({ path: `${SHOTS}/2-gemeenten.png` });

    // Two locations.
    await page.getByTestId('manage-nav-locations').click();
    await expect.poll(() => page.getByTestId('locations-list-count').textContent(), { timeout: 10_000 }).toBe('0 locaties');
    expect(await page.getByTestId('travel-matrix').textContent()).toMatch(/Voer eerst twee locaties in/);
    for (const [name, gemeente, kind, address] of [
      ['Gemeentehuis Tiel', 'Tiel', 'gemeentehuis', 'Hoogeinde 1, Tiel'],
      ['Taalschool Culemborg', 'Culemborg', 'taalschool', ''],
    ]) {
      await page.getByTestId('locations-list-add').click();
      await page.fill('[data-testid="location-form-name"]', name!);
      await page.selectOption('[data-testid="location-form-gemeenteId"]', { label: gemeente! });
      await page.selectOption('[data-testid="location-form-kind"]', kind!);
      await page.fill('[data-testid="location-form-address"]', address!);
      await page.getByTestId('location-form-save').click();
      await page.getByTestId('location-form').waitFor({ state: 'detached' });
    }
    await expect.poll(() => page.getByTestId('locations-list-count').textContent()).toBe('2 locaties');

    // The travel time between them: one cell, saved on Enter, shown in both directions.
    const cell = page.getByTestId('travel-Gemeentehuis Tiel-Taalschool Culemborg');
    await cell.waitFor({ timeout: 10_000 });
    expect(await cell.getAttribute('placeholder')).toBe('—');
    await cell.fill('25');
    await cell.press('Enter');
    await expect
      .poll(() => page.getByTestId('manage-notice').textContent(), { timeout: 10_000 })
      .toBe('De reistijd tussen Gemeentehuis Tiel en Taalschool Culemborg is 25 minuten.');
    expect(await page.getByTestId('travel-Taalschool Culemborg-Gemeentehuis Tiel').inputValue()).toBe('25');
    // A number outside the range is refused next to the matrix, in the schema's words.
    await cell.fill('900');
    await cell.press('Enter');
    expect(await page.getByTestId('travel-error').textContent()).toBe('Reistijd (minuten) mag hoogstens 600 zijn.');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/3-locations.png`, fullPage: true });
    await cell.fill('25');
    await cell.press('Enter');
    await page.getByTestId('travel-error').waitFor({ state: 'detached' });

    // A room with an opening pattern.
    await page.getByTestId('manage-nav-rooms').click();
    await page.getByTestId('rooms-list-add').click();
    await page.fill('[data-testid="room-form-name"]', 'Zaal 1');
    await page.selectOption('[data-testid="room-form-locationId"]', { label: 'Gemeentehuis Tiel' });
    await page.fill('[data-testid="room-form-capacity"]', '12');
    await page.fill('[data-testid="room-form-laptopsTouch"]', '6');
    await page.getByTestId('room-form-kind-toets').check();
    await page.getByTestId('pattern-opening-add').click();
    await page.getByTestId('pattern-opening-add').click();
    await page.selectOption('[data-testid="room-form-opening-1-weekday"]', '3');
    await page.fill('[data-testid="room-form-opening-1-start"]', '13:00');
    await page.fill('[data-testid="room-form-opening-1-end"]', '12:00');
    await page.getByTestId('exceptions-exceptions-add').click();
    await page.fill('[data-testid="room-form-exceptions-0-date"]', '2026-12-25');
    await page.fill('[data-testid="room-form-exceptions-0-note"]', 'Kerst');
    await page.getByTestId('room-form-save').click();
    // The end before the start is pointed out on that row's end field.
    const endError = page.getByTestId('room-form-opening-1-end-error');
    await endError.waitFor();
    expect(await endError.textContent()).toBe('Eindtijd moet na de begintijd liggen.');
    await page.screenshot({ path: `${SHOTS}/4-room-error.png`, fullPage: true });
    await page.fill('[data-testid="room-form-opening-1-end"]', '17:00');
    await page.getByTestId('room-form-save').click();
    await page.getByTestId('room-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('rooms-list-count').textContent()).toBe('1 zaal');
    const row = page.getByTestId('rooms-list-row');
    expect(await row.textContent()).toMatch(/Zaal 1Gemeentehuis Tiel126 touch, 0 muisLeerbaarheidstoetsma 09:00-17:00, wo 13:00-17:00/);
    await page.screenshot({ path: `${SHOTS}/5-rooms.png`, fullPage: true });

    // A consultant certified for the toets, languages picked by their Dutch names.
    await page.getByTestId('manage-nav-consultants').click();
    await page.getByTestId('consultants-list-add').click();
    await page.getByTestId('consultant-form').waitFor();
    expect(await focused(page)).toBe('consultant-form-name');
    await page.keyboard.type('Fatima Yilmaz');
    await page.selectOption('[data-testid="consultant-form-gemeenteId"]', { label: 'Tiel' });
    await page.fill('[data-testid="consultant-form-hoursPerWeek"]', '24');
    await page.getByTestId('consultant-form-toetsCertified').check();
    await page.selectOption('[data-testid="consultant-form-languages-pick"]', { label: 'Arabisch' });
    await page.getByTestId('consultant-form-languages-pick').press('Enter');
    await page.getByTestId('pattern-availability-add').click();
    await page.getByTestId('consultant-form-save').click();
    await page.getByTestId('consultant-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('consultants-list-count').textContent()).toBe('1 consulent');
    expect(await page.getByTestId('consultants-list-row').textContent()).toMatch(/Fatima YilmazNederlands, ArabischjaTiel24ma 09:00-17:000/);

    // An interpreter: without a cost and a language the form says so next to both fields.
    await page.getByTestId('manage-nav-interpreters').click();
    await page.getByTestId('interpreters-list-add').click();
    await page.fill('[data-testid="interpreter-form-name"]', 'Kiflom Tewelde');
    await page.getByTestId('interpreter-form-save').click();
    await page.getByTestId('interpreter-form-costPerHour-error').waitFor();
    expect(await page.getByTestId('interpreter-form-costPerHour-error').textContent()).toBe('Kosten per uur (euro): vul een getal in.');
    expect(await page.getByTestId('interpreter-form-languages-error').textContent()).toBe('Talen: kies minstens één taal.');
    expect(await focused(page)).toBe('interpreter-form-costPerHour');
    await page.keyboard.type('45');
    await page.selectOption('[data-testid="interpreter-form-languages-pick"]', { label: 'Tigrinya' });
    await page.getByTestId('interpreter-form-languages-add').click();
    await page.selectOption('[data-testid="interpreter-form-mode"]', 'phone');
    await page.screenshot({ path: `${SHOTS}/6-interpreter-form.png`, fullPage: true });
    await page.getByTestId('interpreter-form-save').click();
    await page.getByTestId('interpreter-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('interpreters-list-count').textContent()).toBe('1 tolk');
    expect(await page.getByTestId('interpreters-list-row').textContent()).toMatch(/Kiflom TeweldeTigrinya€\s?45,00Telefonisch/);
    await page.screenshot({ path: `${SHOTS}/7-interpreters.png`, fullPage: true });

    // A language school with a class, and a startklas moment.
    await page.getByTestId('manage-nav-schools').click();
    await page.getByTestId('schools-list-add').click();
    await page.fill('[data-testid="school-form-name"]', 'Taalhuis Culemborg');
    await page.selectOption('[data-testid="school-form-locationId"]', { label: 'Taalschool Culemborg' });
    await page.getByTestId('school-form-save').click();
    await expect.poll(() => page.getByTestId('schools-list-count').textContent()).toBe('1 taalschool');
    await page.getByTestId('classes-list-add').click();
    await page.fill('[data-testid="class-form-name"]', 'B1 ochtend');
    await page.selectOption('[data-testid="class-form-schoolId"]', { label: 'Taalhuis Culemborg' });
    await page.selectOption('[data-testid="class-form-locationId"]', { label: 'Taalschool Culemborg' });
    await page.selectOption('[data-testid="class-form-route"]', 'B1');
    await page.fill('[data-testid="class-form-capacity"]', '14');
    await page.fill('[data-testid="class-form-trialSeats"]', '2');
    await page.getByTestId('class-form-save').click();
    expect(await page.getByTestId('class-form-lessons-error').textContent()).toBe('Lestijden: geef minstens één lestijd.');
    await page.getByTestId('pattern-lessons-add').click();
    await page.getByTestId('class-form-save').click();
    await page.getByTestId('class-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('classes-list-count').textContent()).toBe('1 klas');
    expect(await page.getByTestId('classes-list-row').textContent()).toMatch(/B1 ochtendTaalhuis CulemborgB1-route0 van 14 bezet2ma 09:00-17:00/);
    await page.screenshot({ path: `${SHOTS}/8-schools.png`, fullPage: true });
    await page.getByTestId('manage-nav-startklas').click();
    await page.getByTestId('startklas-list-add').click();
    await page.selectOption('[data-testid="startklas-form-locationId"]', { label: 'Gemeentehuis Tiel' });
    await page.selectOption('[data-testid="startklas-form-weekday"]', '2');
    await page.fill('[data-testid="startklas-form-seats"]', '8');
    await page.getByTestId('startklas-form-save').click();
    await page.getByTestId('startklas-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('startklas-list-count').textContent()).toBe('1 moment per week');
    expect(await page.getByTestId('startklas-list-row').textContent()).toMatch(/Gemeentehuis Tieldinsdag 09:00-10:008altijd/);

    // A childcare provider with seats on a day-part.
    await page.getByTestId('manage-nav-childcare').click();
    await page.getByTestId('childcare-list-add').click();
    await page.fill('[data-testid="childcare-form-name"]', 'Kinderdagverblijf De Wielewaal');
    await page.selectOption('[data-testid="childcare-form-locationId"]', { label: 'Gemeentehuis Tiel' });
    await page.selectOption('[data-testid="childcare-form-kind"]', 'kinderopvang');
    await page.getByTestId('pattern-dayparts-add').click();
    await page.fill('[data-testid="childcare-form-dayparts-0-seats"]', '4');
    await page.getByTestId('childcare-form-save').click();
    await page.getByTestId('childcare-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('childcare-list-count').textContent()).toBe('1 aanbieder');
    expect(await page.getByTestId('childcare-list-row').textContent()).toMatch(/Kinderdagverblijf De WielewaalKinderopvangGemeentehuis Tiel0–48 maandenma 09:00-17:00: 4/);

    // Region settings: the weights as a goal in plain words; choosing one sets every subject.
    await page.getByTestId('manage-nav-settings').click();
    await page.getByTestId('settings-form').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('settings-preset-balanced').isChecked()).toBe(true);
    await page.getByTestId('settings-preset-everyone').check();
    expect(await page.getByTestId('settings-weight-unplanned-high').isChecked()).toBe(true);
    expect(await page.getByTestId('settings-weight-travelMinute-low').isChecked()).toBe(true);
    await page.fill('[data-testid="settings-form-toets-minutes"]', '5');
    await page.getByTestId('settings-form-save').click();
    expect(await page.getByTestId('settings-form-toets-minutes-error').textContent()).toBe('Duur leerbaarheidstoets (minuten) moet minstens 15 zijn.');
    await page.fill('[data-testid="settings-form-toets-minutes"]', '90');
    await page.getByTestId('settings-form-save').click();
    await page.getByTestId('manage-notice').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${SHOTS}/9-settings.png`, fullPage: true });
    // One subject changed by hand: no goal matches any more, "Eigen keuze" says so.
    await page.getByTestId('settings-per-weight').click();
    await page.getByTestId('settings-weight-householdImbalance-high').check();
    expect(await page.getByTestId('settings-preset-own').isChecked()).toBe(true);
    await page.getByTestId('settings-form-cancel').click();
    expect(await page.getByTestId('settings-preset-everyone').isChecked()).toBe(true);

    // "Wat nu?" counts it.
    await page.getByTestId('nav-region').click();
    await page.getByTestId('checklist').waitFor();
    expect(await page.getByTestId('checklist-locations').getAttribute('data-done')).toBe('true');
    expect(await page.getByTestId('checklist-rooms').getAttribute('data-done')).toBe('true');
    expect(await page.getByTestId('checklist-consultants').getAttribute('data-done')).toBe('true');
    expect(await page.getByTestId('checklist-interpreters').getAttribute('data-done')).toBe('true');
    expect(await page.getByTestId('checklist-schools').getAttribute('data-done')).toBe('true');
    expect(await page.getByTestId('checklist-startklas').getAttribute('data-done')).toBe('true');
    expect(await page.getByTestId('checklist-childcare').getAttribute('data-done')).toBe('true');
    expect(await page.getByTestId('checklist-locations').textContent()).toMatch(/2 locaties · 1 reistijd/);
    await page.getByTestId('checklist-open-rooms').click();
    await page.getByTestId('rooms-list').waitFor();
  });

  it('shows the conflicts a smaller room would cause, saves anyway, and the week lists them', async () => {
    server = await startServer({ today: '2026-11-25' });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await server.letIn(page);
    await page.goto(server.url);
    await chooseProfile(page, 'coordinator');
    await page.getByTestId('nav-manage').click();
    await page.getByTestId('manage-nav-rooms').click();
    await page.getByTestId('rooms-list-row').first().waitFor({ timeout: 20_000 });
    await page.fill('[data-testid="rooms-list-search"]', 'Toetslokaal');
    const row = page.getByTestId('rooms-list-row').first();
    expect(await row.textContent()).toMatch(/sessies vanaf week 48/);
    await row.getByTestId('rooms-list-edit').click();
    await page.fill('[data-testid="room-form-capacity"]', '3');
    await page.getByTestId('room-form-save').click();

    const dialog = page.getByTestId('manage-conflicts-dialog');
    await dialog.waitFor({ timeout: 20_000 });
    expect(await dialog.locator('h3').textContent()).toMatch(/^Deze wijziging geeft \d+ nieuwe conflicten$/);
    expect(await page.getByTestId('manage-conflicts-message').textContent()).toMatch(/^Opslaan van Toetslokaal geeft \d+ nieuwe conflicten in week 48 en 49\./);
    const items = await page.getByTestId('manage-conflicts-list').locator('li').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => /^Week 4[89]: .*Toetslokaal.*biedt plaats aan 3/.test(i))).toBe(true);
    // The focus starts on the safe answer.
    expect(await focused(page)).toBe('confirm-cancel');
    await page.fill('[data-testid="manage-conflicts-reason"]', 'Verbouwing: minder stoelen');
    await page.screenshot({ path: `${SHOTS}/10-conflicts-dialog.png` });
    await page.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await page.getByTestId('manage-notice').textContent()).toMatch(/^Toetslokaal is opgeslagen\. Dit geeft \d+ nieuwe conflicten in week 48 en 49/);
    await expect.poll(() => row.textContent()).toMatch(/Toetslokaal.*3/);

    // The week lists them in its conflicts panel.
    await page.getByTestId('nav-week').click();
    await page.getByTestId('conflicts-toggle').click();
    const panel = page.getByTestId('conflicts-panel');
    await panel.waitFor({ timeout: 20_000 });
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toMatch(/biedt plaats aan 3/);
    await page.screenshot({ path: `${SHOTS}/11-week-conflicts.png` });
  });
});
