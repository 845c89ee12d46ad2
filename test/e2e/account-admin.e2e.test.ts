// The beheerder's account screen on the team server (issue 12): a coordinator who lost the phone
// with the authenticator app gets two-factor login reset, after a confirmation; the beheerder
// gives the coordinator an e-mail, and the sign-in through the organisation then finds the
// account by it, without a code step.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { launchBrowser } from './support/browser';
import { accounts, logIn, PASSWORD, startTeamServer, type Running } from './support/team';
import { expectAccessible } from './support/axe';
import { freePort, startTestProvider, type TestProvider } from '../support/oidc-provider';

const CLIENT_ID = 'keten-planner';
const CLIENT_SECRET = 'geheim-van-de-test-0123456789';
const SHOTS = 'test-results/account-admin';

const totpOf = (secret: string) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret.replace(/\s+/g, '')) });

/** Turns on the authenticator app: the signed-in page's own setup, or the beheerder's compulsory one. */
async function setUpApp(page: Page, open: boolean): Promise<void> {
  if (open) await page.getByTestId('totp-open').click();
  await page.getByTestId('totp-secret').waitFor({ timeout: 20_000 });
  const secret = (await page.getByTestId('totp-secret').textContent())!;
  await page.getByTestId('totp-code').fill(totpOf(secret).generate());
  await page.getByTestId('totp-confirm').click();
}

describe('the beheerder resets two-factor login and sets an e-mail for single sign-on', () => {
  let dataDir: string;
  let server: Running;
  let provider: TestProvider;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'keten-account-admin-'));
    mkdirSync(SHOTS, { recursive: true });
    const seeded = await startTeamServer(dataDir, ['--demo']);
    await seeded.stop();
    expect(accounts(dataDir, ['add', 'beheer', '--role', 'beheerder'], `${PASSWORD}\n`).status).toBe(0);
    expect(accounts(dataDir, ['add', 'coord', '--role', 'coordinator'], `${PASSWORD}\n`).status).toBe(0);
    const providerPort = await freePort();
    server = await startTeamServer(dataDir, ['--oidc-issuer', `http://localhost:${providerPort}/`, '--oidc-client-id', CLIENT_ID, '--oidc-name', 'Gemeente Testdorp'], {
      KETEN_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    });
    provider = await startTestProvider({ port: providerPort, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: `${server.url}auth/oidc/callback` });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resets the coordinator’s app after a confirmation, sets an e-mail, and the organisation’s sign-in then finds the account', async () => {
    // The coordinator turns on two-factor login, and stays signed in.
    const coordCtx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const coord = await coordCtx.newPage();
    await logIn(coord, server.url, 'coord');
    await coord.getByTestId('totp-open').waitFor({ timeout: 20_000 });
    await setUpApp(coord, true);
    await coord.getByTestId('totp-done').waitFor({ timeout: 20_000 });
    expect(await coord.evaluate(async () => (await fetch('/auth/session')).status)).toBe(200);

    // The beheerder (setting up the compulsory app at this first login) opens the accounts.
    const adminCtx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const admin = await adminCtx.newPage();
    await logIn(admin, server.url, 'beheer');
    await setUpApp(admin, false);
    await admin.getByTestId('nav-accounts').click();
    await admin.getByTestId('accounts-table').waitFor({ timeout: 20_000 });
    const row = admin.locator('[data-testid="account-row"][data-username="coord"]');
    expect(await row.getByTestId('account-totp').textContent()).toBe('Aan');
    expect(await row.getByTestId('account-email').textContent()).toBe('geen');
    // Not for the beheerder's own account.
    expect(await admin.locator('[data-testid="account-row"][data-username="beheer"]').getByTestId('account-reset-totp').count()).toBe(0);

    // First the question; cancelling changes nothing.
    await row.getByTestId('account-reset-totp').click();
    const dialog = admin.getByTestId('account-reset-totp-confirm');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.textContent()).toContain('Tweestapslogin van coord herstellen?');
    expect(await dialog.textContent()).toContain('op alle computers uitgelogd');
    await expectAccessible(admin, 'tweestapslogin herstellen bevestigen');
    await admin.screenshot({ path: `${SHOTS}/reset-confirm.png` });
    await dialog.getByTestId('confirm-cancel').click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await row.getByTestId('account-totp').textContent()).toBe('Aan');

    await row.getByTestId('account-reset-totp').click();
    await dialog.getByTestId('confirm-ok').click();
    await expect.poll(() => admin.getByTestId('accounts-notice').textContent(), { timeout: 20_000 }).toBe('Tweestapslogin van coord staat uit; coord is overal uitgelogd.');
    await expect.poll(() => row.getByTestId('account-totp').textContent()).toBe('Uit');
    expect(await row.getByTestId('account-reset-totp').count()).toBe(0);
    // The coordinator's session ended with it.
    expect(await coord.evaluate(async () => (await fetch('/auth/session')).status)).toBe(401);
    await coordCtx.close();

    // An e-mail: what is none is refused beside the field, then it is set.
    await row.getByTestId('account-email-change').click();
    const input = row.getByTestId('account-email-input');
    await input.fill('geen-adres');
    await row.getByTestId('account-email-save').click();
    await expect.poll(() => row.locator('.field__error').textContent(), { timeout: 20_000 }).toBe('Vul een geldig e-mailadres in, zoals naam@gemeente.nl.');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(admin, 'e-mailadres geweigerd');
    await input.fill('coord@testdorp.nl');
    await row.getByTestId('account-email-save').click();
    await expect.poll(() => admin.getByTestId('accounts-notice').textContent(), { timeout: 20_000 }).toBe('coord logt via de organisatie in met coord@testdorp.nl.');
    await expect.poll(() => row.getByTestId('account-email').textContent()).toBe('coord@testdorp.nl');
    await admin.screenshot({ path: `${SHOTS}/accounts.png`, fullPage: true });

    // In English the same screen, and a refusal in English too.
    await admin.getByTestId('lang-en').click();
    await expect.poll(() => admin.getByTestId('accounts-table').locator('thead').textContent()).toContain('Two-step login');
    expect(await row.getByTestId('account-totp').textContent()).toBe('Off');
    const other = admin.locator('[data-testid="account-row"][data-username="beheer"]');
    await other.getByTestId('account-email-change').click();
    await other.getByTestId('account-email-input').fill('COORD@testdorp.nl');
    await other.getByTestId('account-email-save').click();
    await expect.poll(() => other.locator('.field__error').textContent(), { timeout: 20_000 }).toBe('The e-mail address COORD@testdorp.nl already belongs to another account.');
    await admin.getByTestId('lang-nl').click();
    await adminCtx.close();

    // The organisation's sign-in finds coord by that e-mail; no code step any more.
    const ssoCtx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await ssoCtx.newPage();
    await page.goto(server.url);
    await page.getByTestId('login-sso').click();
    await page.locator('input[name="login"]').waitFor({ timeout: 20_000 });
    await page.locator('input[name="login"]').fill('coord@testdorp.nl');
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').waitFor({ timeout: 20_000 });
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('profile-current').waitFor({ timeout: 30_000 });
    const who = await page.evaluate(async () => (await (await fetch('/auth/session')).json()) as { data: { account: { username: string; role: string; totp: boolean } } });
    expect(who.data.account).toEqual({ username: 'coord', role: 'coordinator', totp: false });
    await ssoCtx.close();
  });
});
