// The planner store's side of a published week: what changed after publication, the staff
// calendars as downloads (an .ics, a zip), and publishing again.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { useErrorStore } from '../../stores/errorStore';
import { useWeekStore } from '../week/weekStore';
import { resetPlannerStore, usePlannerStore, type WeekChanges } from './plannerStore';

const saved = vi.hoisted(() => ({ text: [] as [string, string][], bytes: [] as [string, string, string][] }));
vi.mock('./download', () => ({
  downloadText: (filename: string, content: string) => saved.text.push([filename, content]),
  downloadBytes: (filename: string, base64: string, type: string) => saved.bytes.push([filename, base64, type]),
}));

const W = '2026-11-23';
const changes: WeekChanges = { weekStart: W, status: 'changed', publishedAt: '2026-11-20T09:00:00', changes: [], affected: [] };

let b: ReturnType<typeof manualBridge>;

beforeEach(() => {
  b = manualBridge();
  setBridge(b.bridge);
  resetPlannerStore();
  useErrorStore.getState().clear();
  useWeekStore.setState({ weekStart: W });
  saved.text.length = 0;
  saved.bytes.length = 0;
});

describe('a published week in the planner store', () => {
  it('loads what changed after publication for the week shown, and drops an answer for a week left meanwhile', async () => {
    const load = usePlannerStore.getState().loadChanges(W);
    expect(b.pending[0]).toMatchObject({ name: 'week.changes', input: { weekStart: W } });
    b.pending[0]!.resolve(changes);
    await load;
    expect(usePlannerStore.getState().changes).toEqual(changes);

    const late = usePlannerStore.getState().loadChanges('2026-11-30');
    useWeekStore.setState({ weekStart: W });
    b.pending[1]!.resolve({ ...changes, weekStart: '2026-11-30' });
    await late;
    expect(usePlannerStore.getState().changes?.weekStart).toBe(W);
  });

  it('saves a staff calendar and the zip of those affected as downloads, busy while it runs', async () => {
    const ics = usePlannerStore.getState().downloadIcs(W, { kind: 'consultant', id: 'C-1' });
    expect(usePlannerStore.getState().downloading).toBe('ics:consultant:C-1');
    expect(b.pending[0]).toMatchObject({ name: 'export.ics', input: { weekStart: W, person: { kind: 'consultant', id: 'C-1' } } });
    b.pending[0]!.resolve({ filename: 'a.ics', content: 'BEGIN:VCALENDAR' });
    expect(await ics).toBe('a.ics');
    expect(saved.text).toEqual([['a.ics', 'BEGIN:VCALENDAR']]);

    const zip = usePlannerStore.getState().downloadZip(W, 'changed');
    expect(b.pending[1]).toMatchObject({ name: 'export.zip', input: { weekStart: W, scope: 'changed' } });
    b.pending[1]!.resolve({ filename: 'w.zip', base64: 'UEsFBg==', files: [] });
    expect(await zip).toBe('w.zip');
    expect(saved.bytes).toEqual([['w.zip', 'UEsFBg==', 'application/zip']]);
    expect(usePlannerStore.getState().downloading).toBeNull();
  });

  it('reports a refused download in Dutch and saves nothing', async () => {
    const zip = usePlannerStore.getState().downloadZip(W, 'all');
    b.pending[0]!.reject(new ApiError({ code: 'not_found', message: 'Week 48 heeft geen sessies met tolken of consulenten.' }));
    expect(await zip).toBeNull();
    expect(saved.bytes).toEqual([]);
    expect(useErrorStore.getState().errors.map((e) => e.message)).toEqual(['Week 48 heeft geen sessies met tolken of consulenten.']);
  });

  it('publishing a changed week again says so, and forgets the list of changes', async () => {
    usePlannerStore.setState({ changes });
    const publish = usePlannerStore.getState().publish(W);
    expect(b.pending[0]).toMatchObject({ name: 'week.publish', input: { weekStart: W } });
    b.pending[0]!.resolve({ status: 'published' });
    expect(await publish).toBe(true);
    await flush();
    expect(usePlannerStore.getState()).toMatchObject({ notice: { key: 'republished' }, changes: null });
  });
});
