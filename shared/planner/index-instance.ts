// Lookups over an Instance, built once per instance object and reused by every check: the UI
// re-checks the same week on every drag, so the indexing cost must not be paid each time.
// Participants, demands and locations get integer positions so the per-check work runs on
// arrays instead of string-keyed maps.
import type { Demand, Instance, Participant } from './spec';
import { union } from '../domain/intervals';
import { fromMinutes, hhmmToMinutes, toMinutes, type Minutes, type Span } from '../domain/time';

type Room = Instance['rooms'][number];
type Consultant = Instance['consultants'][number];
type Interpreter = Instance['interpreters'][number];
type ClassDef = Instance['classes'][number];
type Intake = Instance['startklasIntakes'][number];
type Childcare = Instance['childcare'][number];
type Household = Instance['households'][number];
type Child = Household['children'][number];
type Location = Instance['locations'][number];

export interface IndexedSlot {
  start: Minutes;
  end: Minutes;
  startStr: string;
  endStr: string;
  free: number;
}

/** A bookable existing session: a class session or a startklas intake moment. */
export interface SeatTarget {
  /** Position among all seat targets, for counting per check. */
  gi: number;
  start: Minutes;
  end: Minutes;
  /** Location position, -1 when the location is unknown. */
  li: number;
  locationId: string;
  capacity: number;
  label: string;
  /** The class, for a class session; undefined for an intake moment. */
  cls?: ClassDef;
  /** Class id or intake id. */
  ref: string;
}

/** A child with its household and the time it is covered (merged). */
export interface ChildEntry {
  child: Child;
  household: Household;
  covered: Span[];
}

export interface CareHousehold {
  household: Household;
  /** Participant positions of the adults (all adults have a record, else no care is needed). */
  adults: number[];
  children: { child: Child; covered: Span[] }[];
}

export interface InstanceIndex {
  instance: Instance;
  participants: Map<string, Participant>;
  participantIndex: Map<string, number>;
  /** Busy intervals per participant position, sorted by start. */
  busy: Span[][];
  /** The same, merged (touching spans join), for interval arithmetic. */
  busyMerged: Span[][];
  /** Home location position per participant, -1 when unknown. */
  home: Int32Array;
  demands: Map<string, Demand>;
  /** Position of each demand in instance.demands. */
  demandIndex: Map<string, number>;
  /** Per demand position: participant position, -1 when unknown. */
  demandParticipant: Int32Array;
  earliest: Float64Array;
  /** groupInfo [0] and toets [1] demand positions per participant position. */
  sessionDemands: [(number[] | undefined)[], (number[] | undefined)[]];
  rooms: Map<string, Room>;
  roomAvailable: Map<string, Span[]>;
  consultants: Map<string, Consultant>;
  consultantAvailable: Map<string, Span[]>;
  interpreters: Map<string, Interpreter>;
  interpreterAvailable: Map<string, Span[]>;
  classes: Map<string, ClassDef>;
  /** Class sessions by class id and start time string. */
  classSessions: Map<string, Map<string, SeatTarget>>;
  intakes: Map<string, Intake>;
  intakeTargets: Map<string, SeatTarget>;
  seatTargetCount: number;
  /** Seat targets by gi. */
  seatTargets: SeatTarget[];
  childcare: Map<string, Childcare>;
  childcareSlots: Map<string, Map<string, IndexedSlot>>;
  households: Map<string, Household>;
  children: Map<string, ChildEntry>;
  careHouseholds: CareHousehold[];
  /** Per household: participant positions of the adults that have a record (for the cost). */
  householdAdults: number[][];
  /** careHouseholds positions per participant position. */
  careHouseholdsOfAdult: (number[] | undefined)[];
  locations: Map<string, Location>;
  locationIndex: Map<string, number>;
  /** Travel minutes between location positions (row-major), -1 = impossible. */
  travel: Int32Array;
  locationCount: number;
  weekDays: Set<string>;
  dayStart: number;
  dayEnd: number;
  /** The arrays the index was built from, to notice an instance changed in place. */
  shape: unknown[];
}

const cache = new WeakMap<Instance, InstanceIndex>();

/**
 * The index of an instance, cached per instance object. Treat instances as immutable: an
 * array replaced or grown in place is noticed and the index rebuilt, a field edited inside
 * an element is not.
 */
export function indexInstance(instance: Instance): InstanceIndex {
  const hit = cache.get(instance);
  if (hit && sameShape(hit.shape, shapeOf(instance))) return hit;
  const idx = buildIndex(instance);
  cache.set(instance, idx);
  return idx;
}

function shapeOf(i: Instance): unknown[] {
  const arrays = [i.locations, i.travelMinutes, i.rooms, i.consultants, i.interpreters, i.classes, i.startklasIntakes, i.childcare, i.households, i.participants, i.demands];
  return [...arrays, ...arrays.map((a) => a.length), i.week, i.grid, i.weights, i.activity];
}

function sameShape(a: unknown[], b: unknown[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function spans(list: { start: string; end: string }[]): Span[] {
  return list.map((i) => ({ start: toMinutes(i.start), end: toMinutes(i.end) })).sort((a, b) => a.start - b.start);
}

function merged(list: { start: string; end: string }[]): Span[] {
  return union(spans(list));
}

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of list) if (!m.has(x.id)) m.set(x.id, x);
  return m;
}

function positions<T extends { id: string }>(list: T[]): Map<string, number> {
  const m = new Map<string, number>();
  list.forEach((x, i) => {
    if (!m.has(x.id)) m.set(x.id, i);
  });
  return m;
}

function buildIndex(instance: Instance): InstanceIndex {
  const locations = byId(instance.locations);
  const locationIndex = positions(instance.locations);
  const L = instance.locations.length;
  const travel = new Int32Array(L * L).fill(-1);
  for (let i = 0; i < L; i++) travel[i * L + i] = 0;
  const setTravel = (from: string, to: string, minutes: number, overwrite: boolean) => {
    const a = locationIndex.get(from);
    const b = locationIndex.get(to);
    if (a === undefined || b === undefined || a === b) return;
    if (overwrite || travel[a * L + b] < 0) travel[a * L + b] = minutes;
  };
  for (const t of instance.travelMinutes) setTravel(t.from, t.to, t.minutes, true);
  for (const t of instance.travelMinutes) setTravel(t.to, t.from, t.minutes, false);
  const li = (id: string) => locationIndex.get(id) ?? -1;
  const locName = (id: string) => locations.get(id)?.name ?? id;

  const participants = byId(instance.participants);
  const participantIndex = positions(instance.participants);
  const P = instance.participants.length;
  const busy = instance.participants.map((p) => spans(p.busy));
  const busyMerged = instance.participants.map((p) => merged(p.busy));
  const home = new Int32Array(P);
  instance.participants.forEach((p, i) => (home[i] = li(p.homeLocationId)));

  const demands = byId(instance.demands);
  const demandIndex = positions(instance.demands);
  const D = instance.demands.length;
  const demandParticipant = new Int32Array(D);
  const earliest = new Float64Array(D);
  const sessionDemands: [(number[] | undefined)[], (number[] | undefined)[]] = [new Array(P), new Array(P)];
  instance.demands.forEach((d, i) => {
    const pi = participantIndex.get(d.participantId) ?? -1;
    demandParticipant[i] = pi;
    earliest[i] = toMinutes(d.earliest);
    if (pi < 0 || (d.kind !== 'groupInfo' && d.kind !== 'toets')) return;
    const perKind = sessionDemands[d.kind === 'groupInfo' ? 0 : 1];
    (perKind[pi] ??= []).push(i);
  });

  const seatTargets: SeatTarget[] = [];
  const target = (t: Omit<SeatTarget, 'gi'>): SeatTarget => {
    const full = { ...t, gi: seatTargets.length };
    seatTargets.push(full);
    return full;
  };
  const classSessions = new Map<string, Map<string, SeatTarget>>();
  for (const c of instance.classes) {
    if (classSessions.has(c.id)) continue;
    const m = new Map<string, SeatTarget>();
    const label = `proefles bij school ${c.schoolId} (klas ${c.id}, ${locName(c.locationId)})`;
    for (const s of c.sessions) {
      if (m.has(s.start)) continue;
      m.set(
        s.start,
        target({ start: toMinutes(s.start), end: toMinutes(s.end), li: li(c.locationId), locationId: c.locationId, capacity: c.trialSeats, label, cls: c, ref: c.id }),
      );
    }
    classSessions.set(c.id, m);
  }
  const intakeTargets = new Map<string, SeatTarget>();
  for (const k of instance.startklasIntakes) {
    if (intakeTargets.has(k.id)) continue;
    intakeTargets.set(
      k.id,
      target({
        start: toMinutes(k.start),
        end: toMinutes(k.end),
        li: li(k.locationId),
        locationId: k.locationId,
        capacity: k.seats,
        label: `startklas-intake ${k.id} (${locName(k.locationId)})`,
        ref: k.id,
      }),
    );
  }

  const childcareSlots = new Map<string, Map<string, IndexedSlot>>();
  for (const c of instance.childcare) {
    const m = new Map<string, IndexedSlot>();
    for (const s of c.slots) {
      m.set(s.start, { start: toMinutes(s.start), end: toMinutes(s.end), startStr: s.start, endStr: s.end, free: s.free });
    }
    if (!childcareSlots.has(c.id)) childcareSlots.set(c.id, m);
  }

  const children = new Map<string, ChildEntry>();
  const careHouseholds: CareHousehold[] = [];
  const careHouseholdsOfAdult: (number[] | undefined)[] = new Array(P);
  for (const h of instance.households) {
    const kids = h.children.map((c) => ({ child: c, covered: merged(c.covered) }));
    for (const k of kids) children.set(k.child.id, { child: k.child, household: h, covered: k.covered });
    // An adult without a participant record is at home, so such a household never needs care from the plan.
    if (kids.length === 0 || h.adults.length === 0 || !h.adults.every((a) => participantIndex.has(a))) continue;
    const adults = [...new Set(h.adults.map((a) => participantIndex.get(a)!))];
    const pos = careHouseholds.length;
    careHouseholds.push({ household: h, adults, children: kids });
    for (const a of adults) (careHouseholdsOfAdult[a] ??= []).push(pos);
  }

  const weekDays = new Set<string>();
  const monday = toMinutes(`${instance.week.start}T00:00`);
  for (let i = 0; i < instance.week.days; i++) {
    weekDays.add(fromMinutes(monday + i * 1440).slice(0, 10));
  }

  const mapAvail = <T extends { id: string; available: { start: string; end: string }[] }>(list: T[]) => {
    const m = new Map<string, Span[]>();
    for (const x of list) if (!m.has(x.id)) m.set(x.id, spans(x.available));
    return m;
  };

  return {
    instance,
    participants,
    participantIndex,
    busy,
    busyMerged,
    home,
    demands,
    demandIndex,
    demandParticipant,
    earliest,
    sessionDemands,
    rooms: byId(instance.rooms),
    roomAvailable: mapAvail(instance.rooms),
    consultants: byId(instance.consultants),
    consultantAvailable: mapAvail(instance.consultants),
    interpreters: byId(instance.interpreters),
    interpreterAvailable: mapAvail(instance.interpreters),
    classes: byId(instance.classes),
    classSessions,
    intakes: byId(instance.startklasIntakes),
    intakeTargets,
    seatTargetCount: seatTargets.length,
    seatTargets,
    childcare: byId(instance.childcare),
    childcareSlots,
    households: byId(instance.households),
    children,
    careHouseholds,
    careHouseholdsOfAdult,
    householdAdults: instance.households.map((h) => [...new Set(h.adults.map((a) => participantIndex.get(a)).filter((x): x is number => x !== undefined))]),
    locations,
    locationIndex,
    travel,
    locationCount: L,
    weekDays,
    dayStart: hhmmToMinutes(instance.grid.dayStart),
    dayEnd: hhmmToMinutes(instance.grid.dayEnd),
    shape: shapeOf(instance),
  };
}

/** Travel minutes between location positions; null when the instance gives no connection. */
export function travelAt(idx: InstanceIndex, from: number, to: number): number | null {
  if (from < 0 || to < 0) return null;
  const t = idx.travel[from * idx.locationCount + to];
  return t < 0 ? null : t;
}

/** Travel minutes between two locations by id; null when the instance gives no connection. */
export function travelBetween(idx: InstanceIndex, from: string, to: string): number | null {
  if (from === to) return 0;
  return travelAt(idx, idx.locationIndex.get(from) ?? -1, idx.locationIndex.get(to) ?? -1);
}
