// The language-school liaison: capacity of their own school only, edits of trial seats and
// class size (the coordinator's week updates at once), and the outcome of a trial lesson.
// Answers carry names, route indication and language of visitors, nothing more (DOMAIN.md).
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { msg, p as param } from '../../../shared/messages';
import type { ApiCtx } from '../../../shared/api/access';
import type { SchoolCapacity } from '../../../shared/api/contract';
import { addDays, mondayOf } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import { listClasses, listLocations, listSchools, setClassSeats, type ClassRow } from '../../../db/repositories/region';
import { countTrialBookings, getTrialBooking, listTrialVisitors } from '../../../db/repositories/bookings';
import { recordTrialOutcome } from '../../../db/repositories/trial-outcomes';
import { markDemandDone, reopenDemand } from '../../../db/repositories/demands';
import { nowOf, type ServiceDeps } from '../context';
import { requireProfile } from '../caller';
import { actorOf, profileAudit } from '../audit/profile-audit';
import { auditView } from '../audit/read-audit';
import { classLessons } from '../bookings/trial';
import { cancelledTrialLessons } from '../../../db/repositories/moments';

/** How far ahead lowering trial seats is checked against the bookings. */
const OVERBOOKED_WEEKS = 8;

type DayPart = 'ochtend' | 'middag' | 'avond';
const dayPartOf = (t: string): DayPart => (t.slice(11, 16) < '12:00' ? 'ochtend' : t.slice(11, 16) < '18:00' ? 'middag' : 'avond');

function ownClass(db: Db, schoolId: string, classId: string): ClassRow {
  const c = listClasses(db).find((x) => x.id === classId);
  // Another school's class is reported as not found: its existence is not the liaison's business.
  if (!c || c.schoolId !== schoolId) throw new ApiError({ code: 'not_found', msg: msg('school.classGone'), field: 'classId' });
  return c;
}

export function schoolHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'school.capacity' | 'school.updateClass' | 'trial.recordOutcome'> {
  const locationNames = () => new Map(listLocations(db).map((l) => [l.id, l.name]));
  return {
    'school.capacity': ({ weekStart, weeks }, ctx) => {
      const me = requireProfile(ctx, 'liaison');
      const school = listSchools(db).find((s) => s.id === me.id);
      if (!school) throw new ApiError({ code: 'not_found', msg: msg('school.schoolGone') });
      const names = locationNames();
      const classes = listClasses(db).filter((c) => c.schoolId === school.id);
      // A cancelled lesson (moment.cancel) is not given: no seats to show.
      const cancelled = cancelledTrialLessons(db);
      const heat = new Map<string, { date: string; dayPart: DayPart; occupied: number; capacity: number }>();
      const out: SchoolCapacity['classes'] = classes.map((c) => {
        const lessons = classLessons(c, weekStart, weeks, cancelled).map((l) => {
          const booked = countTrialBookings(db, c.id, l.start);
          const key = `${l.start.slice(0, 10)}|${dayPartOf(l.start)}`;
          const h = heat.get(key) ?? { date: l.start.slice(0, 10), dayPart: dayPartOf(l.start), occupied: 0, capacity: 0 };
          h.occupied += c.placesTaken + booked;
          h.capacity += c.capacity;
          heat.set(key, h);
          return { start: l.start, end: l.end, trialBooked: booked, trialFree: Math.max(0, c.trialSeats - booked) };
        });
        return {
          id: c.id,
          name: c.name,
          route: c.route,
          locationName: names.get(c.locationId) ?? c.locationId,
          capacity: c.capacity,
          placesTaken: c.placesTaken,
          placesFree: Math.max(0, c.capacity - c.placesTaken),
          trialSeats: c.trialSeats,
          lessonTimes: c.lessons.map((l) => ({ weekday: l.weekday, start: l.start, end: l.end })),
          lessons,
        };
      });
      const visitors = listTrialVisitors(db, school.id, weekStart, addDays(weekStart, 7 * weeks));
      auditView(db, profileAudit(env, me, 'capaciteit taalschool'), new Set(visitors.map((v) => v.participantId)), { schoolId: school.id, weekStart });
      return {
        school: { id: school.id, name: school.name },
        weekStart,
        weeks,
        classes: out,
        heatmap: [...heat.values()].sort((a, b) => (a.date + a.dayPart < b.date + b.dayPart ? -1 : 1)),
        trialVisitors: visitors.map((v) => ({
          bookingId: String(v.bookingId),
          name: v.name,
          routeIndication: v.routeIndication,
          language: v.language,
          classId: v.classId,
          className: v.className,
          start: v.start,
          end: v.end,
          outcome: v.attended === null ? null : { attended: v.attended === 1, routeAdvice: v.routeAdvice },
        })),
      };
    },
    'school.updateClass': ({ classId, trialSeats, capacity, confirm }, ctx) => {
      const me = requireProfile(ctx, 'liaison');
      // Read and checked inside the transaction that writes: a change made meanwhile in another
      // window or process (the other number, the places taken) is neither lost nor overlooked.
      const overbooked = writeTx(db, () => {
        const c = ownClass(db, me.id, classId);
        const nextCapacity = capacity ?? c.capacity;
        if (nextCapacity < c.placesTaken) {
          throw new ApiError({ code: 'conflict', msg: msg('school.capacityBelowTaken', { n: c.placesTaken }), field: 'capacity' });
        }
        // Fewer trial seats than already booked: said before saving; the bookings stay.
        const seats = trialSeats ?? c.trialSeats;
        const today = env.today();
        const over = classLessons(c, mondayOf(today), OVERBOOKED_WEEKS)
          .filter((l) => l.start.slice(0, 10) >= today)
          .map((l) => ({ start: l.start, end: l.end, booked: countTrialBookings(db, c.id, l.start) }))
          .filter((l) => l.booked > seats);
        if (over.length > 0 && trialSeats !== undefined && trialSeats < c.trialSeats && !confirm) {
          const lessons = param.list(over.map((l) => param.msg(msg('school.overbookedLesson', { when: param.span(l.start, l.end), booked: l.booked }))));
          throw new ApiError({ code: 'conflict', field: 'confirm', msg: msg('school.overbooked', { n: over.length, seats, lessons }) });
        }
        setClassSeats(db, c.id, { trialSeats: trialSeats ?? c.trialSeats, capacity: nextCapacity });
        // Not personal data, but the coordinator should see who changed a school's numbers.
        writeAudit(db, profileAudit(env, me, 'capaciteit taalschool'), 'update', 'class', c.id, {
          fields: [...(trialSeats !== undefined ? ['trialSeats'] : []), ...(capacity !== undefined ? ['capacity'] : [])],
          ...(over.length > 0 && confirm ? { confirmedOverbooked: over.length } : {}),
        });
        return over;
      });
      events.emit({ type: 'data.changed', area: 'classes' });
      for (let w = 0; w < 2; w++) events.emit({ type: 'week.changed', weekStart: addDays(mondayOf(env.today()), 7 * w) });
      const after = ownClass(db, me.id, classId);
      return {
        class: {
          id: after.id,
          name: after.name,
          route: after.route,
          locationName: locationNames().get(after.locationId) ?? after.locationId,
          capacity: after.capacity,
          placesTaken: after.placesTaken,
          placesFree: Math.max(0, after.capacity - after.placesTaken),
          trialSeats: after.trialSeats,
          lessonTimes: after.lessons.map((l) => ({ weekday: l.weekday, start: l.start, end: l.end })),
        },
        overbooked,
      };
    },
    'trial.recordOutcome': ({ bookingId, attended, routeAdvice }, ctx) => {
      const me = requireProfile(ctx, 'liaison');
      const b = getTrialBooking(db, Number(bookingId));
      if (!b || b.schoolId !== me.id) throw new ApiError({ code: 'not_found', msg: msg('school.trialGone'), field: 'bookingId' });
      if (b.start.slice(0, 10) > env.today()) throw new ApiError({ code: 'conflict', msg: msg('school.trialNotYet'), field: 'bookingId' });
      const audit = profileAudit(env, me, 'uitslag proefles');
      writeTx(db, () => {
        recordTrialOutcome(db, {
          bookingId: b.id,
          participantId: b.participantId,
          schoolId: b.schoolId,
          classId: b.classId,
          lessonStart: b.start,
          attended,
          routeAdvice,
          recordedAt: nowOf(env),
          recordedBy: actorOf(me),
        });
        // Attended: the trial-lesson step is done, on the lesson's day (not the day it was
        // recorded); not attended: it is to be booked again.
        if (attended) markDemandDone(db, b.demandId, b.start.slice(0, 10));
        else reopenDemand(db, b.demandId);
        writeAudit(db, audit, 'update', 'participant', b.participantId, { fields: ['trialOutcome'], bookingId: String(b.id) });
      });
      events.emit({ type: 'data.changed', area: 'trials' });
      return { outcome: { bookingId: String(b.id), attended, routeAdvice } };
    },
  };
}
