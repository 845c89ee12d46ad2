// `npm run server`: the team server. One process owns the data folder's SQLite file and serves
// the app and its services to every signed-in user of the keten (issue 12).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from './backend';
import { countAccounts } from '../db/repositories/accounts';
import { describeError, logUncaughtErrors, openLogFile } from './log-file';
import { createAuth } from './services/auth/accounts';
import { createOidc } from './services/auth/oidc';
import { startTeamServer } from './transport/team-http';
import { findRendererDir } from './renderer-dir';
import { parseServerArgs, type ServerArgs } from './server-args';
import { APP_VERSION } from './version';
import { stopOnSignal } from './shutdown';

async function main(): Promise<void> {
  let args: ServerArgs;
  try {
    args = parseServerArgs(process.argv.slice(2), process.env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const log = openLogFile(args.dataDir);
  logUncaughtErrors(process, log);
  let backend: ReturnType<typeof createBackend>;
  try {
    backend = createBackend({
      dataDir: args.dataDir,
      version: APP_VERSION,
      today: args.today,
      log: (m) => console.error(m),
      planWorker: { file: join(dirname(fileURLToPath(import.meta.url)), 'plan-worker.mjs') },
      program: 'teamserver',
      firstStart: args.firstStart ?? 'ask',
    });
  } catch (err) {
    const { message, stack } = describeError(err);
    log.write({ level: 'error', source: 'main', where: 'start', message: `Keten Planner-server kan niet starten: ${message}`, stack });
    throw err;
  }
  const auth = createAuth(backend.db);
  const ssoLog = (message: string) => log.write({ level: 'warn', source: 'main', message });
  const oidc = args.oidc ? createOidc(args.oidc, { log: ssoLog }) : undefined;
  const tls = args.tlsCert && args.tlsKey ? { cert: readFileSync(args.tlsCert), key: readFileSync(args.tlsKey) } : undefined;
  const server = await startTeamServer({
    dispatch: backend.dispatch,
    events: backend.events,
    auth,
    staticDir: findRendererDir(),
    host: args.host,
    port: args.port,
    tls,
    trustProxy: args.trustProxy,
    hostNames: args.hostNames,
    oidc,
    onRefusedLogin: (address) => log.write({ level: 'warn', source: 'main', message: `Inloggen geweigerd vanaf ${address}.` }),
    onSsoProblem: ssoLog,
  });
  console.log(`Gegevens: ${backend.dataFile}`);
  if (countAccounts(backend.db) === 0) {
    console.log('Er is nog geen account. Maak eerst een beheerder aan: npm run accounts -- --data-dir <map> add <naam> --role beheerder');
  }
  if (oidc) console.log(`Inloggen via ${oidc.name} staat aan (OpenID Connect: ${args.oidc!.issuer}).`);
  console.log(`Keten Planner-server draait op ${server.url}`);
  // The first SIGTERM or SIGINT stops it, as the browser server (shutdown.ts).
  stopOnSignal(
    process,
    async () => {
      await server.close();
      backend.close();
    },
    { exit: (code) => process.exit(code), log: (m) => console.error(m) },
  );
}

const isEntry = process.argv[1] && /server\.(m?js|ts)$/.test(process.argv[1]);
if (isEntry) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
