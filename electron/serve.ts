// `npm run serve`: the app in a browser. Same services, same SQLite file as the desktop app,
// served on 127.0.0.1 only.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from './backend';
import { setupState } from '../db/repositories/setup';
import { describeError, logUncaughtErrors, openLogFile } from './log-file';
import { startHttpServer } from './transport/http';
import { findRendererDir } from './renderer-dir';
import { parseServeArgs, type ServeArgs } from './serve-args';
import { APP_VERSION } from './version';
import { stopOnSignal } from './shutdown';

async function main(): Promise<void> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(process.argv.slice(2), process.env, process.platform, homedir());
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  // From here on what goes wrong is written down in the data folder too (logs/keten-planner.log).
  const log = openLogFile(args.dataDir);
  logUncaughtErrors(process, log);
  const planWorker = { file: join(dirname(fileURLToPath(import.meta.url)), 'plan-worker.mjs') };
  let backend: ReturnType<typeof createBackend>;
  try {
    backend = createBackend({
      dataDir: args.dataDir,
      version: APP_VERSION,
      today: args.today,
      log: (m) => console.error(m),
      planWorker,
      firstStart: args.firstStart ?? 'ask',
    });
  } catch (err) {
    const { message, stack } = describeError(err);
    log.write({ level: 'error', source: 'main', where: 'start', message: `Keten Planner kan niet starten: ${message}`, stack });
    throw err;
  }
  let http: Awaited<ReturnType<typeof startHttpServer>> | null = null;
  // The first SIGTERM or SIGINT stops the server: its connections (event streams too), then the
  // database, then the process; from now on, so a signal during the start stops it too.
  stopOnSignal(
    process,
    async () => {
      await http?.close();
      backend.close();
    },
    { graceMs: 5000, exit: (code) => process.exit(code), log: (m) => console.error(m) },
  );
  // After each use a fresh link, for another browser (or this one after a restart): only whoever
  // sees this window can open the app.
  const onLaunch = () => console.log(`Nog een browser? Nieuwe eenmalige startlink: ${http!.newLaunchUrl()}`);
  http = await startHttpServer({ dispatch: backend.dispatch, events: backend.events, staticDir: findRendererDir(), port: args.port, onLaunch });
  const state = setupState(backend.db);
  const note = backend.seededDemo
    ? ' (demoregio aangemaakt)'
    : state !== 'needed'
      ? ''
      : args.firstStart === 'empty'
        ? ' (nog geen regio: richt in de app een eigen regio in)'
        : ' (nog geen regio: de app vraagt om een eigen regio of de demoregio)';
  console.log(`Gegevens: ${backend.dataFile}${note}`);
  console.log(`Keten Planner draait op ${http.url}`);
  console.log(`Open Keten Planner in uw browser met deze eenmalige startlink: ${http.newLaunchUrl()}`);
}

const isEntry = process.argv[1] && /serve\.(m?js|ts)$/.test(process.argv[1]);
if (isEntry) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
