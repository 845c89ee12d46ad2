// Beheer repositories for places: gemeenten, locations, travel times and rooms on the tiny region.
import { describe, expect, it } from 'vitest';
import { listAudit } from './audit';
import { addException } from './availability';
import { addDemand } from './demands';
import {
  listGemeenteItems,
  listLocationItems,
  listRoomItems,
  removeGemeente,
  removeLocation,
  removeRoom,
  saveGemeente,
  saveLocation,
  saveRoom,
  setTravelMinutes,
  type RoomForm,
} from './manage-places';
import { saveConsultant } from './manage-staff';
import { searchParticipants } from './participants';
import { listRooms, listTravelTimes } from './region';
import { DataRuleError } from './rule-error';
import { renderMsg } from '../../shared/messages';
import { createSession } from './sessions';
import { addTestParticipant, testAudit, tinyRegion } from './test-helpers';
import { buildInstance } from '../instance/instance-from-db';

const MON = '2026-11-23';
const NEXT = '2026-11-30';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The refusal a call throws: its Dutch message, field, code and the message's code. */
function refusal(fn: () => unknown): { message: string; field?: string; code: string; msgCode: string; en: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof DataRuleError) return { message: err.message, field: err.field, code: err.code, msgCode: err.msg.code, en: renderMsg(err.msg, 'en') };
    throw err;
  }
  throw new Error('geen weigering');
}

const room = (over: Partial<RoomForm> = {}): RoomForm => ({
  locationId: 'L1',
  name: 'Zaal 2',
  capacity: 8,
  laptopsTouch: 2,
  laptopsMouse: 0,
  kinds: ['toets'],
  opening: [{ weekday: 2, start: '09:00', end: '12:00', validFrom: null, validUntil: null }],
  exceptions: [{ date: '2026-12-24', kind: 'remove', start: null, end: null, note: 'kerst' }],
  active: true,
  ...over,
});

/** A toets session in R1 with one participant, in the week of `day`. */
function bookToets(db: ReturnType<typeof tinyRegion>, day: string, n = 1): string {
  const audit = testAudit();
  const participants = Array.from({ length: n }, (_, i) => {
    const participantId = addTestParticipant(db, audit, `P-${day}-${i}`);
    const demandId = addDemand(db, audit, { participantId, kind: 'toets', earliestDate: '2026-11-01' });
    return { participantId, demandId };
  });
  return createSession(db, audit, {
    kind: 'toets',
    start: `${day}T09:00`,
    end: `${day}T10:30`,
    roomId: 'R1',
    consultantId: 'C1',
    interpreterId: null,
    language: null,
    status: 'accepted',
    participants,
  });
}

describe('gemeenten', () => {
  it('creates with a random id, renames, and counts what is in it', () => {
    const db = tinyRegion();
    const audit = testAudit('coördinator');
    const created = saveGemeente(db, audit, { name: 'Leerdam' });
    expect(created).toMatchObject({ created: true, fields: ['name'] });
    expect(created.id).toMatch(UUID);
    addTestParticipant(db, audit, 'P1');
    const renamed = saveGemeente(db, audit, { id: 'G1', name: 'Gorcum' });
    expect(renamed).toEqual({ id: 'G1', created: false, fields: ['name'] });
    expect(listGemeenteItems(db)).toEqual([
      { id: 'G1', name: 'Gorcum', locations: 2, participants: 1, consultants: 0 },
      { id: created.id, name: 'Leerdam', locations: 0, participants: 0, consultants: 0 },
    ]);
    // Participants are found by the new name of their gemeente.
    expect(searchParticipants(db, { query: 'gorcum', limit: 10, offset: 0 }).total).toBe(1);
    const rows = listAudit(db, { entity: 'gemeente' });
    expect(rows.map((r) => [r.action, r.entityId, r.actor, r.details])).toEqual([
      ['update', 'G1', 'coördinator', { fields: ['name'] }],
      ['create', created.id, 'coördinator', { fields: ['name'] }],
    ]);
  });

  it('refuses a name that is taken (in any case) and an unknown id', () => {
    const db = tinyRegion();
    expect(refusal(() => saveGemeente(db, testAudit(), { name: 'gorinchem' }))).toEqual({
      message: 'Er is al een gemeente met de naam gorinchem.',
      field: 'name',
      code: 'conflict',
      msgCode: 'manage.nameTaken.gemeente',
      en: 'There is already a municipality named gorinchem.',
    });
    expect(refusal(() => saveGemeente(db, testAudit(), { id: 'G9', name: 'X' }))).toEqual({
      message: 'Deze gemeente bestaat niet (meer).',
      field: 'id',
      code: 'not_found',
      msgCode: 'manage.gone',
      en: 'This municipality does not exist (any more).',
    });
  });

  it('erases only a gemeente without locations or participants, and clears it from consultants', () => {
    const db = tinyRegion();
    const audit = testAudit();
    expect(refusal(() => removeGemeente(db, audit, 'G1'))).toMatchObject({
      message: 'Gorinchem kan niet worden verwijderd: er horen nog 2 locaties bij. Verplaats die eerst naar een andere gemeente.',
      msgCode: 'manage.inUse.gemeente',
      en: 'Gorinchem cannot be removed: it still has 2 locations. Move them to another municipality first.',
    });
    const g = saveGemeente(db, audit, { name: 'Leerdam' }).id;
    saveConsultant(db, audit, { name: 'Kees', languages: ['nl'], toetsCertified: false, gemeenteId: g, hoursPerWeek: null, availability: [], exceptions: [], active: true }, MON);
    const removed = removeGemeente(db, audit, g);
    expect(renderMsg(removed, 'nl')).toBe('Leerdam is verwijderd. Bij 1 consulent is de gemeente leeggemaakt.');
    expect(renderMsg(removed, 'en')).toBe('Leerdam has been removed. The municipality was cleared for 1 consultant.');
    expect(listGemeenteItems(db).map((x) => x.name)).toEqual(['Gorinchem']);
    expect(listAudit(db, { entity: 'gemeente', entityId: g })[0]).toMatchObject({ action: 'delete', details: { name: 'Leerdam', consultantsCleared: 1 } });
  });
});

describe('locations and travel times', () => {
  it('creates and updates a location; refuses a gemeente that does not exist', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const id = saveLocation(db, audit, { name: 'Bibliotheek', gemeenteId: 'G1', kind: 'overig', address: 'Molenstraat 1' }).id;
    expect(saveLocation(db, audit, { id, name: 'Bibliotheek', gemeenteId: 'G1', kind: 'overig', address: null }).fields).toEqual(['address']);
    expect(listLocationItems(db).find((l) => l.id === id)).toMatchObject({ name: 'Bibliotheek', gemeente: 'Gorinchem', address: null, uses: { rooms: 0, participants: 0 } });
    expect(refusal(() => saveLocation(db, audit, { name: 'X', gemeenteId: 'G9', kind: 'overig', address: null }))).toEqual({
      message: 'De gekozen gemeente bestaat niet (meer); kies een andere.',
      field: 'gemeenteId',
      code: 'not_found',
      msgCode: 'manage.refGone',
      en: 'The chosen municipality does not exist (any more); choose another.',
    });
  });

  it('refuses to erase a location in use, naming what uses it; erases a free one with its travel times', () => {
    const db = tinyRegion();
    const audit = testAudit();
    addTestParticipant(db, audit, 'P1');
    expect(refusal(() => removeLocation(db, audit, 'L1'))).toMatchObject({
      message:
        'Gemeentehuis Gorinchem kan niet worden verwijderd: er horen nog 1 ruimte en 1 deelnemer die er woont bij (ook wat buiten gebruik is). Verplaats of verwijder die eerst.',
      msgCode: 'manage.inUse.location',
      en: 'Gemeentehuis Gorinchem cannot be removed: it still has 1 room and 1 participant who lives there (counting what is out of use). Move or remove them first.',
    });
    const id = saveLocation(db, audit, { name: 'Bibliotheek', gemeenteId: 'G1', kind: 'overig', address: null }).id;
    setTravelMinutes(db, audit, id, 'L1', 10);
    setTravelMinutes(db, audit, 'L2', id, 12);
    const removed = removeLocation(db, audit, id);
    expect(renderMsg(removed, 'nl')).toBe('Bibliotheek is verwijderd, met 2 reistijden van en naar deze locatie.');
    expect(renderMsg(removed, 'en')).toBe('Bibliotheek has been removed, with 2 travel times from and to this location.');
    expect(listTravelTimes(db)).toEqual([]);
  });

  it('sets a travel time both ways, changes it, and empties it (not reachable)', () => {
    const db = tinyRegion();
    const audit = testAudit();
    setTravelMinutes(db, audit, 'L2', 'L1', 15);
    setTravelMinutes(db, audit, 'L1', 'L2', 20);
    expect(listTravelTimes(db)).toEqual([{ from: 'L1', to: 'L2', minutes: 20 }]);
    setTravelMinutes(db, audit, 'L1', 'L2', null);
    expect(listTravelTimes(db)).toEqual([]);
    expect(listAudit(db, { entity: 'travel_time' }).map((r) => [r.action, r.entityId])).toEqual([
      ['delete', 'L1|L2'],
      ['update', 'L1|L2'],
      ['create', 'L1|L2'],
    ]);
    expect(refusal(() => setTravelMinutes(db, audit, 'L1', 'L1', 5))).toMatchObject({ field: 'to', msgCode: 'manage.travelSame' });
    expect(refusal(() => setTravelMinutes(db, audit, 'L1', 'L9', 5))).toMatchObject({ field: 'to', code: 'not_found' });
  });
});

describe('rooms', () => {
  it('saves a room with its opening pattern and closing days, which the week then follows', () => {
    const db = tinyRegion();
    const audit = testAudit();
    const id = saveRoom(db, audit, room(), MON).id;
    expect(id).toMatch(UUID);
    const item = listRoomItems(db, MON).find((r) => r.id === id)!;
    expect(item).toMatchObject({
      name: 'Zaal 2',
      locationName: 'Gemeentehuis Gorinchem',
      kinds: ['toets'],
      active: true,
      sessions: { future: 0, firstWeek: null, past: 0 },
    });
    // The use is counted, not worded: the screen writes it in the reader's language.
    expect(item).not.toHaveProperty('inUse');
    expect(item.opening).toEqual(room().opening);
    expect(item.exceptions).toEqual(room().exceptions);
    // A closing day on the Tuesday of the week: the room has no time that week.
    saveRoom(db, audit, room({ id, exceptions: [{ date: '2026-11-24', kind: 'remove', start: null, end: null, note: null }] }), MON);
    expect(buildInstance(db, MON).rooms.find((r) => r.id === id)!.available).toEqual([]);
    expect(buildInstance(db, NEXT).rooms.find((r) => r.id === id)!.available).toEqual([{ start: '2026-12-01T09:00', end: '2026-12-01T12:00' }]);
    const update = saveRoom(db, audit, room({ id, capacity: 6, kinds: ['toets'], exceptions: [{ date: '2026-11-24', kind: 'remove', start: null, end: null, note: null }] }), MON);
    expect(update.fields).toEqual(['capacity']);
  });

  it('refuses a name taken at the same location and an unknown location', () => {
    const db = tinyRegion();
    expect(refusal(() => saveRoom(db, testAudit(), room({ name: 'zaal 1' }), MON))).toEqual({
      message: 'Op deze locatie is al een ruimte met de naam zaal 1.',
      field: 'name',
      code: 'conflict',
      msgCode: 'manage.nameTaken.room',
      en: 'This location already has a room named zaal 1.',
    });
    expect(refusal(() => saveRoom(db, testAudit(), room({ locationId: 'L9' }), MON)).field).toBe('locationId');
    // Another location may have a Zaal 1.
    expect(saveRoom(db, testAudit(), room({ locationId: 'L2', name: 'Zaal 1' }), MON).created).toBe(true);
  });

  it('counts sessions from this week on and before; erases an unused room, takes a used one out of use', () => {
    const db = tinyRegion();
    const audit = testAudit();
    bookToets(db, '2026-11-16');
    bookToets(db, '2026-11-24');
    bookToets(db, '2026-12-01');
    expect(listRoomItems(db, MON).find((r) => r.id === 'R1')).toMatchObject({ sessions: { future: 2, firstWeek: MON, past: 1 } });
    const spare = saveRoom(db, audit, room(), MON).id;
    expect(removeRoom(db, audit, spare, MON)).toMatchObject({ action: 'deleted', name: 'Zaal 2' });
    expect(listRoomItems(db, MON).map((r) => r.id)).toEqual(['R1']);
    expect(removeRoom(db, audit, 'R1', MON)).toEqual({ action: 'deactivated', name: 'Zaal 1', usage: { future: 2, firstWeek: MON, past: 1 } });
    // Out of use: the planner no longer sees it; the list still does.
    expect(listRooms(db)).toEqual([]);
    expect(listRoomItems(db, MON)[0]).toMatchObject({ id: 'R1', active: false });
    expect(listAudit(db, { entity: 'room', entityId: 'R1' })[0]).toMatchObject({ action: 'update', details: { fields: ['active'], active: false } });
  });

  it('keeps exceptions added elsewhere when listing, with their note', () => {
    const db = tinyRegion();
    addException(db, { kind: 'room', id: 'R1' }, { date: '2026-12-25', kind: 'remove', note: 'Kerstmis' });
    expect(listRoomItems(db, MON)[0].exceptions).toEqual([{ date: '2026-12-25', kind: 'remove', start: null, end: null, note: 'Kerstmis' }]);
  });
});
