// What the coordinator's week is made of: resources, the layers of others' sessions, and the
// week as the planner and checker see it.
import type { Handlers } from '../../../shared/api/dispatch';
import type { CallOutput } from '../../../shared/api/contract';
import { isClassSeat } from '../../../shared/planner/spec';
import type { Db } from '../../../db/connection';
import { weekPlan } from './week-instance';
import { baseIntakeId } from '../../../db/instance/instance-from-db';
import { sessionStatuses } from '../../../db/repositories/sessions';
import { listChildcareProviders, listConsultants, listInterpreters, listLocations, listRooms, listSchools } from '../../../db/repositories/region';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

type Ref = { id: string; name: string };

export function weekResources(db: Db): CallOutput<'week.resources'> {
  const locations = listLocations(db);
  const loc = new Map(locations.map((l) => [l.id, l]));
  return {
    locations: locations.map((l) => ({ id: l.id, name: l.name, gemeente: l.gemeente })),
    rooms: listRooms(db).map((r) => ({
      id: r.id,
      name: r.name,
      locationId: r.locationId,
      locationName: loc.get(r.locationId)?.name ?? r.locationId,
      gemeente: loc.get(r.locationId)?.gemeente ?? '',
      capacity: r.capacity,
      laptopsTouch: r.laptopsTouch,
      laptopsMouse: r.laptopsMouse,
      kinds: r.kinds,
    })),
    consultants: listConsultants(db).map((c) => ({ id: c.id, name: c.name, languages: c.languages, toetsCertified: c.toetsCertified })),
    interpreters: listInterpreters(db).map((t) => ({ id: t.id, name: t.name, languages: t.languages })),
  };
}

export function weekLayers(db: Db, weekStart: string): CallOutput<'week.layers'> {
  const { instance, plan } = weekPlan(db, weekStart);
  const names = new Map(instance.participants.map((p) => [p.id, p.name]));
  const ref = (id: string): Ref => ({ id, name: names.get(id) ?? id });
  const locName = new Map(instance.locations.map((l) => [l.id, l.name]));
  const schoolName = new Map(listSchools(db).map((s) => [s.id, s.name]));

  const trialBooked = new Map<string, Ref[]>();
  const intakeBooked = new Map<string, Ref[]>();
  for (const seat of plan.seats) {
    const key = isClassSeat(seat) ? `${seat.classId}|${seat.start}` : seat.intakeId;
    const map = isClassSeat(seat) ? trialBooked : intakeBooked;
    (map.get(key) ?? map.set(key, []).get(key)!).push(ref(seat.participantId));
  }
  const householdOfChild = new Map(instance.households.flatMap((h) => h.children.map((c) => [c.id, h.id] as const)));
  const careBooked = new Map<string, { childId: string; householdId: string }[]>();
  for (const b of plan.childcare) {
    const key = `${b.childcareId}|${b.slotStart}`;
    (careBooked.get(key) ?? careBooked.set(key, []).get(key)!).push({ childId: b.childId, householdId: householdOfChild.get(b.childId) ?? '' });
  }
  const providerName = new Map(listChildcareProviders(db).map((p) => [p.id, p.name]));

  const classSessions = instance.classes
    .flatMap((c) =>
      c.sessions.map((s) => ({
        classId: c.id,
        schoolId: c.schoolId,
        schoolName: schoolName.get(c.schoolId) ?? c.schoolId,
        route: c.route,
        start: s.start,
        end: s.end,
        locationName: locName.get(c.locationId) ?? c.locationId,
        trialSeats: c.trialSeats,
        trialBooked: trialBooked.get(`${c.id}|${s.start}`) ?? [],
      })),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.classId.localeCompare(b.classId));
  const intakes = instance.startklasIntakes
    .map((i) => ({
      id: i.id,
      intakeId: baseIntakeId(i.id),
      start: i.start,
      end: i.end,
      locationName: locName.get(i.locationId) ?? i.locationId,
      seats: i.seats,
      booked: intakeBooked.get(i.id) ?? [],
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
  const childcare = instance.childcare
    .flatMap((p) =>
      p.slots.map((s) => {
        const booked = careBooked.get(`${p.id}|${s.start}`) ?? [];
        // Seats still free for our participants' children; capacity is free + booked.
        return { providerId: p.id, providerName: providerName.get(p.id) ?? p.id, kind: p.kind, start: s.start, end: s.end, free: Math.max(0, s.free - booked.length), booked };
      }),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.providerId.localeCompare(b.providerId));
  return { classSessions, intakes, childcare };
}

export function weekPlanning(db: Db, weekStart: string): CallOutput<'week.planning'> {
  const { instance, plan } = weekPlan(db, weekStart);
  return { instance, plan, sessionStatus: Object.fromEntries(sessionStatuses(db, weekStart).map((r) => [r.id, r.status])) };
}

export function weekDataHandlers({ db }: ServiceDeps): Pick<Handlers<ApiCtx>, 'week.resources' | 'week.layers' | 'week.planning'> {
  return {
    'week.resources': () => weekResources(db),
    'week.layers': ({ weekStart }) => weekLayers(db, weekStart),
    'week.planning': ({ weekStart }) => weekPlanning(db, weekStart),
  };
}
