// Beheer repositories for schools, classes, startklas intakes, childcare providers and the
// region's settings, on the tiny region.
import { describe, expect, it } from 'vitest';
import { listAudit } from './audit';
import { addTrialBooking, addIntakeBooking } from './bookings';
import { addDemand } from './demands';
import { listProviderItems, removeProvider, saveProvider, type ChildcareProviderForm } from './manage-care';
import { listClassItems, listIntakeItems, listSchoolItems, removeClass, removeIntake, removeSchool, saveClass, saveIntake, saveSchool, type ClassForm } from './manage-schools';
import { saveRegionSettings } from './manage-settings';
import { getRegion, listChildcareProviders, listClasses, listStartklasIntakes } from './region';
import { DataRuleError } from './rule-error';
import { renderMsg } from '../../shared/messages';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';
import { buildInstance } from '../instance/instance-from-db';

const MON = '2026-11-23';
const NEXT = '2026-11-30';

function refusal(fn: () => unknown): DataRuleError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DataRuleError) return err;
    throw err;
  }
  throw new Error('geen weigering');
}

const klass = (over: Partial<ClassForm> = {}): ClassForm => ({
  schoolId: 'S1',
  locationId: 'L2',
  name: 'Z middag',
  route: 'Z',
  capacity: 12,
  placesTaken: 4,
  trialSeats: 2,
  lessons: [{ weekday: 4, start: '13:00', end: '15:30' }],
  firstDate: null,
  lastDate: null,
  active: true,
  ...over,
});

const provider = (over: Partial<ChildcareProviderForm> = {}): ChildcareProviderForm => ({
  name: 'KDV Het Bolletje',
  locationId: 'L1',
  kind: 'kinderopvang',
  ageMonthsMin: 3,
  ageMonthsMax: 48,
  dayparts: [{ weekday: 2, start: '08:30', end: '12:30', seats: 3 }],
  active: true,
  ...over,
});

/** A trial booking in class K1 on its lesson of `day` (a Tuesday). */
function bookTrial(db: ReturnType<typeof tinyRegion>, day: string, id: string): void {
  const audit = testAudit();
  addTestParticipant(db, audit, id);
  const demandId = addDemand(db, audit, { participantId: id, kind: 'trialLesson', schoolId: 'S1', earliestDate: '2026-11-01' });
  addTrialBooking(db, audit, { classId: 'K1', start: `${day}T09:00`, end: `${day}T12:00`, participantId: id, demandId, status: 'accepted' });
}

describe('schools', () => {
  it('creates a school, refuses a taken name, and erases only a school without classes or requests', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const id = saveSchool(db, audit, { name: 'Taalhuis Leerdam', locationId: null }, MON).id;
    expect(refusal(() => saveSchool(db, audit, { name: 'taalhuis leerdam', locationId: null }, MON))).toMatchObject({ field: 'name', msg: { code: 'manage.nameTaken.school' } });
    bookTrial(db, '2026-11-24', 'P1');
    expect(listSchoolItems(db, MON).find((s) => s.id === 'S1')).toMatchObject({
      classes: 1,
      allClasses: 1,
      trialDemands: 1,
      trialBookings: { future: 1, firstWeek: MON, past: 0 },
    });
    const inUse = refusal(() => removeSchool(db, audit, 'S1', MON));
    expect(inUse.message).toBe(
      'Taalschool Rivierland kan niet worden verwijderd: er horen nog 1 klas en 1 aanvraag voor een proefles bij (ook wat buiten gebruik of afgerond is).',
    );
    expect(inUse.msg.code).toBe('manage.inUse.school');
    expect(renderMsg(inUse.msg, 'en')).toBe('Taalschool Rivierland cannot be removed: it still has 1 class and 1 trial lesson request (counting what is out of use or finished).');
    const removed = removeSchool(db, audit, id, MON);
    expect(renderMsg(removed, 'nl')).toBe('Taalhuis Leerdam is verwijderd.');
    expect(renderMsg(removed, 'en')).toBe('Taalhuis Leerdam has been removed.');
    expect(listAudit(db, { entity: 'school', entityId: id }).map((r) => r.action)).toEqual(['delete', 'create']);
  });
});

describe('classes', () => {
  it('saves a class whose lessons exist only between its first and last date', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const id = saveClass(db, audit, klass({ firstDate: '2026-11-30' }), MON).id;
    expect(buildInstance(db, MON).classes.find((c) => c.id === id)!.sessions).toEqual([]);
    expect(buildInstance(db, NEXT).classes.find((c) => c.id === id)!.sessions).toEqual([{ start: '2026-12-03T13:00', end: '2026-12-03T15:30' }]);
    saveClass(db, audit, klass({ id, firstDate: null, lastDate: '2026-11-26' }), MON);
    expect(buildInstance(db, MON).classes.find((c) => c.id === id)!.sessions).toHaveLength(1);
    expect(buildInstance(db, NEXT).classes.find((c) => c.id === id)!.sessions).toEqual([]);
    expect(listClassItems(db, MON, { schoolId: 'S1' }).map((c) => c.name)).toEqual(['B1 ochtend', 'Z middag']);
    expect(listAudit(db, { entity: 'class', entityId: id })[0].details).toEqual({ fields: ['firstDate', 'lastDate'] });
  });

  it('refuses more places taken than the capacity, an unknown school and an unknown location', () => {
    const db = tinyRegion();
    expect(refusal(() => saveClass(db, testAudit(), klass({ placesTaken: 13 }), MON))).toMatchObject({ field: 'placesTaken', msg: { code: 'manage.placesOverCapacity' } });
    expect(refusal(() => saveClass(db, testAudit(), klass({ schoolId: 'S9' }), MON)).message).toBe('De gekozen taalschool bestaat niet (meer); kies een andere.');
    expect(refusal(() => saveClass(db, testAudit(), klass({ locationId: 'L9' }), MON)).field).toBe('locationId');
  });

  it('erases a class nothing was booked in; takes a booked one out of use, out of the planner', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const spare = saveClass(db, audit, klass(), MON).id;
    expect(removeClass(db, audit, spare, MON).action).toBe('deleted');
    bookTrial(db, '2026-11-17', 'P1');
    bookTrial(db, '2026-12-01', 'P2');
    expect(listClassItems(db, MON)[0]).toMatchObject({ trialBookings: { future: 1, firstWeek: NEXT, past: 1 } });
    expect(removeClass(db, audit, 'K1', MON)).toEqual({ action: 'deactivated', name: 'B1 ochtend', usage: { future: 1, firstWeek: NEXT, past: 1 } });
    expect(listClasses(db)).toEqual([]);
    expect(buildInstance(db, NEXT).classes).toEqual([]);
  });
});

describe('startklas intakes', () => {
  it('saves a weekly intake moment with a first date; erases or takes it out of use', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const id = saveIntake(db, audit, { locationId: 'L1', weekday: 3, start: '10:00', end: '11:00', seats: 4, validFrom: '2026-11-30', validUntil: null, active: true }, MON).id;
    expect(buildInstance(db, MON).startklasIntakes).toEqual([]);
    expect(buildInstance(db, NEXT).startklasIntakes).toEqual([{ id: `${id}@2026-12-02`, locationId: 'L1', start: '2026-12-02T10:00', end: '2026-12-02T11:00', seats: 4 }]);
    expect(listIntakeItems(db, MON)[0]).toMatchObject({ locationName: 'Gemeentehuis Gorinchem', weekday: 3, validFrom: '2026-11-30' });
    addTestParticipant(db, audit, 'P1');
    const demandId = addDemand(db, audit, { participantId: 'P1', kind: 'startklasIntake', earliestDate: '2026-11-01' });
    addIntakeBooking(db, audit, { intakeId: id, date: '2026-12-02', participantId: 'P1', demandId, status: 'accepted' });
    expect(removeIntake(db, audit, id, MON)).toMatchObject({ action: 'deactivated', name: 'Het intakemoment op woensdag 10:00', usage: { future: 1 } });
    expect(listStartklasIntakes(db)).toEqual([]);
    const free = saveIntake(db, audit, { locationId: 'L1', weekday: 1, start: '10:00', end: '11:00', seats: 2, validFrom: null, validUntil: null, active: true }, MON).id;
    expect(removeIntake(db, audit, free, MON).action).toBe('deleted');
  });
});

describe('childcare providers', () => {
  it('saves a provider with day-parts; refuses a reversed age range and two day-parts starting together', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const id = saveProvider(db, audit, provider(), MON).id;
    expect(buildInstance(db, MON).childcare).toEqual([
      { id, locationId: 'L1', kind: 'kinderopvang', ageMonthsMin: 3, ageMonthsMax: 48, slots: [{ start: '2026-11-24T08:30', end: '2026-11-24T12:30', free: 3 }] },
    ]);
    expect(refusal(() => saveProvider(db, audit, provider({ ageMonthsMin: 50 }), MON))).toMatchObject({ field: 'ageMonthsMax', msg: { code: 'manage.ageRange' } });
    const twice = provider({ dayparts: [...provider().dayparts, { weekday: 2, start: '08:30', end: '10:00', seats: 1 }] });
    expect(refusal(() => saveProvider(db, audit, twice, MON)).message).toBe('Dagdelen: op deze dag begint al een dagdeel op die tijd.');
    expect(saveProvider(db, audit, provider({ id, dayparts: [{ weekday: 2, start: '08:30', end: '12:30', seats: 5 }] }), MON).fields).toEqual(['dayparts']);
    expect(listProviderItems(db, MON)[0]).toMatchObject({ name: 'KDV Het Bolletje', locationName: 'Gemeentehuis Gorinchem', bookings: { future: 0 } });
    expect(removeProvider(db, audit, id, MON).action).toBe('deleted');
    expect(listChildcareProviders(db)).toEqual([]);
  });
});

describe('region settings', () => {
  it('saves the day, grid, sizes and weights, and audits which changed', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const r = getRegion(db)!;
    const saved = saveRegionSettings(db, audit, { ...r, dayEnd: '16:30', groupInfo: { ...r.groupInfo, maxSize: 10 }, weights: { ...r.weights, travelMinute: 6 } });
    expect(saved.fields).toEqual(['dayEnd', 'groupInfo', 'weights']);
    expect(getRegion(db)).toMatchObject({ dayEnd: '16:30', groupInfo: { maxSize: 10 }, weights: { travelMinute: 6, unplanned: 1000 } });
    expect(buildInstance(db, MON).grid.dayEnd).toBe('16:30');
    expect(listAudit(db, { entity: 'region' })[0]).toMatchObject({ action: 'update', details: { fields: ['dayEnd', 'groupInfo', 'weights'] } });
  });
});
