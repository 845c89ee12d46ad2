// `npm run accounts`: accounts of the team server on the command line, such as the first
// beheerder. Passwords come from standard input, never from the command line (shell history).
import { createBackend } from './backend';
import { createAuth, AccountError, ROLE_NL } from './services/auth/accounts';
import { getAccountByUsername } from '../db/repositories/accounts';
import { parseAccountsArgs } from './server-args';
import { APP_VERSION } from './version';

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export async function runAccountsCli(argv: string[], env: NodeJS.ProcessEnv, io: { out(s: string): void; err(s: string): void; password(): Promise<string> }): Promise<number> {
  let parsed: ReturnType<typeof parseAccountsArgs>;
  try {
    parsed = parseAccountsArgs(argv, env);
  } catch (err) {
    io.err((err as Error).message);
    return 2;
  }
  let backend: ReturnType<typeof createBackend>;
  try {
    // A new folder gets an empty database (never the demo region).
    backend = createBackend({ dataDir: parsed.dataDir, version: APP_VERSION, program: 'accounts', firstStart: 'empty' });
  } catch (err) {
    io.err((err as Error).message);
    return 1;
  }
  const auth = createAuth(backend.db);
  const { cmd } = parsed;
  try {
    const account = cmd.command === 'list' ? null : getAccountByUsername(backend.db, cmd.username);
    if (cmd.command !== 'list' && cmd.command !== 'add' && !account) {
      io.err(`Er is geen account ${cmd.username}.`);
      return 1;
    }
    switch (cmd.command) {
      case 'list':
        for (const a of auth.list())
          io.out(`${a.username}\t${ROLE_NL[a.role]}${a.linkedName ? ` (${a.linkedName})` : ''}${a.disabled ? '\tgeblokkeerd' : ''}${a.locked ? '\ttijdelijk vergrendeld' : ''}`);
        return 0;
      case 'add': {
        const a = await auth.add(
          { username: cmd.username, role: cmd.role, password: await io.password(), consultantId: cmd.consultantId, schoolId: cmd.schoolId, email: cmd.email },
          'beheer-opdrachtregel',
        );
        io.out(`Account ${a.username} aangemaakt (${ROLE_NL[a.role]}${a.linkedName ? `: ${a.linkedName}` : ''}).`);
        return 0;
      }
      case 'reset-password':
        await auth.resetPassword(account!.id, await io.password(), 'beheer-opdrachtregel');
        io.out(`Nieuw wachtwoord ingesteld voor ${account!.username}; het account is overal uitgelogd.`);
        return 0;
      case 'disable':
      case 'enable':
        auth.setDisabled(account!.id, cmd.command === 'disable', 'beheer-opdrachtregel');
        io.out(cmd.command === 'disable' ? `Account ${account!.username} geblokkeerd en overal uitgelogd.` : `Account ${account!.username} weer vrijgegeven.`);
        return 0;
      case 'set-email': {
        const a = auth.setEmail(account!.id, cmd.email, 'beheer-opdrachtregel');
        io.out(a.email ? `${a.username} logt via de organisatie in met ${a.email}.` : `${a.username} heeft geen e-mailadres meer.`);
        return 0;
      }
      case 'reset-2fa':
        auth.resetTotp(account!.id, 'beheer-opdrachtregel');
        io.out(
          `Tweestapslogin van ${account!.username} uitgezet en het account overal uitgelogd.${account!.role === 'beheerder' ? ' Bij de volgende login stelt de beheerder een nieuwe authenticator-app in.' : ''}`,
        );
        return 0;
      case 'logout':
        io.out(`${auth.logoutEverywhere(account!.id)} sessie(s) van ${account!.username} beëindigd.`);
        return 0;
    }
  } catch (err) {
    if (err instanceof AccountError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  } finally {
    backend.close();
  }
}

const isEntry = process.argv[1] && /accounts(-cli)?\.(m?js|ts)$/.test(process.argv[1]);
if (isEntry) {
  runAccountsCli(process.argv.slice(2), process.env, { out: (s) => console.log(s), err: (s) => console.error(s), password: readStdinLine }).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
