// Startklas registration by the consultant: the first free intake seat within the horizon, or a
// place on the first-come waiting list; cancelling gives the seat to the first in line at once.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import type { CallOutput } from '../../../shared/api/contract';
import { mondayOf } from '../../../shared/domain/week';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import { addIntakeBooking, deleteIntakeBooking } from '../../../db/repositories/bookings';
import { ensureOpenDemand, findOpenDemand, reopenDemand } from '../../../db/repositories/demands';
import { addToWaitingList, removeFromWaitingList, waitingPosition } from '../../../db/repositories/waiting-list';
import { nowOf, type ServiceDeps } from '../context';
import { bookingClient } from '../caller';
import { profileAudit } from '../audit/profile-audit';
import { currentIntake, freeIntakes, intakeMoments, intakeRef, type IntakeMoment } from './startklas-intakes';
import { countIntakeBookings } from '../../../db/repositories/bookings';
import type { Db } from '../../../db/connection';
import {
  BreaksRules,
  candidateViolations,
  overrideDetails,
  ownOverlaps,
  partnerWarnings,
  sentences,
  storedChangeProblems,
  toWarnings,
  weekCheck,
  wouldWarnings,
  type HouseholdWarning,
  type WeekCheck,
} from './household-warnings';
import { intakeMomentId } from '../../../db/instance/instance-from-db';
import { activityDates } from '../../../db/repositories/sessions';
import { getParticipant, listParticipants, type Participant } from '../../../db/repositories/participants';
import { intakeWindow } from '../../../shared/domain/intake-window';
import { termsOf } from '../deadlines/deadlines';
import { msg, p as param } from '../../../shared/messages';
import { ApiError } from '../../../shared/api/errors';
import { moveUpWaitingList } from './startklas-waiting-list';

/**
 * What booking this moment would break for the client's household, without writing: the intake
 * seat (and the client's open intake step, when there is none yet) added to a copy of the stored
 * week and checked, the one check startklas.register books by (storedChangeProblems on the same
 * week with the seat written). Then the client's own appointments at that time the check does not
 * name already (an overlap is reported against the activity that ends last): each once, by name.
 */
function intakeProblems(db: Db, wc: WeekCheck, p: Participant, demandId: string, m: IntakeMoment): HouseholdWarning[] {
  const found = toWarnings(
    candidateViolations(wc, p, (instance, plan) => {
      if (!instance.demands.some((d) => d.id === demandId)) {
        const from = m.date > wc.instance.week.start ? m.date : wc.instance.week.start;
        instance.demands.push({ id: demandId, participantId: p.id, kind: 'startklasIntake', priority: 1, earliest: `${from}T${instance.grid.dayStart}`, schoolId: null });
      }
      plan.seats = [...plan.seats.filter((x) => x.demandId !== demandId), { participantId: p.id, demandId, intakeId: intakeMomentId(m.intakeId, m.date) }];
      plan.unplanned = plan.unplanned.filter((u) => u.demandId !== demandId);
    }),
  );
  return [...found, ...ownOverlaps(db, p, m.start, m.end, found)];
}

/** An id for the client's intake step while it has none (nothing is written: the copy of the week only). */
const NEW_STEP = 'startklas-preview';

/** Until when this client is offered moments: up to their term (shared/domain/intake-window.ts). */
function windowOf(db: Db, p: Participant, today: string) {
  return intakeWindow(termsOf(p, today, activityDates(db)), today);
}

export function startklasHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'startklas.options' | 'startklas.register' | 'startklas.cancel'> {
  return {
    'startklas.options': ({ participantId }, ctx) => {
      // Audited as a read (READ_AUDITS); nothing is written, not even inside a transaction.
      const { p } = bookingClient(db, ctx, participantId);
      const today = env.today();
      const booked = currentIntake(db, p.id, today);
      if (booked) return { current: intakeRef(booked), waitingPosition: null, options: [], window: null };
      const window = windowOf(db, p, today);
      const demandId = findOpenDemand(db, p.id, 'startklasIntake', null)?.id ?? NEW_STEP;
      const weeks = new Map<string, WeekCheck>();
      const checkOf = (week: string) => weeks.get(week) ?? weeks.set(week, weekCheck(db, week)).get(week)!;
      const partners = p.householdId ? listParticipants(db).filter((x) => x.householdId === p.householdId && x.id !== p.id) : [];
      const options = intakeMoments(db, today, window.until).map((m) => {
        const freeSeats = Math.max(0, m.seats - countIntakeBookings(db, m.intakeId, m.date));
        if (freeSeats === 0) return { ...intakeRef(m), freeSeats, problems: [], warnings: [] };
        return {
          ...intakeRef(m),
          freeSeats,
          problems: wouldWarnings(intakeProblems(db, checkOf(mondayOf(m.date)), p, demandId, m)),
          // The partners' appointments then (whatever the children's care): said, not refused.
          warnings: wouldWarnings(partnerWarnings(db, p, partners, m.start, m.end)),
        };
      });
      return { current: null, waitingPosition: waitingPosition(db, p.id), options, window };
    },
    'startklas.register': ({ participantId, intakeId, date, override }, ctx) => {
      const { me, p } = bookingClient(db, ctx, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'aanmelden startklas');
      // A seat freed elsewhere (an undo, a removed proposal) goes to those already waiting first.
      moveUpWaitingList(db, profileAudit(env, me, 'wachtlijst startklas'), today);
      // The free seat is picked inside the transaction that books it: another window or process
      // may have taken it since this client's caseload was shown.
      const done = writeTx(db, (): { answer: CallOutput<'startklas.register'>; booked: IntakeMoment | null; changed: boolean } => {
        const booked = currentIntake(db, p.id, today);
        if (booked) return { answer: { status: 'booked', intake: intakeRef(booked), waitingPosition: null, warnings: [] }, booked: null, changed: false };
        const pos = waitingPosition(db, p.id);
        if (pos !== null) return { answer: { status: 'waiting', intake: null, waitingPosition: pos, warnings: [] }, booked: null, changed: false };
        const free = freeIntakes(db, today);
        const demand = ensureOpenDemand(db, audit, p.id, 'startklasIntake', today);
        // Each free intake is tried in a savepoint and checked against the household (the
        // client's own activities and busy times, care for the children): the first that breaks
        // nothing is kept. When every free one breaks something, booking the first needs a reason.
        const tryIntake = (m: IntakeMoment, reason: string | null): HouseholdWarning[] =>
          writeTx(db, () => {
            addIntakeBooking(db, audit, { intakeId: m.intakeId, date: m.date, participantId: p.id, demandId: demand.id, status: 'accepted' });
            const problems = storedChangeProblems(db, p, mondayOf(m.date), (plan) => {
              plan.seats = plan.seats.filter((x) => x.demandId !== demand.id);
            });
            if (problems.length > 0 && reason === null) throw new BreaksRules(problems);
            if (problems.length > 0) {
              writeAudit(db, audit, 'update', 'booking', p.id, {
                type: 'startklasIntake',
                intakeId: m.intakeId,
                date: m.date,
                demandId: demand.id,
                override: overrideDetails(reason!, problems),
              });
            }
            return problems;
          });
        // The moment the consultant chose from startklas.options, and only that one: it may have
        // filled up or gone meanwhile.
        if (intakeId !== undefined || date !== undefined) {
          const m = intakeMoments(db, today, windowOf(db, p, today).until).find((x) => x.intakeId === intakeId && x.date === date);
          if (!m) throw new ApiError({ code: 'not_found', msg: msg('booking.startklas.gone'), field: 'intakeId' });
          const where = { when: param.span(m.start, m.end), place: m.locationName };
          if (countIntakeBookings(db, m.intakeId, m.date) >= m.seats) throw new ApiError({ code: 'conflict', msg: msg('booking.startklas.full', where), field: 'intakeId' });
          try {
            const warnings = tryIntake(m, override?.reason ?? null);
            return { answer: { status: 'booked', intake: intakeRef(m), waitingPosition: null, warnings }, booked: m, changed: true };
          } catch (err) {
            if (!(err instanceof BreaksRules)) throw err;
            throw new ApiError({
              code: 'conflict',
              field: 'override',
              msg: msg('booking.startklas.chosenDoesNotFit', { ...where, problems: sentences(wouldWarnings(err.problems)) }),
            });
          }
        }
        let first: { m: IntakeMoment; problems: HouseholdWarning[] } | null = null;
        for (const m of free) {
          try {
            tryIntake(m, null);
            return { answer: { status: 'booked', intake: intakeRef(m), waitingPosition: null, warnings: [] }, booked: m, changed: true };
          } catch (err) {
            if (!(err instanceof BreaksRules)) throw err;
            first ??= { m, problems: err.problems };
          }
        }
        if (first) {
          if (!override) {
            throw new ApiError({
              code: 'conflict',
              field: 'override',
              msg: msg('booking.startklas.doesNotFit', {
                when: param.span(first.m.start, first.m.end),
                place: first.m.locationName,
                problems: sentences(wouldWarnings(first.problems)),
              }),
            });
          }
          const warnings = tryIntake(first.m, override.reason);
          return { answer: { status: 'booked', intake: intakeRef(first.m), waitingPosition: null, warnings }, booked: first.m, changed: true };
        }
        addToWaitingList(db, p.id, demand.id, nowOf(env));
        writeAudit(db, audit, 'create', 'waiting_list', p.id, { list: 'startklas' });
        return { answer: { status: 'waiting', intake: null, waitingPosition: waitingPosition(db, p.id), warnings: [] }, booked: null, changed: true };
      });
      if (done.booked) events.emit({ type: 'week.changed', weekStart: mondayOf(done.booked.date) });
      if (done.changed) events.emit({ type: 'data.changed', area: 'startklas' });
      return done.answer;
    },
    'startklas.cancel': ({ participantId }, ctx) => {
      const { me, p } = bookingClient(db, ctx, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'afmelden startklas');
      // Read inside the transaction: another window may have cancelled (and rebooked) meanwhile.
      const { booked, moved } = writeTx(db, () => {
        const booked = currentIntake(db, p.id, today);
        const waiting = waitingPosition(db, p.id) !== null;
        if (!booked && !waiting) return { booked: null, moved: null };
        if (booked) {
          deleteIntakeBooking(db, booked.bookingId);
          reopenDemand(db, booked.demandId);
          writeAudit(db, audit, 'delete', 'booking', p.id, { type: 'startklasIntake', intakeId: booked.intakeId, date: booked.date });
        } else {
          removeFromWaitingList(db, p.id);
          writeAudit(db, audit, 'delete', 'waiting_list', p.id, { list: 'startklas' });
        }
        return { booked, moved: moveUpWaitingList(db, profileAudit(env, me, 'wachtlijst startklas'), today) };
      });
      if (!moved) return { cancelled: false, movedUp: null };
      if (booked) events.emit({ type: 'week.changed', weekStart: mondayOf(booked.date) });
      events.emit({ type: 'data.changed', area: 'startklas' });
      const first = moved[0] ? getParticipant(db, moved[0]) : null;
      return { cancelled: true, movedUp: first ? { id: first.id, name: first.name } : null };
    },
  };
}
