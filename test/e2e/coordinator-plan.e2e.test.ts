// The coordinator's week, end to end: plan next week, accept the proposal, drag a session onto
// a time when the other parent of a household is away, see the household conflict, apply the
// suggested fix, publish, and download an interpreter's .ics.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekLabel, isoWeekOf, mondayOf, todayInAmsterdam } from '../../shared/domain/week';
import { checkPlan } from '../../shared/planner/check';
import type { Instance, Plan } from '../../shared/planner/spec';
import { fromMinutes, toMinutes } from '../../shared/domain/time';
import { parseIcs } from '../../shared/export/ics';
import type { WeekPlanning } from '../../shared/api/contract';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

mkdirSync('test-results', { recursive: true });

/** Calls the API from inside the page, with the page's session cookie. */
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

interface Move {
  sessionId: string;
  day: string;
  time: string;
  message: string;
}

/** Minutes of the first "HH:MM-HH:MM" span in a checker message. */
function gapMinutes(message: string): number {
  const m = /(\d{2}):(\d{2})[-–](\d{2}):(\d{2})/.exec(message);
  return m ? Number(m[3]) * 60 + Number(m[4]) - (Number(m[1]) * 60 + Number(m[2])) : 0;
}

/**
 * Finds a move of one accepted session, in its own room, that creates a household conflict
 * (rule 9) and nothing else, with the other parent away for a real stretch of time (a lesson,
 * not just a few minutes of travel): the situation the coordinator must be warned about.
 */
function findHouseholdClash(instance: Instance, plan: Plan): Move | null {
  const before = new Set(checkPlan(instance, plan).violations.map((v) => v.message));
  const days = Array.from({ length: instance.week.days }, (_, i) => addDays(instance.week.start, i));
  const dayStart = instance.grid.dayStart;
  for (const s of plan.sessions) {
    const minutes = toMinutes(s.end) - toMinutes(s.start);
    for (const day of days) {
      for (let t = toMinutes(`${day}T${dayStart}`); t + minutes <= toMinutes(`${day}T${instance.grid.dayEnd}`); t += 30) {
        const start = fromMinutes(t);
        if (start === s.start) continue;
        const moved: Plan = { ...plan, sessions: plan.sessions.map((x) => (x.id === s.id ? { ...x, start, end: fromMinutes(t + minutes) } : x)) };
        const added = checkPlan(instance, moved).violations.filter((v) => !before.has(v.message));
        if (added.length > 0 && added.every((v) => v.rule === 9) && gapMinutes(added[0]!.message) >= 45) {
          return { sessionId: s.id, day, time: start.slice(11, 16), message: added[0]!.message };
        }
      }
    }
  }
  return null;
}

describe('coordinator plans and publishes a week', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  const nextMonday = addDays(mondayOf(todayInAmsterdam()), 7);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'nl-NL', acceptDownloads: true });
    await server.letIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('plans next week and accepts the proposal', async () => {
    await page.goto(`${server.url}#/weekplanning/${isoWeekLabel(nextMonday)}`);
    await chooseProfile(page, 'coordinator');
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain(`Week ${isoWeekOf(nextMonday).week}`);
    const acceptedBefore = (await api<{ sessions: unknown[] }>(page, 'week.get', { weekStart: nextMonday })).sessions.length;

    await page.getByTestId('plan-week').click();
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
    const week = await api<{ sessions: { status: string }[] }>(page, 'week.get', { weekStart: nextMonday });
    const proposed = week.sessions.filter((s) => s.status === 'proposed').length;
    expect(proposed).toBeGreaterThan(0);
    await page.getByTestId('proposal-bar').waitFor();

    // The bar names everything "Alles accepteren" books: sessions and the seats the planner proposed.
    const seats = (await api<{ proposal?: { trials: unknown[]; intakes: unknown[]; care: unknown[] } }>(page, 'week.get', { weekStart: nextMonday })).proposal;
    const summary = (await page.getByTestId('proposal-summary').textContent())!;
    expect(summary).toContain(`${proposed} ${proposed === 1 ? 'sessie' : 'sessies'}`);
    if (seats?.trials.length) expect(summary).toContain(`${seats.trials.length} ${seats.trials.length === 1 ? 'proefles' : 'proeflessen'}`);
    if (seats?.care.length) expect(summary).toContain(`${seats.care.length} ${seats.care.length === 1 ? 'opvangboeking' : 'opvangboekingen'}`);
    await page.getByTestId('proposal-accept-selected').click();
    await page.getByTestId('proposal-drawer').waitFor();
    if (seats) expect(await page.getByTestId('proposal-seats').isVisible()).toBe(true);
    mkdirSync('test-results/planner', { recursive: true });
    await page.screenshot({ path: 'test-results/planner/proposal-drawer.png' });

    await page.getByTestId('proposal-accept-all').click();
    await page.getByTestId('proposal-bar').waitFor({ state: 'detached', timeout: 20_000 });
    // The notice reports the same counts the bar showed.
    await expect.poll(() => page.getByTestId('plan-notice').textContent()).toContain(`Geaccepteerd: ${summary.replace(/^Voorstel: /, '')}`);
    const after = await api<{ sessions: { status: string }[] }>(page, 'week.get', { weekStart: nextMonday });
    expect(after.sessions.filter((s) => s.status === 'proposed')).toHaveLength(0);
    expect(after.sessions.length).toBe(acceptedBefore + proposed);
    await page.screenshot({ path: 'test-results/coordinator-plan-week.png' });
  });

  it('warns while dragging onto a household clash, and a fix resolves it', async () => {
    const planning = await api<WeekPlanning>(page, 'week.planning', { weekStart: nextMonday });
    const move = findHouseholdClash(planning.instance, planning.plan);
    expect(move, 'the demo week has a session whose move clashes with a household').not.toBeNull();
    const { sessionId, day, time } = move!;

    const event = page.locator(`[data-testid="session-event"][data-session-id="${sessionId}"]`);
    await event.scrollIntoViewIfNeeded();
    const from = (await event.boundingBox())!;
    const column = (await page.locator(`.fc-timegrid-col[data-date="${day}"]`).boundingBox())!;
    const slot = (await page.locator(`.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox())!;
    const grabY = 4;
    await page.mouse.move(from.x + from.width / 2, from.y + grabY);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + grabY + 10, { steps: 4 });
    await page.mouse.move(column.x + column.width / 2, slot.y + grabY, { steps: 12 });
    const preview = page.getByTestId('drag-preview');
    await expect.poll(() => preview.getAttribute('data-state'), { timeout: 10_000 }).toBe('conflict');
    expect(await preview.textContent()).toMatch(/geen opvang/);
    await page.mouse.up();

    // The drop goes through with the warning; the conflict is now in the week.
    await expect
      .poll(async () => (await api<{ sessions: { id: string; start: string }[] }>(page, 'week.get', { weekStart: nextMonday })).sessions.find((s) => s.id === sessionId)?.start, {
        timeout: 20_000,
      })
      .toBe(`${day}T${time}`);
    const toggle = page.getByTestId('conflicts-toggle');
    await toggle.click();
    const panel = page.getByTestId('conflicts-panel');
    await panel.waitFor();
    const household = panel.locator('[data-testid="conflict-item"][data-category="household"]');
    await household.first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/coordinator-conflicts.png' });

    const conflictsBefore = (await api<{ conflicts: { category: string; severity: string }[] }>(page, 'week.conflicts', { weekStart: nextMonday })).conflicts.filter(
      (c) => c.severity === 'conflict',
    ).length;
    const withFix = household.filter({ has: page.getByTestId('conflict-fix') });
    await withFix.first().getByTestId('conflict-fix').first().click();
    await expect
      .poll(
        async () =>
          (await api<{ conflicts: { category: string; severity: string }[] }>(page, 'week.conflicts', { weekStart: nextMonday })).conflicts.filter((c) => c.severity === 'conflict')
            .length,
        { timeout: 20_000 },
      )
      .toBeLessThan(conflictsBefore);
  });

  it('publishes the week and exports an interpreter calendar that parses', async () => {
    await page.getByTestId('publish-week').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('week-status').textContent(), { timeout: 20_000 }).toMatch(/Gepubliceerd/);

    const week = await api<{ sessions: { interpreter: { id: string } | null }[] }>(page, 'week.get', { weekStart: nextMonday });
    const interpreterId = week.sessions.find((s) => s.interpreter)?.interpreter?.id;
    expect(interpreterId).toBeTruthy();
    await page.getByTestId('export-person').selectOption(`interpreter:${interpreterId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const vcal = parseIcs(text).components[0]!;
    const events = vcal.components.filter((c) => c.type === 'VEVENT');
    expect(events.length).toBe(week.sessions.filter((s) => s.interpreter?.id === interpreterId).length);
    for (const e of events) {
      const start = e.properties.find((p) => p.name === 'DTSTART')!;
      expect(start.params.TZID).toBe('Europe/Amsterdam');
    }
  });
});
