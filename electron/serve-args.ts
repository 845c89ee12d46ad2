// Command-line arguments of `npm run serve`.
import { resolve } from 'node:path';
import { defaultDataDir } from './paths';
import type { FirstStart } from './backend';

export interface ServeArgs {
  port: number;
  dataDir: string;
  today?: string;
  /** --demo or --empty: what an empty data folder becomes without asking; absent: the app asks. */
  firstStart?: Exclude<FirstStart, 'ask'>;
}

const USAGE = 'Gebruik: serve [--port N] [--data-dir MAP] [--today JJJJ-MM-DD] [--demo | --empty]';

export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): ServeArgs {
  const args: ServeArgs = { port: 0, dataDir: env.KETEN_DATA_DIR || defaultDataDir(platform, env, home) };
  if (env.KETEN_PORT) args.port = Number(env.KETEN_PORT);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} verwacht een waarde.`);
      return v;
    };
    if (a === '--port') args.port = Number(value());
    else if (a === '--data-dir') args.dataDir = resolve(value());
    else if (a === '--today') args.today = value();
    else if (a === '--demo' || a === '--empty') {
      const choice = a === '--demo' ? 'demo' : 'empty';
      if (args.firstStart && args.firstStart !== choice) throw new Error(`Kies --demo of --empty, niet allebei. ${USAGE}`);
      args.firstStart = choice;
    } else throw new Error(`Onbekende optie: ${a}. ${USAGE}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`Ongeldige poort: ${args.port}`);
  return args;
}
