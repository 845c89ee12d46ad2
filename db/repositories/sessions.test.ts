// The sessions repository as the coordinator's week uses it: reading and editing one session,
// its participants, accepting a proposal, and the week's bookings read back.
import { describe, expect, it } from 'vitest';
import { listAudit } from './audit';
import { addDemand, listDemands } from './demands';
import { addChild, createHousehold, createParticipant, type ParticipantInput } from './participants';
import { addChildcareProvider, addStartklasIntake } from './region';
import {
  acceptProposedSeats,
  acceptProposedSessions,
  addSessionParticipant,
  bookingsInWeek,
  createSession,
  activityDates,
  deleteProposals,
  deleteSession,
  getSession,
  hasChildcareBooking,
  pinnedProposalIds,
  proposedSessionIds,
  removeSessionParticipant,
  sessionDemandOf,
  sessionParticipantIds,
  sessionStatuses,
  setSessionPinned,
  updateSession,
  type SessionStatus,
} from './sessions';
import { addChildcareBooking, addIntakeBooking, addTrialBooking } from './bookings';
import { testAudit, tinyRegion } from './test-helpers';

const MON = '2026-11-23';

function person(id: string, over: Partial<ParticipantInput> = {}): ParticipantInput {
  return {
    id,
    givenName: 'Ahmad',
    familyName: `Al-${id}`,
    gemeenteId: 'G1',
    homeLocationId: 'L1',
    language: 'ar',
    digitalSkill: 'basic',
    migrantKind: 'statushouder',
    ...over,
  };
}

/** The tiny region with three participants (a groupInfo demand each), a startklas and a childcare provider. */
function week() {
  const db = tinyRegion();
  const audit = testAudit();
  createHousehold(db, audit, { id: 'H1', name: 'Familie Al-P1' });
  for (const id of ['P1', 'P2', 'P3']) {
    createParticipant(db, audit, person(id, id === 'P1' ? { householdId: 'H1' } : {}));
    addDemand(db, audit, { id: `D-${id}`, participantId: id, kind: 'groupInfo', earliestDate: MON });
  }
  addChild(db, audit, { id: 'KND1', householdId: 'H1', givenName: 'Amir', birthDate: '2024-01-10' });
  addStartklasIntake(db, { id: 'SK1', locationId: 'L2', weekday: 3, start: '09:00', end: '10:00', seats: 4 });
  addChildcareProvider(db, {
    id: 'CC1',
    name: 'Opvang De Vlinder',
    locationId: 'L1',
    kind: 'kinderopvang',
    ageMonthsMin: 0,
    ageMonthsMax: 48,
    dayparts: [{ weekday: 1, start: '08:30', end: '12:30', seats: 3 }],
  });
  const session = (id: string, status: SessionStatus, participants: string[], over: { start?: string; pinned?: boolean } = {}) =>
    createSession(db, audit, {
      id,
      kind: 'groupInfo',
      start: over.start ?? '2026-11-23T09:00',
      end: `${(over.start ?? '2026-11-23T09:00').slice(0, 11)}11:00`,
      roomId: 'R1',
      consultantId: 'C1',
      interpreterId: 'T1',
      language: 'ar',
      status,
      pinned: over.pinned,
      participants: participants.map((p) => ({ participantId: p, demandId: `D-${p}` })),
    });
  return { db, audit, session };
}

describe('one stored session', () => {
  it('reads a session by id with its own columns, or null', () => {
    const { db, session } = week();
    session('S-1', 'proposed', ['P1'], { pinned: true });
    expect(getSession(db, 'S-1')).toEqual({
      id: 'S-1',
      weekStart: MON,
      kind: 'groupInfo',
      start: '2026-11-23T09:00',
      end: '2026-11-23T11:00',
      roomId: 'R1',
      consultantId: 'C1',
      interpreterId: 'T1',
      language: 'ar',
      status: 'proposed',
      pinned: true,
      // Created at 1, moved to 2 by its one participant (migration 014's triggers).
      version: 2,
    });
    expect(getSession(db, 'S-X')).toBeNull();
  });

  it('changes time, room and staff, and the pin, keeping the participants', () => {
    const { db, session } = week();
    session('S-1', 'accepted', ['P1', 'P2']);
    updateSession(db, 'S-1', { start: '2026-11-24T13:00', end: '2026-11-24T15:00', roomId: 'R1', consultantId: 'C1', interpreterId: null });
    setSessionPinned(db, 'S-1', true);
    expect(getSession(db, 'S-1')).toMatchObject({ start: '2026-11-24T13:00', end: '2026-11-24T15:00', interpreterId: null, pinned: true, weekStart: MON });
    setSessionPinned(db, 'S-1', false);
    expect(getSession(db, 'S-1')!.pinned).toBe(false);
    expect(sessionParticipantIds(db, 'S-1').sort()).toEqual(['P1', 'P2']);
  });

  it('adds and removes a participant through their demand, with an audit row each', () => {
    const { db, audit, session } = week();
    session('S-1', 'proposed', ['P1']);
    expect(sessionDemandOf(db, 'S-1', 'P1')).toBe('D-P1');
    expect(sessionDemandOf(db, 'S-1', 'P2')).toBeNull();

    addSessionParticipant(db, audit, { id: 'S-1', status: 'proposed' }, 'P2', 'D-P2');
    expect(sessionDemandOf(db, 'S-1', 'P2')).toBe('D-P2');
    expect(listDemands(db, { participantId: 'P2' })[0].status).toBe('planned');
    expect(listAudit(db, { entity: 'booking', entityId: 'P2' })[0]).toMatchObject({
      action: 'create',
      details: { type: 'session', sessionId: 'S-1', demandId: 'D-P2', status: 'proposed' },
    });

    removeSessionParticipant(db, audit, 'S-1', 'P2', 'D-P2');
    expect(sessionParticipantIds(db, 'S-1')).toEqual(['P1']);
    expect(listDemands(db, { participantId: 'P2' })[0].status).toBe('open');
    expect(listAudit(db, { entity: 'booking', entityId: 'P2' })[0]).toMatchObject({ action: 'delete', details: { type: 'session', sessionId: 'S-1', demandId: 'D-P2' } });
  });

  it('keeps what a removed session was on its bookings’ rows, and marks a removed proposal as one', () => {
    const { db, audit, session } = week();
    session('S-1', 'accepted', ['P1']);
    session('S-2', 'proposed', ['P2'], { start: '2026-11-24T09:00' });
    deleteSession(db, audit, 'S-1');
    expect(listAudit(db, { entity: 'booking', entityId: 'P1' })[0]!.details).toEqual({
      type: 'session',
      sessionId: 'S-1',
      demandId: 'D-P1',
      kind: 'groupInfo',
      start: '2026-11-23T09:00',
      end: '2026-11-23T11:00',
      language: 'ar',
    });
    expect(deleteProposals(db, audit, MON)).toBe(1);
    expect(listAudit(db, { entity: 'booking', entityId: 'P2' })[0]).toMatchObject({ action: 'delete', details: { sessionId: 'S-2', proposal: true } });
  });
});

describe('a week of sessions', () => {
  it('lists statuses, proposed and pinned proposed sessions of the week only', () => {
    const { db, session } = week();
    session('B', 'proposed', ['P2'], { pinned: true });
    session('A', 'proposed', ['P1']);
    session('C', 'accepted', ['P3'], { pinned: true });
    expect(sessionStatuses(db, MON).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'A', status: 'proposed' },
      { id: 'B', status: 'proposed' },
      { id: 'C', status: 'accepted' },
    ]);
    expect(proposedSessionIds(db, MON)).toEqual(['A', 'B']);
    expect(pinnedProposalIds(db, MON)).toEqual(['B']);
    expect(proposedSessionIds(db, '2026-11-30')).toEqual([]);
    expect(sessionStatuses(db, '2026-11-30')).toEqual([]);
  });

  it('accepts listed proposed sessions once, logging each participant', () => {
    const { db, audit, session } = week();
    session('A', 'proposed', ['P1', 'P2']);
    session('B', 'accepted', ['P3']);
    expect(acceptProposedSessions(db, audit, ['A', 'B', 'nope'])).toBe(1);
    expect(getSession(db, 'A')!.status).toBe('accepted');
    for (const p of ['P1', 'P2']) {
      expect(listAudit(db, { entity: 'booking', entityId: p })[0]).toMatchObject({ action: 'update', details: { type: 'session', sessionId: 'A', status: 'accepted' } });
    }
    expect(listAudit(db, { entity: 'booking', entityId: 'P3' }).map((r) => r.action)).toEqual(['create']);
    expect(acceptProposedSessions(db, audit, ['A'])).toBe(0);
  });

  it("accepts the week's proposed trial, intake and childcare seats, each logged", () => {
    const { db, audit } = week();
    addDemand(db, audit, { id: 'T-P1', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: MON });
    addDemand(db, audit, { id: 'I-P2', participantId: 'P2', kind: 'startklasIntake', earliestDate: MON });
    addTrialBooking(db, audit, { classId: 'K1', start: '2026-11-24T09:00', end: '2026-11-24T12:00', participantId: 'P1', demandId: 'T-P1', status: 'proposed' });
    addIntakeBooking(db, audit, { intakeId: 'SK1', date: '2026-11-25', participantId: 'P2', demandId: 'I-P2', status: 'proposed' });
    addChildcareBooking(db, audit, { childId: 'KND1', providerId: 'CC1', slotStart: '2026-11-23T08:30', slotEnd: '2026-11-23T12:30', status: 'proposed' });
    expect(acceptProposedSeats(db, audit, '2026-11-30')).toBe(0);
    expect(acceptProposedSeats(db, audit, MON)).toBe(3);
    const b = bookingsInWeek(db, MON);
    expect([...b.trials, ...b.intakes, ...b.care].map((x) => x.status)).toEqual(['accepted', 'accepted', 'accepted']);
    // The step each seat meets, so a client's history knows which proposal became a booking.
    expect(listAudit(db, { entity: 'booking', entityId: 'P1' })[0].details).toEqual({ type: 'trialLesson', demandId: 'T-P1', status: 'accepted' });
    expect(listAudit(db, { entity: 'booking', entityId: 'P2' })[0].details).toEqual({ type: 'startklasIntake', demandId: 'I-P2', status: 'accepted' });
    expect(listAudit(db, { entity: 'booking', entityId: 'KND1' })[0].details).toEqual({ type: 'childcare', status: 'accepted' });
    expect(acceptProposedSeats(db, audit, MON)).toBe(0);
  });

  it("reads the week's bookings back with their status; intakes get the startklas times", () => {
    const { db, audit, session } = week();
    session('A', 'accepted', ['P1', 'P2']);
    addDemand(db, audit, { id: 'I-P3', participantId: 'P3', kind: 'startklasIntake', earliestDate: MON });
    addIntakeBooking(db, audit, { intakeId: 'SK1', date: '2026-11-25', participantId: 'P3', demandId: 'I-P3', status: 'proposed' });
    addChildcareBooking(db, audit, { childId: 'KND1', providerId: 'CC1', slotStart: '2026-11-23T08:30', slotEnd: '2026-11-23T12:30', status: 'accepted' });
    const b = bookingsInWeek(db, MON);
    expect(b.sessions).toEqual([
      { id: 'A', kind: 'groupInfo', start: '2026-11-23T09:00', end: '2026-11-23T11:00', roomId: 'R1', consultantId: 'C1', interpreterId: 'T1', language: 'ar', status: 'accepted' },
    ]);
    expect(b.sessionParticipants).toEqual([
      { sessionId: 'A', participantId: 'P1', demandId: 'D-P1' },
      { sessionId: 'A', participantId: 'P2', demandId: 'D-P2' },
    ]);
    expect(b.trials).toEqual([]);
    expect(b.intakes).toEqual([
      { intakeId: 'SK1', date: '2026-11-25', start: '2026-11-25T09:00', end: '2026-11-25T10:00', participantId: 'P3', demandId: 'I-P3', status: 'proposed' },
    ]);
    expect(b.care).toEqual([{ childId: 'KND1', providerId: 'CC1', slotStart: '2026-11-23T08:30', slotEnd: '2026-11-23T12:30', status: 'accepted' }]);
    expect(bookingsInWeek(db, '2026-11-30')).toEqual({ sessions: [], sessionParticipants: [], trials: [], intakes: [], care: [] });
  });

  it('knows whether a child has a childcare seat at a time', () => {
    const { db, audit } = week();
    addChildcareBooking(db, audit, { childId: 'KND1', providerId: 'CC1', slotStart: '2026-11-23T08:30', slotEnd: '2026-11-23T12:30', status: 'accepted' });
    expect(hasChildcareBooking(db, 'KND1', '2026-11-23T08:30')).toBe(true);
    expect(hasChildcareBooking(db, 'KND1', '2026-11-30T08:30')).toBe(false);
  });
});

describe('activityDates', () => {
  it('takes the earliest accepted lesson or startklas seat (booked), and such a step done (recorded), per participant; not a proposal, a toets or an information session', () => {
    const { db, audit, session } = week();
    session('A', 'accepted', ['P1'], { start: '2026-11-25T09:00' });
    session('B', 'proposed', ['P2'], { start: '2026-11-23T09:00' });
    addDemand(db, audit, { id: 'T-P1', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: MON });
    addTrialBooking(db, audit, { classId: 'K1', start: '2026-11-24T09:00', end: '2026-11-24T12:00', participantId: 'P1', demandId: 'T-P1', status: 'accepted' });
    addDemand(db, audit, { id: 'X-P3', participantId: 'P3', kind: 'toets', earliestDate: '2026-10-01', status: 'done', doneOn: '2026-10-12' });
    addDemand(db, audit, { id: 'L-P3', participantId: 'P3', kind: 'trialLesson', schoolId: 'S1', earliestDate: '2026-10-01', status: 'done', doneOn: '2026-10-20' });
    addDemand(db, audit, { id: 'I-P2', participantId: 'P2', kind: 'startklasIntake', earliestDate: MON });
    addIntakeBooking(db, audit, { intakeId: 'SK1', date: '2026-11-25', participantId: 'P2', demandId: 'I-P2', status: 'accepted' });
    expect(activityDates(db)).toEqual(
      new Map([
        ['P1', { recordedOn: null, bookedOn: '2026-11-24' }],
        ['P2', { recordedOn: null, bookedOn: '2026-11-25' }],
        ['P3', { recordedOn: '2026-10-20', bookedOn: null }],
      ]),
    );
  });
});
