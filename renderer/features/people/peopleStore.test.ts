import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiBridge, ParticipantDetail } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { flush, manualBridge } from '../../api/manualBridge';
import { openPersonPage, usePeopleStore } from './peopleStore';
import { useNavStore } from '../../stores/appStore';
import { useParticipantsStore } from '../participants/participantsStore';

const step = (demandId: string, status: 'open' | 'planned' | 'done' = 'open') => ({
  demandId,
  kind: 'toets',
  label: demandId,
  school: null,
  status,
  earliestDate: null,
  dueDate: null,
  booking: null,
});
const detail = (id: string, steps = [step('a'), step('b'), step('c'), step('d', 'done')]) => ({ person: { id, name: id }, steps }) as unknown as ParticipantDetail;

/** A server that answers every call at once and records them. */
function server(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const bridge: ApiBridge = {
    async call(name, input) {
      calls.push({ name, input: input as Record<string, unknown> });
      const answer = answers[name];
      if (!answer) throw new Error(`onverwachte aanroep ${name}`);
      return answer(input as Record<string, unknown>) as never;
    },
    subscribe: () => () => {},
  };
  setBridge(bridge);
  return calls;
}

describe('people store', () => {
  beforeEach(() => usePeopleStore.setState({ openId: null, detail: null, status: 'idle', error: null, creating: false, notice: null, options: null }));

  it('opens a person from any list on their page, with the participants list found to them behind it', async () => {
    const calls = server({
      'participants.search': () => ({ items: [], total: 0 }),
      'participants.get': ({ id }) => detail(id as string),
    });
    useNavStore.setState({ section: 'week' });
    openPersonPage({ id: 'P-079', name: 'Mei Zhang' });
    expect(useNavStore.getState().section).toBe('participants');
    expect(useParticipantsStore.getState().query).toBe('P-079');
    expect(usePeopleStore.getState().openId).toBe('P-079');
    await flush();
    expect(usePeopleStore.getState()).toMatchObject({ status: 'ready', detail: { person: { id: 'P-079' } } });
    expect(calls.filter((c) => c.name === 'participants.get').map((c) => c.input)).toEqual([{ id: 'P-079' }]);
    useParticipantsStore.setState({ query: '', items: [], total: 0, loaded: false });
  });

  it('a new participant, once saved, opens on their page with the sentence of the save', async () => {
    const calls = server({
      'participants.save': () => ({ applied: true, id: 'P-9', message: 'Amanuel Tesfay is ingeschreven.', bookings: [] }),
      'participants.get': ({ id }) => detail(id as string),
    });
    usePeopleStore.getState().startNew();
    const result = await usePeopleStore.getState().save({ givenName: 'Amanuel' });
    expect(result.outcome?.applied).toBe(true);
    expect(usePeopleStore.getState()).toMatchObject({ openId: 'P-9', creating: false, status: 'ready', notice: 'Amanuel Tesfay is ingeschreven.' });
    expect(calls.map((c) => c.name)).toEqual(['participants.save', 'participants.get']);
  });

  it('moves a step by sending the new order of the open and planned steps, done ones left out', async () => {
    const calls = server({
      'participants.get': ({ id }) => detail(id as string),
      'steps.reorder': () => ({ applied: true, id: 'P-1', message: 'Volgorde opgeslagen.', bookings: [], steps: [] }),
    });
    await usePeopleStore.getState().open('P-1');
    await usePeopleStore.getState().moveStep('c', -1);
    expect(calls.find((c) => c.name === 'steps.reorder')?.input).toEqual({ participantId: 'P-1', demandIds: ['a', 'c', 'b'] });
    // The first step cannot move up: nothing is sent.
    const before = calls.length;
    await usePeopleStore.getState().moveStep('a', -1);
    expect(calls.length).toBe(before);
  });

  it('a refusal comes back as the message of its field', async () => {
    server({
      'participants.get': ({ id }) => detail(id as string),
      'participants.end': () => {
        throw new ApiError({ code: 'invalid_input', field: 'reason', message: 'Reden is verplicht.', issues: [{ field: 'reason', message: 'Reden is verplicht.' }] });
      },
    });
    await usePeopleStore.getState().open('P-1');
    const result = await usePeopleStore.getState().end('2026-12-01', '', false);
    expect(result).toEqual({ outcome: null, fields: { reason: 'Reden is verplicht.' }, error: null });
  });

  it('keeps the page of the client opened last when answers cross', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    void usePeopleStore.getState().open('P-1');
    void usePeopleStore.getState().open('P-2');
    pending[1]!.resolve(detail('P-2'));
    await flush();
    pending[0]!.resolve(detail('P-1'));
    await flush();
    expect(usePeopleStore.getState().detail?.person.id).toBe('P-2');
  });
});
