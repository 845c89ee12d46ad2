// The whole of issue 10 as a new keten lives it: a coordinator starts with an empty region, sets
// up a gemeente, two locations with a travel time, two rooms, a certified consultant, an
// interpreter, two schools with a class each, a startklas moment and a childcare provider (through
// the API from the page, the Beheer screens have their own journey); adds a household of two
// parents with a 2-year-old through the people screens; plans the week and sees its sessions and
// the childcare booking. A consultant then adds a new client, edits their digital skill, and the
// client page shows the history.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageApi } from './support/api';
import { launchBrowser } from './support/browser';
import { chooseProfile, switchProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/own-region';
const TODAY = '2026-11-25';
const NEXT_WEEK = '2026-11-30';
const WORKDAYS = [1, 2, 3, 4, 5];
const daily = (start: string, end: string) => WORKDAYS.map((weekday) => ({ weekday, start, end }));

/** The test id of what has the keyboard focus. */
async function focused(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid') ?? null,
  );
}

/** Fills one field of a people form by its test id. */
async function fill(page: Page, form: string, field: string, value: string): Promise<void> {
  await page.fill(`[data-testid="${form}-${field}"]`, value);
}

/** The region's resources, through the API as the coordinator on the page. */
async function setUpRegion(page: Page): Promise<void> {
  const gemeente = (await pageApi(page, 'gemeenten.list', {})).items[0];
  const saved = async (p: Promise<{ applied: boolean; id: string | null; message: string }>) => {
    const out = await p;
    if (!out.applied || !out.id) throw new Error(out.message);
    return out.id;
  };
  const hall = await saved(pageApi(page, 'locations.save', { name: 'Gemeentehuis Tiel', gemeenteId: gemeente.id, kind: 'gemeentehuis', address: 'Hoogeinde 1, Tiel' }));
  const schoolPlace = await saved(pageApi(page, 'locations.save', { name: 'Taalschool Tiel', gemeenteId: gemeente.id, kind: 'taalschool', address: 'Stationsplein 3, Tiel' }));
  await pageApi(page, 'travelTimes.set', { from: hall, to: schoolPlace, minutes: 15 });
  for (const name of ['Zaal 1', 'Zaal 2'])
    await saved(
      pageApi(page, 'rooms.save', {
        name,
        locationId: hall,
        capacity: 12,
        laptopsTouch: 6,
        laptopsMouse: 6,
        kinds: ['groupInfo', 'toets'],
        opening: daily('09:00', '17:00'),
        exceptions: [],
      }),
    );
  await saved(
    pageApi(page, 'consultants.save', {
      name: 'Fatima Yilmaz',
      languages: ['ar', 'ti'],
      toetsCertified: true,
      gemeenteId: gemeente.id,
      hoursPerWeek: 32,
      availability: daily('09:00', '17:00'),
      exceptions: [],
    }),
  );
  await saved(
    pageApi(page, 'interpreters.save', { name: 'Kiflom Tewelde', languages: ['ti'], costPerHour: 45, mode: 'inPerson', availability: daily('09:00', '17:00'), exceptions: [] }),
  );
  for (const [name, cls] of [
    ['Taalhuis Tiel', 'B1 ochtend'],
    ['Taalcentrum Rivierenland', 'Z middag'],
  ] as const) {
    const school = await saved(pageApi(page, 'schools.save', { name, locationId: schoolPlace }));
    await saved(
      pageApi(page, 'classes.save', {
        schoolId: school,
        locationId: schoolPlace,
        name: cls,
        route: cls.startsWith('B1') ? 'B1' : 'Z',
        capacity: 14,
        placesTaken: 4,
        trialSeats: 2,
        lessons: cls.startsWith('B1') ? [1, 3].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })) : [2, 4].map((weekday) => ({ weekday, start: '13:00', end: '16:00' })),
      }),
    );
  }
  await saved(pageApi(page, 'startklasIntakes.save', { locationId: hall, weekday: 4, start: '10:00', end: '11:00', seats: 8 }));
  await saved(
    pageApi(page, 'childcareProviders.save', {
      name: 'Kinderdagverblijf De Wielewaal',
      locationId: hall,
      kind: 'kinderopvang',
      ageMonthsMin: 0,
      ageMonthsMax: 48,
      dayparts: [...daily('08:30', '12:30'), ...daily('13:00', '17:00')].map((d) => ({ ...d, seats: 4 })),
    }),
  );
}

describe('own region, the whole issue', () => {
  let browser: Browser;
  let server: StartedServer;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    server = await startServer({ firstStart: 'empty', today: TODAY });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await server.letIn(page);
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.stop();
  });

  it('sets up an empty region, adds a household through the people screens, and plans its week', async () => {
    await page.goto(server.url);
    await page.getByTestId('setup-form').waitFor({ timeout: 20_000 });
    await page.fill('[data-testid="setup-name"]', 'Regio Rivierenland');
    await page.fill('[data-testid="setup-gemeente-0"]', 'Tiel');
    await page.getByTestId('setup-submit').click();
    await chooseProfile(page, 'coordinator');
    await page.getByTestId('checklist').waitFor({ timeout: 20_000 });
    await setUpRegion(page);

    // "Wat nu?" links Deelnemers to the participants page.
    await page.getByTestId('nav-week').click();
    await page.getByTestId('nav-region').click();
    await page.getByTestId('checklist-open-participants').click();
    await expect.poll(() => page.getByTestId('participant-count').textContent(), { timeout: 20_000 }).toMatch(/Geen deelnemers|0/);

    // The first parent. Saving the empty form names each missing field beside it, in Dutch.
    // Keyboard: Enter on "Nieuwe deelnemer" opens the form with the focus on the first field.
    await page.getByTestId('participant-new').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('participant-form').waitFor();
    expect(await focused(page)).toBe('participant-form-givenName');
    await page.getByTestId('participant-form-save').click();
    await page.getByTestId('participant-form-givenName-error').waitFor();
    expect(await page.getByTestId('participant-form-givenName-error').textContent()).toMatch(/Voornaam/);
    expect(await page.getByTestId('participant-form-gemeenteId-error').textContent()).toMatch(/gemeente/);
    expect(await page.getByTestId('participant-form-language-error').textContent()).toMatch(/^Taal/);
    await page.screenshot({ path: `${SHOTS}/1-participant-errors.png`, fullPage: true });
    await fill(page, 'participant-form', 'givenName', 'Amanuel');
    await fill(page, 'participant-form', 'familyName', 'Tesfay');
    await page.selectOption('[data-testid="participant-form-gemeenteId"]', { label: 'Tiel' });
    await page.selectOption('[data-testid="participant-form-language"]', { label: 'Tigrinya' });
    // With the other fields right, the form (checked as one types) asks for the koppeling.
    await expect.poll(() => page.getByTestId('participant-form-koppelingDate-error').textContent()).toBe('Datum koppeling is verplicht voor een statushouder.');
    await fill(page, 'participant-form', 'koppelingDate', '2026-11-02');
    await fill(page, 'participant-form', 'housingDate', '2026-11-16');
    await page.getByTestId('participant-form-koppelingDate-error').waitFor({ state: 'detached' });
    await page.selectOption('[data-testid="participant-form-otherLanguages-pick"]', { label: 'Arabisch' });
    await page.getByTestId('participant-form-otherLanguages-add').click();
    await page.selectOption('[data-testid="participant-form-consultantId"]', { label: 'Fatima Yilmaz' });
    // A weekly busy time (work on Friday morning).
    await page.getByTestId('pattern-busy-add').click();
    await page.selectOption('[data-testid="participant-form-busy-0-weekday"]', '5');
    await fill(page, 'participant-form', 'busy-0-start', '08:00');
    await fill(page, 'participant-form', 'busy-0-end', '12:00');
    await page.getByTestId('participant-form-save').click();

    // The client page opens, with the standard steps the service added.
    const client = page.getByTestId('client-page');
    await client.waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('client-name').textContent()).toBe('Amanuel Tesfay');
    const kinds = await page.getByTestId('client-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['groupInfo', 'toets', 'trialLesson', 'startklasIntake']));
    expect(kinds.filter((k) => k === 'trialLesson')).toHaveLength(2);

    // The partner: a new participant who joins the household.
    await page.getByTestId('client-partner-new').click();
    await page.getByTestId('participant-form').waitFor();
    await fill(page, 'participant-form', 'givenName', 'Selam');
    await fill(page, 'participant-form', 'familyName', 'Tesfay');
    await page.selectOption('[data-testid="participant-form-language"]', { label: 'Tigrinya' });
    await page.getByTestId('participant-form-save').click();
    await page.getByTestId('participant-form').waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => page.getByTestId('client-partners').textContent(), { timeout: 20_000 }).toBe('Selam Tesfay');

    // Their child of two, with the household form.
    await page.getByTestId('client-household-edit').click();
    await page.getByTestId('household-form').waitFor();
    await page.getByTestId('household-child-add').click();
    await fill(page, 'household-form', 'children-0-givenName', 'Yonas');
    await fill(page, 'household-form', 'children-0-birthDate', '2024-09-10');
    await page.screenshot({ path: `${SHOTS}/2-household-form.png`, fullPage: true });
    await page.getByTestId('household-form-save').click();
    await page.getByTestId('household-form').waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => page.getByTestId('client-children').textContent(), { timeout: 20_000 }).toMatch(/Yonas, 2 jaar/);
    await page.screenshot({ path: `${SHOTS}/3-client-page.png`, fullPage: true });

    // Back on the list: both parents.
    await page.getByTestId('client-back').click();
    await expect.poll(() => page.getByTestId('participant-row').count(), { timeout: 20_000 }).toBe(2);

    // Plan next week and accept the proposal.
    await page.goto(`${server.url}#/weekplanning/2026-W49`);
    await page.getByTestId('nav-week').click();
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 49');
    await page.getByTestId('plan-week').click();
    await page.getByTestId('plan-result').waitFor({ timeout: 120_000 });
    await page.getByTestId('proposal-bar').waitFor({ timeout: 20_000 });
    await page.getByTestId('proposal-accept-all').click();
    await page.getByTestId('proposal-bar').waitFor({ state: 'detached', timeout: 20_000 });
    const week = await pageApi(page, 'week.get', { weekStart: NEXT_WEEK });
    expect(week.sessions.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('session-event').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The 2-year-old has care booked while both parents are out: the childcare layer shows a seat taken.
    const layers = await pageApi(page, 'week.layers', { weekStart: NEXT_WEEK });
    expect(layers.childcare.some((c) => c.booked.length > 0)).toBe(true);
    if (!(await page.getByTestId('layer-childcare').isChecked())) await page.getByTestId('layer-childcare').check();
    await expect
      .poll(async () => (await page.locator('[data-testid="layer-event"][data-layer="childcare"]').allTextContents()).join('\n'), { timeout: 20_000 })
      .toMatch(/Kinderdagverblijf De Wielewaal: 3 vrij/);
    await page.screenshot({ path: `${SHOTS}/4-week-planned.png`, fullPage: true });
  });

  it('lets the consultant see their clients, add a client and edit their digital skill; the client page shows the history', async () => {
    await switchProfile(page);
    await chooseProfile(page, { consultant: 'Fatima Yilmaz' });
    await page.getByTestId('caseload-row').first().waitFor({ timeout: 20_000 });
    // The parents are in the caseload with their planned steps; the panel knows the household.
    const parent = page.locator('[data-testid="caseload-row"]', { hasText: 'Amanuel Tesfay' });
    await parent.locator('.cell-name').first().click();
    const panel = page.getByTestId('client-panel');
    await panel.waitFor();
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toMatch(/Partner Selam Tesfay/);
    // The 2-year-old's care booked by the planner for next week, beside the parents' appointments.
    expect(await panel.textContent()).toMatch(/Yonas, 2 jaar.*Kinderdagverblijf De Wielewaal/);
    await page.screenshot({ path: `${SHOTS}/5-consultant-caseload.png`, fullPage: true });
    // The name in the panel opens the client page.
    await page.getByTestId('client-panel-page').click();
    await expect.poll(() => page.getByTestId('client-name').textContent(), { timeout: 20_000 }).toBe('Amanuel Tesfay');
    await expect.poll(() => page.getByTestId('client-bookings-coming').textContent(), { timeout: 20_000 }).toMatch(/Gemeentehuis Tiel/);
    await page.getByTestId('client-back').click();

    // A new client: the consultant is fixed to themselves.
    await page.getByTestId('client-new').click();
    await page.getByTestId('participant-form').waitFor();
    expect(await page.getByTestId('participant-form-consultant-self').textContent()).toMatch(/U zelf/);
    await fill(page, 'participant-form', 'givenName', 'Rahel');
    await fill(page, 'participant-form', 'familyName', 'Gebremariam');
    await page.selectOption('[data-testid="participant-form-gemeenteId"]', { label: 'Tiel' });
    await page.selectOption('[data-testid="participant-form-migrantKind"]', 'gezinsmigrant');
    await fill(page, 'participant-form', 'registrationDate', '2026-11-10');
    await page.selectOption('[data-testid="participant-form-language"]', { label: 'Tigrinya' });
    await page.selectOption('[data-testid="participant-form-digitalSkill"]', 'none');
    await page.getByTestId('participant-form-save').click();
    await page.getByTestId('client-page').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('client-name').textContent()).toBe('Rahel Gebremariam');
    expect(await page.getByTestId('client-digital').textContent()).toBe('Geen');

    // Escape closes a form without saving.
    await page.getByTestId('client-edit').click();
    await page.getByTestId('participant-form').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('participant-form').waitFor({ state: 'detached' });
    // Edit the digital skill.
    await page.getByTestId('client-edit').click();
    await page.getByTestId('participant-form').waitFor();
    await page.selectOption('[data-testid="participant-form-digitalSkill"]', 'good');
    await page.getByTestId('participant-form-save').click();
    await page.getByTestId('participant-form').waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => page.getByTestId('client-digital').textContent(), { timeout: 20_000 }).toBe('Goed');

    // The history: who changed what and when, in plain Dutch, no internal ids.
    const changes = page.getByTestId('client-change');
    await expect.poll(() => changes.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const texts = await changes.allTextContents();
    expect(texts.join('\n')).toMatch(/Fatima Yilmaz/);
    expect(texts.join('\n')).toMatch(/[Dd]igitale vaardigheid/);
    expect(texts.join('\n')).not.toMatch(/P-\d|[0-9a-f]{8}-[0-9a-f]{4}/);
    await page.getByTestId('client-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/6-client-history.png`, fullPage: true });

    // Back to the caseload: the new client is there.
    await page.getByTestId('client-back').click();
    await expect.poll(() => page.locator('[data-testid="caseload-row"]', { hasText: 'Rahel Gebremariam' }).count(), { timeout: 20_000 }).toBe(1);
  });

  it("reorders, adds and drops the client's steps, ends the trajectory and erases the data after saying what goes", async () => {
    const row = page.locator('[data-testid="caseload-row"]', { hasText: 'Rahel Gebremariam' });
    await row.getByTestId('caseload-open-page').click();
    await expect.poll(() => page.getByTestId('client-name').textContent(), { timeout: 20_000 }).toBe('Rahel Gebremariam');
    const labels = () => page.locator('[data-testid="client-step"] .people-step__label').allTextContents();
    const before = await labels();
    expect(before[0]).toBe('Leerbaarheidstoets');
    // Keyboard: the second step moves up with Enter on its button.
    await page.getByTestId('client-step-up').nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(labels, { timeout: 20_000 }).toEqual([before[1], before[0], ...before.slice(2)]);
    // A step added (groepsvoorlichting) and dropped again.
    await page.selectOption('[data-testid="client-step-add-kind"]', 'groupInfo');
    await page.getByTestId('client-step-add-save').click();
    await expect.poll(labels, { timeout: 20_000 }).toContain('Groepsvoorlichting');
    const added = page.locator('[data-testid="client-step"]', { hasText: 'Groepsvoorlichting' });
    await added.getByTestId('client-step-remove').click();
    await expect.poll(labels, { timeout: 20_000 }).not.toContain('Groepsvoorlichting');

    // Traject beëindigen: a date and a reason, confirmed.
    await page.getByTestId('client-end').click();
    await page.getByTestId('client-end-dialog').waitFor();
    await page.getByTestId('confirm-ok').click();
    expect(await page.getByTestId('client-end-dialog').textContent()).toMatch(/Reden: vul een reden in\./);
    await page.fill('[data-testid="client-end-reason"]', 'Verhuisd naar een andere regio');
    await page.screenshot({ path: `${SHOTS}/7-end-dialog.png` });
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('client-end-dialog').waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => page.getByTestId('client-ended').textContent(), { timeout: 20_000 }).toMatch(/Verhuisd naar een andere regio/);
    expect(await page.getByTestId('client-step-add').count()).toBe(0);

    // Gegevens verwijderen: the confirmation says what goes; after it the client is gone.
    await page.getByTestId('client-erase').click();
    const dialog = page.getByTestId('client-erase-dialog');
    await dialog.waitFor({ timeout: 20_000 });
    expect((await page.getByTestId('client-erase-removes').locator('li').allTextContents()).length).toBeGreaterThan(0);
    expect(await dialog.textContent()).not.toMatch(/P-\d|[0-9a-f]{8}-[0-9a-f]{4}/);
    await page.screenshot({ path: `${SHOTS}/8-erase-dialog.png` });
    await page.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByTestId('caseload').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('[data-testid="caseload-row"]', { hasText: 'Rahel Gebremariam' }).count(), { timeout: 20_000 }).toBe(0);
  });
});
