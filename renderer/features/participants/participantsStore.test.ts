import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiBridge, ParticipantListItem } from '../../../shared/api/contract';
import { setBridge } from '../../api/bridge';
import { PAGE_SIZE, useParticipantsStore } from './participantsStore';
import { useNavStore } from '../../stores/appStore';

type Input = { query: string; limit: number; offset: number };

function person(i: number): ParticipantListItem {
  return {
    id: `p${i}`,
    name: `Persoon ${i}`,
    language: 'ti',
    otherLanguages: [],
    gemeente: 'Deventer',
    householdId: null,
    digitalSkill: 'basic',
    routeIndication: null,
    housingDate: null,
    pip: { deadline: null, daysLeft: null, state: 'unknown' },
    openDemands: [],
  };
}

describe('participants store', () => {
  const calls: { input: Input; resolve(v: unknown): void }[] = [];
  beforeEach(() => {
    calls.length = 0;
    const bridge: ApiBridge = {
      call: (_name, input) => new Promise((resolve) => calls.push({ input: input as Input, resolve })),
      subscribe: () => () => {},
    };
    setBridge(bridge);
    useParticipantsStore.setState({ query: '', items: [], total: 0, loading: false, loadingMore: false, loaded: false, failed: false });
  });

  it('opens a person from another list: the participants page, found by their number', async () => {
    useNavStore.setState({ section: 'unplanned' });
    const open = useParticipantsStore.getState().openPerson({ id: 'P-029', name: 'Amal Haile' });
    expect(useNavStore.getState().section).toBe('participants');
    expect(calls[0].input).toEqual({ query: 'P-029', limit: PAGE_SIZE, offset: 0 });
    calls[0].resolve({ total: 1, items: [person(29)] });
    await open;
    expect(useParticipantsStore.getState()).toMatchObject({ query: 'P-029', total: 1, loaded: true });
  });

  it('pages with offsets and appends', async () => {
    const all = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => person(i));
    const first = useParticipantsStore.getState().search('  tig ');
    expect(calls[0].input).toEqual({ query: 'tig', limit: PAGE_SIZE, offset: 0 });
    calls[0].resolve({ total: all.length, items: all.slice(0, PAGE_SIZE) });
    await first;
    const more = useParticipantsStore.getState().loadMore();
    expect(calls[1].input).toEqual({ query: 'tig', limit: PAGE_SIZE, offset: PAGE_SIZE });
    calls[1].resolve({ total: all.length, items: all.slice(PAGE_SIZE) });
    await more;
    expect(useParticipantsStore.getState().items.map((p) => p.id)).toEqual(all.map((p) => p.id));
    await useParticipantsStore.getState().loadMore();
    expect(calls).toHaveLength(2);
  });

  it('ignores the answer to an older search', async () => {
    const a = useParticipantsStore.getState().search('a');
    const b = useParticipantsStore.getState().search('ab');
    calls[1].resolve({ total: 1, items: [person(2)] });
    await b;
    calls[0].resolve({ total: 1, items: [person(1)] });
    await a;
    expect(useParticipantsStore.getState()).toMatchObject({ query: 'ab', total: 1 });
    expect(useParticipantsStore.getState().items.map((p) => p.id)).toEqual(['p2']);
  });
});
