// Starts the built browser-mode server (`dist-electron/serve.mjs`) on a free port with a fresh
// data folder, as `npm run serve` would, and waits for the address and the one-time launch URL it
// prints. The journeys expect the demo region, so an empty folder gets it (`--demo`) unless a
// journey asks otherwise. The launch URL is used once here, as a browser would, for the session
// cookie; `letIn` gives a journey's browser that cookie (launch.e2e.test.ts opens a launch URL in
// the browser itself).
import { spawn } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StartedServer {
  url: string;
  dataDir: string;
  output: () => string;
  /** The session cookie's value, from the launch URL. */
  cookie: string;
  /** Gives a page's browser context the session cookie, as opening the launch URL would. */
  letIn(target: Page | BrowserContext): Promise<void>;
  /** The next launch URL the server prints (after the previous one was used). */
  nextLaunchUrl(): Promise<string>;
  stop(): Promise<void>;
  /** The server process's id (to send it a signal), and its exit code or signal once it has ended. */
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const LAUNCH = /(http:\/\/127\.0\.0\.1:\d+\/launch\?t=[\w-]+)/g;

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
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
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

  const launches = async (count: number): Promise<string[]> => {
    const started = Date.now();
    for (;;) {
      const found = [...out.matchAll(LAUNCH)].map((m) => m[1]!);
      if (found.length >= count) return found;
      if (Date.now() - started > 20_000) throw new Error(`Geen ${count}e startlink van de server:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  let used = 1;
  const first = (await launches(1))[0]!;
  const res = await fetch(first, { redirect: 'manual' });
  const [, cookieName, cookie] = /(keten_lokaal_\d+)=([^;]+)/.exec(res.headers.get('set-cookie') ?? '') ?? [];
  if (res.status !== 303 || !cookie || !cookieName) throw new Error(`De startlink gaf geen sessiecookie (HTTP ${res.status}).`);

  return {
    url,
    dataDir,
    pid: child.pid!,
    exited,
    output: () => out,
    cookie,
    async letIn(target) {
      const context = 'context' in target ? target.context() : target;
      await context.addCookies([{ name: cookieName, value: cookie, url, httpOnly: true, sameSite: 'Strict' }]);
    },
    async nextLaunchUrl() {
      used += 1;
      return (await launches(used))[used - 1]!;
    },
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
