// Finds a Chromium for the journeys: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a
// browser Playwright installed on a developer's laptop. We never download one.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* playwright-core without a browser of its own */
  }
  return undefined;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Geen Chromium gevonden: zet CHROMIUM_PATH, of installeer Debian-pakket chromium (/usr/bin/chromium).');
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
