// A small region for repository tests: one gemeente, a gemeentehuis with one room, one
// consultant, one interpreter, one school with a class.
import { openDatabase, type Db } from '../connection';
import type { AuditContext } from './audit';
import { addConsultant, addGemeente, addInterpreter, addLocation, addRoom, addSchool, addClass, createRegion } from './region';
import { createParticipant, type ParticipantInput } from './participants';
import { insertAccount, insertAuthSession } from './accounts';

export function testAudit(actor = 'test'): AuditContext {
  let n = 0;
  return { actor, purpose: 'test', now: () => `2026-11-23T09:00:${String(n++ % 60).padStart(2, '0')}` };
}

export function tinyRegion(): Db {
  const db = openDatabase(':memory:');
  createRegion(db, 'Testregio');
  addGemeente(db, { id: 'G1', name: 'Gorinchem' });
  addLocation(db, { id: 'L1', name: 'Gemeentehuis Gorinchem', gemeenteId: 'G1', kind: 'gemeentehuis' });
  addLocation(db, { id: 'L2', name: 'Taalschool', gemeenteId: 'G1', kind: 'taalschool' });
  addRoom(db, {
    id: 'R1',
    locationId: 'L1',
    name: 'Zaal 1',
    capacity: 14,
    laptopsTouch: 4,
    laptopsMouse: 4,
    kinds: ['groupInfo', 'toets'],
    available: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:30', end: '17:00' })),
  });
  addConsultant(db, { id: 'C1', name: 'Els de Vries', languages: ['nl', 'en'], toetsCertified: true, available: [{ weekday: 1, start: '09:00', end: '17:00' }] });
  addInterpreter(db, { id: 'T1', name: 'Tolk Arabisch', languages: ['ar'], costPerHour: 60, available: [{ weekday: 1, start: '09:00', end: '13:00' }] });
  addSchool(db, { id: 'S1', name: 'Taalschool Rivierland', locationId: 'L2' });
  addClass(db, {
    id: 'K1',
    schoolId: 'S1',
    locationId: 'L2',
    name: 'B1 ochtend',
    route: 'B1',
    capacity: 14,
    placesTaken: 10,
    trialSeats: 2,
    lessons: [{ weekday: 2, start: '09:00', end: '12:00' }],
  });
  return db;
}

/** A participant of consultant C1 in Gorinchem (Arabic, basic digital skill) with what a test changes. */
export function addTestParticipant(db: Db, audit: AuditContext, id: string, over: Partial<ParticipantInput> = {}): string {
  return createParticipant(db, audit, {
    id,
    givenName: 'Deelnemer',
    familyName: id,
    gemeenteId: 'G1',
    homeLocationId: 'L1',
    language: 'ar',
    digitalSkill: 'basic',
    migrantKind: 'statushouder',
    koppelingDate: '2026-10-01',
    consultantId: 'C1',
    ...over,
  });
}

/** How many rows every table holds (SQLite's own tables left out), by table name. */
export function rowCountsByTable(db: Db): Record<string, number> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
}

/** Every stored row of the login tables, as text: tests look for secrets that must not be there. */
export function accountTablesText(db: Db): string {
  return JSON.stringify(db.prepare('SELECT * FROM accounts').all()) + JSON.stringify(db.prepare('SELECT * FROM auth_sessions').all());
}

/** A team-server account with one live session (seen now), as a signed-in user has; no password. */
export function addSignedInAccount(db: Db, id: string, username: string, role: 'beheerder' | 'coordinator'): void {
  insertAccount(db, { id, username, role, consultantId: null, schoolId: null, passwordHash: 'x', createdAt: '2026-11-23T09:00:00' });
  insertAuthSession(db, `session-of-${id}`, id, 'csrf', Date.now());
}
