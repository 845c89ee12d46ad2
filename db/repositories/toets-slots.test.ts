import { describe, expect, it } from 'vitest';
import { freeLaptopsFor } from '../../shared/domain/toets-laptops';
import { addDemand } from './demands';
import { createSession, type SessionInput } from './sessions';
import { getToetsSession, hasOverlappingSession, listToetsSessions } from './toets-slots';
import { addSessionSeat, bookedToetsSeat, listGroupInfoSessionsAfter, removeSessionSeat, sessionWeekStart } from './session-seats';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';

const session = (id: string, kind: 'toets' | 'groupInfo', start: string, end: string, participants: string[] = []): SessionInput => ({
  id,
  kind,
  start,
  end,
  roomId: 'R1',
  consultantId: 'C1',
  interpreterId: null,
  language: kind === 'groupInfo' ? 'ar' : null,
  status: 'accepted',
  participants: participants.map((p) => ({ participantId: p, demandId: `${kind}-${p}` })),
});

function withClients() {
  const db = tinyRegion();
  const audit = testAudit();
  const skills = { P1: 'none', P2: 'basic', P3: 'good', P4: 'good' } as const;
  for (const [id, digitalSkill] of Object.entries(skills)) {
    addTestParticipant(db, audit, id, { digitalSkill });
    for (const kind of ['toets', 'groupInfo'] as const) addDemand(db, audit, { id: `${kind}-${id}`, participantId: id, kind, earliestDate: '2026-11-23' });
  }
  return { db, audit };
}

describe('toets slots repository', () => {
  it('counts the booked clients per digital skill next to the room, its laptops and the consultant', () => {
    const { db, audit } = withClients();
    createSession(db, audit, session('T1', 'toets', '2026-11-24T09:00', '2026-11-24T10:30', ['P1', 'P2', 'P3']));
    const t = getToetsSession(db, 'T1')!;
    expect(t).toMatchObject({ roomName: 'Zaal 1', locationName: 'Gemeentehuis Gorinchem', gemeente: 'Gorinchem', consultantName: 'Els de Vries', certified: true });
    expect(t).toMatchObject({ capacity: 14, laptopsTouch: 4, laptopsMouse: 4, bySkill: { none: 1, basic: 1, good: 1 } });
    // Two touch laptops in use by the low-skill clients; the good one takes a mouse laptop.
    expect(freeLaptopsFor(t, 'touch', null)).toBe(2);
    expect(freeLaptopsFor(t, 'mouse', null)).toBe(5);
    expect(getToetsSession(db, 'nope')).toBeNull();
  });

  it('lists the week\u2019s toets sessions from a day on, in time order, and no other kinds', () => {
    const { db, audit } = withClients();
    createSession(db, audit, session('late', 'toets', '2026-11-26T13:00', '2026-11-26T14:30'));
    createSession(db, audit, session('early', 'toets', '2026-11-25T09:00', '2026-11-25T10:30'));
    createSession(db, audit, session('past', 'toets', '2026-11-23T09:00', '2026-11-23T10:30'));
    createSession(db, audit, session('next', 'toets', '2026-12-01T09:00', '2026-12-01T10:30'));
    createSession(db, audit, session('group', 'groupInfo', '2026-11-25T13:00', '2026-11-25T15:00'));
    expect(listToetsSessions(db, '2026-11-23', '2026-11-25').map((s) => s.id)).toEqual(['early', 'late']);
  });

  it('finds a session of the room or the consultant that overlaps, not one that only touches', () => {
    const { db, audit } = withClients();
    createSession(db, audit, session('T1', 'toets', '2026-11-24T09:00', '2026-11-24T10:30'));
    expect(hasOverlappingSession(db, 'room', 'R1', '2026-11-24T10:00', '2026-11-24T11:30')).toBe(true);
    expect(hasOverlappingSession(db, 'consultant', 'C1', '2026-11-24T08:00', '2026-11-24T09:30')).toBe(true);
    expect(hasOverlappingSession(db, 'room', 'R1', '2026-11-24T10:30', '2026-11-24T12:00')).toBe(false);
    expect(hasOverlappingSession(db, 'consultant', 'C2', '2026-11-24T09:00', '2026-11-24T10:30')).toBe(false);
  });
});

describe('session seats repository', () => {
  it('books and frees one seat; the latest toets seat is the client\u2019s booking', () => {
    const { db, audit } = withClients();
    createSession(db, audit, session('T1', 'toets', '2026-11-24T09:00', '2026-11-24T10:30'));
    createSession(db, audit, session('T2', 'toets', '2026-12-01T09:00', '2026-12-01T10:30'));
    expect(bookedToetsSeat(db, 'P1')).toBeNull();
    addSessionSeat(db, 'T1', 'P1', 'toets-P1');
    addSessionSeat(db, 'T2', 'P2', 'toets-P2');
    expect(bookedToetsSeat(db, 'P1')).toEqual({ sessionId: 'T1', demandId: 'toets-P1' });
    expect(getToetsSession(db, 'T1')!.bySkill).toEqual({ none: 1, basic: 0, good: 0 });
    removeSessionSeat(db, 'T1', 'P1');
    expect(bookedToetsSeat(db, 'P1')).toBeNull();
    expect(sessionWeekStart(db, 'T2')).toBe('2026-11-30');
    expect(sessionWeekStart(db, 'nope')).toBeNull();
  });

  it('lists group information sessions after a day with how many are booked and whether the client is', () => {
    const { db, audit } = withClients();
    createSession(db, audit, session('G-today', 'groupInfo', '2026-11-25T09:00', '2026-11-25T11:00'));
    createSession(db, audit, session('G2', 'groupInfo', '2026-11-27T09:00', '2026-11-27T11:00', ['P3', 'P4']));
    createSession(db, audit, session('G1', 'groupInfo', '2026-11-26T13:00', '2026-11-26T15:00', ['P1']));
    expect(listGroupInfoSessionsAfter(db, 'P1', '2026-11-25').map((s) => [s.sessionId, s.booked, s.mine])).toEqual([
      ['G1', 1, true],
      ['G2', 2, false],
    ]);
    expect(listGroupInfoSessionsAfter(db, 'P1', '2026-11-25')[0]).toMatchObject({ language: 'ar', locationName: 'Gemeentehuis Gorinchem' });
  });
});
