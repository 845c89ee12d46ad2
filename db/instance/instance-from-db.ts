// From the stored region to a SPEC instance for one ISO week, and a planner's plan back into
// the database as a proposal.
//
// The instance holds the full capacity of the week and every demand that is open or met by a
// booking in this week. What is already booked is not folded into the instance (as busy time or
// fewer seats): that would lose the travel time between a booked and a new activity. Instead
// `storedPlan` gives the bookings as a SPEC plan: all of them for the checker (the week as it
// stands), or only the accepted ones as the planner's pinned input (`fixed`), so the planner
// plans around them and the checker sees the whole week.
import { randomUUID } from 'node:crypto';
import type { Db } from '../connection';
import { writeTx } from '../connection';
import { expandWeek } from '../../shared/domain/availability';
import { withoutHolidays } from '../../shared/domain/holidays';
import { addDays, daysBetween, isoWeekday, isoWeekLabel } from '../../shared/domain/week';
import { InstanceSchema, isClassSeat, type Instance, type Plan } from '../../shared/planner/spec';
import { needsCareOn } from '../../shared/planner/household-care';
import { writeAudit, type AuditContext } from '../repositories/audit';
import { weekIntervals } from '../repositories/availability';
import { demandsOfWeek, firstOpenDemand } from '../repositories/demands';
import {
  classLessonPatterns,
  daypartEnd,
  getRegion,
  lessonEnd,
  listChildcareProviders,
  listClasses,
  listConsultants,
  listInterpreters,
  listLocations,
  listRooms,
  listSchools,
  listStartklasIntakes,
  listTravelTimes,
} from '../repositories/region';
import { listChildren, listHouseholds, listParticipants } from '../repositories/participants';
import { bookingsInWeek, createSession, deleteProposals, type WeekBookings } from '../repositories/sessions';
import { addChildcareBooking, addIntakeBooking, addTrialBooking } from '../repositories/bookings';
import { cancelledIntakeMoments, cancelledTrialLessons, intakeMomentKey, trialLessonKey } from '../repositories/moments';

/** Priority 1..10 from how close the demand's due date is to the start of the week. */
export function priorityFromDue(dueDate: string | null, weekStart: string): number {
  if (!dueDate) return 3;
  const days = daysBetween(weekStart, dueDate);
  if (days <= 0) return 10;
  if (days <= 7) return 9;
  if (days <= 14) return 8;
  if (days <= 21) return 7;
  if (days <= 28) return 6;
  if (days <= 42) return 5;
  if (days <= 56) return 4;
  return 3;
}

/** Pseudo-adult ids for household members outside the app; the SPEC counts them as at home. */
const outsideAdultId = (householdId: string, n: number) => `${householdId}~extern-${n}`;
export const intakeMomentId = (intakeId: string, date: string) => `${intakeId}@${date}`;
/** The intake a moment of the instance belongs to (its id is `intakeId@date`). */
export const baseIntakeId = (momentId: string) => momentId.slice(0, momentId.lastIndexOf('@'));

export function buildInstance(db: Db, weekStart: string): Instance {
  if (isoWeekday(weekStart) !== 1) throw new Error(`Week ${weekStart} begint niet op maandag.`);
  const region = getRegion(db);
  if (!region) throw new Error('Er is nog geen regio ingericht: er valt niets te plannen.');
  const days = region.workingDays;

  const roomTimes = weekIntervals(db, 'room', weekStart, days);
  const consultantTimes = weekIntervals(db, 'consultant', weekStart, days);
  const interpreterTimes = weekIntervals(db, 'interpreter', weekStart, days);
  const participantBusy = weekIntervals(db, 'participant', weekStart, days);
  const childCovered = weekIntervals(db, 'child', weekStart, days);

  const classRows = listClasses(db);
  // A cancelled trial lesson or intake moment (moment.cancel) is not offered to the planner.
  const cancelledLessons = cancelledTrialLessons(db);
  const cancelledIntakes = cancelledIntakeMoments(db);
  const classes: Instance['classes'] = classRows.map((c) => ({
    id: c.id,
    schoolId: c.schoolId,
    route: c.route,
    locationId: c.locationId,
    // No lesson, intake moment or childcare on a public holiday (rooms and staff: weekIntervals).
    sessions: withoutHolidays(expandWeek(classLessonPatterns(c), [], weekStart, days)).filter((l) => !cancelledLessons.has(trialLessonKey({ classId: c.id, start: l.start }))),
    trialSeats: c.trialSeats,
  }));

  const startklasIntakes: Instance['startklasIntakes'] = listStartklasIntakes(db).flatMap((i) =>
    withoutHolidays(expandWeek([i], [], weekStart, days))
      .filter((m) => !cancelledIntakes.has(intakeMomentKey({ intakeId: i.id, date: m.start.slice(0, 10) })))
      .map((m) => ({
        id: intakeMomentId(i.id, m.start.slice(0, 10)),
        locationId: i.locationId,
        start: m.start,
        end: m.end,
        seats: i.seats,
      })),
  );

  const providerRows = listChildcareProviders(db);
  const childcare: Instance['childcare'] = providerRows.map((p) => ({
    id: p.id,
    locationId: p.locationId,
    kind: p.kind,
    ageMonthsMin: p.ageMonthsMin,
    ageMonthsMax: p.ageMonthsMax,
    slots: p.dayparts
      .flatMap((d) =>
        withoutHolidays(expandWeek([{ weekday: d.weekday, start: d.start, end: d.end }], [], weekStart, days)).map((i) => ({ start: i.start, end: i.end, free: d.seats })),
      )
      .sort((a, b) => (a.start < b.start ? -1 : 1)),
  }));

  // Grouped once: a filter per household was quadratic in a large region.
  const childrenOf = new Map<string, Instance['households'][number]['children']>();
  // Children old enough to stay on their own (the one age rule, household-care.ts) need no care;
  // one with childcare booked this week stays, so the booking still names a known child.
  const careBooked = new Set(bookingsInWeek(db, weekStart).care.map((c) => c.childId));
  const childNames: Record<string, string> = {};
  for (const c of listChildren(db)) {
    if (!needsCareOn(c.birthDate, weekStart) && !careBooked.has(c.id)) continue;
    const list = childrenOf.get(c.householdId) ?? childrenOf.set(c.householdId, []).get(c.householdId)!;
    list.push({ id: c.id, birthDate: c.birthDate, covered: childCovered.get(c.id) ?? [] });
    childNames[c.id] = c.givenName;
  }
  const households: Instance['households'] = listHouseholds(db).map((h) => ({
    id: h.id,
    adults: [...h.adults, ...Array.from({ length: h.adultsOutside }, (_, n) => outsideAdultId(h.id, n + 1))],
    children: childrenOf.get(h.id) ?? [],
  }));

  const participantRows = listParticipants(db);
  const participants: Instance['participants'] = participantRows.map((p) => ({
    id: p.id,
    name: p.name,
    householdId: p.householdId,
    homeLocationId: p.homeLocationId,
    language: p.language,
    otherLanguages: p.otherLanguages,
    digitalSkill: p.digitalSkill,
    routeIndication: p.routeIndication,
    busy: participantBusy.get(p.id) ?? [],
  }));

  const weekEnd = addDays(weekStart, days - 1);
  // Demands of the week: open ones that may start in it, and any met by a booking in this week.
  const demandRows = demandsOfWeek(db, weekStart, weekEnd);
  const demands: Instance['demands'] = demandRows.map((d) => ({
    id: d.id,
    participantId: d.participantId,
    kind: d.kind,
    priority: priorityFromDue(d.dueDate, weekStart),
    earliest: `${d.earliestDate > weekStart ? d.earliestDate : weekStart}T${region.dayStart}`,
    schoolId: d.schoolId,
  }));

  const instance: Instance = {
    version: 1,
    week: { start: weekStart, days },
    grid: { slotMinutes: region.slotMinutes, dayStart: region.dayStart, dayEnd: region.dayEnd },
    weights: region.weights,
    activity: { groupInfo: region.groupInfo, toets: region.toets },
    locations: listLocations(db).map((l) => ({ id: l.id, name: l.name, gemeente: l.gemeente })),
    travelMinutes: listTravelTimes(db),
    rooms: listRooms(db).map((r) => ({
      ...r,
      available: roomTimes.get(r.id) ?? [],
    })),
    consultants: listConsultants(db).map((c) => ({
      id: c.id,
      name: c.name,
      languages: c.languages,
      toetsCertified: c.toetsCertified,
      available: consultantTimes.get(c.id) ?? [],
    })),
    interpreters: listInterpreters(db).map((t) => ({
      id: t.id,
      name: t.name,
      languages: t.languages,
      costPerHour: t.costPerHour,
      available: interpreterTimes.get(t.id) ?? [],
    })),
    classes,
    startklasIntakes,
    childcare,
    households,
    participants,
    demands,
    // Names for the checker's messages (not SPEC): no id in a sentence a person reads.
    labels: {
      schools: Object.fromEntries(listSchools(db).map((x) => [x.id, x.name])),
      classes: Object.fromEntries(classRows.map((c) => [c.id, c.name])),
      childcare: Object.fromEntries(providerRows.map((p) => [p.id, p.name])),
      children: childNames,
      gemeenten: Object.fromEntries(participantRows.map((p) => [p.id, p.gemeente])),
    },
  };
  return InstanceSchema.parse(instance);
}

/**
 * The week's bookings as a SPEC plan for `instance` (from buildInstance of the same week).
 * `only: 'accepted'` gives what a planner must keep (its pinned input); the default gives
 * everything, proposals too, for the checker. Demands not met are listed as unplanned.
 */
export function storedPlan(db: Db, weekStart: string, instance: Instance, opts: { only?: 'accepted' } = {}): Plan {
  const all = bookingsInWeek(db, weekStart);
  const keep = <T extends { status: string }>(rows: T[]) => (opts.only === 'accepted' ? rows.filter((r) => r.status === 'accepted') : rows);
  const booked: WeekBookings = {
    sessions: keep(all.sessions),
    sessionParticipants: all.sessionParticipants.filter((p) => keep(all.sessions).some((s) => s.id === p.sessionId)),
    trials: keep(all.trials),
    intakes: keep(all.intakes),
    care: keep(all.care),
  };
  const met = new Set<string>();
  const sessions: Plan['sessions'] = booked.sessions.map((s) => {
    const parts = booked.sessionParticipants.filter((p) => p.sessionId === s.id);
    for (const p of parts) met.add(p.demandId);
    return {
      id: s.id,
      kind: s.kind,
      start: s.start,
      end: s.end,
      roomId: s.roomId,
      consultantId: s.consultantId,
      interpreterId: s.interpreterId,
      language: s.language,
      participants: parts.map((p) => p.participantId),
    };
  });
  const seats: Plan['seats'] = [
    ...booked.trials.map((t) => {
      met.add(t.demandId);
      return { participantId: t.participantId, demandId: t.demandId, classId: t.classId, start: t.start };
    }),
    ...booked.intakes.map((i) => {
      met.add(i.demandId);
      return { participantId: i.participantId, demandId: i.demandId, intakeId: intakeMomentId(i.intakeId, i.date) };
    }),
  ];
  return {
    version: 1,
    sessions,
    seats,
    childcare: booked.care.map((c) => ({ childId: c.childId, childcareId: c.providerId, slotStart: c.slotStart })),
    unplanned: instance.demands.filter((d) => !met.has(d.id)).map((d) => ({ demandId: d.id, reason: 'Nog niet ingepland.' })),
  };
}

/**
 * Stores a plan for `weekStart` as a proposal: earlier proposals of the week are replaced,
 * accepted sessions and bookings and pinned proposed sessions stay. Items of the plan that are
 * already stored that way (the fixed input a planner copies into its output) are skipped. One transaction: all of the plan, or nothing.
 */
export function storeProposal(db: Db, weekStart: string, plan: Plan, audit?: AuditContext): { sessions: number; seats: number; childcare: number } {
  const ctx: AuditContext = audit ?? { actor: 'planner', purpose: 'Voorstel weekplanning opgeslagen', now: () => new Date().toISOString() };
  const label = isoWeekLabel(weekStart).replace('-', '');
  // Ids of this run's sessions: the planner numbers its sessions S1, S2… on every run, so the
  // run gets its own tag and an id (and the calendar UID made from it) never names another session.
  const run = randomUUID().slice(0, 8);
  const weekEnd = addDays(weekStart, 7);
  const inWeek = (t: string) => t >= `${weekStart}T00:00` && t < `${weekEnd}T00:00`;
  return writeTx(db, () => {
    // Pinned proposed sessions stay (the planner got them as fixed input and copies them).
    deleteProposals(db, ctx, weekStart, { keepPinned: true });
    const accepted = bookingsInWeek(db, weekStart);
    const acceptedSessions = new Set(accepted.sessions.map((x) => x.id));
    const acceptedSeatDemands = new Set([...accepted.trials, ...accepted.intakes].map((x) => x.demandId));
    const acceptedCare = new Set(accepted.care.map((x) => `${x.childId}|${x.slotStart}`));
    const stored = { sessions: 0, seats: 0, childcare: 0 };
    for (const s of plan.sessions) {
      if (acceptedSessions.has(s.id)) continue;
      stored.sessions++;
      if (!inWeek(s.start)) throw new Error(`Sessie ${s.id} (${s.start}) valt buiten week ${weekStart}.`);
      createSession(db, ctx, {
        id: `VS-${label}-${run}-${s.id}`,
        kind: s.kind,
        start: s.start,
        end: s.end,
        roomId: s.roomId,
        consultantId: s.consultantId,
        interpreterId: s.interpreterId,
        language: s.language,
        status: 'proposed',
        participants: s.participants.map((participantId) => {
          const demandId = firstOpenDemand(db, participantId, s.kind);
          if (demandId === null) throw new Error(`Deelnemer ${participantId} heeft geen open vraag van soort ${s.kind} (sessie ${s.id}).`);
          return { participantId, demandId };
        }),
      });
    }
    for (const seat of plan.seats) {
      if (acceptedSeatDemands.has(seat.demandId)) continue;
      stored.seats++;
      if (isClassSeat(seat)) {
        const classId = seat.classId;
        const end = lessonEnd(db, classId, isoWeekday(seat.start.slice(0, 10)), seat.start.slice(11, 16));
        if (end === null || !inWeek(seat.start)) throw new Error(`Klas ${classId} heeft geen les op ${seat.start} in week ${weekStart}.`);
        addTrialBooking(db, ctx, {
          classId,
          start: seat.start,
          end: `${seat.start.slice(0, 10)}T${end}`,
          participantId: seat.participantId,
          demandId: seat.demandId,
          status: 'proposed',
        });
      } else {
        const date = seat.intakeId.slice(seat.intakeId.lastIndexOf('@') + 1);
        if (!inWeek(`${date}T00:00`)) throw new Error(`Intakemoment ${seat.intakeId} valt buiten week ${weekStart}.`);
        addIntakeBooking(db, ctx, { intakeId: baseIntakeId(seat.intakeId), date, participantId: seat.participantId, demandId: seat.demandId, status: 'proposed' });
      }
    }
    for (const c of plan.childcare) {
      if (acceptedCare.has(`${c.childId}|${c.slotStart}`)) continue;
      stored.childcare++;
      const end = daypartEnd(db, c.childcareId, isoWeekday(c.slotStart.slice(0, 10)), c.slotStart.slice(11, 16));
      if (end === null || !inWeek(c.slotStart)) throw new Error(`Opvang ${c.childcareId} heeft geen dagdeel dat begint op ${c.slotStart}.`);
      addChildcareBooking(db, ctx, { childId: c.childId, providerId: c.childcareId, slotStart: c.slotStart, slotEnd: `${c.slotStart.slice(0, 10)}T${end}`, status: 'proposed' });
    }
    writeAudit(db, ctx, 'create', 'week', weekStart, { proposal: stored });
    return stored;
  });
}
