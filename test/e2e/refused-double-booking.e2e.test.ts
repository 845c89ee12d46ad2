// Issue 13, "a refused double booking": the consultant tries to book a client's toets at the time
// of that client's own trial lesson. Before choosing, the slot says what it would break; booking
// it needs "Toch boeken" with a reason, and the audit log keeps that reason.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../shared/api/contract';
import { addDays } from '../../shared/domain/week';
import { openDatabase } from '../../db/connection';
import { listAudit } from '../../db/repositories/audit';
import { DATABASE_FILE_NAME } from '../../electron/paths';
import { pageApi } from './support/api';
import { closeJourney, openJourney, signIn } from './support/journey';
import type { StartedServer } from './support/server';

const SHOTS = 'test-results/consultant';
const REASON = 'Proefles wordt naar volgende week verzet';

let server: StartedServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await openJourney({ today: '2026-11-25', viewport: { width: 1400, height: 900 } }));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(() => closeJourney(server, browser));

describe('a refused double booking', () => {
  let client: CallOutput<'consultant.caseload'>['items'][number] | undefined;
  let slotId = '';

  it('gives a client a trial lesson at the time of a toets slot', async () => {
    await signIn(page, server, 'consultant');
    await page.getByTestId('caseload-row').first().waitFor({ timeout: 20_000 });
    const caseload = await pageApi(page, 'consultant.caseload', {});
    for (const weekStart of [caseload.weekStart, addDays(caseload.weekStart, 7)]) {
      for (const item of caseload.items) {
        const slots = await pageApi(page, 'toets.slots', { participantId: item.participant.id, weekStart });
        if (slots.booked) continue;
        const trial = await pageApi(page, 'trial.options', { participantId: item.participant.id, weekStart });
        if (trial.schools.some((s) => s.booked)) continue;
        for (const slot of slots.slots.filter((s) => s.problems.length === 0)) {
          const option = trial.schools.flatMap((s) => s.options).find((o) => o.warnings.length === 0 && o.start < slot.end && slot.start < o.end);
          if (!option) continue;
          await pageApi(page, 'trial.book', { participantId: item.participant.id, lessons: [{ classId: option.classId, start: option.start, childcare: [] }] });
          client = item;
          slotId = slot.sessionId;
          break;
        }
        if (client) break;
      }
      if (client) break;
    }
    expect(client, 'een cliënt met een toetsmoment en een proefles op hetzelfde moment').toBeDefined();
  });

  it('shows on the slot, before booking, that it clashes with the trial lesson', async () => {
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${client!.participant.id}"]`);
    await row.getByRole('button', { name: client!.participant.name }).click();
    const panel = page.getByTestId('client-panel');
    await expect.poll(() => panel.locator('h3').textContent()).toBe(client!.participant.name);
    await expect.poll(() => panel.locator('[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
    const toets = panel.getByTestId('toets-section');
    // The slot may lie in the next week.
    if ((await toets.locator(`[data-testid="toets-slot"][data-session-id="${slotId}"]`).count()) === 0) {
      const label = await toets.getByTestId('toets-week').textContent();
      await toets.getByTestId('toets-week-next').click();
      await expect.poll(() => toets.getByTestId('toets-week').textContent()).not.toBe(label);
      await expect.poll(() => panel.locator('[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
    }
    const slot = toets.locator(`[data-testid="toets-slot"][data-session-id="${slotId}"]`);
    await slot.getByTestId('toets-problem').first().waitFor({ timeout: 20_000 });
    expect(await slot.getByTestId('toets-problem').first().textContent()).toMatch(/proefles/i);
    await slot.click();
    const book = toets.getByTestId('toets-book');
    expect(await book.textContent()).toBe('Toch boeken');
    expect(await book.isDisabled()).toBe(true);
    await toets.getByTestId('toets-override').waitFor();
    await slot.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/toets-clash-before-booking.png` });
  });

  it('books it only with "Toch boeken" and a reason, and says so in a warning, not a success', async () => {
    const toets = page.getByTestId('client-panel').getByTestId('toets-section');
    await toets.getByTestId('toets-override-reason').fill(REASON);
    const book = toets.getByTestId('toets-book');
    await expect.poll(() => book.isDisabled()).toBe(false);
    await book.click();
    await toets.getByTestId('toets-booked').waitFor({ timeout: 20_000 });
    const notice = toets.getByTestId('toets-notice');
    expect(await notice.getAttribute('class')).toContain('notice--warn');
    expect(await notice.textContent()).toMatch(/proefles/i);
    await page.screenshot({ path: `${SHOTS}/toets-clash-booked-anyway.png` });
  });

  it('marks the booking afterwards: on the caseload row, in the client panel and on the client page', async () => {
    const row = page.locator(`[data-testid="caseload-row"][data-participant-id="${client!.participant.id}"]`);
    const marker = row.getByTestId('step-override');
    await marker.waitFor({ timeout: 20_000 });
    expect(await marker.textContent()).toMatch(/toch geboekt/);
    expect(await marker.getAttribute('title')).toContain(REASON);
    const note = page.getByTestId('client-panel').locator('[data-testid="override-note"][data-kind="toets"]');
    await note.waitFor({ timeout: 20_000 });
    const text = (await note.textContent()) ?? '';
    expect(text).toMatch(/Geboekt ondanks: .*proefles/i);
    expect(text).toContain(`Reden: "${REASON}"`);
    expect(text).not.toMatch(/\b(C|P|S)-\d/);
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/toets-booked-anyway-marked.png` });
    await page.getByTestId('client-panel').getByTestId('client-panel-page').click();
    const step = page.getByTestId('client-page').getByTestId('client-step-override');
    await step.waitFor({ timeout: 20_000 });
    expect(await step.textContent()).toContain(REASON);
    expect(await page.getByTestId('client-bookings-coming').getByTestId('client-booking-override').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/client-page-booked-anyway.png`, fullPage: true });
    await page.getByTestId('client-back').click();
  });

  it('keeps the reason in the audit log', async () => {
    const db = openDatabase(join(server.dataDir, DATABASE_FILE_NAME));
    try {
      const rows = listAudit(db).filter((a) => a.entity === 'booking' && a.action === 'create' && a.entityId === client!.participant.id);
      const row = rows.find((a) => (a.details as { sessionId?: string } | null)?.sessionId === slotId);
      expect((row?.details as { override?: { reason: string } }).override?.reason).toBe(REASON);
    } finally {
      db.close();
    }
  });
});
