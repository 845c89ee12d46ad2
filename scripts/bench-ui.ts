// UI figures for the coordinator's week, measured in Chromium (issue 4):
//  - time to render a week with about 1,000 and 2,000 bookings;
//  - time from a drag move to the conflict preview (the checker run in the renderer, and the
//    whole round from mouse move to the preview on screen);
//  - time from a drop to the new conflict in the conflicts panel, through the real services
//    and SQLite (a large demo region whose week the planner filled).
// For the first two the built renderer (npm run build) is served by the real HTTP transport
// with a dispatch that answers from a generated week, so the sizes are exact.
// Usage: npm run bench:ui [-- 1000 2000] [--drop-only]
import { chromium, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiCtx } from '../shared/api/access';
import type { CallOutput } from '../shared/api/contract';
import { planWeek } from '../shared/planner/plan';
import { openDatabase } from '../db/connection';
import { seedDemoRegion } from '../db/seed/demo-region';
import { buildInstance, storedPlan, storeProposal } from '../db/instance/instance-from-db';
import { createBackend } from '../electron/backend';
import { DATABASE_FILE_NAME } from '../electron/paths';
import { fileURLToPath } from 'node:url';
import type { Dispatch } from '../shared/api/dispatch';
import type { ApiResult } from '../shared/api/errors';
import { isoWeekOf, isoWeekLabel } from '../shared/domain/week';
import { generateInstance } from './generate';
import { greedyPlan } from './generate/greedy-plan';
import type { Instance, Plan } from '../shared/planner/spec';
import { createEventBus } from '../electron/events';
import { startHttpServer } from '../electron/transport/http';
import { findChromium, CHROMIUM_ARGS } from '../test/e2e/support/browser';

const WEEK = '2026-11-23';

function bookings(plan: Plan): number {
  return plan.sessions.reduce((n, s) => n + s.participants.length, 0) + plan.seats.length;
}

/** A generated week whose plan has close to `target` bookings. */
function weekWithBookings(target: number): { instance: Instance; plan: Plan } {
  let participants = Math.round(target * 2);
  for (let attempt = 0; attempt < 6; attempt++) {
    const instance = generateInstance({ participants, seed: 7, weekStart: WEEK });
    const plan = greedyPlan(instance);
    const n = bookings(plan);
    if (Math.abs(n - target) / target < 0.1) return { instance, plan };
    participants = Math.round((participants * target) / Math.max(1, n));
  }
  const instance = generateInstance({ participants, seed: 7, weekStart: WEEK });
  return { instance, plan: greedyPlan(instance) };
}

function fakeDispatch(instance: Instance, plan: Plan): Dispatch<ApiCtx> {
  const room = new Map(instance.rooms.map((r) => [r.id, r]));
  const loc = new Map(instance.locations.map((l) => [l.id, l]));
  const person = new Map([...instance.consultants, ...instance.interpreters, ...instance.participants].map((p) => [p.id, p.name]));
  const { year, week } = isoWeekOf(WEEK);
  const sessions = plan.sessions.map((s) => {
    const r = room.get(s.roomId)!;
    const l = loc.get(r.locationId)!;
    return {
      id: s.id,
      kind: s.kind,
      status: 'accepted' as const,
      start: s.start,
      end: s.end,
      language: s.language,
      room: { id: r.id, name: r.name, locationId: l.id, locationName: l.name, gemeente: l.gemeente },
      consultant: { id: s.consultantId, name: person.get(s.consultantId) ?? s.consultantId },
      interpreter: s.interpreterId ? { id: s.interpreterId, name: person.get(s.interpreterId) ?? s.interpreterId } : null,
      pinned: false,
      participantCount: s.participants.length,
      participants: s.participants.map((p) => ({ id: p, name: person.get(p) ?? p })),
    };
  });
  const answers: Record<string, (input: Record<string, unknown>) => unknown> = {
    'profile.current': () => ({ profile: null }),
    'profile.options': () => ({ consultants: [], schools: [] }),
    'profile.select': () => ({ profile: { kind: 'coordinator', id: null, name: 'Coördinator' } }),
    'requests.list': () => ({ items: [] }),
    'app.info': () => ({ version: 'bench', schemaVersion: 1, dataFile: '(benchmark)', regionName: 'Benchmarkregio', today: WEEK, setup: 'own', demoAvailable: true }),
    'region.overview': () => ({
      name: 'Benchmarkregio',
      gemeenten: [...new Set(instance.locations.map((l) => l.gemeente))],
      counts: {
        participants: instance.participants.length,
        households: instance.households.length,
        children: 0,
        locations: instance.locations.length,
        rooms: instance.rooms.length,
        consultants: instance.consultants.length,
        interpreters: instance.interpreters.length,
        schools: 2,
        classes: instance.classes.length,
        childcareProviders: instance.childcare.length,
        travelTimes: 0,
        startklasIntakes: instance.startklasIntakes.length,
      },
    }),
    'week.get': (i) => ({ weekStart: i.weekStart, isoYear: year, isoWeek: week, status: 'concept', sessions: i.weekStart === WEEK ? sessions : [] }),
    'week.planning': () => ({ instance, plan, sessionStatus: Object.fromEntries(plan.sessions.map((s) => [s.id, 'accepted'])) }),
    'week.resources': () => ({
      locations: instance.locations,
      rooms: instance.rooms.map((r) => ({
        id: r.id,
        name: r.name,
        locationId: r.locationId,
        locationName: loc.get(r.locationId)!.name,
        gemeente: loc.get(r.locationId)!.gemeente,
        capacity: r.capacity,
        laptopsTouch: r.laptopsTouch,
        laptopsMouse: r.laptopsMouse,
        kinds: r.kinds,
      })),
      consultants: instance.consultants.map((c) => ({ id: c.id, name: c.name, languages: c.languages, toetsCertified: c.toetsCertified })),
      interpreters: instance.interpreters.map((t) => ({ id: t.id, name: t.name, languages: t.languages })),
    }),
    'week.layers': () => ({ classSessions: [], intakes: [], childcare: [] }),
    'week.conflicts': () => ({ conflicts: [], cost: 0 }),
    'week.unplanned': () => ({ items: [], cost: null, bound: null }),
    'history.state': () => ({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }),
    'deadlines.list': () => ({ items: [] }),
    'participants.search': () => ({ total: 0, items: [] }),
  };
  return async (name, input): Promise<ApiResult<unknown>> => {
    const answer = answers[name];
    if (!answer) return { ok: false, error: { code: 'unknown_call', message: `Niet in de benchmark: ${name}` } };
    return { ok: true, data: answer((input ?? {}) as Record<string, unknown>) };
  };
}

// Page-side functions: Playwright sends their source to the page (a string would need eval,
// which the app's CSP forbids), so each is self-contained. Typed loosely: no DOM library here.
type PageGlobal = { document: { querySelectorAll(s: string): { length: number }; querySelector(s: string): { getAttribute(a: string): string | null } | null } };
const eventCountAtLeast = (c: number) => (globalThis as unknown as PageGlobal).document.querySelectorAll('[data-testid="session-event"]').length >= c;
const noEvents = () => (globalThis as unknown as PageGlobal).document.querySelectorAll('[data-testid="session-event"]').length === 0;
const lastCheckMs = () => (globalThis as unknown as PageGlobal).document.querySelector('[data-check-ms]')?.getAttribute('data-check-ms') ?? null;

/**
 * In the page: from each mouse move to the next frame after the drag preview's text changed
 * (two animation frames: the change is painted). Measured in the page, so the figure has no
 * test-driver round trips in it.
 */
const watchPreviewLatency = () => {
  type W = {
    __lat: number[];
    __move: number;
    addEventListener(t: string, f: () => void, c: boolean): void;
    requestAnimationFrame(f: () => void): void;
    performance: { now(): number };
    MutationObserver: new (f: () => void) => { observe(n: unknown, o: unknown): void };
    document: { body: unknown };
  };
  const w = globalThis as unknown as W;
  w.__lat = [];
  w.__move = 0;
  w.addEventListener('mousemove', () => (w.__move = w.performance.now()), true);
  let seen = '';
  new w.MutationObserver(() => {
    const text = (w.document as unknown as { querySelector(s: string): { textContent: string | null } | null }).querySelector('[data-testid="drag-preview"]')?.textContent ?? '';
    if (!text || text === seen || !w.__move) return;
    seen = text;
    const from = w.__move;
    w.requestAnimationFrame(() => w.requestAnimationFrame(() => w.__lat.push(w.performance.now() - from)));
  }).observe(w.document.body, { childList: true, subtree: true, characterData: true });
};
const readPreviewLatency = () => (globalThis as unknown as { __lat: number[] }).__lat;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measure(target: number) {
  const { instance, plan } = weekWithBookings(target);
  const n = bookings(plan);
  const staticDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));
  const server = await startHttpServer({ dispatch: fakeDispatch(instance, plan), events: createEventBus(), staticDir });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // The one-time launch URL signs the browser in; the redirect to / keeps the fragment.
    const url = `${server.newLaunchUrl()}#/weekplanning/${isoWeekLabel(WEEK)}`;
    const count = plan.sessions.length;
    await page.goto(url);
    // "Wie bent u?": the clock starts when the coordinator steps in and the week loads.
    await page.getByTestId('profile-coordinator').click();
    const t0 = Date.now();
    await page.waitForFunction(eventCountAtLeast, count, { timeout: 120_000 }).catch(async (err: unknown) => {
      await page.screenshot({ path: 'test-results/bench-ui-timeout.png' });
      throw err;
    });
    const firstRender = Date.now() - t0;
    // Re-render: away to an empty week and back, as a coordinator paging through weeks does.
    const rerenders: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('week-next').click();
      await page.waitForFunction(noEvents);
      const t1 = Date.now();
      await page.getByTestId('week-prev').click();
      await page.waitForFunction(eventCountAtLeast, count, { timeout: 120_000 });
      rerenders.push(Date.now() - t1);
    }
    // Drag preview: hold a session and move it over the week; read the checker time the
    // calendar records (data-check-ms) and the wall time until the preview shows.
    const checks: number[] = [];
    const rounds: number[] = [];
    await page.evaluate(watchPreviewLatency);
    const ev = page.locator('[data-testid="session-event"]').first();
    const box = await ev.boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + 8);
      await page.mouse.down();
      for (let step = 1; step <= 12; step++) {
        await page.mouse.move(box.x + box.width / 2 + step * 25, box.y + 8 + step * 18, { steps: 2 });
        await page.waitForSelector('[data-testid="drag-preview"]', { timeout: 2000 }).catch(() => null);
        await page.waitForTimeout(50);
        const ms = (await page.evaluate(lastCheckMs)) as string | null;
        if (ms) checks.push(Number(ms));
      }
      await page.keyboard.press('Escape');
      await page.mouse.up();
      rounds.push(...((await page.evaluate(readPreviewLatency)) as number[]));
    }
    return { n, sessions: count, firstRender, rerender: median(rerenders), check: median(checks), round: median(rounds) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * In the page, from the mouse release: to the frame after the conflict count changed (the
 * renderer's own check), and to the frame after the services' list with fixes replaced it.
 */
const watchDropLatency = () => {
  type El = { getAttribute(a: string): string | null };
  type W = {
    __drop: number[];
    __full: number[];
    __up: number;
    addEventListener(t: string, f: () => void, c: boolean): void;
    requestAnimationFrame(f: () => void): void;
    performance: { now(): number };
    MutationObserver: new (f: () => void) => { observe(n: unknown, o: unknown): void };
    document: { body: unknown; querySelector(s: string): El | null };
  };
  const w = globalThis as unknown as W;
  w.__drop = [];
  w.__full = [];
  w.__up = 0;
  w.addEventListener('mouseup', () => (w.__up = w.performance.now()), true);
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  const sel = '[data-testid="conflicts-toggle"]';
  let seen = w.document.querySelector(sel)?.getAttribute('data-count') ?? '';
  let waitingFull = 0;
  let wasProvisional = false;
  new w.MutationObserver(() => {
    const now = w.document.querySelector(sel)?.getAttribute('data-count') ?? '';
    const provisional = w.document.querySelector('[data-testid="conflicts-provisional"]') !== null;
    if (now !== seen && w.__up) {
      seen = now;
      const from = w.__up;
      waitingFull = from;
      w.__up = 0;
      w.requestAnimationFrame(() => w.requestAnimationFrame(() => w.__drop.push(w.performance.now() - from)));
    }
    if (wasProvisional && !provisional && waitingFull) {
      const from = waitingFull;
      waitingFull = 0;
      w.requestAnimationFrame(() => w.requestAnimationFrame(() => w.__full.push(w.performance.now() - from)));
    }
    wasProvisional = provisional;
  }).observe(w.document.body, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-count'] });
};
const readDropLatency = () => {
  const g = globalThis as unknown as { __drop: number[]; __full: number[] };
  return { __drop: g.__drop, __full: g.__full };
};

const COORDINATOR: ApiCtx = { transport: 'test', session: { profile: { kind: 'coordinator', id: null, name: 'Coördinator' } } };

/** Drags session `a` onto the start of session `b` (same room), so the room is booked twice. */
async function dropOnto(page: Page, a: string, b: string): Promise<boolean> {
  const from = await page.locator(`[data-session-id="${a}"]`).first().boundingBox();
  const to = await page.locator(`[data-session-id="${b}"]`).first().boundingBox();
  if (!from || !to) return false;
  await page.mouse.move(from.x + from.width / 2, from.y + 6);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 5, from.y + 12, { steps: 2 });
  await page.mouse.move(to.x + to.width / 2, to.y + 6, { steps: 6 });
  await page.waitForTimeout(100);
  await page.mouse.up();
  return true;
}

async function measureDrop(participants: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'keten-bench-ui-'));
  const week = '2026-12-07';
  try {
    // A large demo region whose week the planner filled, accepted as the coordinator would.
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    seedDemoRegion(db, { seed: 1, anchorWeekStart: '2026-11-23', participants });
    const instance = buildInstance(db, week);
    storeProposal(db, week, planWeek(instance, { timeLimitMs: 3000, seed: 1, fixed: storedPlan(db, week, instance, { only: 'accepted' }) }));
    db.close();
    const backend = createBackend({ dataDir, version: 'bench', today: '2026-11-25' });
    const accepted = await backend.dispatch('proposal.accept', { weekStart: week }, COORDINATOR);
    if (!accepted.ok) throw new Error(accepted.error.message);
    const got = await backend.dispatch('week.get', { weekStart: week }, COORDINATOR);
    if (!got.ok) throw new Error(got.error.message);
    const sessions = (got.data as CallOutput<'week.get'>).sessions;
    const n = sessions.reduce((k, x) => k + x.participantCount, 0);
    // Pairs in one room at different times: dropping the first onto the second is a room clash.
    const pairs: [string, string][] = [];
    for (const x of sessions) {
      const y = sessions.find(
        (o) =>
          o.id !== x.id &&
          o.room.id === x.room.id &&
          o.start !== x.start &&
          o.start.slice(0, 10) !== x.start.slice(0, 10) &&
          !pairs.some((p) => p.includes(o.id) || p.includes(x.id)),
      );
      if (y) pairs.push([x.id, y.id]);
      if (pairs.length === 5) break;
    }
    const staticDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));
    const server = await startHttpServer({ dispatch: backend.dispatch, events: backend.events, staticDir });
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const drops: number[] = [];
    const full: number[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(`${server.newLaunchUrl()}#/weekplanning/${isoWeekLabel(week)}`);
      await page.getByTestId('profile-coordinator').click();
      await page.waitForFunction(eventCountAtLeast, sessions.length, { timeout: 120_000 });
      await page.waitForSelector('[data-testid="conflicts-toggle"][data-count]', { timeout: 120_000 });
      await page.evaluate(watchDropLatency);
      await page.getByTestId('conflicts-toggle').click();
      await page.getByTestId('conflicts-panel').waitFor();
      for (const [a, b] of pairs) {
        const before = await page.getByTestId('conflicts-toggle').getAttribute('data-count');
        if (!(await dropOnto(page, a, b))) continue;
        await page
          .waitForFunction(
            (prev) => (globalThis as unknown as PageGlobal).document.querySelector('[data-testid="conflicts-toggle"]')?.getAttribute('data-count') !== prev,
            before,
            { timeout: 30_000 },
          )
          .catch(() => null);
        // Until the services' list is in, so the next drop starts from a settled week.
        await page.waitForSelector('[data-testid="conflicts-provisional"]', { state: 'detached', timeout: 30_000 }).catch(() => null);
        await page.waitForTimeout(300);
      }
      const got = (await page.evaluate(readDropLatency)) as { __drop: number[]; __full: number[] };
      drops.push(...got.__drop);
      full.push(...got.__full);
    } finally {
      await browser.close();
      await server.close();
      backend.close();
    }
    return { participants, n, sessions: sessions.length, drops, full };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(fileURLToPath(new URL('../dist/renderer/index.html', import.meta.url)))) {
    console.error('Draai eerst `npm run build`.');
    process.exit(2);
  }
  const targets = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  const rows = [];
  // --drop-only: just the drop figures (the slowest part to set up).
  const dropOnly = process.argv.includes('--drop-only');
  if (!dropOnly) for (const target of targets.length ? targets : [1000, 2000]) rows.push(await measure(target));
  console.log(
    '\n| boekingen | sessies | eerste weergave (ms) | opnieuw tonen (ms, mediaan) | conflictcheck bij slepen (ms, mediaan) | muisbeweging → conflictvoorbeeld op scherm (ms, mediaan) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.sessions} | ${r.firstRender} | ${r.rerender} | ${Number.isNaN(r.check) ? '–' : r.check.toFixed(2)} | ${Number.isNaN(r.round) ? '–' : r.round.toFixed(1)} |`,
    );
  }
  console.log('\nLoslaten → nieuw conflict in het conflictenpaneel (echte services en SQLite; zaal dubbel geboekt):');
  console.log(
    '| deelnemers in de regio | boekingen in sessies | sessies | metingen | conflict getoond (ms, mediaan / max) | lijst van de services met oplossingen (ms, mediaan / max) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const size of [2000, 5000]) {
    const r = await measureDrop(size);
    const fig = (xs: number[]) => (xs.length ? `${median(xs).toFixed(0)} / ${Math.max(...xs).toFixed(0)}` : '–');
    console.log(`| ${r.participants} | ${r.n} | ${r.sessions} | ${r.drops.length} | ${fig(r.drops)} | ${fig(r.full)} |`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
