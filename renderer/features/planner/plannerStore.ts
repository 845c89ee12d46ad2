// The planner run of a week as the coordinator sees it: start, live progress from pushed
// events, cancel, the result, and what to do with the proposal it left behind; then the week
// out of the planner: publish (again), what changed after publication and who is affected, a
// person's week as an .ics file and every staff calendar at once as a zip.
import { create } from 'zustand';
import type { AppEvent, CallInput, CallOutput, ProposalCounts } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/domain/week';
import { ApiError } from '../../../shared/api/errors';
import { call } from '../../api/client';
import { useErrorStore } from '../../stores/errorStore';
import { useWeekStore } from '../week/weekStore';
import { useNavStore } from '../../stores/appStore';
import { downloadBytes, downloadText } from './download';
import { useLangStore } from '../../i18n/langStore';

export type PlannerFinished = Extract<AppEvent, { type: 'planner.finished' }>;
export type PlannerProgress = Extract<AppEvent, { type: 'planner.progress' }>;
export type ProposalAction = 'acceptAll' | 'acceptSelected' | 'discard';
export type IcsPerson = CallInput<'export.ics'>['person'];
export type WeekChanges = CallOutput<'week.changes'>;
export type ZipScope = NonNullable<CallInput<'export.zip'>['scope']>;

export interface PlannerState {
  /** idle: nothing running; starting: planner.start sent; running: progress arrives; cancelling: cancel sent. */
  run: 'idle' | 'starting' | 'running' | 'cancelling';
  jobId: string | null;
  /** Week of the running (or last finished) job. */
  weekStart: IsoDate | null;
  fraction: number;
  phase: string;
  cost: number | null;
  /** The last finished job, shown as a summary until dismissed or another week is planned. */
  result: PlannerFinished | null;
  /** A short confirmation of what just happened ("Geaccepteerd: 12 sessies en 3 proeflessen"); `counts` per kind from the service. */
  notice: { key: 'accepted' | 'discarded' | 'published' | 'republished'; count: number; counts?: ProposalCounts } | null;
  /** A week opened to be planned ("Inplannen in week N"): its plan button takes the focus once. */
  planReady: IsoDate | null;
  /** Proposal review: the drawer with a checklist of proposed sessions. */
  drawerOpen: boolean;
  selected: string[];
  busy: boolean;
  /** A proposal decision refused because the week is published, waiting for "yes, change it". */
  pendingConfirm: { action: ProposalAction; weekStart: IsoDate } | null;
  /** What changed after publication and who is affected, for the week last asked about. */
  changes: WeekChanges | null;
  /** A download being prepared: 'zip:all', 'zip:changed' or 'ics:<kind>:<id>'. */
  downloading: string | null;

  start(weekStart: IsoDate, timeLimitSeconds?: number): Promise<void>;
  /** Opens the week in the coordinator's week screen with the planner ready to run on it. */
  openToPlan(weekStart: IsoDate): Promise<void>;
  planFocused(): void;
  cancel(): Promise<void>;
  handleEvent(event: AppEvent): void;
  dismissResult(): void;
  dismissNotice(): void;
  openDrawer(proposedIds: string[]): void;
  closeDrawer(): void;
  toggle(sessionId: string): void;
  setSelected(ids: string[]): void;
  acceptAll(weekStart: IsoDate, confirmPublished?: boolean): Promise<void>;
  acceptSelected(weekStart: IsoDate, confirmPublished?: boolean): Promise<void>;
  discard(weekStart: IsoDate, confirmPublished?: boolean): Promise<void>;
  confirmPending(): Promise<void>;
  cancelPending(): void;
  /** Publishes the week, or publishes it again after changes (the notice says which). */
  publish(weekStart: IsoDate): Promise<boolean>;
  /** The beheerder ends a planning lock someone left behind (team server). */
  releaseLock(weekStart: IsoDate): Promise<void>;
  /** Loads what changed after publication; an error is reported and leaves the last answer. */
  loadChanges(weekStart: IsoDate): Promise<void>;
  /** Saves a staff member's calendar of the week as an .ics file; answers its name, or null after a reported error. */
  downloadIcs(weekStart: IsoDate, person: IcsPerson): Promise<string | null>;
  /** Saves every staff calendar of the week ('changed': of those a change affects) as one zip; answers its name or null. */
  downloadZip(weekStart: IsoDate, scope: ZipScope): Promise<string | null>;
  /** The week's people to choose from for an .ics export; throws the server's error. */
  weekResources(weekStart: IsoDate): Promise<CallOutput<'week.resources'>>;
  /** One person's week as calendar text; the screen saves it as a file. Throws the server's error. */
  exportIcs(weekStart: IsoDate, person: IcsPerson): Promise<CallOutput<'export.ics'>>;
}

const initial = {
  run: 'idle' as const,
  jobId: null,
  weekStart: null,
  fraction: 0,
  phase: '',
  cost: null,
  result: null,
  notice: null,
  drawerOpen: false,
  selected: [] as string[],
  busy: false,
  pendingConfirm: null,
  changes: null,
  downloading: null,
  planReady: null,
};

function reloadWeek(weekStart: IsoDate): void {
  // The server also pushes week.changed; reloading here keeps the screen right without events.
  const week = useWeekStore.getState();
  if (week.weekStart === weekStart) void week.reload();
}

export const usePlannerStore = create<PlannerState>()((set, get) => ({
  ...initial,

  async openToPlan(weekStart) {
    set({ planReady: weekStart });
    useNavStore.getState().setSection('week');
    await useWeekStore.getState().goTo(weekStart);
  },
  planFocused() {
    set({ planReady: null });
  },

  async start(weekStart, timeLimitSeconds) {
    if (get().run !== 'idle') return;
    set({ run: 'starting', jobId: null, weekStart, fraction: 0, phase: 'start', cost: null, result: null, notice: null, drawerOpen: false });
    try {
      const { jobId } = await call('planner.start', { weekStart, ...(timeLimitSeconds ? { timeLimitSeconds } : {}) });
      const s = get();
      // The finished event may beat the answer to planner.start on a tiny week.
      if (s.result?.jobId === jobId) return;
      if (s.run === 'starting' || s.run === 'running') set({ jobId, run: 'running' });
      else if (s.run === 'cancelling') {
        set({ jobId });
        await call('planner.cancel', { jobId });
      }
    } catch (err) {
      useErrorStore.getState().report(err, 'week');
      set({ run: 'idle', jobId: null });
    }
  },

  async cancel() {
    const { run, jobId } = get();
    if (run !== 'running' && run !== 'starting') return;
    set({ run: 'cancelling' });
    // Without a job id yet, start() sends the cancel as soon as it has one.
    if (!jobId) return;
    try {
      await call('planner.cancel', { jobId });
    } catch (err) {
      useErrorStore.getState().report(err, 'week');
    }
  },

  handleEvent(event) {
    const s = get();
    if (event.type === 'planner.progress') {
      // While idle any run is followed (one started in another window shows here too);
      // while we run, only our own job moves the bar.
      const ours = s.run === 'idle' ? true : s.jobId ? event.jobId === s.jobId : event.weekStart === s.weekStart;
      if (!ours || s.result?.jobId === event.jobId) return;
      set({
        // A job started elsewhere (another window) is followed too.
        run: s.run === 'cancelling' ? 'cancelling' : 'running',
        jobId: event.jobId,
        weekStart: event.weekStart,
        fraction: Math.max(0, Math.min(1, event.fraction)),
        phase: event.phase,
        cost: event.cost ?? s.cost,
      });
      return;
    }
    if (event.type === 'planner.finished') {
      const ours = s.jobId ? event.jobId === s.jobId : event.weekStart === s.weekStart || s.run === 'idle';
      if (!ours) return;
      set({ run: 'idle', jobId: event.jobId, weekStart: event.weekStart, fraction: 1, result: event });
      reloadWeek(event.weekStart);
    }
  },

  dismissResult() {
    set({ result: null });
  },
  dismissNotice() {
    set({ notice: null });
  },

  openDrawer(proposedIds) {
    set({ drawerOpen: true, selected: proposedIds });
  },
  closeDrawer() {
    set({ drawerOpen: false });
  },
  toggle(sessionId) {
    set((s) => ({ selected: s.selected.includes(sessionId) ? s.selected.filter((id) => id !== sessionId) : [...s.selected, sessionId] }));
  },
  setSelected(ids) {
    set({ selected: ids });
  },

  async acceptAll(weekStart, confirmPublished = false) {
    await proposalCall(set, weekStart, 'acceptAll', confirmPublished, async () => {
      const r = await call('proposal.accept', { weekStart, confirmPublished });
      return { key: 'accepted', count: r.accepted, counts: r.counts };
    });
  },
  async acceptSelected(weekStart, confirmPublished = false) {
    const sessionIds = get().selected;
    if (sessionIds.length === 0) return;
    await proposalCall(set, weekStart, 'acceptSelected', confirmPublished, async () => {
      const r = await call('proposal.accept', { weekStart, sessionIds, confirmPublished });
      return { key: 'accepted', count: r.accepted, counts: r.counts };
    });
  },
  async discard(weekStart, confirmPublished = false) {
    await proposalCall(set, weekStart, 'discard', confirmPublished, async () => {
      const r = await call('proposal.discard', { weekStart, confirmPublished });
      return { key: 'discarded', count: r.discarded, counts: r.counts };
    });
  },
  async confirmPending() {
    const p = get().pendingConfirm;
    if (!p) return;
    await get()[p.action](p.weekStart, true);
  },
  cancelPending() {
    set({ pendingConfirm: null });
  },

  async releaseLock(weekStart) {
    try {
      await call('planner.releaseLock', { weekStart });
      reloadWeek(weekStart);
    } catch (err) {
      useErrorStore.getState().report(err, 'week');
    }
  },

  async publish(weekStart) {
    set({ busy: true });
    const again = get().changes?.weekStart === weekStart && get().changes?.status === 'changed';
    try {
      await call('week.publish', { weekStart });
      set({ busy: false, notice: { key: again ? 'republished' : 'published', count: 0 }, changes: null });
      reloadWeek(weekStart);
      return true;
    } catch (err) {
      useErrorStore.getState().report(err, 'week');
      set({ busy: false });
      return false;
    }
  },

  async loadChanges(weekStart) {
    try {
      const changes = await call('week.changes', { weekStart });
      // An answer for a week we left no longer matters.
      const shown = useWeekStore.getState().weekStart;
      if (shown === null || shown === weekStart) set({ changes });
    } catch (err) {
      useErrorStore.getState().report(err, 'week');
    }
  },

  async downloadIcs(weekStart, person) {
    return download(set, `ics:${person.kind}:${person.id}`, async () => {
      const out = await call('export.ics', { weekStart, person, lang: useLangStore.getState().lang });
      downloadText(out.filename, out.content);
      return out.filename;
    });
  },

  async downloadZip(weekStart, scope) {
    return download(set, `zip:${scope}`, async () => {
      const out = await call('export.zip', { weekStart, scope, lang: useLangStore.getState().lang });
      downloadBytes(out.filename, out.base64, 'application/zip');
      return out.filename;
    });
  },

  weekResources: (weekStart) => call('week.resources', { weekStart }),
  exportIcs: (weekStart, person) => call('export.ics', { weekStart, person, lang: useLangStore.getState().lang }),
}));

async function download(set: Setter, what: string, run: () => Promise<string>): Promise<string | null> {
  set({ downloading: what });
  try {
    return await run();
  } catch (err) {
    useErrorStore.getState().report(err, 'week');
    return null;
  } finally {
    set({ downloading: null });
  }
}

type Setter = (partial: Partial<PlannerState>) => void;

async function proposalCall(set: Setter, weekStart: IsoDate, action: ProposalAction, confirmed: boolean, run: () => Promise<NonNullable<PlannerState['notice']>>): Promise<void> {
  set({ busy: true });
  try {
    const notice = await run();
    set({ busy: false, notice, drawerOpen: false, selected: [], result: null, pendingConfirm: null });
    reloadWeek(weekStart);
  } catch (err) {
    // A published week answers `conflict`: the coordinator confirms, then we send it again.
    if (err instanceof ApiError && err.code === 'conflict' && !confirmed) {
      set({ busy: false, pendingConfirm: { action, weekStart } });
      return;
    }
    useErrorStore.getState().report(err, 'week');
    set({ busy: false, pendingConfirm: null });
  }
}

/** Test helper: back to a fresh store. */
export function resetPlannerStore(): void {
  usePlannerStore.setState({ ...initial });
}
