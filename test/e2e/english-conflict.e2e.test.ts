// An English screen with a conflict in English (issue 13): the interface switched to English with
// the header's language switch, a double booking made in the week, and the conflicts panel that
// names it in English, without internal ids, with English fixes, and the optimisation figures
// behind a "Details" toggle in words; after planning a week, the not-planned list gives the
// planner's reasons in English. Screenshots go to test-results/english-conflict/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekLabel } from '../../shared/domain/week';
import { pageApi } from './support/api';
import { axeFindings, describeFindings } from './support/axe';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/english-conflict';
mkdirSync(SHOTS, { recursive: true });

const TODAY = '2026-11-25';
const WEEK = '2026-11-23';

describe('a conflict in English', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ today: TODAY });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 950 }, locale: 'nl-NL' });
    await server.letIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('switches the interface to English', async () => {
    await page.goto(`${server.url}#/weekplanning/${isoWeekLabel(WEEK)}`);
    await chooseProfile(page, 'coordinator');
    await page.waitForSelector('[data-testid="session-event"]', { timeout: 20_000 });
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 48');
  });

  it('shows a double booking in English in the conflicts panel, with English fixes and no ids', async () => {
    // Two sessions of one kind on one consultant and in one room at the same time.
    const week = await pageApi(page, 'week.get', { weekStart: WEEK });
    const groups = week.sessions.filter((s) => s.kind === 'groupInfo' && s.status === 'accepted');
    expect(groups.length).toBeGreaterThan(1);
    const [a, b] = groups;
    const planning = await pageApi(page, 'week.planning', { weekStart: WEEK });
    const pa = planning.plan.sessions.find((s) => s.id === a!.id)!;
    await pageApi(page, 'session.update', { sessionId: b!.id, start: a!.start, roomId: pa.roomId, consultantId: pa.consultantId, confirmPublished: true });
    await page.reload();
    await page.waitForSelector('[data-testid="session-event"]', { timeout: 20_000 });

    await page.getByTestId('conflicts-toggle').click();
    await page.getByTestId('conflicts-panel').waitFor();
    await page.waitForSelector('[data-testid="conflicts-panel"][aria-busy="false"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="conflict-item"][data-severity="conflict"]', { timeout: 30_000 });
    const items = page.locator('[data-testid="conflict-item"][data-severity="conflict"]');
    const texts = await items.locator('.conflict__message').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    // The room and the consultant double-booked, said in English.
    expect(texts.some((x) => / is double-booked: /.test(x))).toBe(true);
    expect(texts.some((x) => / at the same time\.$/.test(x))).toBe(true);
    for (const text of texts) {
      expect(text).not.toMatch(/\b(dubbel geboekt|staat tegelijk|groepsvoorlichting|leerbaarheidstoets)\b/);
      // No internal ids: not the sessions', not any code-like id.
      expect(text).not.toContain(a!.id);
      expect(text).not.toContain(b!.id);
      expect(text).not.toMatch(/\b[A-Z]{1,4}-[A-Z0-9]*\d/);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    // Times are English ("Mon 23 Nov 09:00–11:00").
    expect(texts.join(' ')).toMatch(/(Mon|Tue|Wed|Thu|Fri) \d{1,2} (Nov|Dec) \d\d:\d\d–\d\d:\d\d/);
    const fixes = await page.locator('[data-testid="conflict-fix"] .fix__label').allTextContents();
    expect(fixes.length).toBeGreaterThan(0);
    for (const f of fixes) expect(f.trim()).toMatch(/^(Move the|Change the|Book a)/);
    await page.screenshot({ path: `${SHOTS}/conflicts-en.png` });
    const findings = await axeFindings(page);
    expect(findings.length === 0 ? '' : describeFindings('conflicts (en)', findings)).toBe('');
  });

  it('keeps the optimisation figures behind Details, in words', async () => {
    const panel = page.getByTestId('conflicts-panel');
    expect(await panel.textContent()).not.toMatch(/Cost of the week|Kosten|lower bound|ondergrens/);
    const toggle = panel.getByTestId('plan-details-toggle');
    expect(await toggle.textContent()).toBe('Details');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.getByTestId('plan-details').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const details = panel.getByTestId('plan-details');
    await details.waitFor();
    expect(await details.textContent()).toMatch(/^Plan score: [\d,.]+ \(lower is better/);
    await page.screenshot({ path: `${SHOTS}/details-en.png` });
    const findings = await axeFindings(page);
    expect(findings.length === 0 ? '' : describeFindings('details (en)', findings)).toBe('');
  });

  it('after planning a week, says in words how close the plan is to the best possible', async () => {
    await page
      .getByTestId('conflicts-panel')
      .getByRole('button', { name: 'Close panel' })
      .click()
      .catch(() => undefined);
    await page.goto(`${server.url}#/weekplanning/${isoWeekLabel('2026-11-30')}`);
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 49');
    await page.getByTestId('plan-week').click();
    const result = page.getByTestId('plan-result');
    await result.waitFor({ timeout: 120_000 });
    expect(await result.textContent()).not.toMatch(/Cost|Kosten|lower bound|ondergrens|gap \d/);
    const toggle = result.getByTestId('plan-details-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const text = (await result.getByTestId('plan-details').textContent())!;
    expect(text).toMatch(/Plan score: [\d,.]+ \(lower is better/);
    if (/away from the best possible|best possible:/.test(text))
      expect(text).toMatch(/^(This plan is at most \d+% away from the best possible\.|This plan is less than 1% away|This plan is the best possible)/);
    await page.screenshot({ path: `${SHOTS}/plan-result-details-en.png` });
    const findings = await axeFindings(page);
    expect(findings.length === 0 ? '' : describeFindings('plan result (en)', findings)).toBe('');
  }, 180_000);

  it("lists what the planner left out with the planner's reasons in English, without ids", async () => {
    await page.getByTestId('nav-unplanned').click();
    await expect.poll(() => page.locator('#unplanned-title').textContent(), { timeout: 20_000 }).toContain('Not planned in week 49');
    await page.waitForSelector('[data-testid="unplanned-item"]', { timeout: 30_000 });
    const reasons = (await page.locator('[data-testid="unplanned-item"] .unplanned-item__reason').allTextContents()).map((x) => x.trim());
    expect(reasons.length).toBeGreaterThan(0);
    // The planner's own reasons, not "not planned yet": the run of the previous step gave them.
    expect(reasons.some((x) => /^(no |too few |the participant |a free seat |a test place )/.test(x))).toBe(true);
    for (const text of reasons) {
      expect(text).not.toMatch(/\b(geen|deelnemers?|opvang|tolk|vrije?|niet|ingepland|tijdens|proefles|groepsvoorlichting|leerbaarheidstoets)\b/);
      expect(text).not.toMatch(/\b[A-Z]{1,4}-[A-Z0-9]*\d/);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    await page.screenshot({ path: `${SHOTS}/not-planned-en.png` });
  }, 60_000);
});
