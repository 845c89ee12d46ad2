// The start-up most journeys share: a server on its own data folder, a browser, one page let in;
// then the app opened at a screen, a profile chosen and, when asked, English switched on.
//   beforeAll(async () => ({ server, browser, page } = await openJourney({ today: TODAY, viewport })));
//   afterAll(() => closeJourney(server, browser));
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from './browser';
import { chooseProfile, type ProfileToChoose } from './profile';
import { startServer, type StartedServer } from './server';

export interface JourneyOptions {
  today: string;
  viewport: { width: number; height: number };
  acceptDownloads?: boolean;
}

export async function openJourney({ today, viewport, acceptDownloads }: JourneyOptions): Promise<{ server: StartedServer; browser: Browser; page: Page }> {
  const server = await startServer({ today });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport, locale: 'nl-NL', ...(acceptDownloads ? { acceptDownloads } : {}) });
    await server.letIn(page);
    return { server, browser, page };
  } catch (err) {
    // No browser left open and no server left running when the start fails halfway.
    await browser?.close();
    await server.stop();
    throw err;
  }
}

export async function closeJourney(server: StartedServer | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
}

/** Opens the app (at `path`, a hash route such as `#/weekplanning/2026-W48`), chooses the profile and, with lang 'en', English. */
export async function signIn(page: Page, server: StartedServer, who: ProfileToChoose | 'consultant' | 'school', opts: { path?: string; lang?: 'en' } = {}): Promise<void> {
  await page.goto(`${server.url}${opts.path ?? ''}`);
  await chooseProfile(page, who);
  if (opts.lang === 'en') {
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
  }
}
