// `npm run accounts -- reset-2fa`: a lost phone. Two-factor login goes off and every session ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAccountsCli } from './accounts-cli';
import { createBackend } from './backend';
import { createAuth } from './services/auth/accounts';
import { totpCodeAt } from './services/auth/totp';

const PASSWORD = 'Paardenbloem-Fiets-73';
const dir = mkdtempSync(join(tmpdir(), 'kp-accounts-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const out: string[] = [];
  const code = await runAccountsCli(['--data-dir', dir, ...args], {}, { out: (s) => out.push(s), err: (s) => out.push(s), password: async () => PASSWORD });
  return { code, out: out.join('\n') };
}

describe('accounts reset-2fa', () => {
  it('turns two-factor login off for a lost phone, so the beheerder sets up a new app at the next login', async () => {
    expect((await cli(['add', 'beheer', '--role', 'beheerder'])).code).toBe(0);
    const backend = createBackend({ dataDir: dir, version: 'test', program: 'test', firstStart: 'empty' });
    const auth = createAuth(backend.db);
    const id = auth.list()[0]!.id;
    const secret = (await auth.beginTotp({ accountId: id }))!.secret.replace(/ /g, '');
    auth.confirmTotp({ accountId: id }, totpCodeAt(secret, Date.now()), '127.0.0.1');
    expect(auth.list()[0]!.totp).toBe(true);
    backend.close();

    const reset = await cli(['reset-2fa', 'beheer']);
    expect(reset).toEqual({
      code: 0,
      out: 'Tweestapslogin van beheer uitgezet en het account overal uitgelogd. Bij de volgende login stelt de beheerder een nieuwe authenticator-app in.',
    });
    const after = createBackend({ dataDir: dir, version: 'test', program: 'test', firstStart: 'empty' });
    const again = createAuth(after.db);
    expect(again.list()[0]!.totp).toBe(false);
    expect(await again.login('beheer', PASSWORD, '127.0.0.1')).toMatchObject({ ok: true, next: 'totp-setup' });
    after.close();
    expect((await cli(['reset-2fa', 'niemand'])).out).toBe('Er is geen account niemand.');
  });
});
