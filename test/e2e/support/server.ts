// Starts the built browser-mode server (`dist-electron/serve.mjs`) on a free port with a fresh
// data folder, as `npm run serve` would, and waits for the address it prints. The journeys expect
// the demo region, so an empty folder gets it (`--demo`) unless a journey asks otherwise.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StartedServer {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface StartServerOptions {
  dataDir?: string;
  today?: string;
  /** What an empty data folder becomes: 'demo' (default, `--demo`), 'empty' (`--empty`) or 'ask' (no flag: the first-start screen). */
  firstStart?: 'demo' | 'empty' | 'ask';
}

export async function startServer(opts: StartServerOptions = {}): Promise<StartedServer> {
  const entry = join(ROOT, 'dist-electron', 'serve.mjs');
  if (!existsSync(entry)) throw new Error('dist-electron/serve.mjs ontbreekt: draai eerst `npm run build`.');
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'keten-e2e-'));
  const args = [entry, '--port', '0', '--data-dir', dataDir];
  if (opts.today) args.push('--today', opts.today);
  const firstStart = opts.firstStart ?? 'demo';
  if (firstStart !== 'ask') args.push(`--${firstStart}`);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server startte niet binnen 60 s:\n${out}`)), 60_000);
    const onData = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server stopte (code ${code}):\n${out}`));
    });
  });

  return {
    url,
    dataDir,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
