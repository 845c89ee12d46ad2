import { describe, expect, it } from 'vitest';
import { listAudit } from './audit';
import { addException, weekIntervals } from './availability';
import {
  addChild,
  createHousehold,
  createParticipant,
  deleteHousehold,
  deleteParticipant,
  getParticipant,
  listChildren,
  listHouseholds,
  searchParticipants,
  updateParticipant,
  type ParticipantInput,
} from './participants';
import { addDemand, listDemands } from './demands';
import { getRegion, listClasses, listConsultants, listRooms, regionCounts, setTravelTime, listTravelTimes } from './region';
import { createSession, deleteProposals, deleteSession, getWeekStatus, listWeekSessions, setWeekStatus } from './sessions';
import { addTrialBooking } from './bookings';
import { testAudit, tinyRegion } from './test-helpers';

const MON = '2026-11-23';

function person(over: Partial<ParticipantInput> = {}): ParticipantInput {
  return {
    givenName: 'Ahmad',
    familyName: 'Al-Hassan',
    gemeenteId: 'G1',
    homeLocationId: 'L1',
    language: 'ar',
    digitalSkill: 'basic',
    migrantKind: 'statushouder',
    koppelingDate: '2026-10-01',
    ...over,
  };
}

describe('region repository', () => {
  it('stores and reads the region, rooms, staff and classes', () => {
    const db = tinyRegion();
    expect(getRegion(db)).toMatchObject({ name: 'Testregio', slotMinutes: 15, dayStart: '08:30', groupInfo: { minSize: 3, maxSize: 12 } });
    expect(listRooms(db)).toEqual([{ id: 'R1', locationId: 'L1', name: 'Zaal 1', capacity: 14, laptopsTouch: 4, laptopsMouse: 4, kinds: ['groupInfo', 'toets'] }]);
    expect(listConsultants(db)[0]).toMatchObject({ id: 'C1', languages: ['nl', 'en'], toetsCertified: true });
    expect(listClasses(db)[0].lessons).toEqual([{ weekday: 2, start: '09:00', end: '12:00' }]);
    expect(regionCounts(db)).toMatchObject({ rooms: 1, consultants: 1, interpreters: 1, schools: 1, classes: 1, participants: 0 });
  });

  it('stores a travel time once for both directions', () => {
    const db = tinyRegion();
    setTravelTime(db, 'L2', 'L1', 9);
    setTravelTime(db, 'L1', 'L2', 11);
    expect(listTravelTimes(db)).toEqual([{ from: 'L1', to: 'L2', minutes: 11 }]);
  });

  it('derives a week of availability from patterns and exceptions', () => {
    const db = tinyRegion();
    addException(db, { kind: 'consultant', id: 'C1' }, { date: MON, kind: 'remove', start: '12:00', end: '13:00' });
    addException(db, { kind: 'consultant', id: 'C1' }, { date: '2026-11-30', kind: 'remove' });
    expect(weekIntervals(db, 'consultant', MON, 5).get('C1')).toEqual([
      { start: '2026-11-23T09:00', end: '2026-11-23T12:00' },
      { start: '2026-11-23T13:00', end: '2026-11-23T17:00' },
    ]);
    expect(weekIntervals(db, 'consultant', '2026-11-30', 5).get('C1')).toEqual([]);
    expect(weekIntervals(db, 'room', MON, 5).get('R1')).toHaveLength(5);
  });

  it('refuses to delete a location that rooms still use', () => {
    const db = tinyRegion();
    expect(() => db.prepare("DELETE FROM locations WHERE id = 'L1'").run()).toThrow(/FOREIGN KEY/);
  });
});

describe('participants repository', () => {
  it('creates, reads, updates and deletes a participant, writing an audit row each time', () => {
    const db = tinyRegion();
    const audit = testAudit('coordinator');
    const id = createParticipant(db, audit, person({ id: 'P1', otherLanguages: ['en'] }));
    expect(getParticipant(db, id)).toMatchObject({ name: 'Ahmad Al-Hassan', gemeente: 'Gorinchem', otherLanguages: ['en'], routeIndication: null });
    expect(updateParticipant(db, audit, id, { routeIndication: 'Z', givenName: 'Ahmad' })).toEqual(['routeIndication']);
    expect(getParticipant(db, id)?.routeIndication).toBe('Z');
    deleteParticipant(db, audit, id);
    expect(getParticipant(db, id)).toBeNull();
    const rows = listAudit(db, { entity: 'participant', entityId: 'P1' });
    expect(rows.map((r) => r.action)).toEqual(['delete', 'update', 'create']);
    expect(rows.every((r) => r.actor === 'coordinator' && r.purpose === 'test')).toBe(true);
    expect(rows[1].details).toEqual({ fields: ['routeIndication'] });
    // The log names fields, never the personal values themselves.
    expect(JSON.stringify(rows)).not.toContain('Al-Hassan');
  });

  it('writes no change and no audit row when the write fails', () => {
    const db = tinyRegion();
    const audit = testAudit();
    expect(() => createParticipant(db, audit, person({ id: 'P1', gemeenteId: 'nope' }))).toThrow(/FOREIGN KEY/);
    expect(getParticipant(db, 'P1')).toBeNull();
    expect(listAudit(db)).toEqual([]);
  });

  it('refuses an audit context without a purpose, and then changes nothing', () => {
    const db = tinyRegion();
    expect(() => createParticipant(db, { ...testAudit(), purpose: ' ' }, person({ id: 'P1' }))).toThrow(/doel/);
    expect(getParticipant(db, 'P1')).toBeNull();
  });

  it('keeps households and children, and unlinks adults when a household goes', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const h = createHousehold(db, audit, { id: 'H1', name: 'Familie Haile' });
    createParticipant(db, audit, person({ id: 'P1', householdId: h }));
    createParticipant(db, audit, person({ id: 'P2', givenName: 'Sara', householdId: h }));
    addChild(db, audit, { id: 'K1', householdId: h, givenName: 'Yonas', birthDate: '2019-05-02', covered: [{ weekday: 1, start: '08:30', end: '14:30' }] });
    expect(listHouseholds(db)).toEqual([{ id: 'H1', name: 'Familie Haile', adultsOutside: 0, adults: ['P1', 'P2'] }]);
    expect(listChildren(db, 'H1')).toEqual([{ id: 'K1', householdId: 'H1', givenName: 'Yonas', birthDate: '2019-05-02' }]);
    deleteHousehold(db, audit, 'H1');
    expect(listChildren(db)).toEqual([]);
    expect(getParticipant(db, 'P1')?.householdId).toBeNull();
    expect(listAudit(db, { entity: 'child' })).toHaveLength(1);
    expect(listAudit(db, { entity: 'household', entityId: 'H1' }).map((r) => r.action)).toEqual(['delete', 'create']);
  });

  it('searches case- and accent-insensitively over name, id, language (code and Dutch name) and gemeente', () => {
    const db = tinyRegion();
    const audit = testAudit();
    createParticipant(db, audit, person({ id: 'P-001', givenName: 'Zeynep', familyName: 'Yılmaz', language: 'tr' }));
    createParticipant(db, audit, person({ id: 'P-002', givenName: 'Selam', familyName: 'Tesfaÿe', language: 'ti' }));
    createParticipant(db, audit, person({ id: 'P-003', givenName: 'Hüseyin', familyName: 'Kaya', language: 'ku', otherLanguages: ['tr'] }));
    addDemand(db, audit, { participantId: 'P-002', kind: 'toets', earliestDate: MON });
    addDemand(db, audit, { participantId: 'P-002', kind: 'trialLesson', schoolId: 'S1', earliestDate: MON, status: 'done' });
    const ids = (query: string) => searchParticipants(db, { query, limit: 50, offset: 0 }).items.map((p) => p.id);
    expect(ids('tesfaye')).toEqual(['P-002']);
    expect(ids('HUSEYIN')).toEqual(['P-003']);
    expect(ids('yilmaz')).toEqual(['P-001']);
    expect(ids('tigrinya')).toEqual(['P-002']);
    expect(ids('turks')).toEqual(['P-003', 'P-001']);
    expect(ids('turks kaya')).toEqual(['P-003']);
    expect(ids('p-001')).toEqual(['P-001']);
    expect(ids('gorinchem')).toHaveLength(3);
    expect(ids('50%')).toEqual([]);
    // Words are matched from their start: 'aya' is not found inside 'Kaya'.
    expect(ids('aya')).toEqual([]);
    expect(ids('kay')).toEqual(['P-003']);
    expect(ids('001')).toEqual(['P-001']);
    const page = searchParticipants(db, { query: '', limit: 2, offset: 2 });
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(1);
    const selam = searchParticipants(db, { query: 'selam', limit: 5, offset: 0 }).items[0];
    expect(selam.openDemands).toEqual(['toets']);
  });

  it('refuses a trial-lesson demand without a school', () => {
    const db = tinyRegion();
    const audit = testAudit();
    createParticipant(db, audit, person({ id: 'P1' }));
    expect(() => addDemand(db, audit, { participantId: 'P1', kind: 'trialLesson', earliestDate: MON })).toThrow(/CHECK/);
    expect(listDemands(db)).toEqual([]);
  });
});

describe('sessions repository', () => {
  function withPeople() {
    const db = tinyRegion();
    const audit = testAudit();
    for (const id of ['P1', 'P2', 'P3']) {
      createParticipant(db, audit, person({ id }));
      addDemand(db, audit, { id: `D-${id}`, participantId: id, kind: 'groupInfo', earliestDate: MON });
      addDemand(db, audit, { id: `T-${id}`, participantId: id, kind: 'trialLesson', schoolId: 'S1', earliestDate: MON });
    }
    return { db, audit };
  }

  it('creates a session with participants, plans their demands and lists it in its week', () => {
    const { db, audit } = withPeople();
    createSession(db, audit, {
      id: 'S-1',
      kind: 'groupInfo',
      start: '2026-11-23T09:00',
      end: '2026-11-23T11:00',
      roomId: 'R1',
      consultantId: 'C1',
      interpreterId: 'T1',
      language: 'ar',
      status: 'accepted',
      participants: ['P1', 'P2', 'P3'].map((p) => ({ participantId: p, demandId: `D-${p}` })),
    });
    const week = listWeekSessions(db, MON);
    expect(week).toHaveLength(1);
    expect(week[0]).toMatchObject({
      id: 'S-1',
      room: { id: 'R1', locationName: 'Gemeentehuis Gorinchem', gemeente: 'Gorinchem' },
      consultant: { id: 'C1', name: 'Els de Vries' },
      interpreter: { id: 'T1' },
      pinned: false,
    });
    expect(week[0].participants.map((p) => p.id)).toEqual(['P1', 'P2', 'P3']);
    expect(listWeekSessions(db, '2026-11-30')).toEqual([]);
    expect(listDemands(db, { status: 'planned' }).map((d) => d.id)).toEqual(['D-P1', 'D-P2', 'D-P3']);
    expect(listAudit(db, { entity: 'booking', entityId: 'P2' })[0].details).toMatchObject({ type: 'session', sessionId: 'S-1' });

    deleteSession(db, audit, 'S-1');
    expect(listDemands(db, { status: 'planned' })).toEqual([]);
    expect(listAudit(db, { entity: 'booking', entityId: 'P2' }).map((r) => r.action)).toEqual(['delete', 'create']);
  });

  it('rejects a session across midnight, and a demand of someone else', () => {
    const { db, audit } = withPeople();
    const base = {
      kind: 'toets' as const,
      roomId: 'R1',
      consultantId: 'C1',
      interpreterId: null,
      language: null,
      status: 'proposed' as const,
    };
    expect(() => createSession(db, audit, { ...base, start: '2026-11-23T23:00', end: '2026-11-24T01:00', participants: [] })).toThrow(/CHECK/);
    expect(() =>
      createSession(db, audit, {
        ...base,
        kind: 'groupInfo',
        language: 'ar',
        start: '2026-11-23T09:00',
        end: '2026-11-23T11:00',
        participants: [{ participantId: 'P1', demandId: 'D-P2' }],
      }),
    ).toThrow(/hoort niet bij/);
    expect(listWeekSessions(db, MON)).toEqual([]);
  });

  it('replaces proposals but keeps accepted sessions', () => {
    const { db, audit } = withPeople();
    const s = (id: string, status: 'proposed' | 'accepted', p: string) =>
      createSession(db, audit, {
        id,
        kind: 'groupInfo',
        start: '2026-11-23T09:00',
        end: '2026-11-23T11:00',
        roomId: 'R1',
        consultantId: 'C1',
        interpreterId: null,
        language: 'ar',
        status,
        participants: [{ participantId: p, demandId: `D-${p}` }],
      });
    s('A', 'accepted', 'P1');
    s('B', 'proposed', 'P2');
    addTrialBooking(db, audit, { classId: 'K1', start: '2026-11-24T09:00', end: '2026-11-24T12:00', participantId: 'P3', demandId: 'T-P3', status: 'proposed' });
    expect(deleteProposals(db, audit, MON)).toBe(2);
    expect(listWeekSessions(db, MON).map((x) => x.id)).toEqual(['A']);
    expect(listDemands(db, { status: 'planned' }).map((d) => d.id)).toEqual(['D-P1']);
  });

  it('keeps week status, concept by default', () => {
    const { db } = withPeople();
    expect(getWeekStatus(db, MON)).toBe('concept');
    setWeekStatus(db, MON, 'published', '2026-11-20T16:00');
    expect(getWeekStatus(db, MON)).toBe('published');
    expect(() => setWeekStatus(db, '2026-11-24', 'published')).toThrow(/maandag/);
  });
});
