// The language-school liaison's week: a consultant books a trial lesson; the liaison of that
// school sees it appear in the capacity view (name, route indication and language only),
// lowers the trial seats of a class and records the outcome of a lesson that took place.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, mondayOf } from '../../shared/domain/week';
import { pageApi } from './support/api';
import { launchBrowser } from './support/browser';
import { chooseProfile, switchProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

describe('language-school liaison journey', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let booking: { name: string; classId: string; start: string; schoolId: string; schoolName: string };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a consultant books a trial lesson', async () => {
    await page.goto(server.url);
    await chooseProfile(page, 'consultant');
    const caseload = await pageApi(page, 'consultant.caseload', {});
    // The first client with a free trial lesson at a school where nothing is booked yet.
    for (const item of caseload.items) {
      for (let w = 0; w < 3 && !booking; w++) {
        const weekStart = addDays(caseload.weekStart, w * 14);
        const trial = await pageApi(page, 'trial.options', { participantId: item.participant.id, weekStart });
        const s = trial.schools.find((x) => !x.booked && x.options.length > 0);
        if (!s) continue;
        const o = s.options[0]!;
        await pageApi(page, 'trial.book', { participantId: item.participant.id, lessons: [{ classId: o.classId, start: o.start }] });
        booking = { name: item.participant.name, classId: o.classId, start: o.start, schoolId: s.school.id, schoolName: s.school.name };
      }
      if (booking) break;
    }
    expect(booking, 'de demodata hebben een vrije proefles').toBeDefined();
  });

  it('the liaison sees the booking in the capacity view of their own school', async () => {
    await switchProfile(page);
    const who = await chooseProfile(page, { school: booking.schoolName });
    expect(who).toBe(`Taalschool ${booking.schoolName}`);
    expect(await page.getByTestId('nav-school').count()).toBe(1);
    expect(await page.getByTestId('nav-consultant').count()).toBe(0);
    await page.getByTestId('school-capacity').waitFor({ timeout: 20_000 });
    await page.getByTestId('school-heatmap').waitFor({ timeout: 20_000 });

    // The capacity view opens on this week; the booking may lie a few weeks ahead.
    const row = page.locator('[data-testid="school-visitor-row"]', { hasText: booking.name });
    for (let i = 0; i < 6 && !(await row.filter({ hasText: booking.start.slice(11, 16) }).count()); i++) {
      if (i > 0) await page.getByTestId('school-next').click();
      await page.waitForTimeout(400);
    }
    const visitor = row.filter({ hasText: booking.start.slice(11, 16) }).first();
    await visitor.waitFor({ timeout: 20_000 });
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
    await expect.poll(seatsNow, { timeout: 20_000 }).toBe(before - 1);
    await expect.poll(() => input.inputValue()).toBe(String(before - 1));
  });

  it('records the outcome of a trial lesson that took place', async () => {
    // Outcomes are for lessons that have been; go back a week when none has been yet.
    await page.getByRole('button', { name: 'Deze week' }).click();
    let outcome = page.locator('[data-testid="school-visitor-row"]').filter({ has: page.getByTestId('school-outcome') }).first();
    for (let i = 0; i < 3 && !(await outcome.count()); i++) {
      await page.getByTestId('school-prev').click();
      await page.waitForTimeout(400);
      outcome = page.locator('[data-testid="school-visitor-row"]').filter({ has: page.getByTestId('school-outcome') }).first();
    }
    await outcome.waitFor({ timeout: 20_000 });
    const bookingId = (await outcome.getAttribute('data-booking-id'))!;
    await outcome.getByTestId('school-outcome-attended').check();
    await outcome.getByTestId('school-outcome-advice').selectOption('B1');
    await outcome.getByTestId('school-outcome-save').click();
    await outcome.getByTestId('school-outcome-saved').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/school-outcome.png', fullPage: true });

    const ws = mondayOf((await outcome.getAttribute('data-start'))!.slice(0, 10));
    const visitors = (await pageApi(page, 'school.capacity', { weekStart: ws, weeks: 1 })).trialVisitors;
    expect(visitors.find((v) => v.bookingId === bookingId)?.outcome).toEqual({ attended: true, routeAdvice: 'B1' });
  });
});
