// Moving a session by keyboard alone: open a session from the calendar with Enter, type a new
// date and 24-hour times in the session editor, see the check next to the field and the conflict
// the move would add, move it, and for a published week confirm as a drag would.
// Screenshots go to test-results/session-move/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../shared/api/contract';
import { isoWeekLabel } from '../../shared/domain/week';
import { fromMinutes, toMinutes } from '../../shared/domain/time';
import { pageApi } from './support/api';
import { launchBrowser } from './support/browser';
import { chooseProfile } from './support/profile';
import { startServer, type StartedServer } from './support/server';

const SHOTS = 'test-results/session-move';
mkdirSync(SHOTS, { recursive: true });

const TODAY = '2026-11-25';
const WEEK = '2026-11-23';

/** Replaces a field's text with the keyboard: focus, select all, type. */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const hhmm = (t: string) => t.slice(11, 16);

/** The data-testid of the element that has the focus. */
const focused = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { document: { activeElement: { getAttribute(a: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid'),
  );

describe('a session moves by keyboard through the session editor', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let session: PlannedSession;

  beforeAll(async () => {
    server = await startServer({ today: TODAY });
    browser = await launchBrowser();
    // en-US: the times must still read 24-hour, whatever the browser's own locale says.
    page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, locale: 'en-US' });
    await server.letIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openWithKeyboard(s: PlannedSession): Promise<void> {
    const event = page.locator(`[data-testid="session-event"][data-session-id="${s.id}"]`);
    await event.scrollIntoViewIfNeeded();
    // The calendar's event element takes the focus; Enter opens it as a click would.
    await event.locator('xpath=ancestor-or-self::*[@tabindex="0"][1]').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('session-move').waitFor({ timeout: 20_000 });
  }

  it('opens a session with Enter and shows its date and 24-hour times', async () => {
    await page.goto(`${server.url}#/weekplanning/${isoWeekLabel(WEEK)}`);
    await chooseProfile(page, 'coordinator');
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 48');
    const week = await pageApi(page, 'week.get', { weekStart: WEEK });
    // A session whose consultant has another one this week: moving onto that one is a conflict.
    const colleague = (x: PlannedSession) => week.sessions.some((o) => o.id !== x.id && o.consultant.id === x.consultant.id);
    session = week.sessions.find((s) => s.kind === 'groupInfo' && s.status === 'accepted' && colleague(s))!;
    expect(session).toBeTruthy();
    await page.waitForSelector(`[data-testid="session-event"][data-session-id="${session.id}"]`, { timeout: 20_000 });
    await openWithKeyboard(session);
    expect(await page.getByTestId('session-move-day').inputValue()).toBe(session.start.slice(0, 10));
    expect(await page.getByTestId('session-move-start').inputValue()).toBe(hhmm(session.start));
    expect(await page.getByTestId('session-move-end').inputValue()).toBe(hhmm(session.end));
    expect(hhmm(session.start)).toMatch(/^\d\d:\d\d$/);
  });

  it('says next to the field what is wrong with a typed time, and moves nothing', async () => {
    await typeInto(page, 'session-move-start', '2 PM');
    await page.keyboard.press('Tab');
    const error = page.getByTestId('session-move-start-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Vul een tijd in als UU:MM (24 uur), bijvoorbeeld 09:30.');
    expect(await page.getByTestId('session-move-start').getAttribute('aria-invalid')).toBe('true');
    await typeInto(page, 'session-move-start', hhmm(session.start));
    await typeInto(page, 'session-move-end', hhmm(fromMinutes(toMinutes(session.start) - 30)));
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('session-move-end-error').textContent()).toBe('De eindtijd moet na de begintijd liggen.');
    await page.getByTestId('session-move').screenshot({ path: `${SHOTS}/1-time-checked.png` });
    const again = await pageApi(page, 'week.get', { weekStart: WEEK });
    expect(again.sessions.find((s) => s.id === session.id)).toMatchObject({ start: session.start, end: session.end });
  });

  it("shows the conflict a move onto the consultant's other session would add", async () => {
    const week = await pageApi(page, 'week.get', { weekStart: WEEK });
    const other = week.sessions.find((s) => s.id !== session.id && s.consultant.id === session.consultant.id)!;
    await page.getByTestId('session-move-day').focus();
    await page.selectOption('[data-testid="session-move-day"]', other.start.slice(0, 10));
    await typeInto(page, 'session-move-start', hhmm(other.start));
    await typeInto(page, 'session-move-end', hhmm(fromMinutes(toMinutes(other.start) + toMinutes(session.end) - toMinutes(session.start))));
    const preview = page.getByTestId('session-move-preview');
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toMatch(/Deze verplaatsing geeft \d+ (nieuw conflict|nieuwe conflicten)/);
    expect(await preview.getAttribute('class')).toContain('move__preview--conflict');
    await page.getByTestId('session-move').screenshot({ path: `${SHOTS}/2-conflict-before-moving.png` });
  });

  it('moves the session to a new day and time with Enter', async () => {
    const day = session.start.slice(0, 10) === WEEK ? '2026-11-24' : WEEK;
    const start = `${day}T${hhmm(session.start)}`;
    const minutes = toMinutes(session.end) - toMinutes(session.start);
    await page.getByTestId('session-move-day').focus();
    await page.selectOption('[data-testid="session-move-day"]', day);
    // The end follows the start and keeps the session's length.
    await typeInto(page, 'session-move-end', hhmm(session.end));
    await typeInto(page, 'session-move-start', hhmm(start));
    expect(await page.getByTestId('session-move-end').inputValue()).toBe(hhmm(session.end));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await pageApi(page, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)?.start, { timeout: 20_000 }).toBe(start);
    const moved = (await pageApi(page, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)!;
    expect(toMinutes(moved.end) - toMinutes(moved.start)).toBe(minutes);
    await expect.poll(() => page.getByTestId('session-move-day').inputValue(), { timeout: 20_000 }).toBe(day);
    // The keyboard user stays where they were: in the start field, now showing the new time.
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as { document: { activeElement: { getAttribute(a: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid'),
      ),
    ).toBe('session-move-start');
    expect(await page.getByTestId('session-move-start').inputValue()).toBe(hhmm(start));
    await page.screenshot({ path: `${SHOTS}/3-moved.png` });
    session = moved;
  });

  it('stages a room choice until Save (or Enter); Cancel puts it back; choosing alone saves nothing', async () => {
    const room = page.getByTestId('session-room');
    const values = await room.locator('option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    const other = values.find((v) => v !== session.room.id);
    expect(other).toBeTruthy();
    const roomNow = async () => (await pageApi(page, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)!.room.id;

    // Choosing in the list changes nothing yet (WCAG 3.2.2): it is staged and says so.
    await room.selectOption(other!);
    await page.getByTestId('session-resources-pending').waitFor();
    await page.getByTestId('session-resources-preview').waitFor();
    expect(await roomNow()).toBe(session.room.id);
    await page.getByTestId('session-resources').screenshot({ path: `${SHOTS}/3b-room-staged.png` });

    // Cancel: the list shows the session's own room again, nothing was saved.
    await page.getByTestId('session-resources-cancel').click();
    expect(await room.inputValue()).toBe(session.room.id);
    expect(await page.getByTestId('session-resources-pending').count()).toBe(0);
    expect(await roomNow()).toBe(session.room.id);

    // Enter in the list saves the staged choice, and the focus stays in the list.
    await room.selectOption(other!);
    await room.focus();
    await page.keyboard.press('Enter');
    await expect.poll(roomNow, { timeout: 20_000 }).toBe(other);
    await expect.poll(() => page.getByTestId('session-resources-pending').count(), { timeout: 20_000 }).toBe(0);
    // Saved when the list shows the session's new room as its own and the button is free again.
    await expect.poll(() => room.getAttribute('data-changed'), { timeout: 20_000 }).toBeNull();
    await expect.poll(() => page.getByTestId('session-resources-save').getAttribute('aria-disabled'), { timeout: 20_000 }).toBeNull();
    expect(await room.inputValue()).toBe(other);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as { document: { activeElement: { getAttribute(a: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid'),
      ),
    ).toBe('session-room');

    // Back with the Save button.
    await room.selectOption(session.room.id);
    await page.getByTestId('session-resources-save').click();
    await expect.poll(roomNow, { timeout: 20_000 }).toBe(session.room.id);
    session = (await pageApi(page, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)!;

    // Closing the panel with a staged choice asks first; "Verder bewerken" keeps the choice and the focus.
    await expect.poll(() => page.getByTestId('session-resources-pending').count(), { timeout: 20_000 }).toBe(0);
    await room.selectOption(other!);
    await room.focus();
    await page.keyboard.press('Escape');
    const unsaved = page.getByTestId('confirm-unsaved');
    await unsaved.waitFor();
    expect(await unsaved.getAttribute('role')).toBe('alertdialog');
    expect(await unsaved.textContent()).toContain('Wijzigingen niet opgeslagen');
    expect(await focused(page)).toBe('confirm-cancel');
    await page.screenshot({ path: `${SHOTS}/3c-unsaved.png` });
    await page.keyboard.press('Escape');
    await unsaved.waitFor({ state: 'detached' });
    await page.getByTestId('session-panel').waitFor();
    expect(await room.inputValue()).toBe(other);
    await page.getByTestId('session-resources-pending').waitFor();
    expect(await focused(page)).toBe('session-room');
    expect(await roomNow()).toBe(session.room.id);

    // "Niet opslaan" closes the panel and leaves the session as it was.
    await page.getByTestId('session-panel-close').click();
    await unsaved.getByTestId('confirm-discard').click();
    await page.getByTestId('session-panel').waitFor({ state: 'detached' });
    expect(await roomNow()).toBe(session.room.id);
  });

  it('in a published week the move asks for confirmation first, as a drag does', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('session-panel').waitFor({ state: 'detached' });
    await page.getByTestId('publish-week').click();
    await page.getByTestId('publish-confirm').getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('week-status').textContent(), { timeout: 20_000 }).toBe('Gepubliceerd');

    await openWithKeyboard(session);
    const later = fromMinutes(toMinutes(session.start) + 60);
    await typeInto(page, 'session-move-start', hhmm(later));
    await page.keyboard.press('Enter');
    const confirm = page.getByTestId('confirm-published');
    await confirm.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}/4-confirm-published.png` });
    // Nothing moved before the coordinator confirms.
    expect((await pageApi(page, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)!.start).toBe(session.start);
    await confirm.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('week-status').textContent(), { timeout: 20_000 }).toBe('Gewijzigd na publicatie');
    expect((await pageApi(page, 'week.get', { weekStart: WEEK })).sessions.find((s) => s.id === session.id)!.start).toBe(later);
  });
});
