import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { useProfileStore } from '../profile/profileStore';
import { useSchoolStore, type Capacity } from './schoolStore';

const capacity = (name: string) => ({ school: { id: 'S-1', name }, classes: [], heatmap: [], trialVisitors: [] }) as unknown as Capacity;

describe('school store', () => {
  beforeEach(() => useSchoolStore.setState({ weekStart: null, weeks: 3, data: null, status: 'idle', error: null }));

  it("saves a class setting with only the changed field and hands back the server's answer", async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const seats = useSchoolStore.getState().updateClass('K-1', { trialSeats: 4 });
    const size = useSchoolStore.getState().updateClass('K-2', { capacity: 18 });
    expect(pending.map((p) => [p.name, p.input])).toEqual([
      ['school.updateClass', { classId: 'K-1', trialSeats: 4 }],
      ['school.updateClass', { classId: 'K-2', capacity: 18 }],
    ]);
    pending[0]!.resolve({ class: { id: 'K-1', trialSeats: 4 } });
    pending[1]!.reject(new ApiError({ code: 'invalid_input', message: 'Er zitten al 20 cursisten in deze klas.' }));
    expect(await seats).toEqual({ class: { id: 'K-1', trialSeats: 4 } });
    await expect(size).rejects.toThrow('Er zitten al 20 cursisten in deze klas.');
    // The row shows the outcome and asks for the reload itself.
    expect(pending).toHaveLength(2);
  });

  it('records a trial outcome with the route advice as given', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const attended = useSchoolStore.getState().recordOutcome('B-1', true, 'Z');
    const absent = useSchoolStore.getState().recordOutcome('B-2', false, null);
    expect(pending.map((p) => [p.name, p.input])).toEqual([
      ['trial.recordOutcome', { bookingId: 'B-1', attended: true, routeAdvice: 'Z' }],
      ['trial.recordOutcome', { bookingId: 'B-2', attended: false, routeAdvice: null }],
    ]);
    pending[0]!.resolve({ outcome: { bookingId: 'B-1', attended: true, routeAdvice: 'Z' } });
    pending[1]!.reject(new ApiError({ code: 'forbidden', message: 'Deze proefles is niet van uw school.' }));
    expect(await attended).toEqual({ outcome: { bookingId: 'B-1', attended: true, routeAdvice: 'Z' } });
    await expect(absent).rejects.toThrow('Deze proefles is niet van uw school.');
  });

  it('reloads the shown weeks on pushed data and week changes until the page stops following', async () => {
    const { bridge, pending, emit, listeners } = manualBridge();
    setBridge(bridge);
    void useSchoolStore.getState().load('2026-11-23');
    pending[0]!.resolve(capacity('Taalhuis'));
    await flush();
    const stop = useSchoolStore.getState().followChanges();
    emit({ type: 'planner.finished', jobId: 'j', weekStart: '2026-11-23', state: 'done', cost: 1, bound: null, planned: 1, unplanned: 0, message: null });
    expect(pending).toHaveLength(1);
    emit({ type: 'data.changed', area: 'bookings' });
    emit({ type: 'week.changed', weekStart: '2026-11-30' });
    expect(pending.slice(1).map((p) => [p.name, p.input])).toEqual([
      ['school.capacity', { weekStart: '2026-11-23', weeks: 3 }],
      ['school.capacity', { weekStart: '2026-11-23', weeks: 3 }],
    ]);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('does not fail without a live connection', () => {
    setBridge({
      call: () => new Promise(() => {}),
      subscribe: () => {
        throw new Error('no EventSource');
      },
    });
    const stop = useSchoolStore.getState().followChanges();
    expect(() => stop()).not.toThrow();
  });

  it("shows the server's Dutch message when the capacity cannot be read, and forgets the school on a profile switch", async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    void useSchoolStore.getState().load('2026-11-23');
    pending[0]!.reject(new ApiError({ code: 'forbidden', message: 'Kies eerst een profiel.' }));
    await flush();
    expect(useSchoolStore.getState()).toMatchObject({ status: 'error', error: 'Kies eerst een profiel.' });
    void useSchoolStore.getState().load();
    useProfileStore.setState({ options: { consultants: [], schools: [] } });
    await useProfileStore.getState().switchProfile();
    expect(useSchoolStore.getState()).toMatchObject({ weekStart: null, data: null, status: 'idle', error: null });
    // An answer for the previous profile arriving late stays out.
    pending[1]!.resolve(capacity('Taalhuis'));
    await flush();
    expect(useSchoolStore.getState().data).toBeNull();
  });
});
