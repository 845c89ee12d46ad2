// Many users at once on the team server (issue 12, item 4): two coordinators, each in their own
// browser, open the same session and both move it; the later one is refused with who moved it
// and when, and sees the session as it is now. Then one plans next week: the other sees who plans
// it since when, and can neither plan nor accept until the proposal is accepted. Last, both edit
// one consultant in Beheer: the later save is refused the same way, and the form shows the
// consultant as stored now. A refusal of this kind is a calm notice, not "Er ging iets mis".
// Screenshots go to test-results/team-edits/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PlannedSession } from '../../shared/api/contract';
import { addDays, isoWeekLabel, isoWeekOf } from '../../shared/domain/week';
import { fromMinutes, toMinutes } from '../../shared/domain/time';
import { launchBrowser } from './support/browser';
import { expectAccessible, horizontalOverflow } from './support/axe';
import { PASSWORD, accounts, startTeamServer, teamApi, type Running } from './support/team';

const SHOTS = 'test-results/team-edits';
const TODAY = '2026-11-25';
const WEEK = '2026-11-23';
const NEXT = addDays(WEEK, 7);
const hhmm = (t: string) => t.slice(11, 16);

async function logInAt(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}#/weekplanning/${isoWeekLabel(WEEK)}`);
  await page.getByTestId('login-page').waitFor({ timeout: 20_000 });
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-password').press('Enter');
  await page.getByTestId('week-calendar').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain(`Week ${isoWeekOf(WEEK).week}`);
}

/** Opens a session's panel from the calendar with the keyboard, as session-move.e2e does. */
async function openSession(page: Page, id: string): Promise<void> {
  const event = page.locator(`[data-testid="session-event"][data-session-id="${id}"]`);
  await event.waitFor({ timeout: 20_000 });
  await event.scrollIntoViewIfNeeded();
  await event.locator('xpath=ancestor-or-self::*[@tabindex="0"][1]').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('session-move').waitFor({ timeout: 20_000 });
}

async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe('team server: two coordinators edit one week', () => {
  let dataDir: string;
  let server: Running;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let fatima: Page;
  let joris: Page;
  let session: PlannedSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'keten-team-edits-'));
    const seeded = await startTeamServer(dataDir, ['--demo', '--today', TODAY]);
    await seeded.stop();
    for (const name of ['fatima', 'joris']) expect(accounts(dataDir, ['add', name, '--role', 'coordinator'], `${PASSWORD}\n`).status).toBe(0);
    server = await startTeamServer(dataDir, ['--today', TODAY]);
    browser = await launchBrowser();
    const open = async () => {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 950 }, locale: 'nl-NL' });
      contexts.push(ctx);
      return ctx.newPage();
    };
    fatima = await open();
    joris = await open();
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    contexts = [];
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('both coordinators log in, each in their own browser, on the same week', async () => {
    await logInAt(fatima, server.url, 'fatima');
    await logInAt(joris, server.url, 'joris');
  }, 90_000);

  it('both open the same session and move it: the later one is refused with who and when, and sees the current state', async () => {
    const week = await teamApi(fatima, 'week.get', { weekStart: WEEK });
    session = week.sessions.find((s) => s.status === 'accepted' && toMinutes(s.start) % 60 === 0 && +hhmm(s.start).slice(0, 2) <= 13)!;
    expect(session, 'an accepted session on a whole hour in the demo week').toBeTruthy();
    await openSession(fatima, session.id);
    await openSession(joris, session.id);

    // Joris begins typing a new start; before he sends it, Fatima moves the session an hour later.
    const jorisStart = fromMinutes(toMinutes(session.start) + 120);
    const fatimaStart = fromMinutes(toMinutes(session.start) + 60);
    await typeInto(joris, 'session-move-start', hhmm(jorisStart));
    await typeInto(fatima, 'session-move-start', hhmm(fatimaStart));
    await fatima.keyboard.press('Enter');
    await expect.poll(async () => (await teamApi(fatima, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)?.start, { timeout: 20_000 }).toBe(fatimaStart);

    // Joris's calendar follows live; what he typed stays in his form until he sends it.
    const jorisEvent = joris.locator(`[data-testid="session-event"][data-session-id="${session.id}"]`);
    await expect.poll(() => jorisEvent.first().getAttribute('data-start'), { timeout: 20_000 }).toContain(hhmm(fatimaStart));
    expect(await joris.getByTestId('session-move-start').inputValue()).toBe(hhmm(jorisStart));
    await joris.keyboard.press('Enter');

    const notice = joris.getByTestId('stale-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toMatch(/^i ?Intussen gewijzigd: fatima \(coördinator\) heeft deze sessie om \d\d:\d\d verplaatst; het scherm toont nu de huidige stand\./);
    expect(await joris.getByTestId('error-banner').count()).toBe(0);
    // His form and the week show the session as it is now; nothing of his was written.
    await expect.poll(() => joris.getByTestId('session-move-start').inputValue(), { timeout: 20_000 }).toBe(hhmm(fatimaStart));
    const stored = (await teamApi(joris, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)!;
    expect(stored.start).toBe(fatimaStart);
    await joris.screenshot({ path: `${SHOTS}/1-stale-refused.png` });
    await expectAccessible(joris, 'stale edit refused');

    // On the current state his change goes through.
    await typeInto(joris, 'session-move-start', hhmm(jorisStart));
    await joris.keyboard.press('Enter');
    await expect.poll(async () => (await teamApi(joris, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)?.start, { timeout: 20_000 }).toBe(jorisStart);
    await joris.keyboard.press('Escape');
    await fatima.keyboard.press('Escape');
  });

  it('a staged room choice saved after someone else changed the session is refused, and the form shows the session as it is now', async () => {
    await openSession(fatima, session.id);
    await openSession(joris, session.id);
    const rooms = await fatima
      .getByTestId('session-room')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    const current = (await teamApi(fatima, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)!;
    const [fatimaRoom, jorisRoom] = rooms.filter((r) => r !== current.room.id);
    expect(jorisRoom, 'two other rooms to choose from').toBeTruthy();
    // Fatima chooses a room but has not saved it yet; Joris chooses another one and saves.
    await fatima.getByTestId('session-room').selectOption(fatimaRoom!);
    await joris.getByTestId('session-room').selectOption(jorisRoom!);
    await joris.getByTestId('session-resources-save').click();
    const roomOf = async () => (await teamApi(fatima, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)!.room.id;
    await expect.poll(roomOf, { timeout: 20_000 }).toBe(jorisRoom);
    // Her staged choice stays until she saves it, and then it is refused with who and when.
    expect(await fatima.getByTestId('session-room').inputValue()).toBe(fatimaRoom);
    await fatima.getByTestId('session-resources-save').click();
    const notice = fatima.getByTestId('stale-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(/Intussen gewijzigd: joris \(coördinator\)/);
    await expect.poll(() => fatima.getByTestId('session-room').inputValue(), { timeout: 20_000 }).toBe(jorisRoom);
    expect(await roomOf()).toBe(jorisRoom);
    await expectAccessible(fatima, 'stale room choice refused');
    await joris.keyboard.press('Escape');
    await fatima.keyboard.press('Escape');
  });

  it('planning next week locks it for the other coordinator, who sees who plans it since when', async () => {
    for (const page of [fatima, joris]) {
      await page.getByTestId('week-next').click();
      await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain(`Week ${isoWeekOf(NEXT).week}`);
    }
    await fatima.getByTestId('plan-week').click();

    // Joris sees the lock at once (the event stream), and cannot plan or stop the run.
    const note = joris.getByTestId('planning-lock');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toMatch(new RegExp(`^Week ${isoWeekOf(NEXT).week} wordt gepland door fatima \\(coördinator\\) sinds \\d\\d:\\d\\d\\. `));
    expect(await fatima.getByTestId('planning-lock').count()).toBe(0);
    // Only a beheerder may end someone else's lock.
    expect(await joris.getByTestId('planning-lock-release').count()).toBe(0);
    const jorisControl = joris.locator('[data-testid="plan-week"], [data-testid="plan-cancel"]');
    expect(await jorisControl.first().isDisabled()).toBe(true);

    // Fatima's proposal arrives; Joris sees it too, but cannot accept or discard it.
    await fatima.getByTestId('proposal-bar').waitFor({ timeout: 90_000 });
    await joris.getByTestId('proposal-bar').waitFor({ timeout: 20_000 });
    expect(await joris.getByTestId('proposal-accept-all').isDisabled()).toBe(true);
    expect(await joris.getByTestId('proposal-discard').isDisabled()).toBe(true);
    expect(await joris.getByTestId('plan-week').isDisabled()).toBe(true);
    await joris.screenshot({ path: `${SHOTS}/2-planning-locked.png` });
    await expectAccessible(joris, 'planning lock shown');
    // Accepting through the API is refused as well, with the same words.
    await expect(teamApi(joris, 'proposal.accept', { weekStart: NEXT, confirmPublished: false })).rejects.toThrow(/wordt gepland door fatima \(coördinator\)/);

    // At 320 px the note wraps and nothing scrolls sideways.
    await joris.setViewportSize({ width: 320, height: 800 });
    await note.waitFor();
    expect(await horizontalOverflow(joris, ['[data-testid="week-calendar"]'])).toEqual([]);
    await joris.screenshot({ path: `${SHOTS}/3-planning-locked-320.png`, fullPage: true });
    await joris.setViewportSize({ width: 1400, height: 950 });

    // Fatima accepts: the week is free again for Joris.
    await fatima.getByTestId('proposal-accept-all').click();
    await fatima.getByTestId('proposal-bar').waitFor({ state: 'detached', timeout: 20_000 });
    await note.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => joris.getByTestId('plan-week').isDisabled(), { timeout: 20_000 }).toBe(false);
    await joris.screenshot({ path: `${SHOTS}/4-lock-released.png` });
  }, 180_000);

  it('both edit one consultant in Beheer: the later save is refused with who and when, and the form shows the current values', async () => {
    const consultant = (await teamApi(fatima, 'consultants.list', {})).items.find((c) => c.active)!;
    const hours = consultant.hoursPerWeek;
    const jorisHours = (hours ?? 20) + 4;
    const openForm = async (page: Page) => {
      await page.getByTestId('nav-manage').click();
      await page.getByTestId('manage-nav-consultants').click();
      const row = page.getByTestId('consultants-list-row').filter({ hasText: consultant.name });
      await row.getByTestId('consultants-list-edit').click();
      await page.getByTestId('consultant-form').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('consultant-form-name').inputValue()).toBe(consultant.name);
    };
    await openForm(fatima);
    await openForm(joris);

    // Joris changes the hours; before he saves, Fatima renames the consultant and saves.
    await joris.fill('[data-testid="consultant-form-hoursPerWeek"]', String(jorisHours));
    const renamed = `${consultant.name} (Fatima)`;
    await fatima.fill('[data-testid="consultant-form-name"]', renamed);
    await fatima.getByTestId('consultant-form-save').click();
    await fatima.getByTestId('consultant-form').waitFor({ state: 'detached', timeout: 20_000 });

    await joris.getByTestId('consultant-form-save').click();
    const notice = joris.getByTestId('consultant-form-stale');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toMatch(/Intussen gewijzigd: fatima \(coördinator\) heeft deze consulent om \d\d:\d\d gewijzigd; het scherm toont nu de huidige stand\./);
    expect(await joris.getByTestId('consultant-form-error').count()).toBe(0);
    // The form stays open on the consultant as stored now; nothing of his was written.
    await expect.poll(() => joris.getByTestId('consultant-form-name').inputValue(), { timeout: 20_000 }).toBe(renamed);
    expect(await joris.getByTestId('consultant-form-hoursPerWeek').inputValue()).toBe(hours === null ? '' : String(hours));
    const stored = (await teamApi(joris, 'consultants.list', {})).items.find((c) => c.id === consultant.id)!;
    expect({ name: stored.name, hoursPerWeek: stored.hoursPerWeek }).toEqual({ name: renamed, hoursPerWeek: hours });
    await joris.screenshot({ path: `${SHOTS}/5-beheer-stale-refused.png` });
    await expectAccessible(joris, 'stale Beheer save refused');

    // On the current values his change goes through, and keeps Fatima's name.
    await joris.fill('[data-testid="consultant-form-hoursPerWeek"]', String(jorisHours));
    await joris.getByTestId('consultant-form-save').click();
    await joris.getByTestId('consultant-form').waitFor({ state: 'detached', timeout: 20_000 });
    const after = (await teamApi(joris, 'consultants.list', {})).items.find((c) => c.id === consultant.id)!;
    expect({ name: after.name, hoursPerWeek: after.hoursPerWeek }).toEqual({ name: renamed, hoursPerWeek: jorisHours });
  }, 120_000);
});
