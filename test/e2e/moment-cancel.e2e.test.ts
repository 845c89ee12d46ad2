// Cancelling a whole trial lesson, end to end: a client is booked into next week's Alfa lesson at
// Taalcentrum Merwede; the coordinator opens the week's trial lessons and intake moments, chooses
// "Moment annuleren", reads who loses their place (by name, with their consultant), gives a
// reason and confirms; a notice says how many are to be booked again, the lesson is gone from the
// list, and the client's page shows the trial-lesson step open to book again.
// Screenshots go to test-results/moment-cancel/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekLabel } from '../../shared/domain/week';
import { pageApi } from './support/api';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/moment-cancel';
mkdirSync(SHOTS, { recursive: true });

const TODAY = '2026-11-25';
const NEXT_WEEK = '2026-11-30';
const LESSON = { classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' };
const CLIENT = 'P-030';

describe('the coordinator cancels a trial lesson as a whole', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let clientName: string;
  let booked: number;

  beforeAll(async () => {
    server = await startServer({ today: TODAY });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, locale: 'nl-NL' });
    await server.letIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('books a client into next week’s lesson and opens the week’s trial lessons and intake moments', async () => {
    await page.goto(`${server.url}#/weekplanning/${isoWeekLabel(NEXT_WEEK)}`);
    await chooseProfile(page, 'coordinator');
    await pageApi(page, 'trial.book', { participantId: CLIENT, lessons: [{ ...LESSON }], override: { reason: 'Opvang geregeld door familie' } });
    clientName = (await pageApi(page, 'participants.get', { id: CLIENT })).person.name;
    const preview = await pageApi(page, 'moment.cancel', { moment: { kind: 'trial', ...LESSON } });
    booked = preview.participants.length;
    expect(booked).toBeGreaterThan(0);
    // The booking made through the API reaches this window's week.
    await page.reload();
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 49');
    const moments = page.getByTestId('week-moments');
    await moments.locator('summary').click();
    await expect.poll(() => moments.getByTestId('week-moment').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('asks to confirm, naming who loses their place with their consultant; "Niet annuleren" changes nothing', async () => {
    const row = page.locator(`[data-testid="week-moment"][data-start="${LESSON.start}"][data-class-id="${LESSON.classId}"]`).first();
    expect(await row.textContent()).toMatch(/09:00–\d\d:\d\d · Proefles route Alfa, .*Merwede · \d+ geboekt/);
    await row.getByTestId('moment-cancel').click();
    const dialog = page.getByTestId('confirm-cancel-moment');
    await dialog.waitFor({ timeout: 20_000 });
    await expect.poll(() => dialog.getByTestId('cancel-moment-what').textContent(), { timeout: 20_000 }).toMatch(/^Als u de proefles van klas .+ van .+ annuleert, /);
    const people = await dialog.getByTestId('cancel-moment-participants').locator('li').allTextContents();
    expect(people).toHaveLength(booked);
    expect(people.find((p) => p.startsWith(clientName))).toMatch(/, consulent \S/);
    // Names, never ids.
    expect(await dialog.textContent()).not.toContain(CLIENT);
    expect(await dialog.textContent()).not.toContain(LESSON.classId);
    await dialog.getByTestId('confirm-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await pageApi(page, 'moment.cancel', { moment: { kind: 'trial', ...LESSON } })).participants).toHaveLength(booked);

    // Again, with a reason, by keyboard: the dialog starts on the safe answer.
    await row.getByTestId('moment-cancel').focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('cancel-moment-participants').locator('li').count(), { timeout: 20_000 }).toBe(booked);
    await dialog.getByTestId('cancel-moment-reason').fill('School dicht wegens storing');
    await page.screenshot({ path: `${SHOTS}/1-confirm-cancel.png` });
    await dialog.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('says what was done with the count, and the lesson is no longer listed', async () => {
    const notice = page.getByTestId('moment-cancel-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(
      new RegExp(`Geannuleerd: de proefles van klas .+\\. ${booked} ${booked === 1 ? 'deelnemer staat' : 'deelnemers staan'} weer op te boeken\\.`),
    );
    await expect.poll(() => page.locator(`[data-testid="week-moment"][data-start="${LESSON.start}"][data-class-id="${LESSON.classId}"]`).count(), { timeout: 20_000 }).toBe(0);
    await page.screenshot({ path: `${SHOTS}/2-notice.png` });
  });

  it("the client's page shows the trial-lesson step open to book again", async () => {
    await page.goto(`${server.url}#/deelnemers/${CLIENT}`);
    await page.locator(`[data-testid="client-page"][data-participant-id="${CLIENT}"]`).waitFor({ timeout: 20_000 });
    const step = page.locator('[data-testid="client-step"][data-kind="trialLesson"]');
    await expect.poll(async () => (await step.evaluateAll((els) => els.map((e) => e.className))).some((c) => c.includes('people-step--open')), { timeout: 20_000 }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/3-person-page.png` });
  });
});
