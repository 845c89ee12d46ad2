// Cancelling one session in a published week, end to end: the coordinator publishes the week,
// opens a group information session, chooses "Sessie annuleren", reads what it affects, gives a
// reason and confirms; the week reads "Gewijzigd na publicatie" with the consultant, interpreter
// and participants, the participants' names open their page (the step is open to book again), and
// the consultant's calendar carries the session as cancelled (same UID, higher SEQUENCE). The
// participant's history names the cancelled session and why, in Dutch and, switched, in English;
// a booking made with "Toch boeken" gives its typed reason there; a failure on screen follows the
// switch of language.
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

  it("the participant's history names the cancelled session and why, in Dutch and then in English", async () => {
    const changes = page.getByTestId('client-change');
    await changes.first().waitFor({ timeout: 20_000 });
    const dutch = new RegExp(
      `^.+Boeking geannuleerd: groepsvoorlichting (in het \\S+ )?op .+ ${session.start.slice(11, 16)}–${session.end.slice(11, 16)}Reden: Sessie geannuleerd in de weekplanning$`,
    );
    expect((await changes.first().textContent())!.trim()).toMatch(dutch);
    await page.getByTestId('lang-en').click();
    const english = new RegExp(
      `^.+Booking cancelled: group information session (in \\S+ )?on .+ ${session.start.slice(11, 16)}–${session.end.slice(11, 16)}Reason: Session cancelled in the week plan$`,
    );
    await expect.poll(async () => (await changes.first().textContent())!.trim(), { timeout: 20_000 }).toMatch(english);
    const all = (await page.getByTestId('client-changes').textContent())!;
    expect(all).not.toMatch(/Reden|Geboekt|geannuleerd|Fictieve demoregio/);
    await page.screenshot({ path: `${SHOTS}/4-history-english.png` });
  });

  it('a booking made with "Toch boeken" gives the typed reason in the history, in English', async () => {
    const participantId = 'P-029';
    const slot = (await pageApi(page, 'toets.slots', { participantId, weekStart: '2026-11-30' })).slots.find((s) => s.start === '2026-12-01T09:00')!;
    const opts = await pageApi(page, 'trial.options', { participantId, weekStart: '2026-11-30' });
    const lesson = opts.schools.flatMap((s) => s.options).find((o) => o.start < slot.end && slot.start < o.end)!;
    await pageApi(page, 'trial.book', { participantId, lessons: [{ classId: lesson.classId, start: lesson.start }] });
    await pageApi(page, 'toets.book', { participantId, sessionId: slot.sessionId, override: { reason: 'Afgestemd met de school' } });
    await page.goto(`${server.url}#/deelnemers/${participantId}`);
    await page.locator(`[data-testid="client-page"][data-participant-id="${participantId}"]`).waitFor({ timeout: 20_000 });
    const top = page.getByTestId('client-change').first();
    await expect
      .poll(async () => (await top.textContent())!.trim(), { timeout: 20_000 })
      .toMatch(new RegExp(`Booked: learnability test on Tue 1 Dec 09:00–${slot.end.slice(11, 16)}Reason: booked anyway: "Afgestemd met de school"$`));
    expect(await top.textContent()).not.toContain('booking a test');
    expect(await page.getByTestId('client-bookings-coming').getByTestId('client-booking-override').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/5-override-history.png` });
  });

  it('a failure on screen follows a switch of language', async () => {
    await page.goto(`${server.url}#/weekplanning/${isoWeekLabel(WEEK)}`);
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 48');
    // The next week cannot be read: the server is out of reach.
    await page.route('**/api/call/week.get', (route) => route.abort());
    await page.getByTestId('week-next').click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.textContent()).toContain('No connection to the Keten Planner server.');
    await page.getByTestId('lang-nl').click();
    await expect.poll(async () => banner.textContent(), { timeout: 20_000 }).toContain('Geen verbinding met de Keten Planner-server.');
    await page.unroute('**/api/call/week.get');
  });
});
