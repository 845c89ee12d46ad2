// The coordinator's not-planned list leads somewhere: a name opens the person (the participants
// list shows them, with the same PIP term Termijnen gives), "Inplannen in week N" opens that
// week with the plan button ready, and "Handmatig boeken" opens the consultants' booking panel for
// that person at that step: the coordinator books a toets there, checked before booking.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOf, todayInAmsterdam } from '../../shared/domain/week';
import { expectAccessible, horizontalOverflow } from './support/axe';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const DIR = 'test-results/not-planned';
mkdirSync(DIR, { recursive: true });

async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = (await page.evaluate(
    async ([n, i]) => {
      const res = await fetch(`/api/call/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) });
      return res.json();
    },
    [name, input] as const,
  )) as { ok: boolean; data: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.data;
}

describe('not-planned list', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    await server.letIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const week = isoWeekOf(todayInAmsterdam()).week;

  it('a name opens the person, with the term Termijnen shows', async () => {
    await page.goto(server.url);
    await chooseProfile(page, 'coordinator');
    await page.getByTestId('nav-unplanned').click();
    await page.waitForSelector('[data-testid="unplanned-item"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="deadline-row"]', { timeout: 30_000 });
    await page.screenshot({ path: `${DIR}/list.png` });
    // A first activity booked ahead, on time, is planned, not met: "Gepland op 3 december".
    const planned = page.locator('[data-testid="deadline-row"] td.term[data-state="planned"] .term__days');
    expect(await planned.count()).toBeGreaterThan(0);
    for (const text of await planned.allTextContents()) expect(text).toMatch(/^Gepland op \d{1,2} [a-z]+$/);
    // A first activity started after its 4-week deadline reads as started late with a fixed
    // number of days (issue 13): met, not "verstreken" and not counting up.
    const lateStart = page.locator('[data-testid="deadline-row"] td.term[data-state="met"] .term__days', { hasText: 'Gestart op' });
    expect(await lateStart.count()).toBeGreaterThan(0);
    for (const text of await lateStart.allTextContents()) expect(text).toMatch(/^Gestart op \d{1,2} [a-z]+, \d+ dagen? te laat$/);
    // Same-named people are told apart (the person hint): no two rows read the same.
    const rows = await page.locator('[data-testid="deadline-row"]').evaluateAll((els) => els.map((el) => (el as unknown as { innerText: string }).innerText));
    expect(new Set(rows).size).toBe(rows.length);
    // A trial-lesson row says for which school (a person can wait for trials at two); others do not.
    const trials = page.locator('[data-testid="unplanned-item"][data-kind="trialLesson"]');
    expect(await trials.count()).toBeGreaterThan(0);
    for (const text of await trials.getByTestId('unplanned-school').allTextContents()) expect(text.trim()).toMatch(/^bij \S/);
    expect(await trials.getByTestId('unplanned-school').count()).toBe(await trials.count());
    expect(await page.locator('[data-testid="unplanned-item"]:not([data-kind="trialLesson"]) [data-testid="unplanned-school"]').count()).toBe(0);

    const item = page.getByTestId('unplanned-item').first();
    const id = (await item.getAttribute('data-participant-id'))!;
    await expect.poll(() => item.getByTestId('plan-in-week').textContent()).toBe(`Inplannen in week ${week}`);
    await item.getByTestId('open-person').click();
    // The person's page opens; its way back is the participants list, found to them.
    await page.locator(`[data-testid="client-page"][data-participant-id="${id}"]`).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${DIR}/client-page.png` });
    // The page's PIP term says what Termijnen says.
    const listed = (await api<{ items: { participant: { id: string }; pip: { state: string; daysLeft: number | null } }[] }>(page, 'deadlines.list', { limit: 1000 })).items.find(
      (x) => x.participant.id === id,
    )!.pip;
    const pipText = (await page.getByTestId('client-term-pip').textContent()) ?? '';
    if (listed.state === 'met') expect(pipText).toContain('Gehaald');
    else if (listed.daysLeft !== null && listed.daysLeft < -1) expect(pipText).toContain(`${-listed.daysLeft} dagen te laat`);
    else if (listed.daysLeft !== null && listed.daysLeft > 1) expect(pipText).toContain(`nog ${listed.daysLeft} dagen`);
    await page.getByTestId('client-back').click();
    const row = page.locator(`[data-testid="participant-row"][data-participant-id="${id}"]`);
    await row.waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(1);
    const terms = await api<{ items: { participant: { id: string }; pip: { state: string } }[] }>(page, 'deadlines.list', { limit: 1000 });
    const pip = terms.items.find((x) => x.participant.id === id)!.pip;
    if (pip.state !== 'unknown') expect(await row.getByTestId('participant-pip').getAttribute('data-state')).toBe(pip.state);
    await page.screenshot({ path: `${DIR}/person.png` });
  });

  it("a person's page has its own address, tells same-named people apart, and Back returns to the list", async () => {
    await page.getByTestId('nav-participants').click();
    await page.getByTestId('participant-search').fill('Mohammed Mansour');
    await expect.poll(() => page.getByTestId('participant-row').count(), { timeout: 20_000 }).toBe(3);
    const row = page.getByTestId('participant-row').first();
    const id = (await row.getAttribute('data-participant-id'))!;
    const detail = await api<{ person: { name: string; gemeente: { name: string }; hint?: { gemeente?: string } } }>(page, 'participants.get', { id });
    expect(detail.person.hint?.gemeente).toBe(detail.person.gemeente.name);
    await row.getByTestId('participant-open').click();
    await page.locator(`[data-testid="client-page"][data-participant-id="${id}"]`).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).hash).toBe(`#/deelnemers/${encodeURIComponent(id)}`);
    // The heading says which of the three it is, as the lists do.
    expect(await page.getByTestId('client-name').textContent()).toBe('Mohammed Mansour');
    expect(await page.getByTestId('client-hint').textContent()).toBe(detail.person.gemeente.name);
    expect(await page.getByTestId('client-page').getAttribute('aria-labelledby')).toBe('client-title client-hint');
    await page.screenshot({ path: `${DIR}/client-hint.png` });
    // A reload keeps the page.
    await page.reload();
    await page.locator(`[data-testid="client-page"][data-participant-id="${id}"]`).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('client-hint').textContent()).toBe(detail.person.gemeente.name);
    // Back returns to the list.
    await page.goBack();
    await page.getByTestId('participant-row').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('client-page').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/deelnemers');
    // Forward opens the page again.
    await page.goForward();
    await page.locator(`[data-testid="client-page"][data-participant-id="${id}"]`).waitFor({ timeout: 20_000 });
    await page.getByTestId('client-back').click();
    await page.getByTestId('participant-row').first().waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).hash).toBe('#/deelnemers');
  });

  it('"Inplannen in week N" opens that week with the plan button ready', async () => {
    await page.getByTestId('nav-unplanned').click();
    await page.waitForSelector('[data-testid="unplanned-item"]', { timeout: 30_000 });
    await page.getByTestId('unplanned-item').first().getByTestId('plan-in-week').click();
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Week ${week} · `));
    await expect
      .poll(() =>
        page.evaluate(() =>
          (globalThis as unknown as { document: { activeElement: { getAttribute(a: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid'),
        ),
      )
      .toBe('plan-week');
    await page.screenshot({ path: `${DIR}/week-ready.png` });
  });

  it('"Handmatig boeken" opens the booking panel for that person and step; the coordinator books a toets', async () => {
    await page.getByTestId('nav-unplanned').click();
    await page.waitForSelector('[data-testid="unplanned-item"][data-kind="toets"]', { timeout: 30_000 });
    const item = page.locator('[data-testid="unplanned-item"][data-kind="toets"]').first();
    const id = (await item.getAttribute('data-participant-id'))!;
    const name = ((await item.getByTestId('open-person').textContent()) ?? '').trim();
    expect(await item.getByTestId('book-by-hand').getAttribute('aria-label')).toBe(`Handmatig boeken: Leerbaarheidstoets voor ${name}`);
    await item.getByTestId('book-by-hand').click();

    const panel = page.getByTestId('manual-booking');
    await panel.getByTestId('client-panel').waitFor({ timeout: 20_000 });
    expect(await panel.locator('#manual-booking-title').textContent()).toBe(`Handmatig boeken: Leerbaarheidstoets voor ${name}`);
    // The consultant's own tools (PIP date, toets requests, opening a slot) are not offered here.
    expect(await panel.getByTestId('pip-section').count()).toBe(0);
    const toets = panel.getByTestId('toets-section');
    await page.waitForSelector('[data-testid="manual-booking"] [data-testid="toets-section"][aria-busy="false"]', { timeout: 20_000 });
    expect(await toets.getByTestId('toets-request').count()).toBe(0);
    await expectAccessible(page, 'Handmatig boeken');
    await panel.screenshot({ path: `${DIR}/book-by-hand.png` });

    // A slot that breaks nothing is booked as is; one that breaks a hard rule only with a reason (the same check).
    const slots = toets.getByTestId('toets-slot');
    expect(await slots.count()).toBeGreaterThan(0);
    await slots.first().click();
    if (await toets.getByTestId('toets-override').isVisible()) await toets.getByTestId('toets-override-reason').fill('Afgestemd met de consulent');
    const sessionId = (await slots.first().getAttribute('data-session-id'))!;
    await toets.getByTestId('toets-book').click();
    await toets.getByTestId('toets-notice').waitFor({ timeout: 20_000 });
    await expect
      .poll(
        async () =>
          (await api<{ items: { steps: { kind: string; state: string }[] }[] }>(page, 'consultant.caseload', { urgency: 'all', participantId: id })).items[0]?.steps.find(
            (x) => x.kind === 'toets',
          )?.state,
      )
      .toBe('booked');
    const booked = await api<{ booked: { sessionId: string } | null }>(page, 'toets.slots', {
      participantId: id,
      weekStart: (await api<{ weekStart: string }>(page, 'consultant.caseload', { urgency: 'all', participantId: id })).weekStart,
    });
    expect(booked.booked?.sessionId).toBe(sessionId);
    await toets.getByTestId('toets-booked').waitFor({ timeout: 20_000 });
    await panel.screenshot({ path: `${DIR}/booked-by-hand.png` });

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflow(page)).toEqual([]);
    await panel.screenshot({ path: `${DIR}/booked-by-hand-320.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await panel.getByTestId('manual-booking-close').click();
    await panel.waitFor({ state: 'detached' });
  });
});
