import { describe, expect, it } from 'vitest';
import { addChild, createHousehold } from './participants';
import { addDemand, listDemands } from './demands';
import { addChildcareProvider, addStartklasIntake } from './region';
import { createSession } from './sessions';
import {
  addChildcareBooking,
  addIntakeBooking,
  addTrialBooking,
  countChildcareBookings,
  countIntakeBookings,
  countTrialBookings,
  deleteChildcareBookingsAt,
  deleteTrialBooking,
  getTrialBooking,
  listChildcareBookingsOf,
  listTrialBookingsOf,
  listTrialVisitors,
  nextIntakeBookingOf,
  trialBookingIdOf,
} from './bookings';
import { appointmentsOf, bookingStartOf } from './appointments';
import { bookingsOfPerson } from './people';
import { recordTrialOutcome, trialOutcomesOf } from './trial-outcomes';
import { viewedSince, writeAudit } from './audit';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';
import { renderMsg } from '../../shared/messages';

const MON = '2026-11-23';

function withClients() {
  const db = tinyRegion();
  const audit = testAudit();
  for (const id of ['P1', 'P2']) {
    addTestParticipant(db, audit, id, { givenName: 'Amal', familyName: id, routeIndication: 'B1' });
    addDemand(db, audit, { id: `T-${id}`, participantId: id, kind: 'trialLesson', schoolId: 'S1', earliestDate: MON });
    addDemand(db, audit, { id: `I-${id}`, participantId: id, kind: 'startklasIntake', earliestDate: MON });
    addDemand(db, audit, { id: `G-${id}`, participantId: id, kind: 'groupInfo', earliestDate: MON });
  }
  addStartklasIntake(db, { id: 'IN1', locationId: 'L1', weekday: 3, start: '10:00', end: '11:00', seats: 2 });
  return { db, audit };
}

const trial = (participantId: string, start: string) => ({
  classId: 'K1',
  start,
  end: `${start.slice(0, 10)}T12:00`,
  participantId,
  demandId: `T-${participantId}`,
  status: 'accepted' as const,
});

describe('bookings repository', () => {
  it('books a trial seat against its demand, counts the lesson\u2019s seats and removes it again', () => {
    const { db, audit } = withClients();
    addTrialBooking(db, audit, trial('P1', '2026-11-24T09:00'));
    addTrialBooking(db, audit, trial('P2', '2026-11-24T09:00'));
    expect(listDemands(db, { status: 'planned' }).map((d) => d.id)).toEqual(['T-P1', 'T-P2']);
    expect(countTrialBookings(db, 'K1', '2026-11-24T09:00')).toBe(2);
    expect(countTrialBookings(db, 'K1', '2026-12-01T09:00')).toBe(0);
    const id = trialBookingIdOf(db, 'T-P1')!;
    expect(getTrialBooking(db, id)).toEqual({
      id,
      participantId: 'P1',
      demandId: 'T-P1',
      weekStart: MON,
      classId: 'K1',
      schoolId: 'S1',
      start: '2026-11-24T09:00',
      end: '2026-11-24T12:00',
      missed: false,
    });
    expect(listTrialBookingsOf(db, 'P1').map((b) => b.id)).toEqual([id]);
    deleteTrialBooking(db, id);
    expect(getTrialBooking(db, id)).toBeNull();
    expect(trialBookingIdOf(db, 'T-P1')).toBeNull();
    expect(countTrialBookings(db, 'K1', '2026-11-24T09:00')).toBe(1);
  });

  it('refuses a seat for another participant\u2019s demand', () => {
    const { db, audit } = withClients();
    expect(() => addTrialBooking(db, audit, { ...trial('P1', '2026-11-24T09:00'), demandId: 'T-P2' })).toThrow(/hoort niet bij/);
    expect(countTrialBookings(db, 'K1', '2026-11-24T09:00')).toBe(0);
  });

  it('lists a school\u2019s trial visitors in a period with the outcome, and keeps the outcome when the booking goes', () => {
    const { db, audit } = withClients();
    addTrialBooking(db, audit, trial('P2', '2026-11-24T09:00'));
    addTrialBooking(db, audit, trial('P1', '2026-12-01T09:00'));
    const first = trialBookingIdOf(db, 'T-P2')!;
    expect(listTrialVisitors(db, 'S1', MON, '2026-12-07').map((v) => [v.participantId, v.name, v.className, v.attended])).toEqual([
      ['P2', 'Amal P2', 'B1 ochtend', null],
      ['P1', 'Amal P1', 'B1 ochtend', null],
    ]);
    expect(listTrialVisitors(db, 'S1', MON, '2026-11-30')).toHaveLength(1);
    const outcome = { bookingId: first, participantId: 'P2', schoolId: 'S1', classId: 'K1', lessonStart: '2026-11-24T09:00', recordedBy: 'liaison:S1' };
    recordTrialOutcome(db, { ...outcome, attended: false, routeAdvice: null, recordedAt: '2026-11-24T13:00:00' });
    // A no-show: the booking is the missed lesson, for the trial-lesson reads and the client's bookings.
    expect(getTrialBooking(db, first)).toMatchObject({ missed: true });
    expect(listTrialBookingsOf(db, 'P2').map((b) => b.missed)).toEqual([true]);
    expect(
      bookingsOfPerson(db, 'P2')
        .filter((b) => b.kind === 'trialLesson')
        .map((b) => b.missed),
    ).toEqual([true]);
    expect(getTrialBooking(db, trialBookingIdOf(db, 'T-P1')!)).toMatchObject({ missed: false });
    // Recording again replaces the school's earlier word.
    recordTrialOutcome(db, { ...outcome, attended: true, routeAdvice: 'Z', recordedAt: '2026-11-24T14:00:00' });
    expect(getTrialBooking(db, first)).toMatchObject({ missed: false });
    expect(
      bookingsOfPerson(db, 'P2')
        .filter((b) => b.kind === 'trialLesson')
        .map((b) => b.missed),
    ).toEqual([false]);
    expect(listTrialVisitors(db, 'S1', MON, '2026-11-30')[0]).toMatchObject({ attended: 1, routeAdvice: 'Z' });
    expect(trialOutcomesOf(db, 'P2')).toEqual([
      {
        bookingId: String(first),
        schoolId: 'S1',
        schoolName: 'Taalschool Rivierland',
        lessonStart: '2026-11-24T09:00',
        attended: true,
        routeAdvice: 'Z',
        recordedAt: '2026-11-24T14:00:00',
      },
    ]);
    deleteTrialBooking(db, first);
    expect(trialOutcomesOf(db, 'P2')).toEqual([expect.objectContaining({ bookingId: expect.stringMatching(/^o\d+$/), attended: true })]);
  });

  it('finds a participant\u2019s next intake after a day and counts an intake moment\u2019s seats', () => {
    const { db, audit } = withClients();
    addIntakeBooking(db, audit, { intakeId: 'IN1', date: '2026-11-25', participantId: 'P1', demandId: 'I-P1', status: 'accepted' });
    addIntakeBooking(db, audit, { intakeId: 'IN1', date: '2026-11-25', participantId: 'P2', demandId: 'I-P2', status: 'accepted' });
    expect(countIntakeBookings(db, 'IN1', '2026-11-25')).toBe(2);
    expect(nextIntakeBookingOf(db, 'P1', '2026-11-24')).toMatchObject({ intakeId: 'IN1', date: '2026-11-25', demandId: 'I-P1' });
    expect(nextIntakeBookingOf(db, 'P1', '2026-11-25')).toBeNull();
  });

  it('books childcare per daypart, lists a child\u2019s week and frees the daypart', () => {
    const { db, audit } = withClients();
    const household = createHousehold(db, audit, { name: 'Huishouden' });
    const child = addChild(db, audit, { householdId: household, givenName: 'Sami', birthDate: '2025-06-01' });
    addChildcareProvider(db, {
      id: 'KO1',
      name: 'Kinderopvang Gorinchem',
      locationId: 'L1',
      kind: 'kinderopvang',
      ageMonthsMin: 0,
      ageMonthsMax: 48,
      dayparts: [{ weekday: 2, start: '08:30', end: '12:30', seats: 2 }],
    });
    addChildcareBooking(db, audit, { childId: child, providerId: 'KO1', slotStart: '2026-11-24T08:30', slotEnd: '2026-11-24T12:30', status: 'accepted' });
    expect(countChildcareBookings(db, 'KO1', '2026-11-24T08:30')).toBe(1);
    expect(listChildcareBookingsOf(db, child, MON)).toEqual([{ providerName: 'Kinderopvang Gorinchem', kind: 'kinderopvang', start: '2026-11-24T08:30', end: '2026-11-24T12:30' }]);
    expect(listChildcareBookingsOf(db, child, '2026-11-30')).toEqual([]);
    deleteChildcareBookingsAt(db, child, '2026-11-24T08:30');
    expect(countChildcareBookings(db, 'KO1', '2026-11-24T08:30')).toBe(0);
  });
});

describe('appointments repository', () => {
  it('lists a person\u2019s sessions, trial lessons and intakes in a period in time order, in words', () => {
    const { db, audit } = withClients();
    addTrialBooking(db, audit, trial('P1', '2026-11-24T09:00'));
    addIntakeBooking(db, audit, { intakeId: 'IN1', date: '2026-11-25', participantId: 'P1', demandId: 'I-P1', status: 'proposed' });
    createSession(db, audit, {
      kind: 'groupInfo',
      start: '2026-11-23T13:00',
      end: '2026-11-23T15:00',
      roomId: 'R1',
      consultantId: 'C1',
      interpreterId: null,
      language: 'ar',
      status: 'accepted',
      participants: [{ participantId: 'P1', demandId: 'G-P1' }],
    });
    expect(appointmentsOf(db, 'P1', MON, 7)).toEqual([
      {
        kind: 'groupInfo',
        start: '2026-11-23T13:00',
        end: '2026-11-23T15:00',
        status: 'accepted',
        locationName: 'Gemeentehuis Gorinchem',
        label: 'Groepsvoorlichting',
        labelMsg: { code: 'caseload.appointment.groupInfo', params: {} },
      },
      {
        kind: 'trialLesson',
        start: '2026-11-24T09:00',
        end: '2026-11-24T12:00',
        status: 'accepted',
        locationName: 'Taalschool',
        label: 'Proefles Taalschool Rivierland (B1 ochtend)',
        labelMsg: {
          code: 'caseload.appointment.trialLesson',
          params: { school: { type: 'text', value: 'Taalschool Rivierland' }, klas: { type: 'text', value: 'B1 ochtend' } },
        },
      },
      {
        kind: 'startklasIntake',
        start: '2026-11-25T10:00',
        end: '2026-11-25T11:00',
        status: 'proposed',
        locationName: 'Gemeentehuis Gorinchem',
        label: 'Intake startklas',
        labelMsg: { code: 'caseload.appointment.startklasIntake', params: {} },
      },
    ]);
    // The same words in English, from the same data.
    expect(appointmentsOf(db, 'P1', MON, 7).map((a) => renderMsg(a.labelMsg, 'en'))).toEqual([
      'Group information session',
      'Trial lesson at Taalschool Rivierland (B1 ochtend)',
      'Startklas intake',
    ]);
    expect(appointmentsOf(db, 'P1', '2026-11-24', 1).map((a) => a.kind)).toEqual(['trialLesson']);
    expect(appointmentsOf(db, 'P2', MON, 7)).toEqual([]);
    expect(['G-P1', 'T-P1', 'I-P1', 'G-P2'].map((d) => bookingStartOf(db, d))).toEqual(['2026-11-23T13:00', '2026-11-24T09:00', '2026-11-25T10:00', null]);
  });
});

describe('audit repository: views', () => {
  it('tells whether this actor already logged a view of the person for this purpose since a moment', () => {
    const { db } = withClients();
    const audit = { actor: 'consultant:C1', purpose: 'toets boeken', now: () => '2026-11-25T10:00:00' };
    expect(viewedSince(db, 'P1', 'consultant:C1', 'toets boeken', '2026-11-25T00:00:00')).toBe(false);
    writeAudit(db, audit, 'view', 'participant', 'P1');
    expect(viewedSince(db, 'P1', 'consultant:C1', 'toets boeken', '2026-11-25T00:00:00')).toBe(true);
    expect(viewedSince(db, 'P1', 'consultant:C1', 'toets boeken', '2026-11-26T00:00:00')).toBe(false);
    expect(viewedSince(db, 'P1', 'consultant:C1', 'proeflessen boeken', '2026-11-25T00:00:00')).toBe(false);
    expect(viewedSince(db, 'P1', 'coordinator', 'toets boeken', '2026-11-25T00:00:00')).toBe(false);
    expect(viewedSince(db, 'P2', 'consultant:C1', 'toets boeken', '2026-11-25T00:00:00')).toBe(false);
  });
});
