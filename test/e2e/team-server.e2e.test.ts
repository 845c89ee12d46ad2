// The team server as a keten would run it: the beheerder makes accounts on the command line,
// the coordinator and a consultant log in from their own browsers, the consultant books a toets
// and the coordinator's open week shows it without reloading.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openDatabase } from '../../db/connection';
import { listConsultants } from '../../db/repositories/region';
import { launchBrowser } from './support/browser';
import { accounts, logIn, PASSWORD, startTeamServer, teamApi, type Running } from './support/team';
import { Secret, TOTP } from 'otpauth';
import { expectAccessible, horizontalOverflow } from './support/axe';
import { DATABASE_FILE_NAME } from '../../electron/paths';

describe('team server: two users on one plan', () => {
  let dataDir: string;
  let server: Running;
  let browser: Browser;
  let coordinatorCtx: BrowserContext;
  let consultantCtx: BrowserContext;
  let coordinator: Page;
  let consultant: Page;
  let totpSecret = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'keten-team-'));
    mkdirSync('test-results/team-server', { recursive: true });
    // The demo region first, so there are consultants to link accounts to.
    const seeded = await startTeamServer(dataDir, ['--demo']);
    await seeded.stop();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes the accounts on the command line, refusing a weak password', () => {
    const weak = accounts(dataDir, ['add', 'beheer', '--role', 'beheerder'], 'welkom01\n');
    expect(weak.status).toBe(1);
    expect(weak.out).toMatch(/minstens 12 tekens|veelgebruikte/);
    expect(accounts(dataDir, ['add', 'beheer', '--role', 'beheerder'], `${PASSWORD}\n`).status).toBe(0);
    expect(accounts(dataDir, ['add', 'coordinator', '--role', 'coordinator'], `${PASSWORD}\n`).status).toBe(0);
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    const consultantId = listConsultants(db)[0]!.id;
    db.close();
    const added = accounts(dataDir, ['add', 'consulent', '--role', 'consulent', '--consultant', consultantId], `${PASSWORD}\n`);
    expect(added.out).toMatch(/^Account consulent aangemaakt \(consulent: .+\)/);
    expect(accounts(dataDir, ['list']).out.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('asks for a login, refuses a wrong password and lets the coordinator in without a profile choice', async () => {
    server = await startTeamServer(dataDir);
    coordinatorCtx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    coordinator = await coordinatorCtx.newPage();
    await logIn(coordinator, server.url, 'coordinator', 'Verkeerd-wachtwoord-9');
    const error = coordinator.getByTestId('login-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toBe('Gebruikersnaam of wachtwoord klopt niet.');
    await coordinator.screenshot({ path: 'test-results/team-server/login-refused.png' });
    await coordinator.getByTestId('login-password').fill(PASSWORD);
    await coordinator.getByTestId('login-submit').click();
    await coordinator.getByTestId('week-calendar').waitFor({ timeout: 30_000 });
    expect(await coordinator.getByTestId('profile-chooser').count()).toBe(0);
    expect(await coordinator.getByTestId('profile-switch').count()).toBe(0);
    expect(await coordinator.getByTestId('logout').count()).toBe(1);
    // The page itself holds no credential: the session is an HttpOnly cookie.
    expect(await coordinator.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).toBe('');
    expect(await coordinator.locator('meta[name="keten-token"]').getAttribute('content')).toBe('');
  });

  it('the consultant books a toets and the coordinator’s open week shows it without reloading', async () => {
    consultantCtx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    consultant = await consultantCtx.newPage();
    await logIn(consultant, server.url, 'consulent');
    await consultant.getByTestId('caseload-row').first().waitFor({ timeout: 30_000 });
    expect(await consultant.getByTestId('nav-coordinator').count()).toBe(0);

    const caseload = await teamApi(consultant, 'consultant.caseload', {});
    let found: { participantId: string; name: string; sessionId: string; weekStart: string } | null = null;
    for (const weekStart of [caseload.weekStart]) {
      for (const item of caseload.items) {
        const slots = await teamApi(consultant, 'toets.slots', { participantId: item.participant.id, weekStart });
        // A slot that breaks nothing, so the booking needs no "Toch boeken".
        const free = slots.slots.find((s) => s.problems.length === 0);
        if (!slots.booked && free) {
          found = { participantId: item.participant.id, name: item.participant.name, sessionId: free.sessionId, weekStart };
          break;
        }
      }
    }
    expect(found, 'een cliënt van deze consulent met een vrij toetsmoment').not.toBeNull();

    // The coordinator has the week of that toets open.
    const event = coordinator.locator(`[data-testid="session-event"][data-session-id="${found!.sessionId}"]`);
    for (let i = 0; i < 3 && (await event.count()) === 0; i++) {
      await coordinator.getByTestId('week-next').click();
      await coordinator.waitForTimeout(500);
    }
    await event.first().waitFor({ timeout: 20_000 });
    const before = await event.first().getAttribute('title');

    const row = consultant.locator(`[data-testid="caseload-row"][data-participant-id="${found!.participantId}"]`);
    await row.getByRole('button', { name: found!.name }).click();
    const toets = consultant.getByTestId('client-panel').getByTestId('toets-section');
    await expect.poll(() => consultant.getByTestId('client-panel').locator('[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
    await toets.locator(`[data-testid="toets-slot"][data-session-id="${found!.sessionId}"]`).click();
    await toets.getByTestId('toets-book').click();
    await toets.getByTestId('toets-booked').waitFor({ timeout: 20_000 });
    await consultant.screenshot({ path: 'test-results/team-server/consultant-booked.png' });

    // No reload on the coordinator's side: the event stream brings the change.
    await expect.poll(() => event.first().getAttribute('title'), { timeout: 20_000 }).not.toBe(before);
    await coordinator.screenshot({ path: 'test-results/team-server/coordinator-live.png' });
  });

  it('the consultant cannot act as the coordinator, and signs out', async () => {
    const refused = await consultant.evaluate(async () => {
      const who = (await (await fetch('/auth/session')).json()) as { data: { csrfToken: string } };
      const r = await fetch('/api/call/profile.select', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': who.data.csrfToken },
        body: '{"kind":"coordinator"}',
      });
      return r.status;
    });
    expect(refused).toBe(403);
    await consultant.getByTestId('logout').click();
    await consultant.getByTestId('login-page').waitFor({ timeout: 20_000 });
    expect(await consultant.getByTestId('caseload-row').count()).toBe(0);
    const after = await consultant.evaluate(
      async () => (await fetch('/api/call/consultant.caseload', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status,
    );
    expect(after).toBe(401);
    await consultant.screenshot({ path: 'test-results/team-server/signed-out.png' });
  });

  it('the beheerder must set up an authenticator app right after the password, and then logs in with its code', async () => {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const admin = await ctx.newPage();
    await logIn(admin, server.url, 'beheer');
    const setup = admin.getByTestId('totp-setup');
    await setup.waitFor({ timeout: 20_000 });
    await admin.getByTestId('totp-secret').waitFor({ timeout: 20_000 });
    // Nothing else is open yet: no navigation, and the API answers 401.
    expect(await admin.getByTestId('nav-accounts').count()).toBe(0);
    expect(await admin.evaluate(async () => (await fetch('/auth/session')).status)).toBe(401);
    expect(await admin.getByTestId('totp-qr').getAttribute('alt')).toContain('sleutel staat hieronder');
    await expectAccessible(admin, 'tweestapslogin instellen');
    expect(await horizontalOverflow(admin)).toEqual([]);
    await admin.screenshot({ path: 'test-results/team-server/totp-setup-320.png', fullPage: true });
    const secret = (await admin.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
    const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
    // A wrong code first: refused with a message, still on the setup.
    await admin.getByTestId('totp-code').fill(totp.generate({ timestamp: Date.now() + 10 * 60_000 }));
    await admin.getByTestId('totp-confirm').click();
    await expect.poll(() => admin.getByTestId('totp-error').textContent(), { timeout: 20_000 }).toContain('De code klopt niet');
    const usedCode = totp.generate();
    await admin.getByTestId('totp-code').fill(usedCode);
    await admin.getByTestId('totp-confirm').click();
    await admin.getByTestId('nav-accounts').waitFor({ timeout: 20_000 });
    expect(await admin.getByTestId('totp-open').count()).toBe(0);
    await ctx.close();

    // The next login asks for the code after the password; the code just used is refused.
    totpSecret = secret;
    const again = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await again.newPage();
    await logIn(page, server.url, 'beheer');
    await page.getByTestId('login-code-step').waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'inlogcode');
    await page.screenshot({ path: 'test-results/team-server/login-code.png' });
    // The very code used at set-up, not a fresh one: a fresh code of a new 30-second step would be
    // accepted. Within its step window it is refused as used; once a slow machine has left that
    // window, as wrong. Either way the login stays at the code step.
    await page.getByTestId('login-code').fill(usedCode);
    await page.getByTestId('login-code').press('Enter');
    await expect.poll(() => page.getByTestId('login-error').textContent(), { timeout: 20_000 }).toMatch(/al gebruikt|klopt niet/);
    expect(await page.getByTestId('login-code-step').count()).toBe(1);
    await again.close();
  });

  it('the beheerder adds an account in the app, and a weak password is refused next to the field', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const admin = await ctx.newPage();
    await logIn(admin, server.url, 'beheer');
    await admin.getByTestId('login-code-step').waitFor({ timeout: 20_000 });
    // A fresh 30-second step: the code of the previous login is not accepted twice.
    const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(totpSecret) });
    await new Promise((r) => setTimeout(r, totp.remaining() + 200));
    await admin.getByTestId('login-code').fill(totp.generate());
    await admin.getByTestId('login-code-submit').click();
    await admin.getByTestId('nav-accounts').click();
    await admin.getByTestId('accounts-table').waitFor({ timeout: 20_000 });
    expect(await admin.getByTestId('account-row').count()).toBe(3);
    const form = admin.getByTestId('account-new');
    await form.getByTestId('account-new-username').fill('taalhuis');
    await form.getByTestId('account-new-role').selectOption('liaison');
    await form.getByTestId('account-new-school').selectOption({ index: 1 });
    await form.getByTestId('account-new-password').fill('welkom');
    await form.getByTestId('account-new-save').click();
    await expect.poll(() => form.locator('.field__error').textContent(), { timeout: 20_000 }).toBe('Het wachtwoord moet minstens 12 tekens lang zijn.');
    await form.getByTestId('account-new-password').fill(PASSWORD);
    await form.getByTestId('account-new-save').click();
    await admin.getByTestId('accounts-notice').waitFor({ timeout: 20_000 });
    expect(await admin.getByTestId('accounts-notice').textContent()).toBe('Account taalhuis aangemaakt.');
    await expect.poll(() => admin.getByTestId('account-row').count()).toBe(4);
    await admin.screenshot({ path: 'test-results/team-server/accounts.png', fullPage: true });

    // The new liaison signs in and sees only the school's entrance.
    const schoolCtx = await browser.newContext();
    const school = await schoolCtx.newPage();
    await logIn(school, server.url, 'taalhuis');
    await school.getByTestId('nav-school').waitFor({ timeout: 20_000 });
    expect(await school.getByTestId('nav-coordinator').count()).toBe(0);
    expect(await school.getByTestId('nav-accounts').count()).toBe(0);
    await schoolCtx.close();
    await ctx.close();
  });
});
