// Issue 13 item 2, the services' messages in the reader's language: a consultant who works in
// English sees a booking warning (the partner's trial lesson at the same time) in English, at the
// lesson's own times and without ids, and tells the three "Mohammed Mansour" of the region apart
// in the caseload by their gemeente (the two "Onur Yıldız" of one gemeente by their client
// numbers), and reads the client page's steps and history in English.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageApi } from './support/api';
import { axeFindings, describeFindings } from './support/axe';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/consultant';
/** C-04 Mehmet Demir's clients Onur Yıldız (P-029) and Büşra Yıldız (P-030) are partners. */
const CLIENT = 'P-029';
const PARTNER = 'P-030';

let server: StartedServer;
let browser: Browser;
let page: Page;
let partnerLesson: { start: string; end: string } | null = null;
let clientOption: { start: string } | null = null;

beforeAll(async () => {
  server = await startServer({ today: '2026-11-25' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  await server.letIn(page);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a consultant working in English', () => {
  it('switches the interface to English and books the partner a trial lesson', async () => {
    await page.goto(server.url);
    await chooseProfile(page, { consultant: 'Mehmet Demir' });
    await page.getByTestId('caseload-row').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    // A lesson of the partner's that overlaps one of the client's options and breaks nothing itself.
    // The week the client panel opens on.
    const { weekStart } = await pageApi(page, 'consultant.caseload', {});
    const mine = (await pageApi(page, 'trial.options', { participantId: CLIENT, weekStart })).schools.flatMap((x) => x.options);
    const theirs = (await pageApi(page, 'trial.options', { participantId: PARTNER, weekStart })).schools.flatMap((x) => x.options);
    for (const o of theirs.filter((x) => x.warnings.length === 0)) {
      // (not the partner's own seat: the last free seat of a lesson is gone once the partner has it)
      const clash = mine.find((x) => x.start < o.end && o.start < x.end && (x.classId !== o.classId || x.start !== o.start || x.trialFree > 1));
      if (!clash) continue;
      const booked = await pageApi(page, 'trial.book', { participantId: PARTNER, lessons: [{ classId: o.classId, start: o.start, childcare: [] }] });
      expect(booked.bookings).toHaveLength(1);
      partnerLesson = o;
      clientOption = clash;
      break;
    }
    expect(partnerLesson, 'een proefles van de partner tegelijk met een optie van de cliënt').not.toBeNull();
  });

  it('tells same-named clients apart in the caseload', async () => {
    const mansour = page.locator('[data-testid="caseload-row"] .cell-name', { hasText: 'Mohammed Mansour' });
    await mansour.first().waitFor({ timeout: 20_000 });
    expect(await mansour.first().textContent()).toBe('Mohammed Mansour (Molenlanden)');
    // Two Onur Yıldız in one gemeente: their client numbers tell them apart.
    const onur = page.locator('[data-testid="caseload-row"] .cell-name', { hasText: 'Onur Yıldız' });
    expect(await onur.count()).toBe(2);
    const onurs = await onur.allTextContents();
    for (const name of onurs) expect(name).toMatch(/^Onur Yıldız \(Molenlanden, client no\. KL-\d{5}\)$/);
    expect(new Set(onurs).size).toBe(2);
    await mansour.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/english-caseload-same-name.png` });
  });

  it("shows the partner's lesson at the same time as a warning in English, before booking", async () => {
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${CLIENT}"]`);
    await row.locator('.cell-name').click();
    const panel = page.getByTestId('client-panel');
    await panel.getByTestId('trial-section').waitFor({ timeout: 20_000 });
    await expect.poll(() => panel.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
    const option = panel.locator(`[data-start="${clientOption!.start}"]`).first();
    await option.waitFor({ timeout: 20_000 });
    const warning = panel.getByTestId('trial-warning').filter({ hasText: 'Would clash with' }).first();
    await warning.waitFor({ timeout: 20_000 });
    const text = (await warning.textContent()) ?? '';
    // The partner's lesson at its own times, in English ("Tue 1 Dec 09:00–11:30").
    expect(text).toMatch(/Would clash with Büşra Yıldız's trial lesson at .+ \(\w{3} \d+ \w{3} \d\d:\d\d–\d\d:\d\d\)\./);
    expect(text).toContain(`${partnerLesson!.start.slice(11, 16)}–${partnerLesson!.end.slice(11, 16)}`);
    expect(text).not.toMatch(/Valt samen|Zou samenvallen|[A-Z]{1,4}-[A-Z0-9]*\d/);
    await option.click();
    await warning.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/english-trial-warning.png` });
    const findings = await axeFindings(page);
    expect(findings, describeFindings('client panel in English', findings)).toEqual([]);
  });

  it("opens the client's page and reads the steps and the history in English", async () => {
    const panel = page.getByTestId('client-panel');
    const title = panel.getByTestId('client-panel-page');
    expect(await title.textContent()).toMatch(/^Onur Yıldız \(Molenlanden, client no\. KL-\d{5}\)$/);
    await title.click();
    const changes = page.getByTestId('client-change');
    await changes.first().waitFor({ timeout: 20_000 });
    const history = (await changes.allTextContents()).join('\n');
    expect(history).toContain('Participant registered');
    expect(history).toContain('Demo starting data');
    expect(history).toContain('Reason: Fictitious demo region created at first start');
    expect(history).not.toMatch(/Deelnemer ingeschreven|Startgegevens|Huishouden aangemaakt|Stap toegevoegd|Fictieve/);
    expect(history).not.toMatch(/P-\d|KND-\d|[0-9a-f]{8}-[0-9a-f]{4}/);
    const steps = (await page.getByTestId('client-step').allTextContents()).join('\n');
    expect(steps).toMatch(/Group information session|Learnability test|Trial lesson|Startklas intake/);
    expect(steps).not.toMatch(/Groepsvoorlichting|Leerbaarheidstoets|Proefles/);
    await page.getByTestId('client-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/english-client-history.png`, fullPage: true });
  });
});
