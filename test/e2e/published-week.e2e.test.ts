// A published week that changes, end to end: publish the week, drag a session to another time
// (the app asks to confirm a change to a published week), see "Gewijzigd na publicatie" with
// the people affected, download the updated calendar of the session's consultant and read it
// with ical.js (SEQUENCE raised, same UID), download the zips, publish again; then the
// consultant downloads their own week. Screenshots go to test-results/published-week/.
import { mkdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekLabel } from '../../shared/domain/week';
import { fromMinutes, toMinutes } from '../../shared/domain/time';
import type { PlannedSession } from '../../shared/api/contract';
import { readCalendar } from '../support/ical';
import { pageApi } from './support/api';
import { chooseProfile, switchProfile } from './support/profile';
import { closeJourney, openJourney, signIn } from './support/journey';
import type { StartedServer } from './support/server';

const SHOTS = 'test-results/published-week';
mkdirSync(SHOTS, { recursive: true });

const TODAY = '2026-11-25';
const WEEK = '2026-11-23';

const fileOf = async (d: Download) => readFileSync((await d.path())!);

describe('a published week changes and the people affected get the update', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let moved: PlannedSession;
  let newStart: string;
  let uid: string;

  beforeAll(async () => ({ server, browser, page } = await openJourney({ today: TODAY, viewport: { width: 1500, height: 1000 }, acceptDownloads: true })));

  afterAll(() => closeJourney(server, browser));

  it('publishes the week', async () => {
    await signIn(page, server, 'coordinator', { path: `#/weekplanning/${isoWeekLabel(WEEK)}` });
    await expect.poll(() => page.getByTestId('week-heading').textContent(), { timeout: 20_000 }).toContain('Week 48');
    await page.getByTestId('publish-week').click();
    await page.getByTestId('publish-confirm').getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('week-status').textContent(), { timeout: 20_000 }).toBe('Gepubliceerd');
    expect(await page.getByTestId('published-changes').count()).toBe(0);

    // What publishing handed out: the consultant's calendar with SEQUENCE 0 for every session.
    const week = await pageApi(page, 'week.get', { weekStart: WEEK });
    moved = week.sessions.find((s) => s.kind === 'groupInfo' && s.interpreter && s.participants.length > 1 && s.status === 'accepted')!;
    const before = readCalendar((await pageApi(page, 'export.ics', { weekStart: WEEK, person: { kind: 'consultant', id: moved.consultant.id } })).content);
    const entry = before.events.find((e) => e.uid.startsWith(`${moved.id}@`))!;
    expect(entry.sequence).toBe(0);
    uid = entry.uid;
  });

  it('a dragged session asks to confirm, then the week reads "Gewijzigd na publicatie" and lists who must be told', async () => {
    const minutes = toMinutes(moved.end) - toMinutes(moved.start);
    const start = toMinutes(moved.start);
    const dayStart = toMinutes(`${moved.start.slice(0, 10)}T09:00`);
    const dayEnd = toMinutes(`${moved.start.slice(0, 10)}T17:00`);
    newStart = fromMinutes(start + 120 + minutes <= dayEnd ? start + 120 : Math.max(dayStart, start - 120));
    const time = newStart.slice(11, 16);

    const event = page.locator(`[data-testid="session-event"][data-session-id="${moved.id}"]`);
    await event.scrollIntoViewIfNeeded();
    const from = (await event.boundingBox())!;
    const column = (await page.locator(`.fc-timegrid-col[data-date="${newStart.slice(0, 10)}"]`).boundingBox())!;
    const slot = (await page.locator(`.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox())!;
    const grabY = 4;
    await page.mouse.move(from.x + from.width / 2, from.y + grabY);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + grabY + 10, { steps: 4 });
    await page.mouse.move(column.x + column.width / 2, slot.y + grabY, { steps: 12 });
    await page.mouse.up();

    const confirm = page.getByTestId('confirm-published');
    await confirm.waitFor({ timeout: 20_000 });
    expect(await confirm.textContent()).toMatch(/gepubliceerd/);
    await page.screenshot({ path: `${SHOTS}/1-confirm-change.png` });
    await confirm.getByTestId('confirm-ok').click();

    await expect.poll(() => page.getByTestId('week-status').textContent(), { timeout: 20_000 }).toBe('Gewijzigd na publicatie');
    const panel = page.getByTestId('published-changes');
    await panel.waitFor({ timeout: 20_000 });
    expect(await panel.textContent()).toContain('1 sessie gewijzigd sinds de publicatie');
    const staff = panel.getByTestId('affected-staff');
    await expect.poll(() => staff.count(), { timeout: 20_000 }).toBe(2);
    expect(await staff.allTextContents()).toEqual([expect.stringContaining(moved.consultant.name), expect.stringContaining(moved.interpreter!.name)]);
    const consultantRow = panel.locator(`[data-testid="affected-staff"][data-role="consultant"][data-id="${moved.consultant.id}"]`);
    expect(await consultantRow.textContent()).toMatch(/verplaatst van \d\d:\d\d naar \d\d:\d\d/);
    const participants = await panel.getByTestId('affected-participant').allTextContents();
    expect(participants).toHaveLength(moved.participants.length);
    for (const p of moved.participants) expect(participants.some((text) => text.includes(p.name))).toBe(true);
    // Names, never ids, in what the coordinator reads.
    for (const p of moved.participants) expect(await panel.textContent()).not.toContain(p.id);
    await page.screenshot({ path: `${SHOTS}/2-changed-after-publication.png` });
    await panel.screenshot({ path: `${SHOTS}/3-changes-panel.png` });
  });

  it("downloads the consultant's updated calendar: ical.js reads the same UID with a higher SEQUENCE and the new time", async () => {
    const row = page.locator(`[data-testid="affected-staff"][data-role="consultant"][data-id="${moved.consultant.id}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('affected-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/^keten-planner-2026-W48-consulent-[a-z0-9-]+\.ics$/);
    const cal = readCalendar((await fileOf(download)).toString('utf8'));
    const entry = cal.events.find((e) => e.uid === uid)!;
    expect(entry).toMatchObject({ status: 'CONFIRMED', start: newStart, startTzid: 'Europe/Amsterdam' });
    expect(entry.sequence).toBeGreaterThanOrEqual(1);
    expect(cal.events.filter((e) => e.uid !== uid).every((e) => e.sequence === 0)).toBe(true);
  });

  it('downloads the zip of those affected and the zip of every staff calendar, each listing the staff files', async () => {
    const [changed] = await Promise.all([page.waitForEvent('download'), page.getByTestId('changes-zip').click()]);
    expect(changed.suggestedFilename()).toBe('keten-planner-2026-W48-wijzigingen.zip');
    const affected = unzipSync(new Uint8Array(await fileOf(changed)));
    expect(Object.keys(affected)).toHaveLength(2);
    expect(Object.keys(affected).sort()).toEqual([expect.stringMatching(/-consulent-[a-z0-9-]+\.ics$/), expect.stringMatching(/-tolk-[a-z0-9-]+\.ics$/)]);
    for (const content of Object.values(affected)) expect(readCalendar(strFromU8(content)).events.find((e) => e.uid === uid)!.sequence).toBeGreaterThanOrEqual(1);

    const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-zip').click()]);
    expect(all.suggestedFilename()).toBe('keten-planner-2026-W48-agendas.zip');
    const files = unzipSync(new Uint8Array(await fileOf(all)));
    const week = await pageApi(page, 'week.get', { weekStart: WEEK });
    const staff = new Set([...week.sessions.map((s) => `c:${s.consultant.id}`), ...week.sessions.filter((s) => s.interpreter).map((s) => `t:${s.interpreter!.id}`)]);
    expect(Object.keys(files)).toHaveLength(staff.size);
    for (const name of Object.keys(affected)) expect(Object.keys(files)).toContain(name);
    for (const [name, content] of Object.entries(files)) {
      expect(name).toMatch(/^keten-planner-2026-W48-(consulent|tolk)-[a-z0-9-]+\.ics$/);
      expect(readCalendar(strFromU8(content)).events.length).toBeGreaterThan(0);
    }
  });

  it('publishing again makes the week "Gepubliceerd" and the list goes away', async () => {
    await page.getByTestId('republish').click();
    const dialog = page.getByTestId('publish-confirm');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/2 medewerkers moeten de bijgewerkte agenda krijgen/);
    await page.screenshot({ path: `${SHOTS}/4-publish-again.png` });
    await dialog.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('week-status').textContent(), { timeout: 20_000 }).toBe('Gepubliceerd');
    await page.getByTestId('published-changes').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await page.getByTestId('plan-notice').textContent()).toContain('Week 48 is opnieuw gepubliceerd');
  });

  it('the consultant downloads their own week, with the moved session as published', async () => {
    await switchProfile(page);
    await chooseProfile(page, { consultant: moved.consultant.name });
    await page.getByTestId('consultant-page').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}/5-consultant-own-week.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('own-week-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/^keten-planner-2026-W48-consulent-[a-z0-9-]+\.ics$/);
    const cal = readCalendar((await fileOf(download)).toString('utf8'));
    expect(cal.events.find((e) => e.uid === uid)).toMatchObject({ start: newStart, status: 'CONFIRMED' });
    expect(cal.events.find((e) => e.uid === uid)!.sequence).toBeGreaterThanOrEqual(1);
    for (const e of cal.events) expect(e.description).toMatch(new RegExp(`Consulent: ${moved.consultant.name}`));
  });
});
