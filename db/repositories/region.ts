// The region's lasting, non-personal data: gemeenten, buildings, rooms, staff, interpreters,
// schools and their classes, the startklas and childcare. No audit rows: nothing personal.
import { writeTx, type Db } from '../connection';
import type { Route } from '../../shared/domain/routes';
import type { SessionKind } from '../../shared/domain/kinds';
import type { WeeklyPattern } from '../../shared/domain/availability';
import { addWeeklyTimes } from './availability';

export type { Route };
export type { ChildcareKind, LocationKind } from '../../shared/domain/region-kinds';
import type { ChildcareKind, LocationKind } from '../../shared/domain/region-kinds';

export interface Weights {
  unplanned: number;
  interpreterMinute: number;
  consultantMinute: number;
  childcareSlot: number;
  travelMinute: number;
  householdImbalance: number;
}

export interface RegionSettings {
  name: string;
  /** The fictional demo region (removable in one step), not an own region. */
  isDemo: boolean;
  slotMinutes: number;
  dayStart: string;
  dayEnd: string;
  workingDays: number;
  groupInfo: { minutes: number; minSize: number; maxSize: number };
  toets: { minutes: number; maxSize: number | null };
  weights: Weights;
}

interface RegionRow {
  name: string;
  is_demo: number;
  slot_minutes: number;
  day_start: string;
  day_end: string;
  working_days: number;
  group_info_minutes: number;
  group_info_min_size: number;
  group_info_max_size: number;
  toets_minutes: number;
  toets_max_size: number | null;
  weights: string;
}

export function getRegion(db: Db): RegionSettings | null {
  const r = db.prepare('SELECT * FROM region WHERE id = 1').get() as RegionRow | undefined;
  if (!r) return null;
  return {
    name: r.name,
    isDemo: r.is_demo === 1,
    slotMinutes: r.slot_minutes,
    dayStart: r.day_start,
    dayEnd: r.day_end,
    workingDays: r.working_days,
    groupInfo: { minutes: r.group_info_minutes, minSize: r.group_info_min_size, maxSize: r.group_info_max_size },
    toets: { minutes: r.toets_minutes, maxSize: r.toets_max_size },
    weights: JSON.parse(r.weights) as Weights,
  };
}

/** Creates the region with default planning settings (SPEC grid 08:30-17:00 per 15 min). */
export function createRegion(db: Db, name: string, opts: { isDemo?: boolean } = {}): void {
  writeTx(db, () => db.prepare('INSERT INTO region (id, name, is_demo) VALUES (1, ?, ?)').run(name, opts.isDemo ? 1 : 0));
}

export function addGemeente(db: Db, g: { id: string; name: string }): void {
  writeTx(db, () => db.prepare('INSERT INTO gemeenten (id, name) VALUES (?, ?)').run(g.id, g.name));
}

export function listGemeenten(db: Db): { id: string; name: string }[] {
  return db.prepare('SELECT id, name FROM gemeenten ORDER BY name').all() as { id: string; name: string }[];
}

export interface LocationInput {
  id: string;
  name: string;
  gemeenteId: string;
  kind: LocationKind;
  address?: string;
}

export function addLocation(db: Db, l: LocationInput): void {
  writeTx(db, () => db.prepare('INSERT INTO locations (id, name, gemeente_id, kind, address) VALUES (?, ?, ?, ?, ?)').run(l.id, l.name, l.gemeenteId, l.kind, l.address ?? null));
}

export interface LocationRow {
  id: string;
  name: string;
  gemeenteId: string;
  gemeente: string;
  kind: LocationKind;
}

export function listLocations(db: Db): LocationRow[] {
  return db
    .prepare(
      `SELECT l.id, l.name, l.gemeente_id AS gemeenteId, g.name AS gemeente, l.kind
       FROM locations l JOIN gemeenten g ON g.id = l.gemeente_id ORDER BY l.id`,
    )
    .all() as LocationRow[];
}

export function setTravelTime(db: Db, a: string, b: string, minutes: number): void {
  if (a === b) throw new Error(`Reistijd van locatie ${a} naar zichzelf is altijd 0.`);
  const [x, y] = a < b ? [a, b] : [b, a];
  writeTx(db, () =>
    db
      .prepare(
        `INSERT INTO travel_times (location_a, location_b, minutes) VALUES (?, ?, ?)
         ON CONFLICT (location_a, location_b) DO UPDATE SET minutes = excluded.minutes`,
      )
      .run(x, y, minutes),
  );
}

export function listTravelTimes(db: Db): { from: string; to: string; minutes: number }[] {
  return db.prepare('SELECT location_a AS "from", location_b AS "to", minutes FROM travel_times ORDER BY location_a, location_b').all() as {
    from: string;
    to: string;
    minutes: number;
  }[];
}

export interface RoomInput {
  id: string;
  locationId: string;
  name: string;
  capacity: number;
  laptopsTouch: number;
  laptopsMouse: number;
  kinds: SessionKind[];
  available: WeeklyPattern[];
}

export function addRoom(db: Db, r: RoomInput): void {
  writeTx(db, () => {
    db.prepare(
      `INSERT INTO rooms (id, location_id, name, capacity, laptops_touch, laptops_mouse, for_group_info, for_toets)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(r.id, r.locationId, r.name, r.capacity, r.laptopsTouch, r.laptopsMouse, +r.kinds.includes('groupInfo'), +r.kinds.includes('toets'));
    addWeeklyTimes(db, { kind: 'room', id: r.id }, r.available);
  });
}

export interface RoomRow {
  id: string;
  locationId: string;
  name: string;
  capacity: number;
  laptopsTouch: number;
  laptopsMouse: number;
  kinds: SessionKind[];
}

/** The rooms in use (not taken out of use in Beheer). */
export function listRooms(db: Db): RoomRow[] {
  const rows = db
    .prepare(
      `SELECT id, location_id AS locationId, name, capacity, laptops_touch AS laptopsTouch, laptops_mouse AS laptopsMouse,
              for_group_info AS g, for_toets AS t FROM rooms WHERE active = 1 ORDER BY id`,
    )
    .all() as (Omit<RoomRow, 'kinds'> & { g: number; t: number })[];
  return rows.map(({ g, t, ...r }) => ({
    ...r,
    kinds: [...(g ? (['groupInfo'] as const) : []), ...(t ? (['toets'] as const) : [])],
  }));
}

export interface ConsultantInput {
  id: string;
  name: string;
  languages: string[];
  toetsCertified: boolean;
  gemeenteId?: string | null;
  available: WeeklyPattern[];
}

export function addConsultant(db: Db, c: ConsultantInput): void {
  writeTx(db, () => {
    db.prepare('INSERT INTO consultants (id, name, languages, toets_certified, gemeente_id) VALUES (?, ?, ?, ?, ?)').run(
      c.id,
      c.name,
      JSON.stringify(c.languages),
      +c.toetsCertified,
      c.gemeenteId ?? null,
    );
    addWeeklyTimes(db, { kind: 'consultant', id: c.id }, c.available);
  });
}

export interface ConsultantRow {
  id: string;
  name: string;
  languages: string[];
  toetsCertified: boolean;
  gemeenteId: string | null;
}

export function listConsultants(db: Db): ConsultantRow[] {
  const rows = db.prepare('SELECT id, name, languages, toets_certified AS t, gemeente_id AS gemeenteId FROM consultants WHERE active = 1 ORDER BY id').all() as {
    id: string;
    name: string;
    languages: string;
    t: number;
    gemeenteId: string | null;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, languages: JSON.parse(r.languages), toetsCertified: r.t === 1, gemeenteId: r.gemeenteId }));
}

export interface InterpreterInput {
  id: string;
  name: string;
  languages: string[];
  costPerHour: number;
  agency?: string;
  available: WeeklyPattern[];
}

export function addInterpreter(db: Db, t: InterpreterInput): void {
  writeTx(db, () => {
    db.prepare('INSERT INTO interpreters (id, name, languages, cost_per_hour, agency) VALUES (?, ?, ?, ?, ?)').run(
      t.id,
      t.name,
      JSON.stringify(t.languages),
      t.costPerHour,
      t.agency ?? null,
    );
    addWeeklyTimes(db, { kind: 'interpreter', id: t.id }, t.available);
  });
}

export interface InterpreterRow {
  id: string;
  name: string;
  languages: string[];
  costPerHour: number;
}

export function listInterpreters(db: Db): InterpreterRow[] {
  const rows = db.prepare('SELECT id, name, languages, cost_per_hour AS costPerHour FROM interpreters WHERE active = 1 ORDER BY id').all() as {
    id: string;
    name: string;
    languages: string;
    costPerHour: number;
  }[];
  return rows.map((r) => ({ ...r, languages: JSON.parse(r.languages) }));
}

export function addSchool(db: Db, s: { id: string; name: string; locationId?: string | null }): void {
  writeTx(db, () => db.prepare('INSERT INTO language_schools (id, name, location_id) VALUES (?, ?, ?)').run(s.id, s.name, s.locationId ?? null));
}

export function listSchools(db: Db): { id: string; name: string; locationId: string | null }[] {
  return db.prepare('SELECT id, name, location_id AS locationId FROM language_schools ORDER BY id').all() as {
    id: string;
    name: string;
    locationId: string | null;
  }[];
}

export interface LessonTime {
  weekday: number;
  start: string;
  end: string;
}

export interface ClassInput {
  id: string;
  schoolId: string;
  locationId: string;
  name: string;
  route: Route;
  capacity: number;
  placesTaken: number;
  trialSeats: number;
  lessons: LessonTime[];
  /** First and last date of the course (inclusive); null = open-ended. */
  firstDate?: string | null;
  lastDate?: string | null;
}

export function addClass(db: Db, c: ClassInput): void {
  writeTx(db, () => {
    db.prepare(
      `INSERT INTO classes (id, school_id, location_id, name, route, capacity, places_taken, trial_seats, first_date, last_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(c.id, c.schoolId, c.locationId, c.name, c.route, c.capacity, c.placesTaken, c.trialSeats, c.firstDate ?? null, c.lastDate ?? null);
    const stmt = db.prepare('INSERT INTO class_lesson_times (class_id, weekday, start_time, end_time) VALUES (?, ?, ?, ?)');
    for (const l of c.lessons) stmt.run(c.id, l.weekday, l.start, l.end);
  });
}

export type ClassRow = Omit<ClassInput, 'lessons' | 'firstDate' | 'lastDate'> & { lessons: LessonTime[]; firstDate: string | null; lastDate: string | null };

/** A class's weekly lesson times as patterns that hold only between its first and last date. */
export function classLessonPatterns(c: Pick<ClassRow, 'lessons' | 'firstDate' | 'lastDate'>): WeeklyPattern[] {
  return c.lessons.map((l) => ({ weekday: l.weekday, start: l.start, end: l.end, validFrom: c.firstDate, validUntil: c.lastDate }));
}

/** The classes in use (not taken out of use in Beheer). */
export function listClasses(db: Db): ClassRow[] {
  const classes = db
    .prepare(
      `SELECT id, school_id AS schoolId, location_id AS locationId, name, route, capacity, places_taken AS placesTaken,
              trial_seats AS trialSeats, first_date AS firstDate, last_date AS lastDate FROM classes WHERE active = 1 ORDER BY id`,
    )
    .all() as Omit<ClassRow, 'lessons'>[];
  const lessons = db
    .prepare('SELECT class_id AS classId, weekday, start_time AS start, end_time AS end FROM class_lesson_times ORDER BY weekday, start_time')
    .all() as (LessonTime & { classId: string })[];
  const byClass = new Map<string, LessonTime[]>();
  for (const { classId, ...l } of lessons) {
    const list = byClass.get(classId) ?? [];
    list.push(l);
    byClass.set(classId, list);
  }
  return classes.map((c) => ({ ...c, lessons: byClass.get(c.id) ?? [] }));
}

/** Sets a class's trial seats and size (the school liaison's numbers). */
export function setClassSeats(db: Db, classId: string, seats: { trialSeats: number; capacity: number }): void {
  db.prepare('UPDATE classes SET trial_seats = ?, capacity = ? WHERE id = ?').run(seats.trialSeats, seats.capacity, classId);
}

/** A weekly intake moment; as a WeeklyPattern it expands to its dates (validity included). */
export interface StartklasIntakeRow {
  id: string;
  locationId: string;
  weekday: number;
  start: string;
  end: string;
  seats: number;
  /** First and last date (inclusive) of the weekly pattern; null = open-ended. */
  validFrom?: string | null;
  validUntil?: string | null;
}

export function addStartklasIntake(db: Db, i: StartklasIntakeRow): void {
  writeTx(db, () =>
    db
      .prepare('INSERT INTO startklas_intakes (id, location_id, weekday, start_time, end_time, seats, valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(i.id, i.locationId, i.weekday, i.start, i.end, i.seats, i.validFrom ?? null, i.validUntil ?? null),
  );
}

/** The intake moments in use (not taken out of use in Beheer). */
export function listStartklasIntakes(db: Db): StartklasIntakeRow[] {
  return db
    .prepare(
      `SELECT id, location_id AS locationId, weekday, start_time AS start, end_time AS end, seats, valid_from AS validFrom, valid_until AS validUntil
       FROM startklas_intakes WHERE active = 1 ORDER BY weekday, start_time, id`,
    )
    .all() as StartklasIntakeRow[];
}

export interface DaypartInput {
  weekday: number;
  start: string;
  end: string;
  seats: number;
}

export interface ChildcareInput {
  id: string;
  name: string;
  locationId: string;
  kind: ChildcareKind;
  ageMonthsMin: number;
  ageMonthsMax: number;
  dayparts: DaypartInput[];
}

export function addChildcareProvider(db: Db, p: ChildcareInput): void {
  writeTx(db, () => {
    db.prepare('INSERT INTO childcare_providers (id, name, location_id, kind, age_months_min, age_months_max) VALUES (?, ?, ?, ?, ?, ?)').run(
      p.id,
      p.name,
      p.locationId,
      p.kind,
      p.ageMonthsMin,
      p.ageMonthsMax,
    );
    const stmt = db.prepare('INSERT INTO childcare_dayparts (provider_id, weekday, start_time, end_time, seats) VALUES (?, ?, ?, ?, ?)');
    for (const d of p.dayparts) stmt.run(p.id, d.weekday, d.start, d.end, d.seats);
  });
}

export type ChildcareRow = ChildcareInput;

/** The childcare providers in use (not taken out of use in Beheer). */
export function listChildcareProviders(db: Db): ChildcareRow[] {
  const providers = db
    .prepare(
      `SELECT id, name, location_id AS locationId, kind, age_months_min AS ageMonthsMin, age_months_max AS ageMonthsMax
       FROM childcare_providers WHERE active = 1 ORDER BY id`,
    )
    .all() as Omit<ChildcareRow, 'dayparts'>[];
  const parts = db
    .prepare('SELECT provider_id AS providerId, weekday, start_time AS start, end_time AS end, seats FROM childcare_dayparts ORDER BY weekday, start_time')
    .all() as (DaypartInput & { providerId: string })[];
  return providers.map((p) => ({
    ...p,
    dayparts: parts.filter((d) => d.providerId === p.id).map(({ providerId: _unused, ...d }) => d),
  }));
}

export interface RegionCounts {
  participants: number;
  households: number;
  children: number;
  locations: number;
  rooms: number;
  consultants: number;
  interpreters: number;
  schools: number;
  classes: number;
  childcareProviders: number;
  travelTimes: number;
  startklasIntakes: number;
}

export function regionCounts(db: Db): RegionCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM participants) AS participants,
              (SELECT count(*) FROM households) AS households,
              (SELECT count(*) FROM children) AS children,
              (SELECT count(*) FROM locations) AS locations,
              (SELECT count(*) FROM rooms WHERE active = 1) AS rooms,
              (SELECT count(*) FROM consultants WHERE active = 1) AS consultants,
              (SELECT count(*) FROM interpreters WHERE active = 1) AS interpreters,
              (SELECT count(*) FROM language_schools) AS schools,
              (SELECT count(*) FROM classes WHERE active = 1) AS classes,
              (SELECT count(*) FROM childcare_providers WHERE active = 1) AS childcareProviders,
              (SELECT count(*) FROM travel_times) AS travelTimes,
              (SELECT count(*) FROM startklas_intakes WHERE active = 1) AS startklasIntakes`,
    )
    .get() as RegionCounts;
}

const NAMED_TABLES = { room: 'rooms', consultant: 'consultants', interpreter: 'interpreters', childcareProvider: 'childcare_providers' } as const;

/** The name of a room, consultant, interpreter or childcare provider (active or not); null when there is none with that id. */
export function resourceName(db: Db, kind: keyof typeof NAMED_TABLES, id: string): string | null {
  const r = db.prepare(`SELECT name AS n FROM ${NAMED_TABLES[kind]} WHERE id = ?`).get(id) as { n: string } | undefined;
  return r?.n ?? null;
}

/** When the provider's day-part that starts at `start` ('HH:MM') on `weekday` (1 = Monday) ends; null when it has none. */
export function daypartEnd(db: Db, providerId: string, weekday: number, start: string): string | null {
  const r = db.prepare('SELECT end_time AS e FROM childcare_dayparts WHERE provider_id = ? AND weekday = ? AND start_time = ?').get(providerId, weekday, start) as
    { e: string } | undefined;
  return r?.e ?? null;
}

/** Seats of the provider's day-part that starts at `start` ('HH:MM') on `weekday` (1 = Monday); null when it has none. */
export function daypartSeats(db: Db, providerId: string, weekday: number, start: string): number | null {
  const r = db.prepare('SELECT seats FROM childcare_dayparts WHERE provider_id = ? AND weekday = ? AND start_time = ?').get(providerId, weekday, start) as
    { seats: number } | undefined;
  return r?.seats ?? null;
}

/** When the class's lesson that starts at `start` ('HH:MM') on `weekday` (1 = Monday) ends; null when it has none. */
export function lessonEnd(db: Db, classId: string, weekday: number, start: string): string | null {
  const r = db.prepare('SELECT end_time AS e FROM class_lesson_times WHERE class_id = ? AND weekday = ? AND start_time = ?').get(classId, weekday, start) as
    { e: string } | undefined;
  return r?.e ?? null;
}
