// Moving members between sessions, and the plan output: a new session is never left empty.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../domain/rng';
import { toMinutes } from '../../domain/time';
import { baseInstance } from '../../../test/fixtures/planning/small-weeks';
import type { Instance } from '../spec';
import { createCtx } from './context';
import { buildModel } from './model';
import { toPlan } from './output';
import { moveMembers } from './polish';
import { State } from './state';

const DAY = '2026-11-23';

/** Two toets rooms, one nearer home (Taalschool A, 10 min) than the other (Taalschool B, 15 min). */
function twoToetsRooms(): Instance {
  const inst = baseInstance();
  const day = [{ start: `${DAY}T08:30`, end: `${DAY}T17:00` }];
  inst.rooms = [
    { id: 'R-TA', locationId: 'L-TA', name: 'Toets A', capacity: 6, laptopsTouch: 4, laptopsMouse: 0, kinds: ['toets'], available: day },
    { id: 'R-TB', locationId: 'L-TB', name: 'Toets B', capacity: 6, laptopsTouch: 4, laptopsMouse: 0, kinds: ['toets'], available: day },
  ];
  inst.consultants = [
    { id: 'C1', name: 'Consulent 1', languages: ['nl'], toetsCertified: true, available: day },
    { id: 'C2', name: 'Consulent 2', languages: ['nl'], toetsCertified: true, available: day },
  ];
  const person = (id: string) => ({
    id,
    name: `Deelnemer ${id}`,
    householdId: null,
    homeLocationId: 'L-HOME',
    language: 'ar',
    otherLanguages: [],
    digitalSkill: 'good' as const,
    routeIndication: null,
    busy: [],
  });
  inst.participants = [person('P1'), person('P2')];
  inst.demands = inst.participants.map((p, i) => ({ id: `D${i + 1}`, participantId: p.id, kind: 'toets' as const, priority: 1, earliest: `${DAY}T08:30`, schoolId: null }));
  return inst;
}

function setUp() {
  const m = buildModel(twoToetsRooms());
  const st = new State(m);
  const ctx = createCtx(m, st, mulberry32(1), 1);
  const open = (room: string, cons: string, start: string) =>
    st.openSession({
      kind: 'toets',
      start: toMinutes(`${DAY}T${start}`),
      end: toMinutes(`${DAY}T${start}`) + 90,
      room: m.roomIndex.get(room)!,
      cons: m.consIndex.get(cons)!,
      interp: -1,
      lang: null,
      pinned: false,
    });
  return { m, st, ctx, open };
}

describe('moveMembers', () => {
  it('closes a toets session whose last member moved to one nearer home', () => {
    const { m, st, ctx, open } = setUp();
    const far = open('R-TB', 'C1', '09:00');
    const near = open('R-TA', 'C2', '13:00');
    expect(st.joinSession(m.dIndex.get('D1')!, far)).toBe(true);
    expect(st.joinSession(m.dIndex.get('D2')!, near)).toBe(true);
    const before = st.cost();

    moveMembers(ctx, () => false);

    expect(st.sessions[far]).toBeNull();
    expect(st.sessions[near]!.members.map((d) => m.demands[d].id).sort()).toEqual(['D1', 'D2']);
    // The far session's consultant time is saved, not only the travel.
    expect(st.cost()).toBeLessThan(before - 90);
    const plan = toPlan(m, st, undefined, new Map());
    expect(plan.sessions.map((s) => [s.roomId, s.participants])).toEqual([['R-TA', ['P1', 'P2']]]);
  });
});

describe('toPlan', () => {
  it('never writes out a new session without participants', () => {
    const { m, st, open } = setUp();
    open('R-TA', 'C1', '09:00');
    const used = open('R-TB', 'C2', '09:00');
    expect(st.joinSession(m.dIndex.get('D1')!, used)).toBe(true);
    const plan = toPlan(m, st, undefined, new Map());
    expect(plan.sessions.map((s) => [s.roomId, s.participants])).toEqual([['R-TB', ['P1']]]);
    expect(plan.unplanned.map((u) => u.demandId)).toEqual(['D2']);
  });
});
