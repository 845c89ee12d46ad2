// Cancelling one session in a published week, end to end: the coordinator publishes the week,
// opens a group information session, chooses "Sessie annuleren", reads what it affects, gives a
// reason and confirms; the week reads "Gewijzigd na publicatie" with the consultant, interpreter
// and participants, the participants' names open their page (the step is open to book again), and
// the consultant's calendar carries the session as cancelled (same UID, higher SEQUENCE).
// Screenshots go to test-results/cancel-session/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekLabel } from '../../shared/domain/week';
import type { PlannedSession } from '../../shared/api/contract';
import { readCalendar } from '../support/ical';
import { pageApi } from './support/api';
import { closeJourney, openJourney, signIn } from './support/journey';
import type { StartedServer } from './support/server';

const SHOTS = 'test-results/cancel-session';
mkdirSync(SHOTS, { recursive: true });

const TODAY = '2026-11-25';
const WEEK = '2026-11-23';

describe('the coordinator cancels a session in a published week', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let session: PlannedSession;
  let uid: string;

  beforeAll(async () => ({ server, browser, page } = await openJourney({ today: TODAY, viewport: { width: 1500, height: 1000 } })));

  afterAll(() => closeJourney(server, browser));

  it('publishes the week and opens a group information session', async () => {
    await signIn(page, server, 'coordinator', { path: `#/weekplanning/${isoWeekLabel(WEEK)}` });
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 48');
    await page.getByTestId('publish-week').click();
    await page.getByTestId('publish-confirm').getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('week-status').textContent(), { timeout: 20_000 }).toBe('Gepubliceerd');

    const week = await pageApi(page, 'week.get', { weekStart: WEEK });
    session = week.sessions.find((s) => s.kind === 'groupInfo' && s.interpreter && s.participants.length > 1 && s.status === 'accepted')!;
    expect(session).toBeTruthy();
    const before = readCalendar((await pageApi(page, 'export.ics', { weekStart: WEEK, person: { kind: 'consultant', id: session.consultant.id } })).content);
    const entry = before.events.find((e) => e.uid.startsWith(`${session.id}@`))!;
    expect(entry).toMatchObject({ sequence: 0, status: 'CONFIRMED' });
    uid = entry.uid;

    const event = page.locator(`[data-testid="session-event"][data-session-id="${session.id}"]`);
    await event.scrollIntoViewIfNeeded();
    await event.click();
    await page.getByTestId('session-panel').waitFor({ timeout: 20_000 });
  });

  it('asks to confirm, naming the session, the participants who lose their place, the staff and the published week', async () => {
    await page.getByTestId('session-cancel').click();
    const dialog = page.getByTestId('confirm-cancel-session');
    await dialog.waitFor({ timeout: 20_000 });
    expect(await dialog.getByTestId('cancel-session-what').textContent()).toMatch(
      new RegExp(`^Groepsvoorlichting .+ op .+ ${session.start.slice(11, 16)}–${session.end.slice(11, 16)} in ${session.room.name} gaat niet door\\.$`),
    );
    expect(await dialog.getByTestId('cancel-session-participants').textContent()).toBe(
      `${session.participants.length} deelnemers verliezen de plek; hun stap staat daarna weer op te boeken.`,
    );
    expect(await dialog.getByTestId('cancel-session-staff').textContent()).toBe(`Vrij na annuleren: consulent ${session.consultant.name}, tolk ${session.interpreter!.name}.`);
    expect(await dialog.getByTestId('cancel-session-published').textContent()).toMatch(/^Week 48 is gepubliceerd/);
    // Names, never ids.
    expect(await dialog.textContent()).not.toContain(session.id);
    // "Niet annuleren" leaves everything as it was.
    await dialog.getByTestId('confirm-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await pageApi(page, 'week.get', { weekStart: WEEK })).sessions.some((s) => s.id === session.id)).toBe(true);

    await page.getByTestId('session-cancel').click();
    await dialog.waitFor();
    await dialog.getByTestId('cancel-session-reason').fill('Zaal onbruikbaar door lekkage');
    await page.screenshot({ path: `${SHOTS}/1-confirm-cancel.png` });
    await dialog.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByTestId('session-panel').waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator(`[data-testid="session-event"][data-session-id="${session.id}"]`).waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('the week reads "Gewijzigd na publicatie" and lists the staff and participants, the participants as links', async () => {
    await expect.poll(() => page.getByTestId('week-status').textContent(), { timeout: 20_000 }).toBe('Gewijzigd na publicatie');
    const panel = page.getByTestId('published-changes');
    await panel.waitFor({ timeout: 20_000 });
    const staff = panel.getByTestId('affected-staff');
    await expect.poll(() => staff.count(), { timeout: 20_000 }).toBe(2);
    expect(await staff.allTextContents()).toEqual([expect.stringContaining(session.consultant.name), expect.stringContaining(session.interpreter!.name)]);
    for (const text of await staff.allTextContents()) expect(text).toMatch(/gaat niet door|geannuleerd/i);
    const links = panel.getByTestId('affected-open-person');
    expect((await links.allTextContents()).sort()).toEqual(session.participants.map((p) => p.name).sort());
    for (const p of session.participants) expect(await panel.textContent()).not.toContain(p.id);
    await page.screenshot({ path: `${SHOTS}/2-changed-after-publication.png` });
  });

  it("the consultant's calendar carries the session as cancelled: same UID, higher SEQUENCE", async () => {
    const cal = readCalendar((await pageApi(page, 'export.ics', { weekStart: WEEK, person: { kind: 'consultant', id: session.consultant.id } })).content);
    const entry = cal.events.find((e) => e.uid === uid)!;
    expect(entry).toMatchObject({ status: 'CANCELLED', start: session.start });
    expect(entry.sequence).toBeGreaterThanOrEqual(1);
  });

  it("a participant's name opens their page, where the information session is open to book again", async () => {
    const first = [...session.participants].sort((a, b) => a.name.localeCompare(b.name, 'nl'))[0]!;
    await page.getByTestId('published-changes').getByTestId('affected-open-person').filter({ hasText: first.name }).click();
    await page.locator(`[data-testid="client-page"][data-participant-id="${first.id}"]`).waitFor({ timeout: 20_000 });
    const step = page.locator('[data-testid="client-step"][data-kind="groupInfo"]');
    await expect.poll(() => step.first().getAttribute('class'), { timeout: 20_000 }).toContain('people-step--open');
    await page.screenshot({ path: `${SHOTS}/3-person-page.png` });
  });
});
