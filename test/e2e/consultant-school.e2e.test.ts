// Two roles on one server, one after the other, as on a shared regional install.
// The consultant's morning: open a client with low digital skill, book the leerbaarheidstoets
// (only touchscreen slots are offered), be warned that a trial lesson collides with the
// household, and book a trial lesson at each of the two schools in one go.
// Then the liaison of one of those schools sees that booking appear in the capacity view (name,
// route indication and language only), lowers the trial seats of the class and records the
// outcome of a lesson that took place; the client's consultant sees that outcome on the client.
// A liaison records a no-show: the client's consultant is prompted, books a new lesson at that
// school, and the client page lists the missed one with the past appointments.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../shared/api/contract';
import { addDays, mondayOf, todayInAmsterdam } from '../../shared/domain/week';
import { pageApi } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser } from './support/browser';
import { chooseProfile, switchProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

type Caseload = CallOutput<'consultant.caseload'>;

let server: StartedServer;
let browser: Browser;
let page: Page;
/** The trial lessons the consultant booked, for the liaison to find. */
const trialBookings: { client: string; classId: string; start: string; schoolId: string; schoolName: string }[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
  await server.letIn(page);
  mkdirSync('test-results/school', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('consultant journey', () => {
  let client: Caseload['items'][number];
  let weekStart: string;

  it('starts at "Wie bent u?" and shows only the consultant\'s own entrance', async () => {
    await page.goto(server.url);
    await page.getByTestId('profile-chooser').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/profile-chooser.png' });
    const who = await chooseProfile(page, 'consultant');
    expect(who).toMatch(/^Consulent /);
    expect(await page.getByTestId('nav-consultant').count()).toBe(1);
    expect(await page.getByTestId('nav-coordinator').count()).toBe(0);
    expect(await page.getByTestId('nav-school').count()).toBe(0);
    await page.getByTestId('caseload-row').first().waitFor({ timeout: 20_000 });

    // Reload: the choice is remembered, no chooser.
    await page.reload();
    await page.getByTestId('caseload-row').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('profile-chooser').count()).toBe(0);
    expect((await page.getByTestId('profile-current').textContent())?.trim()).toBe(who);
  });

  it('finds a client with low digital skill who has toets slots and a household collision', async () => {
    const caseload = await pageApi(page, 'consultant.caseload', {});
    weekStart = caseload.weekStart;
    for (const item of caseload.items.filter((i) => i.participant.digitalSkill === 'none')) {
      const slots = await pageApi(page, 'toets.slots', { participantId: item.participant.id, weekStart });
      if (slots.booked || slots.slots.length === 0) continue;
      const trial = await pageApi(page, 'trial.options', { participantId: item.participant.id, weekStart });
      const household = trial.schools.some((s) => s.options.some((o) => o.warnings.some((w) => w.kind === 'partner' || w.kind === 'childcare')));
      if (household && trial.schools.every((s) => !s.booked)) {
        client = item;
        break;
      }
    }
    expect(client, 'de demodata hebben een cliënt met weinig digitale vaardigheid en een botsing in het huishouden').toBeDefined();
  });

  it('books a toets on a touchscreen slot', async () => {
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${client.participant.id}"]`);
    await expect.poll(() => row.textContent()).toContain('Digitaal: geen');
    await row.getByRole('button', { name: client.participant.name }).click();
    const panel = page.getByTestId('client-panel');
    await panel.waitFor();
    expect(await panel.locator('h3').textContent()).toBe(client.participant.name);

    const toets = panel.getByTestId('toets-section');
    await toets.getByTestId('toets-slot').first().waitFor({ timeout: 20_000 });
    expect(await toets.textContent()).toContain('laptop met touchscreen');
    const offered = await pageApi(page, 'toets.slots', { participantId: client.participant.id, weekStart });
    expect(offered.laptopKind).toBe('touch');
    const shown = await toets.getByTestId('toets-slot').evaluateAll((els) => els.map((e) => e.getAttribute('data-session-id')));
    expect(shown).toEqual(offered.slots.map((s) => s.sessionId));

    const chosen = shown.at(-1)!;
    await toets.locator(`[data-testid="toets-slot"][data-session-id="${chosen}"]`).click();
    await toets.getByTestId('toets-book').click();
    await toets.getByTestId('toets-booked').waitFor({ timeout: 20_000 });
    const after = await pageApi(page, 'toets.slots', { participantId: client.participant.id, weekStart });
    expect(after.booked?.sessionId).toBe(chosen);
  });

  it('at 1280 px wide the caseload fits beside the open client panel, without scrolling sideways', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('client-panel').waitFor();
    const caseload = page.getByTestId('caseload');
    await expect
      .poll(() => caseload.evaluate((el) => (el as unknown as { scrollWidth: number; clientWidth: number }).scrollWidth - (el as unknown as { clientWidth: number }).clientWidth))
      .toBeLessThanOrEqual(0);
    // Panel beside the table, not under it.
    const [table, panel] = [await caseload.boundingBox(), await page.getByTestId('client-panel').boundingBox()];
    expect(panel!.x).toBeGreaterThanOrEqual(table!.x + table!.width);
    await page.screenshot({ path: 'test-results/school/caseload-1280.png' });
    await expectAccessible(page, 'caseload at 1280 px with the client panel');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it("the client's page has its own address: a reload keeps it and Back returns to the caseload", async () => {
    await page.getByTestId('client-panel').getByTestId('client-panel-page').click();
    await page.locator(`[data-testid="client-page"][data-participant-id="${client.participant.id}"]`).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).hash).toBe(`#/consulent/${encodeURIComponent(client.participant.id)}`);
    await page.reload();
    await page.locator(`[data-testid="client-page"][data-participant-id="${client.participant.id}"]`).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('client-name').textContent()).toBe(client.participant.name);
    await page.goBack();
    await page.getByTestId('caseload-row').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('client-page').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/consulent');
    // The next steps work with the client panel open again.
    await page.locator(`[data-testid="caseload-row"][data-participant-id="${client.participant.id}"]`).getByRole('button', { name: client.participant.name }).click();
    await page.getByTestId('client-panel').waitFor();
  });

  it('warns about the household collision and books a trial lesson at both schools', async () => {
    const trial = page.getByTestId('trial-section');
    const warning = trial.locator('.trial-warning--partner, .trial-warning--childcare').first();
    await warning.waitFor({ timeout: 20_000 });
    const warned = trial.locator('[data-testid^="trial-option-"]:not([data-warnings="0"])').first();
    await warned.click();
    expect(await warning.textContent()).toMatch(/\S/);
    await page.screenshot({ path: 'test-results/consultant-trial-warning.png' });

    // One option without a warning at every school; full schools often have room a week later.
    const schools = (await pageApi(page, 'profile.options', {})).schools;
    let tries = 0;
    const freeAt = async (id: string) => trial.locator(`[data-testid="trial-option-${id}"][data-warnings="0"]`).count();
    for (;;) {
      const counts = await Promise.all(schools.map((s) => freeAt(s.id)));
      if (counts.every((n) => n > 0)) break;
      if (++tries > 4) throw new Error('Geen week met een proefles zonder waarschuwing bij beide scholen.');
      const label = await trial.getByTestId('trial-week').textContent();
      await trial.getByTestId('trial-week-next').click();
      await expect.poll(() => trial.getByTestId('trial-week').textContent()).not.toBe(label);
      await page.waitForTimeout(300);
    }
    const picked: { classId: string; start: string }[] = [];
    for (const s of schools) {
      const option = trial.locator(`[data-testid="trial-option-${s.id}"][data-warnings="0"]`).first();
      await option.click();
      const lesson = { classId: (await option.getAttribute('data-class-id'))!, start: (await option.getAttribute('data-start'))! };
      picked.push(lesson);
      trialBookings.push({ ...lesson, client: client.participant.name, schoolId: s.id, schoolName: s.name });
    }
    expect(await trial.getByTestId('trial-book').textContent()).toBe('2 proeflessen boeken');
    await trial.getByTestId('trial-book').click();
    await trial.getByTestId('trial-notice').waitFor({ timeout: 20_000 });
    await expect.poll(() => trial.getByTestId('trial-booked').count(), { timeout: 20_000 }).toBe(2);

    const booked = await pageApi(page, 'trial.options', { participantId: client.participant.id, weekStart });
    expect(booked.schools.map((s) => s.booked && { classId: s.booked.classId, start: s.booked.start }).sort((a, b) => (a!.start < b!.start ? -1 : 1))).toEqual(
      [...picked].sort((a, b) => (a.start < b.start ? -1 : 1)),
    );
    // The caseload row shows the two trial lessons as booked.
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${client.participant.id}"]`);
    await expect.poll(async () => ((await row.textContent()) ?? '').match(/Proefles/g)?.length ?? 0, { timeout: 20_000 }).toBe(2);
    await page.screenshot({ path: 'test-results/consultant-booked.png', fullPage: true });
  });
  it('registers the client for the startklas, with a seat or a place on the waiting list', async () => {
    const section = page.getByTestId('client-panel').getByTestId('startklas-section');
    await section.getByTestId('startklas-register').click();
    // First the intake moments to choose from, the earliest that breaks nothing chosen; then confirmed.
    const options = await pageApi(page, 'startklas.options', { participantId: client.participant.id });
    const free = options.options.filter((o) => o.freeSeats > 0);
    await expect.poll(() => section.getByTestId('startklas-options').count(), { timeout: 20_000 }).toBe(1);
    // Until when moments are shown (the client's term), and what each would bring, not as if booked.
    expect(options.window).not.toBeNull();
    expect(options.options.every((o) => o.date <= options.window!.until)).toBe(true);
    expect(await section.getByTestId('startklas-window').textContent()).toMatch(
      /^Intakemomenten (tot en met \w+ \d{1,2} \w+ \d{4}: de (4-wekennorm|PIP-termijn) van de cliënt|van de komende (4|12) weken, tot en met \w+ \d{1,2} \w+ \d{4})\.$/,
    );
    const said = [...(await section.getByTestId('startklas-problem').allTextContents()), ...(await section.getByTestId('startklas-warning').allTextContents())];
    expect(said.length).toBe(free.reduce((n, o) => n + o.problems.length + o.warnings.length, 0));
    for (const text of said) {
      expect(text).not.toMatch(/staat tegelijk|heeft dan geen opvang|^Valt samen/);
      expect(text).toMatch(/\bzou(den)?\b|^Zou |^Overlapt /);
    }
    let expected: string | null = null;
    const firstOk = free.find((o) => o.problems.length === 0);
    if (firstOk) {
      await expect.poll(() => section.getByTestId('startklas-option').count()).toBe(options.options.length);
      const radio = (d: string) => section.locator(`[data-testid="startklas-option"][data-date="${d}"] input`).first();
      expect(await radio(firstOk.date).isChecked()).toBe(true);
      expected = firstOk.date;
      // The next free moment, chosen with the keyboard, when it breaks nothing either.
      const next = free[free.indexOf(firstOk) + 1];
      if (next && next.problems.length === 0 && next.date !== firstOk.date) {
        await radio(firstOk.date).focus();
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => radio(next.date).isChecked()).toBe(true);
        expected = next.date;
      }
      await section.getByTestId('startklas-confirm').click();
    } else if (free.length === 0) {
      await section.getByTestId('startklas-confirm').click();
    } else {
      await section.getByTestId('startklas-override-reason').fill('Afgestemd met de cliënt');
      await section.getByTestId('startklas-override-book').click();
      expected = free[0]!.date;
    }
    await expect.poll(() => section.textContent(), { timeout: 20_000 }).toMatch(/Aangemeld voor de intake op|wachtlijst, plaats \d+/);
    const after = (await pageApi(page, 'consultant.caseload', {})).items.find((i) => i.participant.id === client.participant.id)!;
    const step = after.steps.find((s) => s.kind === 'startklasIntake');
    expect(step?.booking !== null || (step?.waitingPosition ?? 0) > 0).toBe(true);
    if (expected) expect(step?.booking?.start.slice(0, 10)).toBe(expected);
  });

  it('puts another client on the list for the group information session, after a preview of when and where', async () => {
    const caseload = await pageApi(page, 'consultant.caseload', { step: 'groupInfo' });
    const other = caseload.items.find((i) => i.steps.some((s) => s.kind === 'groupInfo' && s.status === 'open'));
    expect(other, 'een cliënt die nog naar de groepsvoorlichting moet').toBeDefined();
    await page.getByTestId('caseload-step').selectOption('groupInfo');
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${other!.participant.id}"]`);
    await row.getByRole('button', { name: other!.participant.name }).click();
    const panel = page.getByTestId('client-panel');
    await expect.poll(() => panel.locator('h3').textContent()).toBe(other!.participant.name);
    // The toets and trial sections load after the panel opens and push the group section down:
    // a click aimed while they grow can land on another control.
    await expect.poll(() => panel.locator('[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
    await panel.getByTestId('groupinfo-enlist').click();
    // Nothing is booked yet: first the session's date, time and place, or that the client goes on the list.
    const preview = panel.getByTestId('groupinfo-preview');
    await preview.waitFor({ timeout: 20_000 });
    expect(await preview.textContent()).toMatch(/Groepsvoorlichting op .+ in .+ \(\d+ plaats(en)? vrij\)|komt op de lijst/);
    const before = (await pageApi(page, 'consultant.caseload', { participantId: other!.participant.id })).items[0]!;
    expect(before.steps.find((s) => s.kind === 'groupInfo')?.booking ?? null).toBeNull();
    await page.screenshot({ path: 'test-results/consultant-groupinfo-preview.png' });
    // What the session would bring is said as a consequence, not as if booked.
    for (const text of await preview.locator('[data-testid="groupinfo-preview-problems"] li').allTextContents()) {
      expect(text).toMatch(/\bzou(den)?\b|^Zou |^Overlapt /);
    }
    if (await preview.getByTestId('groupinfo-confirm').isVisible()) await preview.getByTestId('groupinfo-confirm').click();
    else {
      // What it breaks is named; booking needs "Toch boeken" with a reason.
      expect(await preview.getByTestId('groupinfo-preview-problems').textContent()).toMatch(/\S/);
      await preview.getByTestId('groupinfo-override-reason').fill('Afgestemd met de cliënt');
      await preview.getByTestId('groupinfo-override-book').click();
    }
    const message = panel.getByTestId('groupinfo-message');
    await message.waitFor({ timeout: 20_000 }).catch(async (err) => {
      throw new Error(`${String(err)}\npanel: ${await panel.textContent()}`);
    });
    expect(await message.textContent()).toMatch(/\S/);
    // Booked or on the list: a state now, not the button again.
    await expect.poll(() => panel.getByTestId('groupinfo-enlist').count(), { timeout: 20_000 }).toBe(0);
    await page.screenshot({ path: 'test-results/consultant-groupinfo.png' });
  });
  it('records the day the PIP was set, and the caseload shows the term as met', async () => {
    const pip = page.getByTestId('client-panel').getByTestId('pip-section');
    await pip.getByTestId('pip-save').click();
    await expect.poll(() => pip.getByTestId('pip-set').textContent(), { timeout: 20_000 }).toMatch(/^Vastgesteld op \d{1,2} \w+ \d{4}/);
    const row = page.locator('[data-testid="caseload-row"][aria-selected="true"]');
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('Gehaald');
  });

  it('opens a toets slot herself (certified) and sees it offered', async () => {
    const panel = page.getByTestId('client-panel');
    const toets = panel.getByTestId('toets-section');
    const label = await toets.getByTestId('toets-week').textContent();
    await toets.getByTestId('toets-week-next').click();
    await expect.poll(() => toets.getByTestId('toets-week').textContent()).not.toBe(label);
    const before = await toets.getByTestId('toets-slot').evaluateAll((els) => els.map((e) => e.getAttribute('data-session-id')));
    await toets.getByTestId('toets-open-slot').click();
    const nextMonday = addDays(mondayOf(weekStart), 7);
    // The room or the consultant may be taken; each refusal must say why, in Dutch.
    let opened = false;
    for (const day of [0, 1, 2, 3]) {
      for (const time of ['11:00', '13:30', '09:00']) {
        await toets.getByTestId('toets-open-date').fill(addDays(nextMonday, day));
        await toets.getByTestId('toets-open-time').fill(time);
        await toets.getByTestId('toets-open-submit').click();
        await expect
          .poll(async () => (await toets.getByTestId('toets-opened').count()) + (await toets.getByTestId('toets-open-error').count()), { timeout: 20_000 })
          .toBeGreaterThan(0);
        if (await toets.getByTestId('toets-opened').count()) {
          opened = true;
          break;
        }
        expect(await toets.getByTestId('toets-open-error').textContent()).toMatch(/bezet|beschikbaar|sessie|open|werkdag/);
      }
      if (opened) break;
    }
    expect(opened).toBe(true);
    await expect.poll(async () => await toets.getByTestId('toets-slot').count(), { timeout: 20_000 }).toBeGreaterThan(before.length);
  });

  it('puts a client with no group session in their language on the list once: then the section says since when', async () => {
    const caseload = await pageApi(page, 'consultant.caseload', { step: 'groupInfo' });
    let listed: Caseload['items'][number] | undefined;
    for (const i of caseload.items) {
      if (i.steps.some((s) => s.kind === 'groupInfo' && (s.booking || s.listedOn))) continue;
      if ((await pageApi(page, 'groupInfo.preview', { participantId: i.participant.id })).session === null) {
        listed = i;
        break;
      }
    }
    expect(listed, 'een cliënt zonder groepsvoorlichting met plaats in de eigen taal').toBeDefined();
    await page.getByTestId('caseload-step').selectOption('groupInfo');
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${listed!.participant.id}"]`);
    await row.getByRole('button', { name: listed!.participant.name }).click();
    const panel = page.getByTestId('client-panel');
    await expect.poll(() => panel.locator('h3').textContent()).toBe(listed!.participant.name);
    await expect.poll(() => panel.locator('[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
    const section = panel.getByTestId('groupinfo-section');
    await section.getByTestId('groupinfo-enlist').click();
    const preview = section.getByTestId('groupinfo-preview');
    await preview.waitFor({ timeout: 20_000 });
    expect(await preview.textContent()).toMatch(/komt op de lijst/);
    await preview.getByTestId('groupinfo-confirm').click();
    await expect.poll(() => section.getByTestId('groupinfo-message').textContent(), { timeout: 20_000 }).toMatch(/staat op de lijst voor groepsvoorlichting/);
    // The button became a state: on the list since today; looking again offers no second enlist.
    await expect.poll(() => section.getByTestId('groupinfo-listed').count(), { timeout: 20_000 }).toBe(1);
    expect(await section.getByTestId('groupinfo-listed').textContent()).toMatch(/^Op de lijst voor groepsvoorlichting sinds \w+ \d{1,2} \w+; de coördinator plant een sessie\.$/);
    expect(await section.getByTestId('groupinfo-enlist').count()).toBe(0);
    await section.getByTestId('groupinfo-look').click();
    await preview.waitFor({ timeout: 20_000 });
    expect(await preview.textContent()).toMatch(/blijft op de lijst/);
    expect(await preview.getByTestId('groupinfo-confirm').count()).toBe(0);
    await page.screenshot({ path: 'test-results/consultant-groupinfo-listed.png' });
    const step = (await pageApi(page, 'consultant.caseload', { participantId: listed!.participant.id })).items[0]!.steps.find((s) => s.kind === 'groupInfo');
    expect(step?.listedOn).toBe(todayInAmsterdam());
  });
});

describe('language-school liaison journey', () => {
  let booking: (typeof trialBookings)[number];
  let outcomeBookingId: string;
  let outcomeClient: string;

  it('the liaison sees the consultant\u2019s booking in the capacity view of their own school', async () => {
    expect(trialBookings.length, 'de consulent heeft proeflessen geboekt').toBe(2);
    booking = trialBookings[0]!;
    await switchProfile(page);
    const who = await chooseProfile(page, { school: booking.schoolName });
    expect(who).toBe(`Taalschool ${booking.schoolName}`);
    expect(await page.getByTestId('nav-school').count()).toBe(1);
    expect(await page.getByTestId('nav-consultant').count()).toBe(0);
    await page.getByTestId('school-capacity').waitFor({ timeout: 20_000 });
    await page.getByTestId('school-heatmap').waitFor({ timeout: 20_000 });

    // The capacity view opens on this week; the booking may lie a few weeks ahead.
    const row = page.locator('[data-testid="school-visitor-row"]', { hasText: booking.client });
    for (let i = 0; i < 6 && !(await row.filter({ hasText: booking.start.slice(11, 16) }).count()); i++) {
      if (i > 0) await page.getByTestId('school-next').click();
      await page.waitForTimeout(400);
    }
    const visitor = row.filter({ hasText: booking.start.slice(11, 16) }).first();
    await visitor.waitFor({ timeout: 20_000 });
    // The other school's booking of the same client is not this liaison's business.
    const other = trialBookings[1]!;
    expect(await page.locator(`[data-testid="school-class-row"][data-class-id="${other.classId}"]`).count()).toBe(0);
    const lesson = page.locator(`[data-testid="school-class-row"][data-class-id="${booking.classId}"] [data-testid="school-lesson"][data-start="${booking.start}"]`);
    expect(Number(await lesson.getAttribute('data-trial-booked'))).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: 'test-results/school-capacity.png', fullPage: true });
  });

  it('lowers the trial seats of a class', async () => {
    const row = page.locator(`[data-testid="school-class-row"][data-class-id="${booking.classId}"]`);
    const input = row.getByTestId('school-trial-seats');
    const before = Number(await input.inputValue());
    expect(before).toBeGreaterThanOrEqual(1);
    await input.fill(String(before - 1));
    await input.press('Enter');
    const seatsNow = async () =>
      (await pageApi(page, 'school.capacity', { weekStart: mondayOf(booking.start.slice(0, 10)), weeks: 1 })).classes.find((c) => c.id === booking.classId)?.trialSeats;
    // Fewer seats than a lesson has booked is asked first (issue 13): confirm when asked.
    const confirm = row.getByTestId('school-confirm');
    await expect.poll(async () => (await seatsNow()) === before - 1 || (await confirm.count()) > 0, { timeout: 20_000 }).toBe(true);
    if (await confirm.count()) await row.getByTestId('school-confirm-save').click();
    await expect.poll(seatsNow, { timeout: 20_000 }).toBe(before - 1);
    await expect.poll(() => input.inputValue()).toBe(String(before - 1));
  });

  it('is asked before lowering the trial seats below what a lesson has booked, and sees the lesson as over', async () => {
    const row = page.locator(`[data-testid="school-class-row"][data-class-id="${booking.classId}"]`);
    const input = row.getByTestId('school-trial-seats');
    // Raised first (no question), so that 0 is a change below the booked lesson.
    await input.fill('3');
    await input.press('Enter');
    await expect.poll(() => row.getByTestId('school-lesson').first().getAttribute('data-trial-booked'), { timeout: 20_000 }).not.toBeNull();
    await expect.poll(() => input.inputValue(), { timeout: 20_000 }).toBe('3');
    await page.waitForTimeout(300);
    await input.fill('0');
    await input.press('Enter');
    const confirm = row.getByTestId('school-confirm');
    await confirm.waitFor({ timeout: 20_000 });
    expect(await confirm.textContent()).toMatch(/geboekt\).*Toch opslaan\?/);
    await page.screenshot({ path: 'test-results/school/trial-seats-confirm.png' });
    await row.getByTestId('school-confirm-save').click();
    const chip = row.locator(`[data-testid="school-lesson"][data-start="${booking.start}"]`);
    await expect.poll(() => chip.getAttribute('data-over'), { timeout: 20_000 }).toBe('true');
    expect(await chip.textContent()).toMatch(/\/0 te vol/);
    await page.screenshot({ path: 'test-results/school/trial-seats-over.png' });
  });

  it('records the outcome of a trial lesson that took place', async () => {
    // Outcomes are for lessons that have been; go back a week when none has been yet.
    await page.getByRole('button', { name: 'Deze week' }).click();
    let outcome = page
      .locator('[data-testid="school-visitor-row"]')
      .filter({ has: page.getByTestId('school-outcome') })
      .first();
    for (let i = 0; i < 3 && !(await outcome.count()); i++) {
      await page.getByTestId('school-prev').click();
      await page.waitForTimeout(400);
      outcome = page
        .locator('[data-testid="school-visitor-row"]')
        .filter({ has: page.getByTestId('school-outcome') })
        .first();
    }
    await outcome.waitFor({ timeout: 20_000 });
    const bookingId = (await outcome.getAttribute('data-booking-id'))!;
    outcomeBookingId = bookingId;
    outcomeClient = ((await outcome.locator('.cell-name').textContent()) ?? '').trim();
    await outcome.getByTestId('school-outcome-attended').check();
    await outcome.getByTestId('school-outcome-advice').selectOption('B1');
    await outcome.getByTestId('school-outcome-save').click();
    await outcome.getByTestId('school-outcome-saved').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/school-outcome.png', fullPage: true });

    const ws = mondayOf((await outcome.getAttribute('data-start'))!.slice(0, 10));
    const visitors = (await pageApi(page, 'school.capacity', { weekStart: ws, weeks: 1 })).trialVisitors;
    expect(visitors.find((v) => v.bookingId === bookingId)?.outcome).toEqual({ attended: true, routeAdvice: 'B1' });
  });

  it('the client\u2019s consultant sees the outcome on the client', async () => {
    // The liaison does not see who the consultant is; find them the way the office would.
    const { consultants } = await pageApi(page, 'profile.options', {});
    let owner: { id: string; name: string } | undefined;
    let participantId = '';
    for (const c of consultants) {
      await pageApi(page, 'profile.select', { kind: 'consultant', consultantId: c.id });
      const item = (await pageApi(page, 'consultant.caseload', {})).items.find((i) => i.trialOutcomes.some((o) => o.bookingId === outcomeBookingId));
      if (item) {
        owner = c;
        participantId = item.participant.id;
        break;
      }
    }
    expect(owner, 'een consulent heeft deze cliënt').toBeDefined();
    await switchProfile(page);
    expect(await chooseProfile(page, { consultant: owner!.name })).toBe(`Consulent ${owner!.name}`);
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${participantId}"]`);
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain(outcomeClient);
    await row.getByRole('button', { name: outcomeClient }).click();
    const line = page.getByTestId('client-panel').locator(`[data-testid="trial-outcome"][data-booking-id="${outcomeBookingId}"]`);
    await line.waitFor({ timeout: 20_000 });
    expect(await line.textContent()).toMatch(/aanwezig.*B1/i);
    await page.screenshot({ path: 'test-results/consultant-outcome.png' });
  });
});

describe('after a no-show the consultant books again (issue 13)', () => {
  let missed: { bookingId: string; name: string; school: { id: string; name: string } };
  let weekBack = 0;
  let owner: { id: string; name: string } | undefined;
  let participantId = '';

  it('the liaison records that a client did not come', async () => {
    // A lesson that has been and has no outcome yet; first at a school whose trial seats were not lowered.
    const today = todayInAmsterdam();
    const { schools } = await pageApi(page, 'profile.options', {});
    const lowered = trialBookings[0]?.schoolId;
    search: for (const school of [...schools].sort((a, b) => Number(a.id === lowered) - Number(b.id === lowered))) {
      await pageApi(page, 'profile.select', { kind: 'liaison', schoolId: school.id });
      for (let w = 0; w < 4; w++) {
        const { trialVisitors } = await pageApi(page, 'school.capacity', { weekStart: addDays(mondayOf(today), -7 * w), weeks: 1 });
        const v = trialVisitors.find((x) => x.outcome === null && x.start.slice(0, 10) <= today);
        if (v) {
          missed = { bookingId: v.bookingId, name: v.name, school };
          weekBack = w;
          break search;
        }
      }
    }
    expect(missed, 'een proefles die geweest is, zonder uitslag').toBeDefined();
    await switchProfile(page);
    await chooseProfile(page, { school: missed.school.name });
    await page.getByTestId('school-capacity').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Deze week' }).click();
    for (let i = 0; i < weekBack; i++) {
      await page.getByTestId('school-prev').click();
      await page.waitForTimeout(400);
    }
    const row = page.locator(`[data-testid="school-visitor-row"][data-booking-id="${missed.bookingId}"]`);
    await row.waitFor({ timeout: 20_000 });
    await row.getByTestId('school-outcome-absent').check();
    await row.getByTestId('school-outcome-save').click();
    await row.getByTestId('school-outcome-saved').waitFor({ timeout: 20_000 });
    // The school keeps seeing the lesson, as missed.
    expect(await row.getByTestId('school-outcome-absent').isChecked()).toBe(true);
  });

  it('the client\u2019s consultant is prompted and gets new lessons at that school', async () => {
    const { consultants } = await pageApi(page, 'profile.options', {});
    for (const c of consultants) {
      await pageApi(page, 'profile.select', { kind: 'consultant', consultantId: c.id });
      const item = (await pageApi(page, 'consultant.caseload', {})).items.find((i) => i.trialOutcomes.some((o) => o.bookingId === missed.bookingId));
      if (item) {
        owner = c;
        participantId = item.participant.id;
        break;
      }
    }
    expect(owner, 'een consulent heeft deze cliënt').toBeDefined();
    await switchProfile(page);
    await chooseProfile(page, { consultant: owner!.name });
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${participantId}"]`);
    await row.waitFor({ timeout: 20_000 });
    expect(await row.getByTestId('step-no-show').textContent()).toMatch(/niet gekomen op .* opnieuw boeken/);
    await row.getByRole('button', { name: missed.name }).click();
    const panel = page.getByTestId('client-panel');
    const prompt = panel.getByTestId('no-show-prompt');
    await prompt.waitFor({ timeout: 20_000 });
    expect(await prompt.textContent()).toContain(`${missed.school.name}: niet gekomen op`);

    // Before: "Geboekt: <the missed lesson> · Annuleren" and no options for that school.
    const school = panel.getByTestId('trial-section').getByTestId(`trial-school-${missed.school.id}`);
    await expect.poll(() => school.locator(`[data-testid="trial-option-${missed.school.id}"]`).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await school.getByTestId('trial-booked').count()).toBe(0);
    await page.screenshot({ path: 'test-results/consultant-no-show.png', fullPage: true });
  });

  it('the client page lists the missed lesson with the past appointments and the step as open', async () => {
    await page.getByTestId('client-panel').getByTestId('client-panel-page').click();
    const past = page.getByTestId('client-bookings-past');
    await past.waitFor({ timeout: 20_000 });
    expect(
      await past
        .locator('li', { hasText: `Proefles ${missed.school.name}` })
        .filter({ hasText: /— niet gekomen$/ })
        .count(),
    ).toBe(1);
    expect((await page.getByTestId('client-bookings-coming').count()) ? await page.getByTestId('client-bookings-coming').textContent() : '').not.toContain('niet gekomen');
    // Before: the step still carried the missed booking.
    const step = page.getByTestId('client-step').filter({ hasText: missed.school.name });
    expect(await step.locator('.people-step__status').textContent()).toBe('open');
    expect(await step.textContent()).not.toContain(missed.school.name + ' (');
    await page.screenshot({ path: 'test-results/client-page-no-show.png', fullPage: true });
    await page.getByTestId('client-back').click();
  });

  it('the consultant books a new lesson at that school; the outcome stays on the client', async () => {
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${participantId}"]`);
    await row.waitFor({ timeout: 20_000 });
    const panel = page.getByTestId('client-panel');
    if (!(await panel.count())) await row.getByRole('button', { name: missed.name }).click();
    const trial = panel.getByTestId('trial-section');
    const school = trial.getByTestId(`trial-school-${missed.school.id}`);
    await expect.poll(() => school.locator(`[data-testid="trial-option-${missed.school.id}"]`).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const free = school.locator(`[data-testid="trial-option-${missed.school.id}"][data-warnings="0"]`);
    for (let tries = 0; !(await free.count()); tries++) {
      if (tries > 4) throw new Error(`Geen proefles zonder waarschuwing bij ${missed.school.name}.`);
      const label = await trial.getByTestId('trial-week').textContent();
      await trial.getByTestId('trial-week-next').click();
      await expect.poll(() => trial.getByTestId('trial-week').textContent()).not.toBe(label);
      await page.waitForTimeout(300);
    }
    const option = free.first();
    const start = (await option.getAttribute('data-start'))!;
    await option.click();
    await trial.getByTestId('trial-book').click();
    await trial.getByTestId('trial-notice').waitFor({ timeout: 20_000 });
    await expect.poll(() => school.getByTestId('trial-booked').count(), { timeout: 20_000 }).toBe(1);
    // Booked again: no prompt any more, the step is booked, and the school's word stays on the client.
    await expect.poll(() => panel.getByTestId('no-show-prompt').count(), { timeout: 20_000 }).toBe(0);
    const item = (await pageApi(page, 'consultant.caseload', {})).items.find((i) => i.participant.id === participantId)!;
    expect(item.steps.find((s) => s.kind === 'trialLesson' && s.school?.id === missed.school.id)).toMatchObject({ state: 'booked', booking: { start } });
    expect(item.trialOutcomes).toEqual(expect.arrayContaining([expect.objectContaining({ schoolId: missed.school.id, attended: false })]));
  });
});

describe('a request for an extra toets slot reaches the coordinator', () => {
  let clientName = '';

  it('the consultant asks for a slot in a week without one', async () => {
    await switchProfile(page);
    await chooseProfile(page, 'consultant');
    await page.getByTestId('caseload-row').first().waitFor({ timeout: 20_000 });
    // A client whose toets is not booked yet: for a booked one the request is refused.
    const caseload = await pageApi(page, 'consultant.caseload', {});
    let pick: Caseload['items'][number] | undefined;
    for (const item of caseload.items) {
      if (!(await pageApi(page, 'toets.slots', { participantId: item.participant.id, weekStart: caseload.weekStart })).booked) {
        pick = item;
        break;
      }
    }
    expect(pick, 'een cliënt zonder geboekte toets').toBeDefined();
    clientName = pick!.participant.name;
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${pick!.participant.id}"]`);
    await row.getByRole('button', { name: clientName }).click();
    const toets = page.getByTestId('client-panel').getByTestId('toets-section');
    // Weeks far enough ahead have no toets slots yet.
    // A week's slots load after its label changes: give each week a moment before moving on
    // (on a busy machine 200 ms was not always enough, and the loop ran past the empty week).
    const requestShown = () =>
      toets
        .getByTestId('toets-request')
        .waitFor({ timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
    for (let i = 0; i < 10 && !(await requestShown()); i++) {
      const label = await toets.getByTestId('toets-week').textContent();
      await toets.getByTestId('toets-week-next').click();
      await expect.poll(() => toets.getByTestId('toets-week').textContent()).not.toBe(label);
    }
    expect(await toets.getByTestId('toets-none').textContent()).toMatch(/\S/);
    await toets.getByTestId('toets-request').click();
    await toets.locator('.notice--ok').waitFor({ timeout: 20_000 });
    // Asked once: the button cannot send a second request.
    expect(await toets.getByTestId('toets-request').isDisabled()).toBe(true);
  });

  it('the coordinator sees it by the tab, opens it and marks it done', async () => {
    await switchProfile(page);
    await chooseProfile(page, 'coordinator');
    const badge = page.getByTestId('nav-requests');
    await badge.waitFor({ timeout: 20_000 });
    const before = Number(await badge.textContent());
    expect(before).toBeGreaterThanOrEqual(1);
    await page.getByTestId('nav-unplanned').click();
    const request = page.getByTestId('slot-request').filter({ hasText: clientName });
    await request.first().waitFor({ timeout: 20_000 });
    expect(await request.first().textContent()).toMatch(/Week \d+ · laptop met (touchscreen|muis)/);
    await page.screenshot({ path: 'test-results/coordinator-requests.png' });
    const id = await request.first().getAttribute('data-request-id');
    await request.first().getByTestId('slot-request-done').click();
    await expect.poll(() => page.locator(`[data-testid="slot-request"][data-request-id="${id}"]`).count(), { timeout: 20_000 }).toBe(0);
    // The badge counts one fewer (and is gone with the last one).
    await expect.poll(async () => Number((await page.getByTestId('nav-requests').count()) ? await page.getByTestId('nav-requests').textContent() : 0)).toBe(before - 1);
  });
});
