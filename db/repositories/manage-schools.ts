// Beheer, language schools, their classes and the startklas intake moments. Every change
// writes its audit row in the same transaction.
//
// Removal rules: a school is erased, refused while it has classes (in or out of use), trial
// requests or outcomes; a class or intake moment is erased when nothing was ever booked in it,
// otherwise taken out of use (active = 0), so past bookings and outcomes keep their class.
import type { Db } from '../connection';
import { writeTx } from '../tx';
import { writeAudit, type AuditContext } from './audit';
import type { Route } from '../../shared/domain/routes';
import { DataRuleError } from './rule-error';
import { msg, usesParam, type Msg } from '../../shared/messages';
import { auditSave, bool, existing, newId, requireRef, type RemoveResult, type SaveResult } from './manage-common';
import { NO_USAGE, usageBy, usageOf, type Usage } from './region-usage';

// Schools -------------------------------------------------------------------------------------

export interface SchoolItem {
  id: string;
  name: string;
  locationId: string | null;
  locationName: string | null;
  classes: number;
  allClasses: number;
  trialDemands: number;
  trialBookings: Usage;
}

export function listSchoolItems(db: Db, fromMonday: string): SchoolItem[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.location_id AS locationId, l.name AS locationName,
              (SELECT count(*) FROM classes c WHERE c.school_id = s.id AND c.active = 1) AS classes,
              (SELECT count(*) FROM classes c WHERE c.school_id = s.id) AS allClasses,
              (SELECT count(*) FROM demands d WHERE d.school_id = s.id) AS trialDemands
       FROM language_schools s LEFT JOIN locations l ON l.id = s.location_id ORDER BY s.name`,
    )
    .all() as Omit<SchoolItem, 'trialBookings'>[];
  const byClass = usageBy(db, 'classTrials', fromMonday);
  const schoolOf = new Map((db.prepare('SELECT id, school_id AS s FROM classes').all() as { id: string; s: string }[]).map((c) => [c.id, c.s]));
  const bySchool = new Map<string, Usage>();
  for (const [classId, u] of byClass) {
    const s = schoolOf.get(classId)!;
    const t = bySchool.get(s) ?? { ...NO_USAGE };
    bySchool.set(s, {
      future: t.future + u.future,
      past: t.past + u.past,
      firstWeek: [t.firstWeek, u.firstWeek].filter((w): w is string => w !== null).sort()[0] ?? null,
    });
  }
  return rows.map((s) => ({ ...s, trialBookings: bySchool.get(s.id) ?? NO_USAGE }));
}

export function saveSchool(db: Db, audit: AuditContext, s: { id?: string; name: string; locationId: string | null }, fromMonday: string): SaveResult {
  return writeTx(db, () => {
    const before = s.id
      ? existing(
          listSchoolItems(db, fromMonday).find((x) => x.id === s.id),
          'school',
        )
      : null;
    if (s.locationId !== null) requireRef(db, 'locations', s.locationId, 'locationId', 'chosenLocation');
    if (db.prepare('SELECT 1 FROM language_schools WHERE lower(name) = lower(?) AND id <> ?').get(s.name, s.id ?? '')) {
      throw new DataRuleError(msg('manage.nameTaken.school', { name: s.name }), 'name');
    }
    const id = before?.id ?? newId();
    if (before) db.prepare('UPDATE language_schools SET name = ?, location_id = ? WHERE id = ?').run(s.name, s.locationId, id);
    else db.prepare('INSERT INTO language_schools (id, name, location_id) VALUES (?, ?, ?)').run(id, s.name, s.locationId);
    return auditSave(db, audit, 'school', id, before, { name: s.name, locationId: s.locationId });
  });
}

export function removeSchool(db: Db, audit: AuditContext, id: string, fromMonday: string): Msg {
  return writeTx(db, () => {
    const s = existing(
      listSchoolItems(db, fromMonday).find((x) => x.id === id),
      'school',
    );
    const outcomes = (db.prepare('SELECT count(*) AS n FROM trial_outcomes WHERE school_id = ?').get(id) as { n: number }).n;
    const uses = usesParam([
      ['class', s.allClasses],
      ['trialRequest', s.trialDemands],
      ['trialOutcome', outcomes],
    ]);
    if (uses) throw new DataRuleError(msg('manage.inUse.school', { name: s.name, uses }));
    db.prepare('DELETE FROM language_schools WHERE id = ?').run(id);
    writeAudit(db, audit, 'delete', 'school', id, { name: s.name });
    return msg('manage.removed.deleted', { name: s.name });
  });
}

// Classes -------------------------------------------------------------------------------------

export interface LessonTimeForm {
  weekday: number;
  start: string;
  end: string;
}

export interface ClassForm {
  id?: string;
  schoolId: string;
  locationId: string;
  name: string;
  route: Route;
  capacity: number;
  placesTaken: number;
  trialSeats: number;
  lessons: LessonTimeForm[];
  firstDate: string | null;
  lastDate: string | null;
  active: boolean;
}

export interface ClassItem extends Required<ClassForm> {
  schoolName: string;
  locationName: string;
  trialBookings: Usage;
}

/** Every class (in use or not), or one school's, or one class. */
export function listClassItems(db: Db, fromMonday: string, filter: { schoolId?: string; id?: string } = {}): ClassItem[] {
  const where = [filter.schoolId !== undefined ? 'c.school_id = :schoolId' : '', filter.id !== undefined ? 'c.id = :id' : ''].filter(Boolean);
  const rows = db
    .prepare(
      `SELECT c.id, c.school_id AS schoolId, s.name AS schoolName, c.location_id AS locationId, l.name AS locationName, c.name, c.route,
              c.capacity, c.places_taken AS placesTaken, c.trial_seats AS trialSeats, c.first_date AS firstDate, c.last_date AS lastDate, c.active
       FROM classes c JOIN language_schools s ON s.id = c.school_id JOIN locations l ON l.id = c.location_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.name, c.name, c.id`,
    )
    .all(filter) as (Omit<ClassItem, 'lessons' | 'active' | 'trialBookings'> & { active: number })[];
  const lessons = db
    .prepare('SELECT class_id AS classId, weekday, start_time AS start, end_time AS end FROM class_lesson_times ORDER BY weekday, start_time, id')
    .all() as (LessonTimeForm & { classId: string })[];
  const usage = usageBy(db, 'classTrials', fromMonday, filter.id);
  return rows.map(({ active, ...c }) => {
    const trialBookings = usage.get(c.id) ?? NO_USAGE;
    return {
      ...c,
      lessons: lessons.filter((l) => l.classId === c.id).map(({ classId: _c, ...l }) => l),
      active: active === 1,
      trialBookings,
    };
  });
}

export function saveClass(db: Db, audit: AuditContext, c: ClassForm, fromMonday: string): SaveResult {
  return writeTx(db, () => {
    const before = c.id ? existing(listClassItems(db, fromMonday, { id: c.id })[0], 'class') : null;
    requireRef(db, 'language_schools', c.schoolId, 'schoolId', 'chosenSchool');
    requireRef(db, 'locations', c.locationId, 'locationId', 'chosenLocation');
    if (c.placesTaken > c.capacity) throw new DataRuleError(msg('manage.placesOverCapacity'), 'placesTaken');
    const id = before?.id ?? newId();
    const values = [c.schoolId, c.locationId, c.name, c.route, c.capacity, c.placesTaken, c.trialSeats, c.firstDate, c.lastDate, bool(c.active)];
    if (before) {
      db.prepare(
        `UPDATE classes SET school_id = ?, location_id = ?, name = ?, route = ?, capacity = ?, places_taken = ?, trial_seats = ?, first_date = ?, last_date = ?, active = ?
         WHERE id = ?`,
      ).run(...values, id);
    } else {
      db.prepare(
        `INSERT INTO classes (school_id, location_id, name, route, capacity, places_taken, trial_seats, first_date, last_date, active, id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...values, id);
    }
    db.prepare('DELETE FROM class_lesson_times WHERE class_id = ?').run(id);
    const add = db.prepare('INSERT INTO class_lesson_times (class_id, weekday, start_time, end_time) VALUES (?, ?, ?, ?)');
    for (const l of [...c.lessons].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))) add.run(id, l.weekday, l.start, l.end);
    const { id: _id, ...fields } = c;
    const lessonsSorted = [...c.lessons].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)).map((l) => ({ weekday: l.weekday, start: l.start, end: l.end }));
    return auditSave(db, audit, 'class', id, before, { ...fields, lessons: lessonsSorted });
  });
}

/** Erases a class nothing was ever booked in; otherwise takes it out of use (bookings and outcomes keep it). */
export function removeClass(db: Db, audit: AuditContext, id: string, fromMonday: string): RemoveResult {
  return writeTx(db, () => {
    const c = existing(listClassItems(db, fromMonday, { id })[0], 'class');
    const usage = usageOf(db, 'classTrials', id, fromMonday);
    const outcomes = (db.prepare('SELECT count(*) AS n FROM trial_outcomes WHERE class_id = ?').get(id) as { n: number }).n;
    if (usage.future + usage.past + outcomes === 0) {
      db.prepare('DELETE FROM classes WHERE id = ?').run(id);
      writeAudit(db, audit, 'delete', 'class', id, { name: c.name });
      return { action: 'deleted', name: c.name, usage };
    }
    db.prepare('UPDATE classes SET active = 0 WHERE id = ?').run(id);
    writeAudit(db, audit, 'update', 'class', id, { fields: ['active'], active: false, trialsFromThisWeek: usage.future });
    return { action: 'deactivated', name: c.name, usage };
  });
}

// Startklas intake moments --------------------------------------------------------------------

export interface StartklasIntakeForm {
  id?: string;
  locationId: string;
  weekday: number;
  start: string;
  end: string;
  seats: number;
  validFrom: string | null;
  validUntil: string | null;
  active: boolean;
}

export interface StartklasIntakeItem extends Required<StartklasIntakeForm> {
  locationName: string;
  bookings: Usage;
}

export function listIntakeItems(db: Db, fromMonday: string, onlyId?: string): StartklasIntakeItem[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.location_id AS locationId, l.name AS locationName, i.weekday, i.start_time AS start, i.end_time AS end, i.seats,
              i.valid_from AS validFrom, i.valid_until AS validUntil, i.active
       FROM startklas_intakes i JOIN locations l ON l.id = i.location_id ${onlyId === undefined ? '' : 'WHERE i.id = :id'}
       ORDER BY i.weekday, i.start_time, l.name, i.id`,
    )
    .all(onlyId === undefined ? {} : { id: onlyId }) as (Omit<StartklasIntakeItem, 'active' | 'bookings'> & { active: number })[];
  const usage = usageBy(db, 'intakeBookings', fromMonday, onlyId);
  return rows.map(({ active, ...i }) => {
    const bookings = usage.get(i.id) ?? NO_USAGE;
    return { ...i, active: active === 1, bookings };
  });
}

/** "Intakemoment dinsdag 10:00": what messages call an intake moment (it has no name). */
export function intakeLabel(i: { weekday: number; start: string }): string {
  const days = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
  return `Het intakemoment op ${days[i.weekday - 1]} ${i.start}`;
}

export function saveIntake(db: Db, audit: AuditContext, i: StartklasIntakeForm, fromMonday: string): SaveResult {
  return writeTx(db, () => {
    const before = i.id ? existing(listIntakeItems(db, fromMonday, i.id)[0], 'intake') : null;
    requireRef(db, 'locations', i.locationId, 'locationId', 'chosenLocation');
    const id = before?.id ?? newId();
    const values = [i.locationId, i.weekday, i.start, i.end, i.seats, i.validFrom, i.validUntil, bool(i.active)];
    if (before) {
      db.prepare(
        'UPDATE startklas_intakes SET location_id = ?, weekday = ?, start_time = ?, end_time = ?, seats = ?, valid_from = ?, valid_until = ?, active = ? WHERE id = ?',
      ).run(...values, id);
    } else {
      db.prepare('INSERT INTO startklas_intakes (location_id, weekday, start_time, end_time, seats, valid_from, valid_until, active, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        ...values,
        id,
      );
    }
    const { id: _id, ...fields } = i;
    return auditSave(db, audit, 'startklas_intake', id, before, fields);
  });
}

export function removeIntake(db: Db, audit: AuditContext, id: string, fromMonday: string): RemoveResult {
  return writeTx(db, () => {
    const i = existing(listIntakeItems(db, fromMonday, id)[0], 'intake');
    const usage = usageOf(db, 'intakeBookings', id, fromMonday);
    const name = intakeLabel(i);
    if (usage.future + usage.past === 0) {
      db.prepare('DELETE FROM startklas_intakes WHERE id = ?').run(id);
      writeAudit(db, audit, 'delete', 'startklas_intake', id, { weekday: i.weekday, start: i.start });
      return { action: 'deleted', name, usage };
    }
    db.prepare('UPDATE startklas_intakes SET active = 0 WHERE id = ?').run(id);
    writeAudit(db, audit, 'update', 'startklas_intake', id, { fields: ['active'], active: false, bookingsFromThisWeek: usage.future });
    return { action: 'deactivated', name, usage };
  });
}
