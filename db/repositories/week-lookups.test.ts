// Look-ups the coordinator's week makes while checking a change: names, a day-part's or lesson's
// end, a participant's open demand, the demands of a week, and whether anything changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { changeStamp } from './change-stamp';
import { addDemand, demandsOfWeek, firstOpenDemand } from './demands';
import { addChild, createHousehold, createParticipant, getChild } from './participants';
import { addChildcareProvider, createRegion, daypartEnd, lessonEnd, resourceName } from './region';
import { createSession } from './sessions';
import { addTrialBooking } from './bookings';
import { testAudit, tinyRegion } from './test-helpers';

const MON = '2026-11-23';

function withPerson() {
  const db = tinyRegion();
  const audit = testAudit();
  createParticipant(db, audit, {
    id: 'P1',
    givenName: 'Ahmad',
    familyName: 'Al-Hassan',
    gemeenteId: 'G1',
    homeLocationId: 'L1',
    language: 'ar',
    digitalSkill: 'basic',
    migrantKind: 'statushouder',
  });
  return { db, audit };
}

describe('region look-ups', () => {
  it('names a room, consultant, interpreter or childcare provider by id, or null', () => {
    const db = tinyRegion();
    addChildcareProvider(db, { id: 'CC1', name: 'Opvang De Vlinder', locationId: 'L1', kind: 'kinderopvang', ageMonthsMin: 0, ageMonthsMax: 48, dayparts: [] });
    expect(resourceName(db, 'room', 'R1')).toBe('Zaal 1');
    expect(resourceName(db, 'consultant', 'C1')).toBe('Els de Vries');
    expect(resourceName(db, 'interpreter', 'T1')).toBe('Tolk Arabisch');
    expect(resourceName(db, 'childcareProvider', 'CC1')).toBe('Opvang De Vlinder');
    expect(resourceName(db, 'room', 'C1')).toBeNull();
    expect(resourceName(db, 'interpreter', 'T-X')).toBeNull();
  });

  it("gives the end of a provider's day-part and of a class's lesson that start at a time on a weekday", () => {
    const db = tinyRegion();
    addChildcareProvider(db, {
      id: 'CC1',
      name: 'Opvang De Vlinder',
      locationId: 'L1',
      kind: 'kinderopvang',
      ageMonthsMin: 0,
      ageMonthsMax: 48,
      dayparts: [
        { weekday: 1, start: '08:30', end: '12:30', seats: 3 },
        { weekday: 1, start: '13:00', end: '17:00', seats: 3 },
      ],
    });
    expect(daypartEnd(db, 'CC1', 1, '13:00')).toBe('17:00');
    expect(daypartEnd(db, 'CC1', 2, '13:00')).toBeNull();
    expect(daypartEnd(db, 'CC1', 1, '09:00')).toBeNull();
    expect(lessonEnd(db, 'K1', 2, '09:00')).toBe('12:00');
    expect(lessonEnd(db, 'K1', 3, '09:00')).toBeNull();
    expect(lessonEnd(db, 'K-X', 2, '09:00')).toBeNull();
  });
});

describe('participant and demand look-ups', () => {
  it('reads a child by id, or null', () => {
    const { db, audit } = withPerson();
    createHousehold(db, audit, { id: 'H1', name: 'Familie Al-Hassan' });
    addChild(db, audit, { id: 'KND1', householdId: 'H1', givenName: 'Amir', birthDate: '2024-01-10' });
    expect(getChild(db, 'KND1')).toEqual({ id: 'KND1', householdId: 'H1', givenName: 'Amir', birthDate: '2024-01-10' });
    expect(getChild(db, 'KND-X')).toBeNull();
  });

  it("finds the participant's oldest open demand of a kind, at any school", () => {
    const { db, audit } = withPerson();
    addDemand(db, audit, { id: 'D-late', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: '2026-12-01' });
    addDemand(db, audit, { id: 'D-early', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: '2026-11-01' });
    addDemand(db, audit, { id: 'D-done', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: '2026-10-01', status: 'done' });
    expect(firstOpenDemand(db, 'P1', 'trialLesson')).toBe('D-early');
    expect(firstOpenDemand(db, 'P1', 'toets')).toBeNull();
    expect(firstOpenDemand(db, 'P-X', 'trialLesson')).toBeNull();
  });

  it('gives the demands of a week: open ones that may start by its last day, and those booked in it', () => {
    const { db, audit } = withPerson();
    addDemand(db, audit, { id: 'D-now', participantId: 'P1', kind: 'toets', earliestDate: MON, dueDate: '2026-12-01' });
    addDemand(db, audit, { id: 'D-later', participantId: 'P1', kind: 'groupInfo', earliestDate: '2026-11-28' });
    addDemand(db, audit, { id: 'D-done', participantId: 'P1', kind: 'groupInfo', earliestDate: MON, status: 'done' });
    addDemand(db, audit, { id: 'D-session', participantId: 'P1', kind: 'groupInfo', earliestDate: MON });
    addDemand(db, audit, { id: 'D-trial', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: MON });
    addDemand(db, audit, { id: 'D-next', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: MON });
    createSession(db, audit, {
      kind: 'groupInfo',
      start: '2026-11-23T09:00',
      end: '2026-11-23T11:00',
      roomId: 'R1',
      consultantId: 'C1',
      interpreterId: null,
      language: 'ar',
      status: 'proposed',
      participants: [{ participantId: 'P1', demandId: 'D-session' }],
    });
    addTrialBooking(db, audit, { classId: 'K1', start: '2026-11-24T09:00', end: '2026-11-24T12:00', participantId: 'P1', demandId: 'D-trial', status: 'accepted' });
    addTrialBooking(db, audit, { classId: 'K1', start: '2026-12-01T09:00', end: '2026-12-01T12:00', participantId: 'P1', demandId: 'D-next', status: 'accepted' });
    expect(demandsOfWeek(db, MON, '2026-11-27')).toEqual([
      { id: 'D-now', participantId: 'P1', kind: 'toets', schoolId: null, earliestDate: MON, dueDate: '2026-12-01' },
      { id: 'D-session', participantId: 'P1', kind: 'groupInfo', schoolId: null, earliestDate: MON, dueDate: null },
      { id: 'D-trial', participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: MON, dueDate: null },
    ]);
    expect(demandsOfWeek(db, MON, '2026-11-28').map((d) => d.id)).toContain('D-later');
  });
});

describe('changeStamp', () => {
  it('stays while nothing is written and moves with a write on this or another connection', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-stamp-'));
    const file = path.join(dir, 'keten.sqlite');
    const db = openDatabase(file);
    const other = openDatabase(file);
    try {
      const first = changeStamp(db);
      expect(changeStamp(db)).toBe(first);
      createRegion(db, 'Testregio');
      const second = changeStamp(db);
      expect(second).not.toBe(first);
      createHousehold(other, testAudit(), { id: 'H1', name: 'Familie Haile' });
      expect(changeStamp(db)).not.toBe(second);
    } finally {
      db.close();
      other.close();
    }
  });
});
