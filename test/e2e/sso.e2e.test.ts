// Single sign-on through the organisation (issue 12), end to end against a real OpenID Connect
// provider started here: the login page offers "Inloggen met Gemeente Testdorp", the provider's
// own login page comes and goes, and the account with that e-mail is signed in with its role
// from the app. An unknown or blocked e-mail is refused with a clear message.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { launchBrowser } from './support/browser';
import { accounts, startTeamServer as startServer, type Running } from './support/team';
import { expectAccessible, horizontalOverflow } from './support/axe';
import { freePort, startTestProvider, type TestProvider } from '../support/oidc-provider';

const CLIENT_ID = 'keten-planner';
const CLIENT_SECRET = 'geheim-van-de-test-0123456789';

/** Through the provider's own (development) login and consent pages, as the person would. */
async function signInAtProvider(page: Page, email: string): Promise<void> {
  await page.locator('input[name="login"]').waitFor({ timeout: 20_000 });
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('wat-dan-ook');
  await page.locator('button[type="submit"]').click();
  // The consent page, once per person and app.
  await page.locator('button[type="submit"]').waitFor({ timeout: 20_000 });
  await page.locator('button[type="submit"]').click();
}

describe('single sign-on with the organisation (OpenID Connect)', () => {
  let dataDir: string;
  let server: Running;
  let provider: TestProvider;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'keten-sso-'));
    mkdirSync('test-results/sso', { recursive: true });
    const seeded = await startServer(dataDir, ['--demo']);
    await seeded.stop();
    // Accounts by e-mail; Anna has no password at all: only the organisation lets her in.
    expect(accounts(dataDir, ['add', 'anna', '--role', 'coordinator', '--email', 'anna@testdorp.nl'], '\n')).toMatchObject({ status: 0 });
    expect(accounts(dataDir, ['add', 'bram', '--role', 'coordinator', '--email', 'bram@testdorp.nl'], '\n').status).toBe(0);
    expect(accounts(dataDir, ['disable', 'bram']).status).toBe(0);
    const noPassword = accounts(dataDir, ['add', 'zonder', '--role', 'coordinator'], '\n');
    expect(noPassword.status).toBe(1);
    expect(noPassword.out).toContain('Vul een wachtwoord in, of een e-mailadres');

    const providerPort = await freePort();
    // The secret from the environment, as the README advises (not on the command line).
    server = await startServer(dataDir, ['--oidc-issuer', `http://localhost:${providerPort}/`, '--oidc-client-id', CLIENT_ID, '--oidc-name', 'Gemeente Testdorp'], {
      KETEN_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    });
    expect(server.output()).toContain('Inloggen via Gemeente Testdorp staat aan');
    provider = await startTestProvider({ port: providerPort, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: `${server.url}auth/oidc/callback` });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs Anna in through the organisation, with the role of her account in the app', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(server.url);
    const button = page.getByTestId('login-sso');
    await button.waitFor({ timeout: 20_000 });
    expect(await button.textContent()).toBe('Inloggen met Gemeente Testdorp');
    await expectAccessible(page, 'inloggen met de organisatie');
    await page.screenshot({ path: 'test-results/sso/login.png' });
    await button.click();
    await page.waitForURL(/localhost:\d+\/interaction\//, { timeout: 20_000 });
    // The authorization request carried PKCE, state and nonce.
    await signInAtProvider(page, 'anna@testdorp.nl');
    await page.getByTestId('profile-current').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).origin).toBe(new URL(server.url).origin);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('profile-current').textContent()).toContain('Coördinator');
    const who = await page.evaluate(async () => (await (await fetch('/auth/session')).json()) as { data: { account: { username: string; role: string } } });
    expect(who.data.account).toMatchObject({ username: 'anna', role: 'coordinator' });
    const cookies = await ctx.cookies(server.url);
    expect(cookies.find((c) => c.name === 'keten_sessie')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookies.find((c) => c.name === 'keten_sso')).toBeUndefined();
    await page.screenshot({ path: 'test-results/sso/signed-in.png' });

    // Two-factor login, turned on by the signed-in user: QR code and key, then the app's code.
    await page.getByTestId('totp-open').click();
    await page.getByTestId('totp-secret').waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'tweestapslogin aanzetten');
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
    await page.getByTestId('totp-code').fill(new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate());
    await page.getByTestId('totp-confirm').click();
    await page.getByTestId('totp-done').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/sso/totp-on.png' });
    await page.getByTestId('totp-close').click();
    await page.getByTestId('nav-week').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('totp-open').count()).toBe(0);
    await ctx.close();

    // From now on the organisation's sign-on is followed by the code step as well.
    const again = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const second = await again.newPage();
    await second.goto(server.url);
    await second.getByTestId('login-sso').click();
    await signInAtProvider(second, 'anna@testdorp.nl');
    await second.getByTestId('login-code-step').waitFor({ timeout: 30_000 });
    expect(await second.evaluate(async () => (await fetch('/auth/session')).status)).toBe(401);
    await again.close();
  });

  it('refuses an e-mail without an account, and a blocked account, with a clear message', async () => {
    for (const [email, message, shot] of [
      ['onbekend@testdorp.nl', 'Keten Planner heeft geen account met uw e-mailadres', 'unknown'],
      ['bram@testdorp.nl', 'Uw account in Keten Planner is geblokkeerd', 'blocked'],
    ] as const) {
      const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(server.url);
      await page.getByTestId('login-sso').click();
      await signInAtProvider(page, email);
      const error = page.getByTestId('sso-error');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.textContent()).toContain(message);
      expect(await page.evaluate(async () => (await fetch('/auth/session')).status)).toBe(401);
      expect(await horizontalOverflow(page)).toEqual([]);
      await expectAccessible(page, `inloggen geweigerd (${shot})`);
      await page.screenshot({ path: `test-results/sso/refused-${shot}.png` });
      await ctx.close();
    }
  });

  it('refuses a callback that did not start here (no state of ours), and a password for an account without one', async () => {
    const forged = await fetch(`${server.url}auth/oidc/callback?code=gestolen&state=verzonnen`, { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(forged.status).toBe(200);
    expect(await forged.text()).toContain('/?sso=expired');
    expect(forged.headers.getSetCookie().some((c) => c.startsWith('keten_sessie='))).toBe(false);
    const password = await fetch(`${server.url}auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'anna', password: '' }),
    });
    expect(password.status).toBe(401);
    const guessed = await fetch(`${server.url}auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'anna', password: 'Zomaar-iets-2026' }),
    });
    expect(guessed.status).toBe(401);
  });
});
