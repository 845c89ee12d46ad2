// The instance turned into arrays of numbers (minutes, indices) once, so the search loops do no
// string parsing or map lookups.
import type { DemandKind, DigitalSkill } from '../../domain/kinds';
import type { Instance } from '../spec';
import { ageInMonths, hhmmToMinutes, toMinutes, type Span } from '../../domain/time';
import { union } from '../../domain/intervals';

export interface MRoom {
  id: string;
  loc: number;
  capacity: number;
  touch: number;
  mouse: number;
  groupInfo: boolean;
  toets: boolean;
  avail: Span[];
}
export interface MConsultant {
  id: string;
  langs: Set<string>;
  cert: boolean;
  avail: Span[];
}
export interface MInterpreter {
  id: string;
  langs: Set<string>;
  avail: Span[];
}
export interface MClassSession {
  classId: string;
  school: string;
  route: string;
  loc: number;
  start: number;
  end: number;
  startStr: string;
  seats: number;
}
export interface MIntake {
  id: string;
  loc: number;
  start: number;
  end: number;
  seats: number;
}
export interface MSlot {
  day: string;
  ccId: string;
  ageMin: number;
  ageMax: number;
  start: number;
  end: number;
  startStr: string;
  free: number;
}
export interface MChild {
  id: string;
  birthDate: string;
  covered: Span[];
}
export interface MHousehold {
  id: string;
  adults: number[];
  missingAdult: boolean;
  children: MChild[];
}
export interface MParticipant {
  id: string;
  hh: number;
  home: number;
  langs: string[];
  skill: DigitalSkill;
  route: string | null;
  busy: Span[];
  demands: number[];
}
export interface MDemand {
  id: string;
  p: number;
  kind: DemandKind;
  prio: number;
  earliest: number;
  school: string | null;
  unplannedCost: number;
}

export interface Model {
  inst: Instance;
  w: Instance['weights'];
  giMinutes: number;
  giMin: number;
  giMax: number;
  toetsMinutes: number;
  toetsMax: number;
  /** Session start times (minutes) per working day, on the grid. */
  days: { date: string; base: number; dayStart: number; dayEnd: number }[];
  slot: number;
  locIds: string[];
  travel: number[][]; // Infinity = impossible
  rooms: MRoom[];
  consultants: MConsultant[];
  interpreters: MInterpreter[];
  classSessions: MClassSession[];
  intakes: MIntake[];
  slots: MSlot[];
  households: MHousehold[];
  participants: MParticipant[];
  demands: MDemand[];
  pIndex: Map<string, number>;
  dIndex: Map<string, number>;
  roomIndex: Map<string, number>;
  consIndex: Map<string, number>;
  interpIndex: Map<string, number>;
  classSessionIndex: Map<string, number>; // "classId|startStr"
  intakeIndex: Map<string, number>;
  slotIndex: Map<string, number>; // "ccId|startStr"
  childIndex: Map<string, { hh: number; child: number }>;
}

function spans(list: { start: string; end: string }[]): Span[] {
  return union(list.map((i) => ({ start: toMinutes(i.start), end: toMinutes(i.end) })));
}

export function buildModel(inst: Instance): Model {
  const locIds = [...new Set(inst.locations.map((l) => l.id))];
  const locIdx = new Map<string, number>();
  const loc = (id: string) => {
    let i = locIdx.get(id);
    if (i === undefined) {
      i = locIds.length;
      locIds.push(id);
      locIdx.set(id, i);
    }
    return i;
  };
  locIds.forEach((id, i) => locIdx.set(id, i));
  // Make sure every referenced location has an index, even when missing from `locations`.
  for (const r of inst.rooms) loc(r.locationId);
  for (const c of inst.classes) loc(c.locationId);
  for (const k of inst.startklasIntakes) loc(k.locationId);
  for (const p of inst.participants) loc(p.homeLocationId);
  for (const t of inst.travelMinutes) {
    loc(t.from);
    loc(t.to);
  }
  const n = locIds.length;
  const travel: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const t of inst.travelMinutes) {
    const a = loc(t.from);
    const b = loc(t.to);
    if (a === b) continue;
    travel[a][b] = Math.min(travel[a][b], t.minutes);
    travel[b][a] = Math.min(travel[b][a], t.minutes);
  }

  const days: Model['days'] = [];
  const ds = hhmmToMinutes(inst.grid.dayStart);
  const de = hhmmToMinutes(inst.grid.dayEnd);
  const base0 = toMinutes(`${inst.week.start}T00:00`);
  for (let i = 0; i < inst.week.days; i++) {
    const base = base0 + i * 1440;
    const date = new Date(base * 60_000).toISOString().slice(0, 10);
    days.push({ date, base, dayStart: base + ds, dayEnd: base + de });
  }

  const rooms: MRoom[] = inst.rooms.map((r) => ({
    id: r.id,
    loc: loc(r.locationId),
    capacity: r.capacity,
    touch: r.laptopsTouch,
    mouse: r.laptopsMouse,
    groupInfo: r.kinds.includes('groupInfo'),
    toets: r.kinds.includes('toets'),
    avail: spans(r.available),
  }));
  const consultants: MConsultant[] = inst.consultants.map((c) => ({ id: c.id, langs: new Set(c.languages), cert: c.toetsCertified, avail: spans(c.available) }));
  const interpreters: MInterpreter[] = inst.interpreters.map((t) => ({ id: t.id, langs: new Set(t.languages), avail: spans(t.available) }));
  const classSessions: MClassSession[] = [];
  const classSessionIndex = new Map<string, number>();
  for (const c of inst.classes) {
    for (const s of c.sessions) {
      classSessionIndex.set(`${c.id}|${s.start}`, classSessions.length);
      classSessions.push({
        classId: c.id,
        school: c.schoolId,
        route: c.route,
        loc: loc(c.locationId),
        start: toMinutes(s.start),
        end: toMinutes(s.end),
        startStr: s.start,
        seats: c.trialSeats,
      });
    }
  }
  const intakeIndex = new Map<string, number>();
  const intakes: MIntake[] = inst.startklasIntakes.map((k, i) => {
    intakeIndex.set(k.id, i);
    return { id: k.id, loc: loc(k.locationId), start: toMinutes(k.start), end: toMinutes(k.end), seats: k.seats };
  });
  const slots: MSlot[] = [];
  const slotIndex = new Map<string, number>();
  for (const c of inst.childcare) {
    for (const s of c.slots) {
      slotIndex.set(`${c.id}|${s.start}`, slots.length);
      slots.push({
        day: s.start.slice(0, 10),
        ccId: c.id,
        ageMin: c.ageMonthsMin,
        ageMax: c.ageMonthsMax,
        start: toMinutes(s.start),
        end: toMinutes(s.end),
        startStr: s.start,
        free: s.free,
      });
    }
  }

  const pIndex = new Map<string, number>();
  inst.participants.forEach((p, i) => {
    if (!pIndex.has(p.id)) pIndex.set(p.id, i);
  });
  const hhIndex = new Map<string, number>();
  inst.households.forEach((h, i) => hhIndex.set(h.id, i));
  const childIndex = new Map<string, { hh: number; child: number }>();
  const households: MHousehold[] = inst.households.map((h, hi) => {
    const adults: number[] = [];
    let missingAdult = false;
    for (const a of h.adults) {
      const pi = pIndex.get(a);
      if (pi === undefined) missingAdult = true;
      else if (!adults.includes(pi)) adults.push(pi);
    }
    const children = h.children.map((c, ci) => {
      childIndex.set(c.id, { hh: hi, child: ci });
      return { id: c.id, birthDate: c.birthDate, covered: spans(c.covered) };
    });
    return { id: h.id, adults, missingAdult, children };
  });
  const participants: MParticipant[] = inst.participants.map((p) => {
    // A participant's household is the one listing them as adult (the care rule is about the
    // household's adults); fall back to householdId.
    const hh = p.householdId !== null ? (hhIndex.get(p.householdId) ?? -1) : -1;
    return {
      id: p.id,
      hh,
      home: loc(p.homeLocationId),
      langs: [p.language, ...p.otherLanguages.filter((l) => l !== p.language)],
      skill: p.digitalSkill,
      route: p.routeIndication,
      busy: spans(p.busy),
      demands: [],
    };
  });
  households.forEach((h, hi) => {
    for (const a of h.adults) if (participants[a].hh === -1) participants[a].hh = hi;
  });
  const dIndex = new Map<string, number>();
  const demands: MDemand[] = [];
  for (const d of inst.demands) {
    const p = pIndex.get(d.participantId);
    if (p === undefined) continue; // a demand of an unknown participant can only be unplanned
    dIndex.set(d.id, demands.length);
    participants[p].demands.push(demands.length);
    demands.push({ id: d.id, p, kind: d.kind, prio: d.priority, earliest: toMinutes(d.earliest), school: d.schoolId, unplannedCost: inst.weights.unplanned * d.priority });
  }
  return {
    inst,
    w: inst.weights,
    giMinutes: inst.activity.groupInfo.minutes,
    giMin: inst.activity.groupInfo.minSize,
    giMax: inst.activity.groupInfo.maxSize,
    toetsMinutes: inst.activity.toets.minutes,
    toetsMax: inst.activity.toets.maxSize ?? Infinity,
    days,
    slot: inst.grid.slotMinutes,
    locIds,
    travel,
    rooms,
    consultants,
    interpreters,
    classSessions,
    intakes,
    slots,
    households,
    participants,
    demands,
    pIndex,
    dIndex,
    roomIndex: new Map(rooms.map((r, i) => [r.id, i])),
    consIndex: new Map(consultants.map((c, i) => [c.id, i])),
    interpIndex: new Map(interpreters.map((t, i) => [t.id, i])),
    classSessionIndex,
    intakeIndex,
    slotIndex,
    childIndex,
  };
}

export function childAge(child: MChild, day: string): number {
  return ageInMonths(child.birthDate, day);
}

/** Grid starts of a day for a session of the given length. */
export function gridStarts(m: Model, dayIdx: number, minutes: number, step = 1): number[] {
  const d = m.days[dayIdx];
  const out: number[] = [];
  for (let t = d.dayStart; t + minutes <= d.dayEnd; t += m.slot * step) out.push(t);
  return out;
}
