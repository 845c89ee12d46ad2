// The team server for the journeys with accounts (team-server, team-edits, sso):
// start the built server on a data folder, make accounts on the command line, log in in a page,
// and call the API from inside a page with its session cookie and CSRF token.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PASSWORD = 'Zonnebloem-Tafel-2026';

export interface Running {
  url: string;
  /** What the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function startTeamServer(dataDir: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const child = spawn(process.execPath, [join(ROOT, 'dist-electron', 'server.mjs'), '--data-dir', dataDir, '--port', '0', ...extra], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server startte niet:\n${out}`)), 60_000);
    child.stdout.on('data', () => {
      const m = /draait op (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`server stopte (${code}):\n${out}`)));
  });
  return {
    url,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function accounts(dataDir: string, args: string[], stdin = ''): { status: number; out: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist-electron', 'accounts.mjs'), '--data-dir', dataDir, ...args], { input: stdin, encoding: 'utf8' });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** A call from inside the page, with the page's own session cookie and CSRF token. */
export async function teamApi<N extends CallName>(page: Page, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const res = await page.evaluate(
    async ([n, i]) => {
      const who = (await (await fetch('/auth/session')).json()) as { data: { csrfToken: string } };
      const r = await fetch(`/api/call/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': who.data.csrfToken }, body: JSON.stringify(i) });
      return (await r.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    },
    [name, input] as const,
  );
  if (!res.ok) throw new Error(`${name}: ${res.error?.message ?? 'onbekende fout'}`);
  return res.data as CallOutput<N>;
}

export async function logIn(page: Page, url: string, username: string, password = PASSWORD): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-page').waitFor({ timeout: 20_000 });
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-password').press('Enter');
}
