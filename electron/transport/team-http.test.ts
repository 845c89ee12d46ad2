// The team server over real HTTP: accounts, cookies, CSRF, origins, roles, lockout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallName } from '../../shared/api/contract';
import { ACCESS } from '../../shared/api/access';
import { createBackend, type Backend } from '../backend';
import { listConsultants, listSchools } from '../../db/repositories/region';
import { createAuth, type Auth } from '../services/auth/accounts';
import { totpCodeAt } from '../services/auth/totp';
import { createOidc } from '../services/auth/oidc';
import { issuerOriginOf } from '../shell';
import { startTeamServer, type RunningTeamServer } from './team-http';
import { DEMO_TODAY } from '../../test/support/demo-services';
import { accountTablesText } from '../../db/repositories/test-helpers';

const PASSWORD = 'Paardenbloem-Fiets-73';
const FAST = { N: 1024, r: 8, p: 1 };

let dir: string;
let backend: Backend;
let auth: Auth;
let server: RunningTeamServer;
let base: string;
let clock = Date.now();
let consultantId: string;
let otherConsultantId: string;
/** The beheerder must use an authenticator app; this is its secret. */
let beheerSecret: string;

interface Session {
  cookie: string;
  csrf: string;
}

async function login(username: string, password = PASSWORD, headers: Record<string, string> = {}) {
  return fetch(`${base}auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) });
}

const stepCookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('keten_stap='))!
    .split(';')[0]!;
const sessionCookieOf = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith('keten_sessie='));

async function postCode(path: string, cookie: string, code: string) {
  return fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify({ code }) });
}

async function signIn(username: string): Promise<Session> {
  let res = await login(username);
  expect(res.status).toBe(200);
  if (username === 'beheer') {
    // A code is accepted once: the next sign-in waits for the next 30-second step.
    clock += 30_000;
    res = await postCode('auth/login/code', stepCookieOf(res), totpCodeAt(beheerSecret, clock));
    expect(res.status).toBe(200);
  }
  const cookie = sessionCookieOf(res)!.split(';')[0]!;
  const body = (await res.json()) as { data: { csrfToken: string } };
  return { cookie, csrf: body.data.csrfToken };
}

async function api(s: Session | null, name: string, input: unknown = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(s ? { Cookie: s.cookie, 'X-CSRF-Token': s.csrf } : {}), ...headers },
    body: JSON.stringify(input),
  });
  return { status: res.status, text: await res.text() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kp-team-'));
  backend = createBackend({ dataDir: dir, version: 'test', today: DEMO_TODAY, firstStart: 'demo', program: 'teamserver-test' });
  auth = createAuth(backend.db, { cost: FAST, clock: () => clock, lockAfter: 5 });
  const consultants = listConsultants(backend.db);
  consultantId = consultants[0]!.id;
  otherConsultantId = consultants[1]!.id;
  const schoolId = listSchools(backend.db)[0]!.id;
  const beheer = await auth.add({ username: 'beheer', role: 'beheerder', password: PASSWORD }, 'test');
  beheerSecret = (await auth.beginTotp({ accountId: beheer.id }))!.secret.replace(/ /g, '');
  expect(auth.confirmTotp({ accountId: beheer.id }, totpCodeAt(beheerSecret, clock), '127.0.0.1')).toEqual({ ok: true, confirmed: true });
  await auth.add({ username: 'coordinator', role: 'coordinator', password: PASSWORD }, 'test');
  await auth.add({ username: 'consulent', role: 'consultant', consultantId, password: PASSWORD }, 'test');
  await auth.add({ username: 'school', role: 'liaison', schoolId, password: PASSWORD }, 'test');
  await auth.add({ username: 'slot', role: 'coordinator', password: PASSWORD }, 'test');
  server = await startTeamServer({ dispatch: backend.dispatch, events: backend.events, auth, staticDir: null });
  base = server.url;
}, 60_000);

afterAll(async () => {
  await server?.close();
  backend?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('team server: login', () => {
  it('answers a wrong password and an unknown name alike, and sets a strict HttpOnly cookie on success', async () => {
    const wrong = await login('consulent', 'Verkeerd-wachtwoord-1');
    const unknown = await login('niemand', 'Verkeerd-wachtwoord-1');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.text()).toBe(await unknown.text());
    const ok = await login('consulent');
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^keten_sessie=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure'); // plain HTTP on 127.0.0.1
    const body = (await ok.json()) as { data: { profile: { kind: string; id: string }; csrfToken: string } };
    expect(body.data.profile).toMatchObject({ kind: 'consultant', id: consultantId });
    expect(body.data.csrfToken.length).toBeGreaterThan(30);
  });

  it('never stores the password or the session token itself', async () => {
    const s = await signIn('coordinator');
    const raw = accountTablesText(backend.db);
    expect(raw).not.toContain(PASSWORD);
    expect(raw).not.toContain(s.cookie.split('=')[1]);
  });
});

describe('team server: every call needs a session, a CSRF token and the right role', () => {
  it('refuses every call without a session with 401', async () => {
    for (const name of Object.keys(contract) as CallName[]) {
      const r = await api(null, name, {});
      expect(r.status, name).toBe(401);
    }
  });

  it('refuses a call without the session’s CSRF token', async () => {
    const s = await signIn('coordinator');
    expect((await api({ ...s, csrf: 'verkeerd' }, 'week.get', { weekStart: DEMO_TODAY })).status).toBe(403);
    expect((await api(s, 'region.overview')).status).toBe(200);
  });

  it('refuses every call outside the liaison’s role with 403, naming nobody', async () => {
    const coordinator = await signIn('coordinator');
    const names = (JSON.parse((await api(coordinator, 'participants.search', { query: '' })).text) as { data: { items: { name: string }[] } }).data.items.map((p) => p.name);
    expect(names.length).toBeGreaterThanOrEqual(50);
    const liaison = await signIn('school');
    for (const name of Object.keys(contract) as CallName[]) {
      const rule = ACCESS[name];
      if (rule === 'anyone' || rule.includes('liaison')) continue;
      const r = await api(liaison, name, {});
      expect(r.status, name).toBe(403);
      for (const person of names) expect(r.text, name).not.toContain(person);
    }
  });

  it('takes the role from the account: choosing a profile is refused and the list shows only oneself', async () => {
    const s = await signIn('consulent');
    const select = await api(s, 'profile.select', { kind: 'coordinator' });
    expect(select.status).toBe(403);
    expect((await api(s, 'region.overview')).status).toBe(403);
    const options = JSON.parse((await api(s, 'profile.options')).text) as { data: { consultants: { id: string }[]; schools: unknown[] } };
    expect(options.data.consultants.map((c) => c.id)).toEqual([consultantId]);
    expect(options.data.schools).toEqual([]);
  });

  it('tells a consultant only that another consultant’s client is not theirs, by no name', async () => {
    const coordinator = await signIn('coordinator');
    const all = (JSON.parse((await api(coordinator, 'participants.search', { query: '' })).text) as { data: { items: { id: string; name: string; consultantName?: string }[] } })
      .data.items;
    const consultant = await signIn('consulent');
    const caseload = JSON.parse((await api(consultant, 'consultant.caseload', {})).text) as { data: { items: { participant: { id: string } }[] } };
    const own = new Set(caseload.data.items.map((i) => i.participant.id));
    const stranger = all.find((p) => !own.has(p.id))!;
    const r = await api(consultant, 'groupInfo.enlist', { participantId: stranger.id });
    expect(r.status).toBe(403);
    expect(r.text).toContain('Deze cliënt hoort niet bij uw caseload');
    expect(r.text).not.toContain(stranger.name);
    const missing = await api(consultant, 'groupInfo.enlist', { participantId: 'P-999999' });
    expect(JSON.parse(missing.text)).toEqual(JSON.parse(r.text));
    expect(otherConsultantId).not.toBe(consultantId);
  });

  it('gives the data file’s path to the beheerder only', async () => {
    const info = async (u: string) => (JSON.parse((await api(await signIn(u), 'app.info')).text) as { data: { dataFile: string } }).data.dataFile;
    expect(await info('beheer')).toContain(dir);
    expect(await info('consulent')).toBe('');
    expect(await info('coordinator')).toBe('');
  });
});

describe('team server: origins and hosts', () => {
  it('refuses a foreign Origin, a cross-site request and a foreign Host', async () => {
    const s = await signIn('coordinator');
    expect((await api(s, 'region.overview', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api(s, 'region.overview', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await login('coordinator', PASSWORD, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api(s, 'region.overview', {}, { Origin: base.replace(/\/$/, '') })).status).toBe(200);
    // fetch will not send a foreign Host header; a raw request does.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(`${base}auth/session`, { headers: { Host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('team server: sessions end', () => {
  it('logs out, and logs out everywhere', async () => {
    const a = await signIn('consulent');
    const b = await signIn('consulent');
    const out = await fetch(`${base}auth/logout`, { method: 'POST', headers: { Cookie: a.cookie, 'X-CSRF-Token': a.csrf } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await api(a, 'consultant.caseload')).status).toBe(401);
    expect((await api(b, 'consultant.caseload')).status).toBe(200);
    const c = await signIn('consulent');
    await fetch(`${base}auth/logout-everywhere`, { method: 'POST', headers: { Cookie: c.cookie, 'X-CSRF-Token': c.csrf } });
    expect((await api(b, 'consultant.caseload')).status).toBe(401);
    expect((await api(c, 'consultant.caseload')).status).toBe(401);
  });

  it('ends a session after 30 minutes without a request', async () => {
    const s = await signIn('coordinator');
    clock += 29 * 60_000;
    expect((await api(s, 'region.overview')).status).toBe(200);
    clock += 31 * 60_000;
    expect((await api(s, 'region.overview')).status).toBe(401);
  });

  it('ends the sessions of a disabled account', async () => {
    const s = await signIn('coordinator');
    const account = auth.list().find((a) => a.username === 'coordinator')!;
    auth.setDisabled(account.id, true, 'test');
    expect((await api(s, 'region.overview')).status).toBe(401);
    expect((await login('coordinator')).status).toBe(401);
    auth.setDisabled(account.id, false, 'test');
    expect((await login('coordinator')).status).toBe(200);
  });
});

describe('team server: guessing', () => {
  it('locks an account after five wrong passwords, also against the right one, and lets it in after the lock', async () => {
    for (let i = 0; i < 5; i++) expect((await login('slot', `Fout-wachtwoord-${i}xx`, { 'X-Forwarded-For': `10.0.0.${i}` })).status).toBe(401);
    const locked = await login('slot');
    expect(locked.status).toBe(429);
    expect(await locked.text()).toMatch(/tijdelijk geblokkeerd/);
    clock += 16 * 60_000;
    expect((await login('slot')).status).toBe(200);
  });

  it('holds the lockout through 1,000 guesses and keeps answering others', async () => {
    const working = await signIn('beheer');
    const started = Date.now();
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i++) {
      const r = await login(i % 2 ? 'coordinator' : 'niemand', `Gok-${i}-wachtwoord`);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (i % 100 === 0) expect((await api(working, 'region.overview')).status).toBe(200);
    }
    // After 20 failures from this address everything is refused before any password is checked.
    expect(statuses.get(429)).toBeGreaterThanOrEqual(980);
    expect((await login('coordinator')).status).toBe(429);
    console.log(`1.000 inlogpogingen in ${Date.now() - started} ms; ${JSON.stringify(Object.fromEntries(statuses))}`);
    clock += 16 * 60_000;
  });
});

describe('team server: the beheerder manages accounts in the app', () => {
  it('lists, adds, blocks and frees accounts; others may not', async () => {
    const admin = await signIn('beheer');
    const list = JSON.parse((await api(admin, 'accounts.list')).text) as { data: { items: { username: string }[]; me: string } };
    expect(list.data.me).toBe('beheer');
    expect(list.data.items.map((a) => a.username)).toContain('consulent');

    const weak = JSON.parse((await api(admin, 'accounts.add', { username: 'nieuw', role: 'coordinator', password: 'welkom' })).text) as {
      error: { message: string; field: string };
    };
    expect(weak.error).toMatchObject({ field: 'password', message: 'Het wachtwoord moet minstens 12 tekens lang zijn.' });
    const noLink = JSON.parse((await api(admin, 'accounts.add', { username: 'nieuw', role: 'consultant', password: PASSWORD })).text) as { error: { field: string } };
    expect(noLink.error.field).toBe('consultantId');
    const added = JSON.parse((await api(admin, 'accounts.add', { username: 'nieuw', role: 'consultant', consultantId: otherConsultantId, password: PASSWORD })).text) as {
      data: { account: { id: string; linkedName: string } };
    };
    expect(added.data.account.linkedName).toBeTruthy();
    const nieuw = await signIn('nieuw');
    expect((await api(nieuw, 'accounts.list')).status).toBe(403);

    const blocked = await api(admin, 'accounts.setDisabled', { id: added.data.account.id, disabled: true });
    expect(blocked.status).toBe(200);
    expect((await api(nieuw, 'consultant.caseload')).status).toBe(401);
    const me = (JSON.parse((await api(admin, 'accounts.list')).text) as { data: { items: { id: string; username: string }[] } }).data.items.find((a) => a.username === 'beheer')!;
    const self = JSON.parse((await api(admin, 'accounts.setDisabled', { id: me.id, disabled: true })).text) as { error: { message: string } };
    expect(self.error.message).toBe('U kunt uw eigen account niet blokkeren.');

    const coordinator = await signIn('coordinator');
    const refused = JSON.parse((await api(coordinator, 'accounts.list')).text) as { error: { message: string } };
    expect(refused.error.message).toBe('Alleen de beheerder beheert accounts.');
  });
});

describe('team server: two-factor login (authenticator app)', () => {
  it('sends a beheerder without an app to set one up, and gives no session before it is done', async () => {
    await auth.add({ username: 'beheer2', role: 'beheerder', password: PASSWORD }, 'test');
    const first = await login('beheer2');
    expect(first.status).toBe(200);
    expect(((await first.json()) as { data: unknown }).data).toEqual({ next: 'totp-setup' });
    expect(sessionCookieOf(first)).toBeUndefined();
    const stepCookie = first.headers.getSetCookie()[0]!;
    expect(stepCookie).toMatch(/^keten_stap=[\w-]{40,}; Path=\/auth; Max-Age=300; HttpOnly; SameSite=Strict$/);
    const step = stepCookieOf(first);
    // The step cookie opens nothing but the setup.
    expect((await api({ cookie: step, csrf: '' }, 'region.overview')).status).toBe(401);
    expect((await fetch(`${base}auth/session`, { headers: { Cookie: step } })).status).toBe(401);
    expect((await postCode('auth/login/code', step, '123456')).status).toBe(401);

    const setup = await fetch(`${base}auth/totp/setup`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: step }, body: '{}' });
    expect(setup.status).toBe(200);
    const enrolment = ((await setup.json()) as { data: { secret: string; uri: string; qr: string } }).data;
    expect(enrolment.secret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Keten%20Planner:beheer2\?/);
    expect(enrolment.qr).toMatch(/^data:image\/png;base64,/);
    const secret = enrolment.secret.replace(/ /g, '');
    const wrong = await postCode('auth/totp/confirm', step, totpCodeAt(secret, clock + 5 * 30_000));
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('De code klopt niet');
    const done = await postCode('auth/totp/confirm', step, totpCodeAt(secret, clock));
    expect(done.status).toBe(200);
    expect(sessionCookieOf(done)).toMatch(/HttpOnly; SameSite=Strict/);
    expect(done.headers.getSetCookie().find((c) => c.startsWith('keten_stap='))).toContain('Max-Age=0');
    const who = (await done.json()) as { data: { csrfToken: string; account: { totp: boolean } } };
    expect(who.data.account.totp).toBe(true);
    const s = { cookie: sessionCookieOf(done)!.split(';')[0]!, csrf: who.data.csrfToken };
    expect((await api(s, 'accounts.list')).status).toBe(200);
    // The secret is never sent again, and the step cookie is spent.
    expect((await postCode('auth/totp/confirm', step, totpCodeAt(secret, clock))).status).toBe(401);

    // From now on: password, then code; the code of the setup is not accepted again.
    const again = await login('beheer2');
    expect(((await again.json()) as { data: unknown }).data).toEqual({ next: 'totp' });
    const replay = await postCode('auth/login/code', stepCookieOf(again), totpCodeAt(secret, clock));
    expect(replay.status).toBe(401);
    expect(await replay.text()).toContain('al gebruikt');
    clock += 30_000;
    expect((await postCode('auth/login/code', stepCookieOf(again), totpCodeAt(secret, clock))).status).toBe(200);
  });

  it('lets a consultant turn it on when signed in; a code one step old counts, a used one never', async () => {
    await auth.add({ username: 'tweestaps', role: 'consultant', consultantId, password: PASSWORD }, 'test');
    const s = await signIn('tweestaps');
    const post = (path: string, body: unknown, csrf = s.csrf) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: s.cookie, 'X-CSRF-Token': csrf }, body: JSON.stringify(body) });
    expect((await post('auth/totp/setup', {}, 'verkeerd')).status).toBe(403);
    const enrolment = ((await (await post('auth/totp/setup', {})).json()) as { data: { secret: string } }).data;
    const secret = enrolment.secret.replace(/ /g, '');
    const confirmed = await post('auth/totp/confirm', { code: totpCodeAt(secret, clock) });
    expect(confirmed.status).toBe(200);
    expect(((await confirmed.json()) as { data: unknown }).data).toEqual({ totp: true });
    expect(accountTablesText(backend.db)).toContain(secret);

    // The password alone gives no session now.
    const half = await login('tweestaps');
    expect(sessionCookieOf(half)).toBeUndefined();
    expect(((await half.json()) as { data: unknown }).data).toEqual({ next: 'totp' });
    clock += 60_000;
    // The code of the previous 30-second step (a slow typist) is accepted ...
    const late = await postCode('auth/login/code', stepCookieOf(half), totpCodeAt(secret, clock - 30_000));
    expect(late.status).toBe(200);
    expect(sessionCookieOf(late)).toBeDefined();
    // ... but not twice, not even on a fresh login.
    const other = await login('tweestaps');
    expect((await postCode('auth/login/code', stepCookieOf(other), totpCodeAt(secret, clock - 30_000))).status).toBe(401);
    // Two steps off is too far.
    expect((await postCode('auth/login/code', stepCookieOf(other), totpCodeAt(secret, clock + 60_000))).status).toBe(401);
    expect((await postCode('auth/login/code', stepCookieOf(other), totpCodeAt(secret, clock))).status).toBe(200);

    // A lost phone: `accounts reset-2fa` turns it off and ends every session.
    const account = auth.list().find((a) => a.username === 'tweestaps')!;
    expect(account.totp).toBe(true);
    auth.resetTotp(account.id, 'test');
    expect((await api(s, 'consultant.caseload')).status).toBe(401);
    expect(sessionCookieOf(await login('tweestaps'))).toBeDefined();
  });

  it('counts wrong codes toward the lockout, which then refuses the right code too', async () => {
    await auth.add({ username: 'codegok', role: 'beheerder', password: PASSWORD }, 'test');
    const half = await login('codegok', PASSWORD, { 'X-Forwarded-For': '10.1.0.1' });
    const step = stepCookieOf(half);
    const setup = await fetch(`${base}auth/totp/setup`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: step }, body: '{}' });
    const secret = ((await setup.json()) as { data: { secret: string } }).data.secret.replace(/ /g, '');
    clock += 30_000;
    expect((await postCode('auth/totp/confirm', step, totpCodeAt(secret, clock))).status).toBe(200);
    clock += 30_000;
    const again = stepCookieOf(await login('codegok'));
    const right = totpCodeAt(secret, clock);
    const wrongs = ['000000', '111111', '222222', '333333', '444444'].filter((c) => c !== right);
    for (const code of wrongs.slice(0, 5)) expect((await postCode('auth/login/code', again, code)).status).toBe(401);
    const locked = await postCode('auth/login/code', again, right);
    expect(locked.status).toBe(429);
    expect(await locked.text()).toMatch(/tijdelijk geblokkeerd/);
    clock += 16 * 60_000;
  });
});

describe('team server: accounts for single sign-on', () => {
  it('adds an account with an e-mail and no password; without either it is refused, and an e-mail belongs to one account', async () => {
    const admin = await signIn('beheer');
    const added = JSON.parse((await api(admin, 'accounts.add', { username: 'sso-coord', role: 'coordinator', email: 'Coord@Gemeente.nl' })).text) as {
      data: { account: { email: string; totp: boolean } };
    };
    expect(added.data.account).toMatchObject({ email: 'Coord@Gemeente.nl', totp: false });
    const neither = JSON.parse((await api(admin, 'accounts.add', { username: 'leeg', role: 'coordinator' })).text) as { error: { field: string; message: string } };
    expect(neither.error).toMatchObject({ field: 'password', message: 'Vul een wachtwoord in, of een e-mailadres om in te loggen via de organisatie.' });
    const twice = JSON.parse((await api(admin, 'accounts.add', { username: 'ander', role: 'coordinator', email: 'coord@gemeente.nl' })).text) as { error: { field: string } };
    expect(twice.error.field).toBe('email');
    const bad = JSON.parse((await api(admin, 'accounts.add', { username: 'ander', role: 'coordinator', email: 'geen-adres' })).text) as { error: { field: string } };
    expect(bad.error.field).toBe('email');
    // Such an account has no password that works, and the e-mail signs it in (case does not matter).
    expect((await login('sso-coord', '')).status).toBe(401);
    const byMail = auth.loginByEmail('coord@gemeente.nl', '127.0.0.1');
    expect(byMail).toMatchObject({ ok: true, profile: { kind: 'coordinator' } });
    expect(auth.loginByEmail('niemand@gemeente.nl', '127.0.0.1')).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe('team server: sign-in options for the desktop app', () => {
  it('publishes without login whether and where it signs in through the organisation', async () => {
    const none = await fetch(`${base}auth/options`);
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual({ ok: true, data: { sso: null } });
    const oidc = createOidc({ issuer: 'https://login.gemeente.example/tenant/v2.0', clientId: 'keten', clientSecret: 'geheim', name: 'Gemeente' });
    const withSso = await startTeamServer({ dispatch: backend.dispatch, events: backend.events, auth, staticDir: null, oidc });
    try {
      const res = await fetch(`${withSso.url}auth/options`);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ ok: true, data: { sso: { name: 'Gemeente', issuerOrigin: 'https://login.gemeente.example' } } });
      expect(body).not.toContain('geheim');
      // The desktop shell reads this very answer to let its window reach the provider.
      expect(issuerOriginOf(JSON.parse(body))).toBe('https://login.gemeente.example');
    } finally {
      await withSso.close();
    }
  });
});
