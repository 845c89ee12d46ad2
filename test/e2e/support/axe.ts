// axe-core in the journeys: injects axe into the page, runs the WCAG 2.1 A and AA rules and
// fails on every serious or critical violation, listing rule, element and the help text.
// Also a check that a page does not scroll sideways (WCAG 1.4.10 reflow at 320 CSS px).
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** The serious and critical violations axe finds on the page as it is now. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Judge the screen as it settles, not halfway through a fade (a table dims while it reloads):
  // wait until no finite transition or animation runs. Spinners run forever and do not count.
  await page
    .waitForFunction(
      () =>
        (globalThis as unknown as { document: { getAnimations(): { playState: string; effect: { getTiming(): { iterations: number } } | null }[] } }).document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  // Evaluated through the debugging protocol: the app's Content-Security-Policy (script-src
  // 'self') would refuse an inline <script>, and the journeys keep that policy on.
  if (!loaded) await page.evaluate(`${axe.source};void 0`);
  const found = await page.evaluate(async (tags) => {
    const run = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const doc = (globalThis as unknown as { document: unknown }).document;
    const result = await run.run(doc, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations as {
      id: string;
      impact: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[]; impact: string | null; failureSummary?: string }[];
    }[];
  }, TAGS);
  return found
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
}

/** A readable listing: one line per rule with its elements. */
export function describeFindings(where: string, findings: AxeFinding[]): string {
  if (findings.length === 0) return `${where}: geen ernstige toegankelijkheidsfouten`;
  const lines = findings.map((f) => {
    const shown = f.targets.slice(0, 6).join(', ');
    const more = f.targets.length > 6 ? ` (+${f.targets.length - 6})` : '';
    return `  [${f.impact}] ${f.rule}: ${f.help}\n      ${shown}${more}\n      ${f.helpUrl}`;
  });
  return `${where}: ${findings.length} ernstige toegankelijkheidsfout(en)\n${lines.join('\n')}`;
}

/** Fails with the listing when axe finds a serious or critical violation. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const findings = await axeFindings(page);
  if (findings.length > 0) throw new Error(describeFindings(where, findings));
}

/**
 * Elements that stick out sideways past the window (the page then scrolls horizontally). Elements
 * inside an `allowed` container (the week calendar, a focusable scrolling table) may be wider.
 */
export async function horizontalOverflow(page: Page, allowed: string[] = []): Promise<string[]> {
  return page.evaluate((allow) => {
    // Runs in the page; typed loosely because the test side has no DOM types.
    interface El {
      tagName: string;
      className: unknown;
      parentElement: El | null;
      closest(sel: string): El | null;
      getAttribute(name: string): string | null;
      getBoundingClientRect(): { width: number; right: number };
    }
    const doc = (
      globalThis as unknown as { document: { documentElement: { clientWidth: number; scrollWidth: number }; body: El & { querySelectorAll(s: string): ArrayLike<El> } } }
    ).document;
    const width = doc.documentElement.clientWidth;
    if (doc.documentElement.scrollWidth <= width + 1) return [];
    const view = globalThis as unknown as { getComputedStyle(el: El): { overflowX: string } };
    // Inside a frame that fits and scrolls or clips on its own, an element does not move the page.
    const clipped = (el: El) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (view.getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    const inAllowed = (el: El) => allow.some((sel) => el.closest(sel)) || clipped(el);
    const out: string[] = [];
    for (const el of [doc.body, ...Array.from(doc.body.querySelectorAll('*'))]) {
      if (inAllowed(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      // Report the outermost element that sticks out, not all its children.
      const parent = el.parentElement;
      if (parent && parent.getBoundingClientRect().right > width + 1 && !inAllowed(parent)) continue;
      const id = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      out.push(`${el.tagName.toLowerCase()}${id ? `[data-testid="${id}"]` : cls} (${Math.round(r.right)} px > ${width} px)`);
    }
    return out.slice(0, 12);
  }, allowed);
}
