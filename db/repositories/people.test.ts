// The people repository on a tiny region: steps in order, ending a trajectory, the erasure.
import { describe, expect, it } from 'vitest';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';
import { cellsContaining, pastSeatCounts } from './test-helpers-people';
import { addChild, createHousehold, getParticipant } from './participants';
import { addStep, bookingsOfPerson, endTrajectory, erasurePlan, eraseParticipant, listSteps, setStepOrder } from './people';
import { createSession } from './sessions';
import { listAudit } from './audit';

const audit = testAudit();

function personWithSeats() {
  const db = tinyRegion();
  const hh = createHousehold(db, audit, { name: 'Huishouden Qorbani' });
  addTestParticipant(db, audit, 'P1', { givenName: 'Zarghuna', familyName: 'Qorbani', householdId: hh, busy: [{ weekday: 3, start: '08:00', end: '12:00' }] });
  addChild(db, audit, { householdId: hh, givenName: 'Parwana', birthDate: '2024-06-01', covered: [{ weekday: 1, start: '08:30', end: '12:00' }] });
  const past = addStep(db, audit, { participantId: 'P1', kind: 'groupInfo', schoolId: null, earliestDate: '2026-11-01', dueDate: '2026-12-01' });
  const next = addStep(db, audit, { participantId: 'P1', kind: 'toets', schoolId: null, earliestDate: '2026-11-01', dueDate: '2026-12-20' });
  addStep(db, audit, { participantId: 'P1', kind: 'trialLesson', schoolId: 'S1', earliestDate: '2026-12-01', dueDate: '2027-01-04' });
  const base = { roomId: 'R1', consultantId: 'C1', interpreterId: null, status: 'accepted' as const };
  createSession(db, audit, {
    ...base,
    id: 'SES-PAST',
    kind: 'groupInfo',
    language: 'ar',
    start: '2026-11-16T09:00',
    end: '2026-11-16T11:00',
    participants: [{ participantId: 'P1', demandId: past }],
  });
  createSession(db, audit, {
    ...base,
    id: 'SES-NEXT',
    kind: 'toets',
    language: null,
    start: '2026-11-30T09:00',
    end: '2026-11-30T11:00',
    participants: [{ participantId: 'P1', demandId: next }],
  });
  return { db, past, next };
}

describe('people repository', () => {
  it('keeps the consultant\u2019s order of the steps, done ones first', () => {
    const { db } = personWithSeats();
    const ids = listSteps(db, 'P1').map((s) => s.kind);
    expect(ids).toEqual(['groupInfo', 'toets', 'trialLesson']);
    const steps = listSteps(db, 'P1');
    setStepOrder(db, audit, 'P1', [steps[2].id, steps[0].id, steps[1].id]);
    expect(listSteps(db, 'P1').map((s) => s.kind)).toEqual(['trialLesson', 'groupInfo', 'toets']);
    expect(listAudit(db, { entity: 'participant', entityId: 'P1' })[0].details).toEqual({ fields: ['stepOrder'] });
  });

  it('ends a trajectory: open steps closed, the listed bookings cancelled, the past kept', () => {
    const { db } = personWithSeats();
    const future = bookingsOfPerson(db, 'P1').filter((b) => b.start >= '2026-11-25');
    expect(future.map((b) => b.label)).toEqual(['Leerbaarheidstoets']);
    endTrajectory(db, audit, 'P1', { date: '2026-11-25', reason: 'Verhuisd' }, future);
    expect(getParticipant(db, 'P1')).toMatchObject({ endedOn: '2026-11-25', endReason: 'Verhuisd' });
    expect(bookingsOfPerson(db, 'P1').map((b) => b.start)).toEqual(['2026-11-16T09:00']);
    expect(listSteps(db, 'P1').map((s) => [s.kind, s.status])).toEqual([['groupInfo', 'planned']]);
  });

  it('erases a person: no name, dates, busy times or child left; the past seat stays as a placeholder', () => {
    const { db } = personWithSeats();
    const seatsBefore = pastSeatCounts(db, '2026-11-25');
    const plan = erasurePlan(db, 'P1', '2026-11-25');
    expect(plan).toMatchObject({ pastCount: 1, household: { removed: true, children: 1 } });
    expect(plan.future).toHaveLength(1);
    const r = eraseParticipant(db, audit, 'P1', '2026-11-25');
    expect(r).toEqual({ futureRemoved: 1, pastKept: 1 });
    for (const text of ['Zarghuna', 'Qorbani', 'Parwana', '2024-06-01', '2026-10-01']) expect(cellsContaining(db, text), text).toEqual([]);
    expect(pastSeatCounts(db, '2026-11-25')).toEqual(seatsBefore);
    const p = getParticipant(db, 'P1')!;
    expect(p).toMatchObject({ name: 'Verwijderde deelnemer', householdId: null, consultantId: null, koppelingDate: null, erasedOn: '2026-11-25', otherLanguages: [] });
    const row = listAudit(db, { entity: 'participant', entityId: 'P1' })[0];
    expect(row).toMatchObject({ action: 'delete', details: { erasure: true, futureBookingsRemoved: 1, pastBookingsKept: 1, childrenErased: 1, householdRemoved: true } });
  });
});
