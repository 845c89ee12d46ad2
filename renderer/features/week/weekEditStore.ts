// The editable side of the week on screen: the SPEC instance and plan (so the renderer can
// check a change before it is sent), the resources to choose from, the layers, and the
// undo/redo history. Changes go to the services; the store then reloads what they touched.
import { create } from 'zustand';
import type { CallOutput, SessionChange, WeekLayers, WeekPlanning, WeekResources } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { checkPlan, type Violation } from '../../../shared/planner/check';
import { call } from '../../api/client';
import { useErrorStore } from '../../stores/errorStore';
import { useWeekStore } from './weekStore';
import { useConflictsStore } from '../conflicts/conflictsStore';
import { weekEventsSeen } from '../../stores/weekEvents';
import { previewChange } from './preview';

type History = CallOutput<'history.state'>;

const NO_HISTORY: History = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export type SaveResult = 'saved' | 'failed' | 'needsConfirm';

interface WeekEditState {
  weekStart: string | null;
  planning: WeekPlanning | null;
  /** Violations of the stored plan: a drag shows only what it adds to these. */
  baseline: Violation[];
  resources: WeekResources | null;
  layers: WeekLayers | null;
  history: History;
  saving: boolean;
  load(weekStart: string): Promise<void>;
  reload(): Promise<void>;
  refreshHistory(): Promise<void>;
  /** Sends a change; a published week answers 'needsConfirm' until `confirmPublished` is set. */
  update(change: SessionChange, confirmPublished?: boolean): Promise<SaveResult>;
  pin(sessionId: string, pinned: boolean): Promise<boolean>;
  /**
   * Cancels one session; the question the person answered names the published week, so a
   * published week's confirmation is sent along. True when it is cancelled.
   */
  cancel(sessionId: string, reason: string): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

let seq = 0;

function isPublished(): boolean {
  const v = useWeekStore.getState().view;
  // Changed after publication is still published: a change asks for confirmation too.
  return v?.status === 'published' || v?.status === 'changed';
}

/** Each part loads on its own: a call the services do not know yet leaves only that part empty. */
async function attempt<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch {
    return null;
  }
}

export const useWeekEditStore = create<WeekEditState>()((set, get) => ({
  weekStart: null,
  planning: null,
  baseline: [],
  resources: null,
  layers: null,
  history: NO_HISTORY,
  saving: false,

  async load(weekStart) {
    const mine = ++seq;
    if (get().weekStart !== weekStart) set({ weekStart, planning: null, baseline: [], layers: null, history: NO_HISTORY });
    const [planning, resources, layers, history] = await Promise.all([
      attempt(call('week.planning', { weekStart })),
      attempt(call('week.resources', { weekStart })),
      attempt(call('week.layers', { weekStart })),
      attempt(call('history.state', { weekStart })),
    ]);
    if (mine !== seq) return;
    // The first check builds the instance index; doing it now keeps the first drag fast.
    const baseline = planning ? checkPlan(planning.instance, planning.plan).violations : [];
    set({
      planning,
      baseline,
      resources: resources ?? get().resources,
      layers,
      history: history ?? NO_HISTORY,
    });
  },

  async reload() {
    const w = get().weekStart;
    if (w) await get().load(w);
  },

  async refreshHistory() {
    const w = get().weekStart;
    if (!w) return;
    const history = await attempt(call('history.state', { weekStart: w }));
    if (history && get().weekStart === w) set({ history });
  },

  async update(change, confirmPublished = false) {
    if (isPublished() && !confirmPublished) return 'needsConfirm';
    set({ saving: true });
    showLocally(change);
    const seen = weekEventsSeen();
    try {
      // The version this screen shows goes along: a change made on an outdated screen is refused ('stale').
      await call('session.update', { ...withVersion(change), confirmPublished });
      useErrorStore.getState().resolved('week');
      await afterChange(seen);
      return 'saved';
    } catch (err) {
      // Someone else changed the session meanwhile: say who and when, and show the week as it is now.
      // (Reported after the reload, which clears the week's earlier messages.)
      if (err instanceof ApiError && err.code === 'stale') {
        await afterChange();
        useErrorStore.getState().report(err, 'week');
        return 'failed';
      }
      // The list showed the change already: back to what the services hold.
      const w = get().weekStart;
      if (w) void useConflictsStore.getState().load(w);
      // The services know better than our copy of the week status.
      if (err instanceof ApiError && err.code === 'conflict' && (err.msg?.code === 'weekEdit.published' || /publi/i.test(err.message)) && !confirmPublished) return 'needsConfirm';
      useErrorStore.getState().report(err, 'week');
      return 'failed';
    } finally {
      set({ saving: false });
    }
  },

  pin(sessionId, pinned) {
    return edit(() => call('session.pin', withVersion({ sessionId, pinned })));
  },

  cancel(sessionId, reason) {
    const trimmed = reason.trim();
    return edit(() => call('session.cancel', { ...withVersion({ sessionId }), ...(trimmed ? { reason: trimmed } : {}), confirmPublished: isPublished() }));
  },

  async undo() {
    await step('history.undo');
  },
  async redo() {
    await step('history.redo');
  },
}));

/**
 * One edit of a session besides update (pin, cancel): sent with the version on screen, then the
 * week reloads. A refusal is reported; a stale one (someone else changed the session meanwhile)
 * first shows the week as it is now. True when it was applied.
 */
async function edit(send: () => Promise<unknown>): Promise<boolean> {
  useWeekEditStore.setState({ saving: true });
  try {
    await send();
    useErrorStore.getState().resolved('week');
    await afterChange();
    return true;
  } catch (err) {
    if (err instanceof ApiError && err.code === 'stale') await afterChange();
    useErrorStore.getState().report(err, 'week');
    return false;
  } finally {
    useWeekEditStore.setState({ saving: false });
  }
}

/**
 * A change with the version of the session it was made on: the one a form kept when the person
 * began, else the one this screen shows now (none when the session is not on screen).
 */
function withVersion<T extends { sessionId: string; expectedVersion?: number }>(change: T): T {
  if (change.expectedVersion !== undefined) return change;
  const version = useWeekStore.getState().view?.sessions.find((s) => s.id === change.sessionId)?.version;
  return version === undefined ? change : { ...change, expectedVersion: version };
}

/**
 * Reloads what a change touched. The services push week.changed before they answer, and that
 * event already reloads the week (stores/events.ts): when it came while the change was on its
 * way, loading again would only fetch the same week twice.
 */
async function afterChange(seen = -1): Promise<void> {
  if (seen >= 0 && weekEventsSeen() > seen) return;
  await Promise.all([useWeekStore.getState().reload(), useWeekEditStore.getState().reload()]);
}

/** The renderer's own check of a change, shown in the conflicts list until the services answer. */
function showLocally(change: SessionChange): void {
  const { weekStart, planning, baseline } = useWeekEditStore.getState();
  if (!weekStart || !planning) return;
  const session = planning.plan.sessions.find((x) => x.id === change.sessionId);
  if (!session) return;
  const p = previewChange(planning.instance, planning.plan, baseline, change);
  useConflictsStore.getState().showLocalChange(weekStart, {
    introduced: p.introduced,
    resolved: p.resolved,
    sessionId: change.sessionId,
    start: change.start ?? session.start,
    end: change.end ?? session.end,
  });
}

async function step(name: 'history.undo' | 'history.redo'): Promise<void> {
  const { weekStart, history } = useWeekEditStore.getState();
  if (!weekStart) return;
  if (name === 'history.undo' ? !history.canUndo : !history.canRedo) return;
  try {
    const next = await call(name, { weekStart });
    useWeekEditStore.setState({ history: next });
    await afterChange();
  } catch (err) {
    useErrorStore.getState().report(err, 'week');
  }
}
