import { beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { useErrorStore } from '../../stores/errorStore';
import { handlePlannerEvent } from './plannerEvents';
import { resetPlannerStore, usePlannerStore } from './plannerStore';
import { useNavStore } from '../../stores/appStore';

const W = '2026-11-23';

const progress = (jobId: string, fraction: number, phase = 'verbeteren', cost?: number): AppEvent => ({
  type: 'planner.progress',
  jobId,
  weekStart: W,
  fraction,
  phase,
  ...(cost === undefined ? {} : { cost }),
});
const finished = (jobId: string, state: 'done' | 'cancelled' | 'failed' = 'done'): AppEvent => ({
  type: 'planner.finished',
  jobId,
  weekStart: W,
  state,
  cost: 120,
  bound: 100,
  planned: 14,
  unplanned: 3,
  message: null,
});

let b: ReturnType<typeof manualBridge>;

beforeEach(() => {
  b = manualBridge();
  setBridge(b.bridge);
  resetPlannerStore();
  useErrorStore.getState().clear();
});

describe('planning store', () => {
  it('"Inplannen in week N" opens that week in the week screen with the planner ready', async () => {
    useNavStore.setState({ section: 'unplanned' });
    const open = usePlannerStore.getState().openToPlan('2026-11-30');
    expect(useNavStore.getState().section).toBe('week');
    expect(usePlannerStore.getState().planReady).toBe('2026-11-30');
    expect(b.pending[0]).toMatchObject({ name: 'week.get', input: { weekStart: '2026-11-30' } });
    b.pending[0].resolve({ weekStart: '2026-11-30', isoYear: 2026, isoWeek: 49, status: 'concept', sessions: [] });
    await open;
    usePlannerStore.getState().planFocused();
    expect(usePlannerStore.getState().planReady).toBeNull();
  });

  it('starts the planner for the week and follows its progress to the result', async () => {
    const run = usePlannerStore.getState().start(W, 5);
    expect(usePlannerStore.getState().run).toBe('starting');
    expect(b.pending[0]).toMatchObject({ name: 'planner.start', input: { weekStart: W, timeLimitSeconds: 5 } });
    b.pending[0].resolve({ jobId: 'job-1' });
    await run;
    expect(usePlannerStore.getState()).toMatchObject({ run: 'running', jobId: 'job-1' });

    handlePlannerEvent(progress('job-1', 0.4, 'verbeteren', 130));
    expect(usePlannerStore.getState()).toMatchObject({ fraction: 0.4, phase: 'verbeteren', cost: 130 });
    // Progress of another job (another week, another window) does not move our bar.
    handlePlannerEvent(progress('job-other', 0.9));
    expect(usePlannerStore.getState().fraction).toBe(0.4);

    handlePlannerEvent(finished('job-1'));
    const s = usePlannerStore.getState();
    expect(s.run).toBe('idle');
    expect(s.result).toMatchObject({ state: 'done', planned: 14, unplanned: 3, cost: 120, bound: 100 });
  });

  it('keeps the result when the finished event beats the answer to planner.start', async () => {
    const run = usePlannerStore.getState().start(W);
    handlePlannerEvent(progress('job-2', 0.5));
    handlePlannerEvent(finished('job-2'));
    b.pending[0].resolve({ jobId: 'job-2' });
    await run;
    expect(usePlannerStore.getState()).toMatchObject({ run: 'idle', result: { jobId: 'job-2' } });
  });

  it('cancels as soon as the job id is known when cancel comes first', async () => {
    const run = usePlannerStore.getState().start(W);
    await usePlannerStore.getState().cancel();
    expect(usePlannerStore.getState().run).toBe('cancelling');
    expect(b.pending).toHaveLength(1);
    b.pending[0].resolve({ jobId: 'job-3' });
    await flush();
    expect(b.pending[1]).toMatchObject({ name: 'planner.cancel', input: { jobId: 'job-3' } });
    b.pending[1].resolve({ cancelled: true });
    await run;
    handlePlannerEvent(finished('job-3', 'cancelled'));
    expect(usePlannerStore.getState()).toMatchObject({ run: 'idle', result: { state: 'cancelled' } });
  });

  it('reports a refused start and returns to idle', async () => {
    const run = usePlannerStore.getState().start(W);
    b.pending[0].reject(new ApiError({ code: 'conflict', message: 'De planner draait al voor deze week.' }));
    await run;
    expect(usePlannerStore.getState().run).toBe('idle');
    expect(useErrorStore.getState().errors.map((e) => e.message)).toEqual(['De planner draait al voor deze week.']);
  });

  it('accepts only the selected proposed sessions', async () => {
    const st = usePlannerStore.getState();
    st.openDrawer(['s1', 's2', 's3']);
    usePlannerStore.getState().toggle('s2');
    const run = usePlannerStore.getState().acceptSelected(W);
    expect(b.pending[0]).toMatchObject({ name: 'proposal.accept', input: { weekStart: W, sessionIds: ['s1', 's3'] } });
    b.pending[0].resolve({ accepted: 2 });
    await run;
    expect(usePlannerStore.getState()).toMatchObject({ notice: { key: 'accepted', count: 2 }, drawerOpen: false, selected: [] });
  });

  it('accepts all without a list, discards, and publishes', async () => {
    let run = usePlannerStore.getState().acceptAll(W);
    expect(b.pending[0].input).toEqual({ weekStart: W, confirmPublished: false });
    b.pending[0].resolve({ accepted: 6 });
    await run;
    run = usePlannerStore.getState().discard(W);
    expect(b.pending[1]).toMatchObject({ name: 'proposal.discard', input: { weekStart: W, confirmPublished: false } });
    b.pending[1].resolve({ discarded: 4 });
    await run;
    expect(usePlannerStore.getState().notice).toEqual({ key: 'discarded', count: 4 });
    const pub = usePlannerStore.getState().publish(W);
    expect(b.pending[2]).toMatchObject({ name: 'week.publish', input: { weekStart: W } });
    b.pending[2].resolve({ status: 'published' });
    expect(await pub).toBe(true);
  });

  it('asks before changing a published week and resends the same selection confirmed', async () => {
    usePlannerStore.getState().openDrawer(['s1', 's2']);
    const first = usePlannerStore.getState().acceptSelected(W);
    b.pending[0].reject(new ApiError({ code: 'conflict', message: 'Week 48 is al gepubliceerd.' }));
    await first;
    expect(usePlannerStore.getState().pendingConfirm).toEqual({ action: 'acceptSelected', weekStart: W });
    expect(useErrorStore.getState().errors).toEqual([]);

    const second = usePlannerStore.getState().confirmPending();
    expect(b.pending[1]).toMatchObject({ name: 'proposal.accept', input: { weekStart: W, sessionIds: ['s1', 's2'], confirmPublished: true } });
    b.pending[1].resolve({ accepted: 2 });
    await second;
    expect(usePlannerStore.getState()).toMatchObject({ pendingConfirm: null, notice: { key: 'accepted', count: 2 } });
  });

  it('does not ask twice: a refusal of a confirmed call is reported', async () => {
    const run = usePlannerStore.getState().discard(W, true);
    b.pending[0].reject(new ApiError({ code: 'conflict', message: 'Nog steeds geweigerd.' }));
    await run;
    expect(usePlannerStore.getState().pendingConfirm).toBeNull();
    expect(useErrorStore.getState().errors.map((e) => e.message)).toEqual(['Nog steeds geweigerd.']);
  });

  it('follows a run started elsewhere while idle, also after an earlier run of its own', async () => {
    const run = usePlannerStore.getState().start(W);
    b.pending[0].resolve({ jobId: 'mine' });
    await run;
    handlePlannerEvent(finished('mine'));
    handlePlannerEvent({ ...progress('theirs', 0.3), weekStart: '2026-11-30' } as AppEvent);
    expect(usePlannerStore.getState()).toMatchObject({ run: 'running', jobId: 'theirs', weekStart: '2026-11-30', fraction: 0.3 });
    // A late progress event of the finished run does not bring its bar back.
    handlePlannerEvent(finished('theirs'));
    handlePlannerEvent(progress('theirs', 0.9));
    expect(usePlannerStore.getState().run).toBe('idle');
  });

  it("reads the week's people and one person's .ics for the export, leaving the planner as it was", async () => {
    const people = usePlannerStore.getState().weekResources(W);
    const ics = usePlannerStore.getState().exportIcs(W, { kind: 'interpreter', id: 'T-1' });
    expect(b.pending.map((p) => [p.name, p.input])).toEqual([
      ['week.resources', { weekStart: W }],
      // The entries' text in the reader's language (Dutch unless switched).
      ['export.ics', { weekStart: W, person: { kind: 'interpreter', id: 'T-1' }, lang: 'nl' }],
    ]);
    b.pending[0].resolve({ rooms: [], interpreters: [{ id: 'T-1', name: 'Samira' }], consultants: [] });
    b.pending[1].resolve({ filename: 'week-48-samira.ics', content: 'BEGIN:VCALENDAR' });
    expect(await people).toMatchObject({ interpreters: [{ id: 'T-1', name: 'Samira' }] });
    // The file's text comes back to the screen, which saves it as a download.
    expect(await ics).toEqual({ filename: 'week-48-samira.ics', content: 'BEGIN:VCALENDAR' });
    expect(usePlannerStore.getState()).toMatchObject({ run: 'idle', busy: false, notice: null });
  });

  it("passes a refused export's Dutch message on to the screen, which reports it", async () => {
    const ics = usePlannerStore.getState().exportIcs(W, { kind: 'consultant', id: 'C-9' });
    b.pending[0].reject(new ApiError({ code: 'not_found', message: 'Deze consulent bestaat niet (meer).' }));
    await expect(ics).rejects.toThrow('Deze consulent bestaat niet (meer).');
    expect(useErrorStore.getState().errors).toEqual([]);
  });
});
