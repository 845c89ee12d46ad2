import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiBridge, AppEvent, WeekView } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { tinyInstance, tinyPlan } from '../../../test/fixtures/planning/tiny-week';
import { setBridge } from '../../api/bridge';
import { useErrorStore } from '../../stores/errorStore';
import { handleAppEvent } from '../../stores/events';
import { useWeekEditStore } from './weekEditStore';
import { useWeekStore } from './weekStore';
import { useConflictsStore } from '../conflicts/conflictsStore';

const WEEK = '2026-11-23';

interface Call {
  name: string;
  input: Record<string, unknown>;
}

/** A bridge that answers from a table and records every call. */
function fakeBridge(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  const calls: Call[] = [];
  const bridge: ApiBridge = {
    async call(name, input) {
      calls.push({ name, input: input as Record<string, unknown> });
      const answer = answers[name];
      if (!answer) throw new ApiError({ code: 'unknown_call', message: `Onbekende aanroep ${name}.` });
      return answer(input as Record<string, unknown>);
    },
    subscribe: (_l: (e: AppEvent) => void) => () => {},
  };
  return { bridge, calls, names: () => calls.map((c) => c.name) };
}

const view = (status: 'concept' | 'published'): WeekView => ({ weekStart: WEEK, isoYear: 2026, isoWeek: 48, status, sessions: [] });
const history = { canUndo: true, canRedo: false, undoLabel: 'Sessie verplaatst naar di 10:00', redoLabel: null };

function standardAnswers(status: 'concept' | 'published' = 'concept') {
  return {
    'week.get': () => view(status),
    'week.planning': () => ({ instance: tinyInstance(), plan: tinyPlan(), sessionStatus: {} }),
    'week.resources': () => ({ locations: [], rooms: [], consultants: [], interpreters: [] }),
    'week.layers': () => ({ classSessions: [], intakes: [], childcare: [] }),
    'history.state': () => history,
    'session.update': () => ({ session: {} }),
    'history.undo': () => ({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'Sessie verplaatst naar di 10:00' }),
  };
}

describe('week edit store', () => {
  beforeEach(() => {
    useWeekEditStore.setState({ weekStart: null, planning: null, baseline: [], resources: null, layers: null, saving: false });
    useWeekStore.setState({ weekStart: WEEK, view: view('concept'), loading: false, failed: false, selectedSessionId: null });
    useErrorStore.getState().clear();
  });

  it('loads the planning, resources, layers and history of a week and checks the stored plan', async () => {
    const f = fakeBridge(standardAnswers());
    setBridge(f.bridge);
    await useWeekEditStore.getState().load(WEEK);
    expect(f.names().sort()).toEqual(['history.state', 'week.layers', 'week.planning', 'week.resources']);
    const s = useWeekEditStore.getState();
    expect(s.planning?.plan.sessions).toHaveLength(3);
    expect(s.baseline).toEqual([]);
    expect(s.history.undoLabel).toBe('Sessie verplaatst naar di 10:00');
  });

  it('keeps working when a call is not there yet', async () => {
    const answers: Record<string, (i: Record<string, unknown>) => unknown> = standardAnswers();
    delete answers['week.layers'];
    delete answers['history.state'];
    setBridge(fakeBridge(answers).bridge);
    await useWeekEditStore.getState().load(WEEK);
    const s = useWeekEditStore.getState();
    expect(s.planning).not.toBeNull();
    expect(s.layers).toBeNull();
    expect(s.history.canUndo).toBe(false);
  });

  it('sends a change, then reloads the week and the planning', async () => {
    const f = fakeBridge(standardAnswers());
    setBridge(f.bridge);
    await useWeekEditStore.getState().load(WEEK);
    f.calls.length = 0;
    const result = await useWeekEditStore.getState().update({ sessionId: 'S1', start: '2026-11-24T10:00', end: '2026-11-24T12:00' });
    expect(result).toBe('saved');
    expect(f.calls[0]).toEqual({
      name: 'session.update',
      input: { sessionId: 'S1', start: '2026-11-24T10:00', end: '2026-11-24T12:00', confirmPublished: false },
    });
    expect(f.names()).toContain('week.get');
    expect(f.names()).toContain('week.planning');
  });

  it('sends the version it shows, and on a stale refusal says who changed it and shows the current week', async () => {
    const message = 'fatima (coördinator) heeft deze sessie om 10:42 verplaatst; het scherm toont nu de huidige stand.';
    const answers: Record<string, (i: Record<string, unknown>) => unknown> = standardAnswers();
    answers['session.update'] = () => {
      throw new ApiError({ code: 'stale', message });
    };
    const f = fakeBridge(answers);
    setBridge(f.bridge);
    const shown = { ...view('concept'), sessions: [{ id: 'S1', version: 4 } as WeekView['sessions'][number]] };
    useWeekStore.setState({ view: shown });
    await useWeekEditStore.getState().load(WEEK);
    f.calls.length = 0;
    const result = await useWeekEditStore.getState().update({ sessionId: 'S1', start: '2026-11-24T10:00' });
    expect(result).toBe('failed');
    expect(f.calls[0]).toEqual({ name: 'session.update', input: { sessionId: 'S1', start: '2026-11-24T10:00', expectedVersion: 4, confirmPublished: false } });
    expect(useErrorStore.getState().errors.map((e) => e.message)).toEqual([message]);
    expect(f.names()).toContain('week.get');
    expect(f.names()).toContain('week.planning');
  });

  it('shows the change in the conflicts list at once and loads the week once when the event came first', async () => {
    const answers: Record<string, (i: Record<string, unknown>) => unknown> = standardAnswers();
    // The services push week.changed before they answer, as the HTTP and IPC transports do.
    answers['session.update'] = () => {
      handleAppEvent({ type: 'week.changed', weekStart: WEEK });
      return { session: {} };
    };
    const f = fakeBridge(answers);
    setBridge(f.bridge);
    await useWeekEditStore.getState().load(WEEK);
    useConflictsStore.setState({ weekStart: WEEK, conflicts: [], provisional: false });
    f.calls.length = 0;
    const sent = useWeekEditStore.getState().update({ sessionId: 'S1', start: '2026-11-24T10:00', end: '2026-11-24T12:00' });
    expect(useConflictsStore.getState().provisional).toBe(true);
    expect(await sent).toBe('saved');
    await new Promise((r) => setTimeout(r, 0));
    expect(f.names().filter((n) => n === 'week.get')).toHaveLength(1);
    expect(f.names().filter((n) => n === 'week.planning')).toHaveLength(1);
  });

  it('asks before changing a published week and sends the confirmation along', async () => {
    useWeekStore.setState({ view: view('published') });
    const f = fakeBridge(standardAnswers('published'));
    setBridge(f.bridge);
    await useWeekEditStore.getState().load(WEEK);
    f.calls.length = 0;
    expect(await useWeekEditStore.getState().update({ sessionId: 'S1', roomId: 'R-G2' })).toBe('needsConfirm');
    expect(f.calls).toEqual([]);
    expect(await useWeekEditStore.getState().update({ sessionId: 'S1', roomId: 'R-G2' }, true)).toBe('saved');
    expect(f.calls[0]!.input).toMatchObject({ roomId: 'R-G2', confirmPublished: true });
  });

  it('shows the Dutch error of a refused change and says it failed', async () => {
    const answers: Record<string, (i: Record<string, unknown>) => unknown> = standardAnswers();
    answers['session.update'] = () => {
      throw new ApiError({ code: 'conflict', message: 'Deze sessie bestaat niet meer.' });
    };
    setBridge(fakeBridge(answers).bridge);
    await useWeekEditStore.getState().load(WEEK);
    expect(await useWeekEditStore.getState().update({ sessionId: 'S1', roomId: 'R-G2' })).toBe('failed');
    expect(useErrorStore.getState().errors.map((e) => e.message)).toEqual(['Deze sessie bestaat niet meer.']);
  });

  it('undoes only when there is something to undo and takes the new history', async () => {
    const f = fakeBridge(standardAnswers());
    setBridge(f.bridge);
    await useWeekEditStore.getState().load(WEEK);
    f.calls.length = 0;
    await useWeekEditStore.getState().redo();
    expect(f.calls).toEqual([]);
    await useWeekEditStore.getState().undo();
    expect(f.calls[0]).toEqual({ name: 'history.undo', input: { weekStart: WEEK } });
  });

  it('reloads on week.changed for the week on screen', async () => {
    const f = fakeBridge(standardAnswers());
    setBridge(f.bridge);
    await useWeekEditStore.getState().load(WEEK);
    f.calls.length = 0;
    handleAppEvent({ type: 'week.changed', weekStart: '2026-11-30' });
    expect(f.calls).toEqual([]);
    handleAppEvent({ type: 'week.changed', weekStart: WEEK });
    await new Promise((r) => setTimeout(r, 0));
    expect(f.names()).toContain('week.planning');
    expect(f.names()).toContain('history.state');
  });

  it('cancels a session with its version and reason, confirming a published week, then reloads', async () => {
    const answers: Record<string, (i: Record<string, unknown>) => unknown> = {
      ...standardAnswers('published'),
      'session.cancel': () => ({ weekStart: WEEK, participantCount: 2 }),
    };
    const f = fakeBridge(answers);
    setBridge(f.bridge);
    useWeekStore.setState({ view: { ...view('published'), sessions: [{ id: 'S1', version: 7 } as WeekView['sessions'][number]] } });
    await useWeekEditStore.getState().load(WEEK);
    f.calls.length = 0;
    expect(await useWeekEditStore.getState().cancel('S1', '  Tolk ziek ')).toBe(true);
    expect(f.calls[0]).toEqual({ name: 'session.cancel', input: { sessionId: 'S1', expectedVersion: 7, reason: 'Tolk ziek', confirmPublished: true } });
    expect(f.names()).toContain('week.get');
    expect(useWeekEditStore.getState().saving).toBe(false);

    // A concept week sends no confirmation and an empty reason not at all; a refusal is reported.
    useWeekStore.setState({ view: view('concept') });
    answers['session.cancel'] = () => {
      throw new ApiError({ code: 'not_found', message: 'Deze sessie bestaat niet (meer).' });
    };
    f.calls.length = 0;
    expect(await useWeekEditStore.getState().cancel('S2', ' ')).toBe(false);
    expect(f.calls[0]).toEqual({ name: 'session.cancel', input: { sessionId: 'S2', confirmPublished: false } });
    expect(useErrorStore.getState().errors).toEqual([expect.objectContaining({ source: 'week', message: 'Deze sessie bestaat niet (meer).' })]);
  });

  it('pins through the same edit as a cancel: with the version on screen; a stale refusal reloads the week, then says so', async () => {
    const answers: Record<string, (i: Record<string, unknown>) => unknown> = { ...standardAnswers(), 'session.pin': () => ({ session: {} }) };
    const f = fakeBridge(answers);
    setBridge(f.bridge);
    useWeekStore.setState({ view: { ...view('concept'), sessions: [{ id: 'S1', version: 4 } as WeekView['sessions'][number]] } });
    await useWeekEditStore.getState().load(WEEK);
    f.calls.length = 0;
    expect(await useWeekEditStore.getState().pin('S1', true)).toBe(true);
    expect(f.calls[0]).toEqual({ name: 'session.pin', input: { sessionId: 'S1', pinned: true, expectedVersion: 4 } });
    expect(f.names()).toContain('week.get');

    answers['session.pin'] = () => {
      throw new ApiError({ code: 'stale', message: 'Iemand anders heeft deze sessie net gewijzigd.' });
    };
    f.calls.length = 0;
    expect(await useWeekEditStore.getState().pin('S1', false)).toBe(false);
    expect(f.names().slice(1)).toContain('week.get');
    expect(useWeekEditStore.getState().saving).toBe(false);
    expect(useErrorStore.getState().errors).toEqual([expect.objectContaining({ source: 'week', message: 'Iemand anders heeft deze sessie net gewijzigd.' })]);
  });
});
