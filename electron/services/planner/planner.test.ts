// Planner jobs through dispatch: a real worker thread (TypeScript through the test bootstrap)
// on the seeded demo week.
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../shared/api/dispatch';
import type { AppEvent, CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { checkPlan } from '../../../shared/planner/check';
import type { Db } from '../../../db/connection';
import { unplannedReasons } from '../../../db/repositories/planner-runs';
import { makePinnedProposal, weekSessionStates } from '../../../db/repositories/week-test-queries';
import { callOk, DEMO_WEEK as W, demoServices } from '../../../test/support/demo-services';
import { createServices } from '../index';
import { MAX_RUNNING, MAX_WAITING } from './planner';
import { addDays } from '../../../shared/domain/week';
import { anonymousCtx, type ApiCtx } from '../../../shared/api/access';
import { renderMsg } from '../../../shared/messages';

const worker = {
  file: fileURLToPath(new URL('../../../test/support/ts-worker.mjs', import.meta.url)),
  extraData: { __tsEntry: fileURLToPath(new URL('../../planner-jobs/plan-worker.ts', import.meta.url)) },
};
let db: Db;
let events: AppEvent[];
let waiters: ((e: AppEvent) => void)[];
let dispatch: Dispatch<ApiCtx>;

beforeEach(() => {
  const services = demoServices({ planWorker: worker });
  ({ db, events, dispatch } = services);
  waiters = [];
  services.bus.on((e) => {
    for (const w of waiters) w(e);
  });
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);

function finished(jobId: string): Promise<Extract<AppEvent, { type: 'planner.finished' }>> {
  return new Promise((resolve) => {
    const done = events.find((e) => e.type === 'planner.finished' && e.jobId === jobId);
    if (done) return resolve(done as Extract<AppEvent, { type: 'planner.finished' }>);
    waiters.push((e) => {
      if (e.type === 'planner.finished' && e.jobId === jobId) resolve(e);
    });
  });
}

const sessions = () => weekSessionStates(db, W);

describe('planner jobs', () => {
  it('plans the week in a worker, keeps accepted and pinned sessions, stores the proposal and its reasons', async () => {
    // One accepted session becomes a pinned proposal: re-planning must keep it as it is.
    const keep = sessions()[0];
    makePinnedProposal(db, keep.id);
    const accepted = sessions().filter((s) => s.status === 'accepted');
    const pre = await call('week.planning', { weekStart: W });
    const before = new Set(checkPlan(pre.instance, pre.plan).violations.map((v) => v.message));

    const { jobId } = await call('planner.start', { weekStart: W, timeLimitSeconds: 1, seed: 2 });
    const again = await dispatch('planner.start', { weekStart: W }, anonymousCtx());
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const end = await finished(jobId);

    expect(end).toMatchObject({ state: 'done', weekStart: W, message: null });
    expect(end.cost).not.toBeNull();
    expect(end.planned + end.unplanned).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'planner.progress' && e.jobId === jobId)).toBe(true);
    expect(events).toContainEqual({ type: 'week.changed', weekStart: W });
    expect(await call('planner.status', { jobId })).toMatchObject({ state: 'done', fraction: 1 });

    const now = sessions();
    for (const a of accepted) expect(now.find((s) => s.id === a.id)).toMatchObject({ status: 'accepted', start: a.start });
    expect(now.find((s) => s.id === keep.id)).toMatchObject({ status: 'proposed', pinned: 1, start: keep.start });
    expect(now.filter((s) => s.status === 'proposed' && s.pinned === 0).length).toBeGreaterThan(0);

    // The stored proposal breaks no rule: no violation involves a proposed session, and the
    // week has no violation (childcare seats included) that it did not have before planning.
    const planning = await call('week.planning', { weekStart: W });
    const proposed = new Set(now.filter((s) => s.status === 'proposed').map((s) => s.id));
    expect(proposed.size).toBeGreaterThan(1);
    expect(planning.instance.demands.length - planning.plan.unplanned.length).toBe(end.planned);
    const after = checkPlan(planning.instance, planning.plan).violations;
    expect(after.filter((v) => v.entities.some((e) => proposed.has(e)))).toEqual([]);
    expect(after.filter((v) => !before.has(v.message))).toEqual([]);

    const unplanned = await call('week.unplanned', { weekStart: W });
    expect(unplanned.items).toHaveLength(end.unplanned);
    const stored = unplannedReasons(db, W);
    for (const item of unplanned.items) expect(item.reason).toBe(stored.get(item.demandId)?.reason);
    expect(unplanned.bound).toBe(end.bound);
    expect((await call('history.state', { weekStart: W })).undoLabel).toBe('Voorstel van de planner');
    await call('history.undo', { weekStart: W });
    expect(sessions().filter((s) => s.status === 'proposed' && s.pinned === 0)).toHaveLength(0);
  }, 60_000);

  it('before any run, each unplanned demand says so as a message that reads in English too', async () => {
    const { items } = await call('week.unplanned', { weekStart: W });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.reason).toBe('Nog niet ingepland: de planner heeft deze week nog niet gedraaid.');
      expect(renderMsg(item.msg!, 'en')).toBe('Not planned yet: the planner has not run for this week.');
    }
  });

  it('cancel stops the run early and keeps the best plan so far as the proposal', async () => {
    const { jobId } = await call('planner.start', { weekStart: W, timeLimitSeconds: 60, seed: 1 });
    await new Promise<void>((resolve) => {
      if (events.some((e) => e.type === 'planner.progress')) return resolve();
      waiters.push((e) => e.type === 'planner.progress' && resolve());
    });
    const t0 = Date.now();
    expect(await call('planner.cancel', { jobId })).toEqual({ cancelled: true });
    const end = await finished(jobId);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(end.state).toBe('cancelled');
    expect(end.message).toMatch(/beste plan tot nu toe is opgeslagen/);
    expect(await call('planner.cancel', { jobId })).toEqual({ cancelled: false });
    // What the run found is what the week now holds.
    const proposed = new Set(
      sessions()
        .filter((s) => s.status === 'proposed')
        .map((s) => s.id),
    );
    const planning = await call('week.planning', { weekStart: W });
    expect(planning.instance.demands.length - planning.plan.unplanned.length).toBe(end.planned);
    expect(end.planned).toBeGreaterThan(0);
    expect(checkPlan(planning.instance, planning.plan).violations.filter((v) => v.entities.some((e) => proposed.has(e)))).toEqual([]);
    expect((await call('history.state', { weekStart: W })).undoLabel).toBe('Voorstel van de planner (gestopt)');
  }, 60_000);

  it('runs at most MAX_RUNNING jobs at once; the others wait in order, can be cancelled while waiting, and the queue is bounded', async () => {
    const weeks = Array.from({ length: MAX_RUNNING + 2 }, (_, i) => addDays(W, 7 * i));
    const ids: string[] = [];
    // The first runs take long enough that none ends while the test looks at the queue.
    for (const weekStart of weeks) ids.push((await call('planner.start', { weekStart, timeLimitSeconds: 4, seed: 1 })).jobId);
    const statuses = await Promise.all(ids.map((jobId) => call('planner.status', { jobId })));
    expect(statuses.filter((s) => s.phase === 'wacht op een andere planning').map((s) => s.jobId)).toEqual(ids.slice(MAX_RUNNING));
    expect(events).toContainEqual(expect.objectContaining({ type: 'planner.progress', jobId: ids[MAX_RUNNING], phase: 'wacht op een andere planning' }));
    // The last one is cancelled while it waits: it ends at once, without a plan.
    const last = ids[ids.length - 1]!;
    expect(await call('planner.cancel', { jobId: last })).toEqual({ cancelled: true });
    expect(await finished(last)).toMatchObject({ state: 'cancelled', cost: null, message: 'Gestopt voordat de planning begon.' });
    // Fill the queue to its bound: then one more is refused, with the count in words.
    const more: string[] = [];
    let refused: Awaited<ReturnType<typeof dispatch>> | null = null;
    for (let i = 0; i < MAX_WAITING + MAX_RUNNING + 4 && !refused; i++) {
      const r = await dispatch('planner.start', { weekStart: addDays(W, 7 * (weeks.length + i)), timeLimitSeconds: 0.5 }, anonymousCtx());
      if (r.ok) more.push((r.data as { jobId: string }).jobId);
      else refused = r;
    }
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: `Er wachten al ${MAX_WAITING} planningen. Probeer het opnieuw als er een klaar is.` } });
    const waitingNow = await Promise.all([...ids.slice(0, -1), ...more].map((jobId) => call('planner.status', { jobId })));
    expect(waitingNow.filter((s) => s.phase === 'wacht op een andere planning')).toHaveLength(MAX_WAITING);
    // Everything asked for (but the cancelled one) still gets planned, in order.
    const ends = await Promise.all([...ids.slice(0, -1), ...more].map((jobId) => finished(jobId)));
    expect(ends.every((e) => e.state === 'done')).toBe(true);
  }, 120_000);

  it('unknown jobs and a missing worker give clear errors', async () => {
    expect(await dispatch('planner.status', { jobId: 'x' }, anonymousCtx())).toMatchObject({ ok: false, error: { code: 'not_found', field: 'jobId' } });
    const bare = createDispatch(createServices(db, { version: 't', dataFile: 't', today: () => '2026-11-25' }));
    const r = await bare('planner.start', { weekStart: W }, anonymousCtx());
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!r.ok) expect(r.error.message).toMatch(/niet beschikbaar/);
  });
});
