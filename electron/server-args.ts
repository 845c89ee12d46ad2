// Command-line arguments of `npm run server` (the team server) and `npm run accounts`.
import { resolve } from 'node:path';
import type { AccountRole } from './services/auth/accounts';

export interface ServerArgs {
  dataDir: string;
  port: number;
  host: string;
  tlsCert?: string;
  tlsKey?: string;
  trustProxy: boolean;
  /** Host names the server answers to (with port when not 80/443); default: the listen address. */
  hostNames?: string[];
  firstStart?: 'demo' | 'empty';
  today?: string;
  /** Single sign-on with the organisation's OpenID Connect provider. */
  oidc?: { issuer: string; clientId: string; clientSecret: string; name: string };
}

const SERVER_USAGE =
  'Gebruik: server --data-dir MAP [--port 8443] [--host 0.0.0.0] [--tls-cert BESTAND --tls-key BESTAND] [--trust-proxy] [--host-name naam[:poort],...] [--demo | --empty] [--oidc-issuer URL --oidc-client-id ID [--oidc-client-secret GEHEIM] [--oidc-name NAAM]]';

function reader(argv: string[]) {
  let i = 0;
  return {
    next: (): string | undefined => argv[i++],
    value(flag: string): string {
      const v = argv[i++];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} verwacht een waarde.`);
      return v;
    },
  };
}

export function parseServerArgs(argv: string[], env: NodeJS.ProcessEnv): ServerArgs {
  const args: Partial<ServerArgs> & { trustProxy: boolean } = { port: 8443, host: '127.0.0.1', trustProxy: false };
  // The client secret is best given in the environment (KETEN_OIDC_CLIENT_SECRET): a command line shows in `ps`.
  const oidc = { issuer: env.KETEN_OIDC_ISSUER ?? '', clientId: env.KETEN_OIDC_CLIENT_ID ?? '', clientSecret: env.KETEN_OIDC_CLIENT_SECRET ?? '', name: env.KETEN_OIDC_NAME ?? '' };
  if (env.KETEN_DATA_DIR) args.dataDir = resolve(env.KETEN_DATA_DIR);
  const r = reader(argv);
  for (let a = r.next(); a !== undefined; a = r.next()) {
    if (a === '--data-dir') args.dataDir = resolve(r.value(a));
    else if (a === '--port') args.port = Number(r.value(a));
    else if (a === '--host') args.host = r.value(a);
    else if (a === '--tls-cert') args.tlsCert = resolve(r.value(a));
    else if (a === '--tls-key') args.tlsKey = resolve(r.value(a));
    else if (a === '--trust-proxy') args.trustProxy = true;
    else if (a === '--host-name')
      args.hostNames = r
        .value(a)
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean);
    else if (a === '--today') args.today = r.value(a);
    else if (a === '--oidc-issuer') oidc.issuer = r.value(a);
    else if (a === '--oidc-client-id') oidc.clientId = r.value(a);
    else if (a === '--oidc-client-secret') oidc.clientSecret = r.value(a);
    else if (a === '--oidc-name') oidc.name = r.value(a);
    else if (a === '--demo' || a === '--empty') {
      const choice = a === '--demo' ? 'demo' : 'empty';
      if (args.firstStart && args.firstStart !== choice) throw new Error(`Kies --demo of --empty, niet allebei. ${SERVER_USAGE}`);
      args.firstStart = choice;
    } else throw new Error(`Onbekende optie: ${a}. ${SERVER_USAGE}`);
  }
  if (!args.dataDir) throw new Error(`Geef de gegevensmap op met --data-dir. ${SERVER_USAGE}`);
  if (!Number.isInteger(args.port) || args.port! < 0 || args.port! > 65535) throw new Error(`Ongeldige poort: ${args.port}`);
  if (!!args.tlsCert !== !!args.tlsKey) throw new Error('Geef --tls-cert en --tls-key samen op.');
  if (oidc.issuer || oidc.clientId || oidc.clientSecret) {
    if (!oidc.issuer || !oidc.clientId || !oidc.clientSecret)
      throw new Error('Voor inloggen via de organisatie zijn nodig: --oidc-issuer, --oidc-client-id en het clientgeheim (KETEN_OIDC_CLIENT_SECRET of --oidc-client-secret).');
    let issuer: URL;
    try {
      issuer = new URL(oidc.issuer);
    } catch {
      throw new Error(`--oidc-issuer is geen geldige URL: ${oidc.issuer}`);
    }
    const local = issuer.hostname === '127.0.0.1' || issuer.hostname === 'localhost';
    if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && local)) throw new Error('--oidc-issuer moet een https-adres zijn.');
    args.oidc = { ...oidc, name: oidc.name.trim() || 'uw organisatie' };
  }
  return args as ServerArgs;
}

export type AccountsCommand =
  | { command: 'add'; username: string; role: AccountRole; consultantId?: string; schoolId?: string; email?: string }
  | { command: 'set-email'; username: string; email: string | null }
  | { command: 'list' }
  | { command: 'reset-password'; username: string }
  | { command: 'disable' | 'enable' | 'logout' | 'reset-2fa'; username: string };

export const ACCOUNTS_USAGE = [
  'Gebruik: accounts --data-dir MAP <opdracht>',
  '  add <gebruikersnaam> --role beheerder|coordinator|consultant|liaison [--consultant ID] [--school ID] [--email ADRES]',
  '      (wachtwoord via standaardinvoer; met --email mag het leeg zijn: dan alleen inloggen via de organisatie)',
  '  set-email <gebruikersnaam> <e-mailadres | ->   (voor inloggen via de organisatie; - haalt het weg)',
  '  list',
  '  reset-password <gebruikersnaam>   (nieuw wachtwoord via standaardinvoer)',
  '  disable <gebruikersnaam> | enable <gebruikersnaam> | logout <gebruikersnaam>',
  '  reset-2fa <gebruikersnaam>   (telefoon kwijt: tweestapslogin uit, opnieuw instellen bij de volgende login)',
].join('\n');

const ROLE_ALIASES: Record<string, AccountRole> = {
  beheerder: 'beheerder',
  admin: 'beheerder',
  coordinator: 'coordinator',
  coördinator: 'coordinator',
  consultant: 'consultant',
  consulent: 'consultant',
  liaison: 'liaison',
  taalschool: 'liaison',
};

export function parseAccountsArgs(argv: string[], env: NodeJS.ProcessEnv): { dataDir: string; cmd: AccountsCommand } {
  let dataDir = env.KETEN_DATA_DIR ? resolve(env.KETEN_DATA_DIR) : undefined;
  const rest: string[] = [];
  let role: string | undefined;
  let consultantId: string | undefined;
  let schoolId: string | undefined;
  let email: string | undefined;
  const r = reader(argv);
  for (let a = r.next(); a !== undefined; a = r.next()) {
    if (a === '--data-dir') dataDir = resolve(r.value(a));
    else if (a === '--role') role = r.value(a);
    else if (a === '--consultant') consultantId = r.value(a);
    else if (a === '--school') schoolId = r.value(a);
    else if (a === '--email') email = r.value(a);
    else if (a.startsWith('--')) throw new Error(`Onbekende optie: ${a}.\n${ACCOUNTS_USAGE}`);
    else rest.push(a);
  }
  if (!dataDir) throw new Error(`Geef de gegevensmap op met --data-dir.\n${ACCOUNTS_USAGE}`);
  const [command, username] = rest;
  if (command === 'list') return { dataDir, cmd: { command } };
  if (!username) throw new Error(`Noem de gebruikersnaam.\n${ACCOUNTS_USAGE}`);
  if (command === 'add') {
    const mapped = role ? ROLE_ALIASES[role.toLowerCase()] : undefined;
    if (!mapped) throw new Error(`Geef een rol op met --role (beheerder, coordinator, consultant of liaison).\n${ACCOUNTS_USAGE}`);
    return { dataDir, cmd: { command, username, role: mapped, consultantId, schoolId, email } };
  }
  if (command === 'set-email') {
    const value = rest[2];
    if (!value) throw new Error(`Noem het e-mailadres (of - om het weg te halen).\n${ACCOUNTS_USAGE}`);
    return { dataDir, cmd: { command, username, email: value === '-' ? null : value } };
  }
  if (command === 'reset-password' || command === 'disable' || command === 'enable' || command === 'logout' || command === 'reset-2fa')
    return { dataDir, cmd: { command, username } };
  throw new Error(`Onbekende opdracht: ${command ?? '(geen)'}.\n${ACCOUNTS_USAGE}`);
}
