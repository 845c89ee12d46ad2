// The beheerder's account calls through dispatch, as the team server's transport makes them:
// resetting an account's two-factor login and setting its e-mail for single sign-on.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiCtx } from '../../../shared/api/access';
import { contract, type CallName } from '../../../shared/api/contract';
import { STATUS } from '../../transport/http-common';
import { renderMsg } from '../../../shared/messages';
import { listAudit } from '../../../db/repositories/audit';
import { listConsultants } from '../../../db/repositories/region';
import { demoServices, type DemoServices } from '../../../test/support/demo-services';
import { createAuth, type AccountInfo, type Auth } from '../auth/accounts';
import { totpCodeAt } from '../auth/totp';

const PASSWORD = 'Paardenbloem-Fiets-73';
const FAST = { N: 1024, r: 8, p: 1 };

let s: DemoServices;
let auth: Auth;
let clock: number;
const accounts: Record<string, AccountInfo> = {};

const ctxOf = (a: AccountInfo): ApiCtx => ({ transport: 'http', session: { profile: null, account: { id: a.id, username: a.username, role: a.role } } });

async function call(as: AccountInfo, name: CallName, input: unknown) {
  const r = await s.dispatch(name, input, ctxOf(as));
  return r;
}
async function ok(as: AccountInfo, name: 'accounts.resetTotp' | 'accounts.setEmail', input: unknown) {
  const r = await call(as, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return contract[name].output.parse(r.data).account;
}

/** Turns on the authenticator app for an account; the secret for its codes. */
async function withTotp(a: AccountInfo): Promise<string> {
  const secret = (await auth.beginTotp({ accountId: a.id }))!.secret.replace(/ /g, '');
  expect(auth.confirmTotp({ accountId: a.id }, totpCodeAt(secret, clock), '127.0.0.1')).toEqual({ ok: true, confirmed: true });
  clock += 30_000;
  return secret;
}

beforeEach(async () => {
  s = demoServices();
  clock = Date.parse('2026-11-25T09:00:00Z');
  auth = createAuth(s.db, { cost: FAST, clock: () => clock });
  const consultantId = listConsultants(s.db)[0]!.id;
  accounts.beheer = await auth.add({ username: 'beheer', role: 'beheerder', password: PASSWORD }, 'test');
  accounts.beheer2 = await auth.add({ username: 'beheer2', role: 'beheerder', password: PASSWORD }, 'test');
  accounts.coord = await auth.add({ username: 'coord', role: 'coordinator', password: PASSWORD, email: 'coord@gemeente.nl' }, 'test');
  accounts.consulent = await auth.add({ username: 'consulent', role: 'consultant', consultantId, password: PASSWORD }, 'test');
  accounts.ssoOnly = await auth.add({ username: 'alleen-sso', role: 'coordinator', password: '', email: 'sso@gemeente.nl' }, 'test');
});

describe('accounts: only the beheerder', () => {
  it('refuses the coordinator and the consultant with 403, naming nobody and changing nothing', async () => {
    await withTotp(accounts.coord!);
    for (const who of [accounts.coord!, accounts.consulent!]) {
      for (const [name, input] of [
        ['accounts.resetTotp', { id: accounts.coord!.id }],
        ['accounts.setEmail', { id: accounts.coord!.id, email: 'ander@gemeente.nl' }],
        ['accounts.setEmail', { id: accounts.ssoOnly!.id, email: null }],
      ] as const) {
        const r = await call(who, name, input);
        expect(r.ok, `${who.username} ${name}`).toBe(false);
        if (r.ok) continue;
        expect(STATUS[r.error.code]).toBe(403);
        const text = JSON.stringify(r.error);
        for (const personal of ['coord@gemeente.nl', 'sso@gemeente.nl', 'alleen-sso', accounts.coord!.id]) expect(text).not.toContain(personal);
      }
    }
    const after = auth.list().find((a) => a.id === accounts.coord!.id)!;
    expect(after).toMatchObject({ totp: true, email: 'coord@gemeente.nl' });
    expect(auth.list().find((a) => a.id === accounts.ssoOnly!.id)!.email).toBe('sso@gemeente.nl');
  });

  it('says so in the reader’s language', async () => {
    const r = await call(accounts.coord!, 'accounts.resetTotp', { id: accounts.beheer!.id });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe('Alleen de beheerder beheert accounts.');
    expect(renderMsg(r.error.msg!, 'en')).toBe('Only the administrator manages accounts.');
  });
});

describe('accounts.resetTotp', () => {
  it('turns two-factor login off and ends every session; the coordinator then signs in with the password alone', async () => {
    await withTotp(accounts.coord!);
    const half = await auth.login('coord', PASSWORD, '127.0.0.1');
    expect(half).toMatchObject({ ok: true, next: 'totp' });
    const signedIn = auth.loginByEmail('coord@gemeente.nl', '127.0.0.1');
    expect(signedIn).toMatchObject({ ok: true, next: 'totp' });

    const account = await ok(accounts.beheer!, 'accounts.resetTotp', { id: accounts.coord!.id });
    expect(account).toMatchObject({ username: 'coord', totp: false });
    const after = await auth.login('coord', PASSWORD, '127.0.0.1');
    expect(after.ok && 'sessionToken' in after).toBe(true);
    const audit = listAudit(s.db, { entity: 'account', entityId: accounts.coord!.id });
    expect(audit.find((r) => r.purpose === 'tweestapslogin herstellen')).toMatchObject({ actor: 'beheer', action: 'update', details: { totp: false } });
  });

  it('ends the sessions the account had', async () => {
    const login = await auth.login('consulent', PASSWORD, '127.0.0.1');
    const token = login.ok && 'sessionToken' in login ? login.sessionToken : '';
    expect(auth.session(token)).not.toBeNull();
    await withTotp(accounts.consulent!);
    await ok(accounts.beheer!, 'accounts.resetTotp', { id: accounts.consulent!.id });
    expect(auth.session(token)).toBeNull();
  });

  it('sends a beheerder whose app was reset to set up a new one at the next login', async () => {
    await withTotp(accounts.beheer2!);
    await ok(accounts.beheer!, 'accounts.resetTotp', { id: accounts.beheer2!.id });
    expect(await auth.login('beheer2', PASSWORD, '127.0.0.1')).toMatchObject({ ok: true, next: 'totp-setup' });
  });

  it('refuses the beheerder’s own app and an account without one, and an unknown account', async () => {
    await withTotp(accounts.beheer!);
    const own = await call(accounts.beheer!, 'accounts.resetTotp', { id: accounts.beheer!.id });
    expect(own).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
    const none = await call(accounts.beheer!, 'accounts.resetTotp', { id: accounts.consulent!.id });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'consulent heeft geen tweestapslogin aan; er valt niets te herstellen.' } });
    if (!none.ok) expect(renderMsg(none.error.msg!, 'en')).toBe('consulent has no two-step login turned on; there is nothing to reset.');
    expect(await call(accounts.beheer!, 'accounts.resetTotp', { id: 'geen-account' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(auth.list().find((a) => a.id === accounts.beheer!.id)!.totp).toBe(true);
  });
});

describe('accounts.setEmail', () => {
  it('sets, changes and removes an account’s e-mail, audited; single sign-on then matches it', async () => {
    const set = await ok(accounts.beheer!, 'accounts.setEmail', { id: accounts.consulent!.id, email: '  Consulent@Gemeente.nl ' });
    expect(set.email).toBe('Consulent@Gemeente.nl');
    expect(auth.loginByEmail('consulent@gemeente.nl', '127.0.0.1')).toMatchObject({ ok: true, account: { username: 'consulent' } });
    const changed = await ok(accounts.beheer!, 'accounts.setEmail', { id: accounts.consulent!.id, email: 'c.nieuw@gemeente.nl' });
    expect(changed.email).toBe('c.nieuw@gemeente.nl');
    expect(auth.loginByEmail('consulent@gemeente.nl', '127.0.0.1')).toMatchObject({ ok: false, reason: 'unknown' });
    const removed = await ok(accounts.beheer!, 'accounts.setEmail', { id: accounts.consulent!.id, email: '' });
    expect(removed.email).toBeNull();
    const audit = listAudit(s.db, { entity: 'account', entityId: accounts.consulent!.id }).filter((r) => r.purpose === 'e-mailadres wijzigen');
    expect(audit.map((r) => [r.actor, r.details])).toEqual(
      expect.arrayContaining([
        ['beheer', { email: 'Consulent@Gemeente.nl' }],
        ['beheer', { email: 'c.nieuw@gemeente.nl' }],
        ['beheer', { email: null }],
      ]),
    );
    expect(audit).toHaveLength(3);
  });

  it('keeps an e-mail to one account, whatever its case, and refuses what is no e-mail address', async () => {
    const taken = await call(accounts.beheer!, 'accounts.setEmail', { id: accounts.consulent!.id, email: 'COORD@gemeente.nl' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'email', message: 'Het e-mailadres COORD@gemeente.nl hoort al bij een ander account.' } });
    if (!taken.ok) expect(renderMsg(taken.error.msg!, 'en')).toBe('The e-mail address COORD@gemeente.nl already belongs to another account.');
    // The same account may keep its own address.
    expect((await ok(accounts.beheer!, 'accounts.setEmail', { id: accounts.coord!.id, email: 'Coord@Gemeente.nl' })).email).toBe('Coord@Gemeente.nl');
    for (const bad of ['geen-adres', 'a@b', 'twee woorden@gemeente.nl']) {
      expect(await call(accounts.beheer!, 'accounts.setEmail', { id: accounts.consulent!.id, email: bad }), bad).toMatchObject({ ok: false, error: { field: 'email' } });
    }
    expect(await call(accounts.beheer!, 'accounts.setEmail', { id: accounts.consulent!.id, email: `${'a'.repeat(250)}@g.nl` })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(auth.list().find((a) => a.id === accounts.consulent!.id)!.email).toBeNull();
  });

  it('does not take the only way in from an account without a password', async () => {
    const r = await call(accounts.beheer!, 'accounts.setEmail', { id: accounts.ssoOnly!.id, email: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'email' } });
    if (!r.ok) expect(r.error.message).toContain('alleen-sso heeft geen wachtwoord');
    expect(auth.list().find((a) => a.id === accounts.ssoOnly!.id)!.email).toBe('sso@gemeente.nl');
    // Changing it to another address is fine.
    expect((await ok(accounts.beheer!, 'accounts.setEmail', { id: accounts.ssoOnly!.id, email: 'sso2@gemeente.nl' })).email).toBe('sso2@gemeente.nl');
  });
});
