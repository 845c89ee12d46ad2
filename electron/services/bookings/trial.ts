// Trial lessons booked by the consultant: options at each school for the client's route this
// week and next, each checked against the household (SPEC rules 1 and 9) with the free
// childcare seat that would solve a care gap; booking both schools in one call.
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import type { ChildcareOffer, TrialOption } from '../../../shared/api/contract';
import type { Instance, Plan } from '../../../shared/planner/spec';
import { expandWeek } from '../../../shared/domain/availability';
import { withoutHolidays } from '../../../shared/domain/holidays';
import { addDays, isoWeekday, mondayOf } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import { listChildren, listParticipants, type Participant } from '../../../db/repositories/participants';
import { classLessonPatterns, daypartSeats, listChildcareProviders, listClasses, listLocations, listSchools, type ClassRow } from '../../../db/repositories/region';
import {
  addChildcareBooking,
  addTrialBooking,
  countChildcareBookings,
  countTrialBookings,
  deleteChildcareBookingsAt,
  deleteTrialBooking,
  getTrialBooking,
  listTrialBookingsOf,
  trialBookingIdOf,
  type TrialBookingRow,
} from '../../../db/repositories/bookings';
import { ensureOpenDemand, reopenDemand } from '../../../db/repositories/demands';
import { cancelledTrialLessons, trialLessonKey } from '../../../db/repositories/moments';
import type { ServiceDeps } from '../context';
import {
  candidateViolations,
  existingCareGaps,
  overrideDetails,
  partnerWarnings,
  sentences,
  toWarnings,
  weekCheck,
  wouldWarnings,
  type HouseholdWarning,
  type WeekCheck,
} from './household-warnings';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import { msg, p as param, renderMsg, type Msg } from '../../../shared/messages';
import { bookingClient, requireProfile } from '../caller';
import { profileAudit } from '../audit/profile-audit';
import { ageInMonths } from '../../../shared/domain/time';

const CANDIDATE_DEMAND = 'kandidaat-proefles';
/** Weeks looked at beyond the two asked for when a school is full. */
const LATER_WEEKS = 4;

/**
 * Lessons of a class from `from` for `weeks` weeks; none on a public holiday (the school is
 * closed), none that was cancelled (`cancelled`: cancelledTrialLessons, moment.cancel).
 */
export function classLessons(c: ClassRow, from: string, weeks: number, cancelled: ReadonlySet<string> = new Set()): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let w = 0; w < weeks; w++) out.push(...withoutHolidays(expandWeek(classLessonPatterns(c), [], addDays(from, 7 * w), 7)));
  return out.filter((l) => !cancelled.has(trialLessonKey({ classId: c.id, start: l.start })));
}

interface Candidate {
  classId: string;
  start: string;
  end: string;
  schoolId: string;
  childcare: { childId: string; childcareId: string; slotStart: string }[];
}

/** Puts the candidate seat (and childcare) into a copy of the week, replacing an earlier seat at that school. */
function applyCandidate(p: Participant, c: Candidate, demandId: string | null) {
  return (instance: Instance, plan: Plan) => {
    const existing = instance.demands.find((d) => d.participantId === p.id && d.kind === 'trialLesson' && d.schoolId === c.schoolId);
    const id = demandId ?? existing?.id ?? CANDIDATE_DEMAND;
    if (!instance.demands.some((d) => d.id === id)) {
      instance.demands.push({ id, participantId: p.id, kind: 'trialLesson', priority: 1, earliest: `${instance.week.start}T00:00`, schoolId: c.schoolId });
    }
    plan.seats = plan.seats.filter((s) => s.demandId !== id);
    plan.unplanned = plan.unplanned.filter((u) => u.demandId !== id);
    plan.seats.push({ participantId: p.id, demandId: id, classId: c.classId, start: c.start });
    plan.childcare.push(...c.childcare);
  };
}

interface LessonToBook {
  c: ClassRow;
  lesson: { start: string; end: string };
  care: { childId: string; providerId: string; providerName: string; slotStart: string; slotEnd: string }[];
}

/**
 * Refuses a lesson whose trial seat or childcare day-part is full, counted now: call it inside the
 * booking's transaction. Returns the client's earlier trial booking at that school, which the
 * booking replaces (its seat counts as free when it is the same lesson).
 */
function requireFreeSeats(db: Db, participantId: string, x: LessonToBook, i: number, schoolName: string): TrialBookingRow | undefined {
  const { c, lesson } = x;
  const trialSeats = listClasses(db).find((k) => k.id === c.id)?.trialSeats ?? 0;
  const previous = listTrialBookingsOf(db, participantId).find((b) => b.schoolId === c.schoolId);
  const free = trialSeats - countTrialBookings(db, c.id, lesson.start) + (previous && previous.classId === c.id && previous.start === lesson.start ? 1 : 0);
  if (free <= 0) {
    throw new ApiError({
      code: 'conflict',
      msg: msg('booking.trial.noSeat', { klas: c.name, school: schoolName, when: param.span(lesson.start, lesson.end) }),
      field: `lessons.${i}.start`,
    });
  }
  x.care.forEach((cc, j) => {
    const seats = daypartSeats(db, cc.providerId, isoWeekday(cc.slotStart.slice(0, 10)), cc.slotStart.slice(11, 16)) ?? 0;
    if (countChildcareBookings(db, cc.providerId, cc.slotStart) >= seats) {
      throw new ApiError({ code: 'conflict', msg: msg('booking.trial.childcareFull', { provider: cc.providerName }), field: `lessons.${i}.childcare.${j}.slotStart` });
    }
  });
  return previous;
}

export function trialHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'trial.options' | 'trial.book' | 'trial.cancel'> {
  const checks = new Map<string, WeekCheck>();
  const checkOf = (week: string) => {
    let wc = checks.get(week);
    if (!wc) checks.set(week, (wc = weekCheck(db, week)));
    return wc;
  };
  const partnersOf = (p: Participant) => (p.householdId ? listParticipants(db).filter((x) => x.householdId === p.householdId && x.id !== p.id) : []);

  /** Warnings for one candidate, and per child the childcare seat that would take away its care gap. */
  function assess(p: Participant, c: Candidate): { warnings: HouseholdWarning[]; offers: ChildcareOffer[] } {
    const wc = checkOf(mondayOf(c.start.slice(0, 10)));
    const vs = candidateViolations(wc, p, applyCandidate(p, c, null));
    const warnings = [...partnerWarnings(db, p, partnersOf(p), c.start, c.end), ...toWarnings(vs)];
    const offers: ChildcareOffer[] = [];
    const gaps = vs.filter((v) => v.rule === 9);
    if (gaps.length > 0 && p.householdId) {
      const children = listChildren(db, p.householdId);
      const providers = listChildcareProviders(db);
      for (const child of children.filter((ch) => gaps.some((v) => v.entities.includes(ch.id)))) {
        const months = ageInMonths(child.birthDate, c.start.slice(0, 10));
        search: for (const prov of wc.instance.childcare) {
          if (months < prov.ageMonthsMin || months > prov.ageMonthsMax) continue;
          for (const slot of prov.slots) {
            if (!(slot.start <= c.start && c.end <= slot.end)) continue;
            const used = wc.plan.childcare.filter((b) => b.childcareId === prov.id && b.slotStart === slot.start).length;
            if (used >= slot.free) continue;
            const withCare = { ...c, childcare: [{ childId: child.id, childcareId: prov.id, slotStart: slot.start }] };
            const still = candidateViolations(wc, p, applyCandidate(p, withCare, null)).some((v) => v.rule === 9 && v.entities.includes(child.id));
            if (still) continue;
            const provider = providers.find((x) => x.id === prov.id);
            offers.push({
              childId: child.id,
              childName: child.givenName,
              providerId: prov.id,
              providerName: provider?.name ?? prov.id,
              town: (provider && listLocations(db).find((l) => l.id === provider.locationId)?.gemeente) ?? '',
              slotStart: slot.start,
              slotEnd: slot.end,
            });
            break search;
          }
        }
      }
    }
    return { warnings, offers };
  }

  return {
    'trial.options': ({ participantId, weekStart }, ctx) => {
      const { me, p } = bookingClient(db, ctx, participantId);
      checks.clear();
      const today = env.today();
      const classes = listClasses(db);
      const booked = listTrialBookingsOf(db, p.id);
      const locations = new Map(listLocations(db).map((l) => [l.id, l.name]));
      const cancelled = cancelledTrialLessons(db);
      const schools = listSchools(db).map((school) => {
        const fitting = classes.filter((c) => c.schoolId === school.id && (!p.routeIndication || c.route === p.routeIndication));
        const optionsIn = (from: string, weeks: number): TrialOption[] => {
          const found: TrialOption[] = [];
          for (const c of fitting) {
            for (const l of classLessons(c, from, weeks, cancelled)) {
              if (l.start.slice(0, 10) < today) continue;
              const trialFree = c.trialSeats - countTrialBookings(db, c.id, l.start);
              if (trialFree <= 0) continue;
              const { warnings, offers } = assess(p, { classId: c.id, start: l.start, end: l.end, schoolId: school.id, childcare: [] });
              found.push({
                classId: c.id,
                className: c.name,
                route: c.route,
                start: l.start,
                end: l.end,
                locationName: locations.get(c.locationId) ?? c.locationId,
                trialFree,
                warnings: wouldWarnings(warnings),
                childcareOffers: offers,
              });
            }
          }
          return found;
        };
        let options = optionsIn(weekStart, 2);
        const full = options.length === 0 && fitting.length > 0;
        // Nothing this week or next: offer the first week after that with a free seat instead.
        for (let w = 2; options.length === 0 && fitting.length > 0 && w < 2 + LATER_WEEKS; w++) options = optionsIn(addDays(weekStart, 7 * w), 1);
        options.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.classId.localeCompare(b.classId)));
        // A missed lesson (the school recorded a no-show) no longer holds the step: offer new ones.
        const mine = booked.find((b) => b.schoolId === school.id && !b.missed);
        const mineClass = mine ? classes.find((c) => c.id === mine.classId) : undefined;
        const route = p.routeIndication ? 'Route' : '';
        const said = { school: school.name, ...(p.routeIndication ? { route: p.routeIndication } : {}) };
        let reasonMsg: Msg | null = null;
        if (fitting.length === 0) reasonMsg = msg(`booking.trial.noClass${route}`, said);
        else if (full && options.length === 0) reasonMsg = msg(`booking.trial.noSeatWeeks${route}`, { ...said, weeks: 2 + LATER_WEEKS });
        else if (full) reasonMsg = msg(`booking.trial.later${route}`, said);
        const reason = reasonMsg ? renderMsg(reasonMsg, 'nl') : null;
        return {
          school: { id: school.id, name: school.name },
          options,
          booked:
            mine && mineClass
              ? { bookingId: String(mine.id), school: { id: school.id, name: school.name }, classId: mine.classId, className: mineClass.name, start: mine.start, end: mine.end }
              : null,
          reason,
          reasonMsg,
        };
      });
      writeAudit(db, profileAudit(env, me, 'proeflessen boeken'), 'view', 'participant', p.id, { weekStart, household: p.householdId !== null });
      return { schools, existing: existingCareGaps(checks.values(), p) };
    },
    'trial.book': ({ participantId, lessons, override }, ctx) => {
      const { me, p } = bookingClient(db, ctx, participantId);
      checks.clear();
      const audit = profileAudit(env, me, 'proeflessen boeken');
      const classes = listClasses(db);
      const schools = listSchools(db);
      const children = p.householdId ? listChildren(db, p.householdId) : [];
      const providers = listChildcareProviders(db);
      const seen = new Set<string>();
      const cancelled = cancelledTrialLessons(db);
      const plans = lessons.map((l, i) => {
        const c = classes.find((x) => x.id === l.classId);
        if (!c) throw new ApiError({ code: 'not_found', msg: msg('booking.trial.classGone'), field: `lessons.${i}.classId` });
        const schoolName = schools.find((s) => s.id === c.schoolId)?.name ?? '';
        if (seen.has(c.schoolId)) throw new ApiError({ code: 'invalid_input', msg: msg('booking.trial.onePerSchool'), field: `lessons.${i}.classId` });
        seen.add(c.schoolId);
        if (p.routeIndication && c.route !== p.routeIndication) {
          throw new ApiError({
            code: 'conflict',
            msg: msg('booking.trial.wrongRoute', { klas: c.name, school: schoolName, route: c.route, who: param.person(p.name), indication: p.routeIndication }),
            field: `lessons.${i}.classId`,
          });
        }
        const lesson = classLessons(c, mondayOf(l.start.slice(0, 10)), 1, cancelled).find((x) => x.start === l.start);
        if (!lesson) {
          throw new ApiError({
            code: 'invalid_input',
            msg: msg('booking.trial.noLessonAt', { klas: c.name, school: schoolName, day: param.date(l.start.slice(0, 10)), time: param.time(l.start.slice(11, 16)) }),
            field: `lessons.${i}.start`,
          });
        }
        if (l.start.slice(0, 10) < env.today()) throw new ApiError({ code: 'invalid_input', msg: msg('booking.trial.lessonPast'), field: `lessons.${i}.start` });
        const care = l.childcare.map((cc, j) => {
          const child = children.find((x) => x.id === cc.childId);
          if (!child)
            throw new ApiError({
              code: 'invalid_input',
              msg: msg('booking.trial.childNotInHousehold', { who: param.person(p.name) }),
              field: `lessons.${i}.childcare.${j}.childId`,
            });
          const prov = providers.find((x) => x.id === cc.providerId);
          const slot = checkOf(mondayOf(cc.slotStart.slice(0, 10)))
            .instance.childcare.find((x) => x.id === cc.providerId)
            ?.slots.find((s) => s.start === cc.slotStart);
          if (!prov || !slot) throw new ApiError({ code: 'invalid_input', msg: msg('booking.trial.childcareSlotGone'), field: `lessons.${i}.childcare.${j}.slotStart` });
          return { childId: child.id, providerId: prov.id, providerName: prov.name, slotStart: slot.start, slotEnd: slot.end };
        });
        return { c, lesson, care, school: schools.find((s) => s.id === c.schoolId)!, schoolName };
      });
      const warnings: HouseholdWarning[] = [];
      for (const x of plans) {
        const w = assess(p, {
          classId: x.c.id,
          start: x.lesson.start,
          end: x.lesson.end,
          schoolId: x.c.schoolId,
          childcare: x.care.map((cc) => ({ childId: cc.childId, childcareId: cc.providerId, slotStart: cc.slotStart })),
        });
        warnings.push(...w.warnings);
      }
      // What breaks a hard rule (the client's own activities and busy times, care for the
      // children; a partner's appointment is only said) is booked only with a reason.
      const hard = warnings.filter((w) => w.kind !== 'partner');
      const out = writeTx(db, () => {
        // Seats are counted inside the transaction that books them: since the options were shown,
        // another window or process may have taken the last one.
        const seated = plans.map((x, i) => ({ ...x, previous: requireFreeSeats(db, p.id, x, i, x.schoolName) }));
        if (hard.length > 0 && !override) {
          throw new ApiError({
            code: 'conflict',
            field: 'override',
            msg: msg('booking.trial.doesNotFit', { problems: sentences(wouldWarnings(hard)) }),
          });
        }
        return seated.map((x) => {
          if (x.previous) {
            deleteTrialBooking(db, x.previous.id);
            reopenDemand(db, x.previous.demandId);
            writeAudit(db, audit, 'delete', 'booking', p.id, { type: 'trialLesson', classId: x.previous.classId, start: x.previous.start });
          }
          const demand = ensureOpenDemand(db, audit, p.id, 'trialLesson', env.today(), x.c.schoolId);
          addTrialBooking(db, audit, { classId: x.c.id, start: x.lesson.start, end: x.lesson.end, participantId: p.id, demandId: demand.id, status: 'accepted' });
          if (hard.length > 0 && override) {
            writeAudit(db, audit, 'update', 'booking', p.id, {
              type: 'trialLesson',
              classId: x.c.id,
              start: x.lesson.start,
              demandId: demand.id,
              override: overrideDetails(override.reason, hard),
            });
          }
          for (const cc of x.care) {
            deleteChildcareBookingsAt(db, cc.childId, cc.slotStart);
            addChildcareBooking(db, audit, { childId: cc.childId, providerId: cc.providerId, slotStart: cc.slotStart, slotEnd: cc.slotEnd, status: 'accepted' });
          }
          // Just stored for this demand.
          const id = trialBookingIdOf(db, demand.id)!;
          return { bookingId: String(id), school: { id: x.school.id, name: x.school.name }, classId: x.c.id, className: x.c.name, start: x.lesson.start, end: x.lesson.end };
        });
      });
      for (const week of new Set(plans.map((x) => mondayOf(x.lesson.start.slice(0, 10))))) events.emit({ type: 'week.changed', weekStart: week });
      events.emit({ type: 'data.changed', area: 'trials' });
      checks.clear();
      const kids = new Map(p.householdId ? listChildren(db, p.householdId).map((ch) => [ch.id, ch.givenName]) : []);
      const providerList = listChildcareProviders(db);
      const towns = new Map(listLocations(db).map((l) => [l.id, l.gemeente]));
      const childcare = plans.flatMap((x) =>
        x.care.map((cc) => {
          const prov = providerList.find((y) => y.id === cc.providerId);
          return {
            childName: kids.get(cc.childId) ?? '',
            providerName: cc.providerName,
            town: (prov && towns.get(prov.locationId)) ?? '',
            slotStart: cc.slotStart,
            slotEnd: cc.slotEnd,
          };
        }),
      );
      return { bookings: out, warnings, childcare };
    },
    'trial.cancel': ({ bookingId }, ctx) => {
      if (profileOf(ctx)?.kind !== 'coordinator') requireProfile(ctx, 'consultant');
      const seen = getTrialBooking(db, Number(bookingId));
      if (!seen) return { cancelled: false };
      const { me } = bookingClient(db, ctx, seen.participantId);
      // Read again inside the transaction: another window may have cancelled it meanwhile, and its
      // step may be booked anew; reopening that step would lose the new booking's claim on it.
      const b = writeTx(db, () => {
        const now = getTrialBooking(db, seen.id);
        // SQLite may give a freed id to the next booking: it must still be the lesson seen.
        if (!now || now.start !== seen.start || now.classId !== seen.classId || now.participantId !== seen.participantId) return null;
        // A missed lesson is history (the school's "niet gekomen"), not a booking to cancel.
        if (now.missed) return null;
        deleteTrialBooking(db, now.id);
        reopenDemand(db, now.demandId);
        writeAudit(db, profileAudit(env, me, 'proefles annuleren'), 'delete', 'booking', now.participantId, { type: 'trialLesson', classId: now.classId, start: now.start });
        return now;
      });
      if (!b) return { cancelled: false };
      events.emit({ type: 'week.changed', weekStart: b.weekStart });
      events.emit({ type: 'data.changed', area: 'trials' });
      return { cancelled: true };
    },
  };
}
