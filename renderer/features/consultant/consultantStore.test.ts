import { beforeEach, describe, expect, it } from 'vitest';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { ApiError } from '../../../shared/api/errors';
import { useConsultantStore } from './consultantStore';
import { useProfileStore } from '../profile/profileStore';

const answer = (name: string) => ({ weekStart: '2026-11-23', items: [{ participant: { id: name, name } }] });

describe('consultant store', () => {
  beforeEach(() => useConsultantStore.setState({ items: [], urgency: 'all', step: null, status: 'idle', error: null }));

  it('sends the filters and keeps the answer to the newest one when answers cross', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    useConsultantStore.getState().setUrgency('urgent');
    useConsultantStore.getState().setStep('toets');
    expect(pending.map((p) => p.input)).toEqual([{ urgency: 'urgent' }, { urgency: 'urgent', step: 'toets' }]);
    pending[1]!.resolve(answer('newest'));
    await flush();
    pending[0]!.resolve(answer('older'));
    await flush();
    expect(useConsultantStore.getState().items.map((i) => i.participant.id)).toEqual(['newest']);
    expect(useConsultantStore.getState().status).toBe('ready');
  });

  it("shows the server's Dutch message when the caseload cannot be read", async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    void useConsultantStore.getState().load();
    pending[0]!.reject(new ApiError({ code: 'forbidden', message: 'Kies eerst een profiel.' }));
    await flush();
    expect(useConsultantStore.getState()).toMatchObject({ status: 'error', error: 'Kies eerst een profiel.' });
  });

  it('forgets the caseload, the open client and the filters when the user switches profile', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    useConsultantStore.getState().setStep('toets');
    pending[0]!.resolve(answer('P-1'));
    await flush();
    useConsultantStore.getState().select('P-1');
    void useConsultantStore.getState().load();
    useProfileStore.setState({ options: { consultants: [], schools: [] } });
    await useProfileStore.getState().switchProfile();
    expect(useConsultantStore.getState()).toMatchObject({ items: [], step: null, selectedId: null, status: 'idle' });
    // The answer to the request made before the switch must not bring the old caseload back.
    pending[1]!.resolve(answer('P-1'));
    await flush();
    expect(useConsultantStore.getState().items).toEqual([]);
  });

  it("sends each client section's call with its inputs and hands back the server's answer", async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const s = useConsultantStore.getState();
    const lessons = [{ classId: 'K-1', start: '2026-11-24T09:00', childcare: [{ childId: 'C-1', providerId: 'O-1', slotStart: '2026-11-24T08:30' }] }];
    const answers = [
      s.toetsSlots('P-1', '2026-11-23'),
      s.bookToets('P-1', 'S-1'),
      s.cancelToets('P-1'),
      s.requestToetsSlot('P-1', '2026-11-30'),
      s.toetsRooms('2026-11-23'),
      s.openToetsSlot('R-1', '2026-11-27T09:00'),
      s.trialOptions('P-1', '2026-11-23'),
      s.bookTrial('P-1', lessons),
      s.cancelTrial('B-1'),
      s.startklasOptions('P-1'),
      s.registerStartklas('P-1'),
      s.registerStartklas('P-1', 'Oma past op', { intakeId: 'I-1', date: '2026-11-25' }),
      s.cancelStartklas('P-1'),
      s.enlistGroupInfo('P-1'),
      s.setPipDate('P-1', '2026-11-02'),
      s.setPipDate('P-1', null),
    ];
    expect(pending.map((p) => [p.name, p.input])).toEqual([
      ['toets.slots', { participantId: 'P-1', weekStart: '2026-11-23' }],
      ['toets.book', { participantId: 'P-1', sessionId: 'S-1' }],
      ['toets.cancel', { participantId: 'P-1' }],
      // No note: a service's Dutch sentence would reach an English reader as it was.
      ['toets.requestSlot', { participantId: 'P-1', weekStart: '2026-11-30' }],
      ['toets.rooms', { weekStart: '2026-11-23' }],
      ['toets.openSlot', { roomId: 'R-1', start: '2026-11-27T09:00' }],
      ['trial.options', { participantId: 'P-1', weekStart: '2026-11-23' }],
      ['trial.book', { participantId: 'P-1', lessons }],
      ['trial.cancel', { bookingId: 'B-1' }],
      ['startklas.options', { participantId: 'P-1' }],
      ['startklas.register', { participantId: 'P-1' }],
      ['startklas.register', { participantId: 'P-1', intakeId: 'I-1', date: '2026-11-25', override: { reason: 'Oma past op' } }],
      ['startklas.cancel', { participantId: 'P-1' }],
      ['groupInfo.enlist', { participantId: 'P-1' }],
      ['pip.set', { participantId: 'P-1', pipDate: '2026-11-02' }],
      ['pip.set', { participantId: 'P-1', pipDate: null }],
    ]);
    pending.forEach((p, i) => p.resolve({ answer: i }));
    expect(await Promise.all(answers)).toEqual(answers.map((_, i) => ({ answer: i })));
    // The caseload is not touched: the section reloads it itself once it has shown the answer.
    expect(useConsultantStore.getState()).toMatchObject({ items: [], status: 'idle' });
  });

  it("passes a refused booking's Dutch message on to the section that asked", async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const booking = useConsultantStore.getState().bookToets('P-1', 'S-1');
    pending[0]!.reject(new ApiError({ code: 'conflict', message: 'Dit moment is inmiddels vol.' }));
    await expect(booking).rejects.toThrow('Dit moment is inmiddels vol.');
    expect(useConsultantStore.getState()).toMatchObject({ status: 'idle', error: null });
  });

  it('reloads the caseload on pushed data and week changes until the page stops following', async () => {
    const { bridge, pending, emit, listeners } = manualBridge();
    setBridge(bridge);
    const stop = useConsultantStore.getState().followChanges();
    emit({ type: 'planner.progress', jobId: 'j', weekStart: '2026-11-23', fraction: 0.5, phase: 'verbeteren' });
    expect(pending).toHaveLength(0);
    emit({ type: 'data.changed', area: 'bookings' });
    emit({ type: 'week.changed', weekStart: '2026-11-23' });
    expect(pending.map((p) => p.name)).toEqual(['consultant.caseload', 'consultant.caseload']);
    stop();
    expect(listeners.size).toBe(0);
    emit({ type: 'data.changed', area: 'bookings' });
    expect(pending).toHaveLength(2);
  });

  it('does not fail without a live connection', () => {
    setBridge({
      call: () => new Promise(() => {}),
      subscribe: () => {
        throw new Error('no EventSource');
      },
    });
    const stop = useConsultantStore.getState().followChanges();
    expect(() => stop()).not.toThrow();
  });
});
