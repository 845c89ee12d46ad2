// The coordinator's not-planned list leads somewhere: a name opens the person (the participants
// list shows them, with the same PIP term Termijnen gives), "Inplannen in week N" opens that
// week with the plan button ready.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOf, todayInAmsterdam } from '../../shared/domain/week';
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
});
