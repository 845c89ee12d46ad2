// Small hand-made weeks for tests of the planner and the MILP reference, where the right answer
// can be worked out by hand.
import type { Instance } from '../spec';

const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
const allWeek = () => DAYS.map((d) => ({ start: `${d}T08:30`, end: `${d}T17:00` }));

export function baseInstance(): Instance {
  return {
    version: 1,
    week: { start: '2026-11-23', days: 5 },
    grid: { slotMinutes: 30, dayStart: '08:30', dayEnd: '17:00' },
    weights: { unplanned: 1000, interpreterMinute: 1, consultantMinute: 1, childcareSlot: 40, travelMinute: 2, householdImbalance: 600 },
    activity: { groupInfo: { minutes: 120, minSize: 2, maxSize: 4 }, toets: { minutes: 90, maxSize: null } },
    locations: [
      { id: 'L-GH', name: 'Gemeentehuis', gemeente: 'Gorinchem' },
      { id: 'L-TA', name: 'Taalschool A', gemeente: 'Gorinchem' },
      { id: 'L-TB', name: 'Taalschool B', gemeente: 'Gorinchem' },
      { id: 'L-HOME', name: 'Woonwijk', gemeente: 'Gorinchem' },
      { id: 'L-KO', name: 'Kinderopvang', gemeente: 'Gorinchem' },
    ],
    travelMinutes: [
      { from: 'L-HOME', to: 'L-GH', minutes: 10 }, { from: 'L-HOME', to: 'L-TA', minutes: 10 }, { from: 'L-HOME', to: 'L-TB', minutes: 15 },
      { from: 'L-HOME', to: 'L-KO', minutes: 5 }, { from: 'L-GH', to: 'L-TA', minutes: 10 }, { from: 'L-GH', to: 'L-TB', minutes: 20 },
      { from: 'L-TA', to: 'L-TB', minutes: 20 }, { from: 'L-GH', to: 'L-KO', minutes: 10 }, { from: 'L-TA', to: 'L-KO', minutes: 10 },
      { from: 'L-TB', to: 'L-KO', minutes: 15 },
    ],
    rooms: [],
    consultants: [],
    interpreters: [],
    classes: [],
    startklasIntakes: [],
    childcare: [],
    households: [],
    participants: [],
    demands: [],
  };
}

function person(id: string, householdId: string | null, extra: Partial<Instance['participants'][number]> = {}): Instance['participants'][number] {
  return { id, name: `Deelnemer ${id}`, householdId, homeLocationId: 'L-HOME', language: 'ar', otherLanguages: [], digitalSkill: 'good', routeIndication: null, busy: [], ...extra };
}

/** Two parents, a baby nobody else looks after, and two trial lessons each (school A on Monday
 *  morning, school B on Tuesday morning). Only one parent can be away at a time. */
export function householdInstance(withChildcare: boolean): Instance {
  const inst = baseInstance();
  inst.classes = [
    { id: 'A-B1', schoolId: 'S-A', route: 'B1', locationId: 'L-TA', sessions: [{ start: '2026-11-23T09:00', end: '2026-11-23T12:00' }], trialSeats: 2 },
    { id: 'B-B1', schoolId: 'S-B', route: 'B1', locationId: 'L-TB', sessions: [{ start: '2026-11-24T09:00', end: '2026-11-24T12:00' }], trialSeats: 2 },
  ];
  inst.households = [{ id: 'H1', adults: ['P1', 'P2'], children: [{ id: 'H1-k1', birthDate: '2025-10-01', covered: [] }] }];
  inst.participants = [person('P1', 'H1'), person('P2', 'H1')];
  inst.demands = [
    { id: 'D1', participantId: 'P1', kind: 'trialLesson', priority: 5, earliest: '2026-11-23T08:30', schoolId: 'S-A' },
    { id: 'D2', participantId: 'P1', kind: 'trialLesson', priority: 5, earliest: '2026-11-23T08:30', schoolId: 'S-B' },
    { id: 'D3', participantId: 'P2', kind: 'trialLesson', priority: 5, earliest: '2026-11-23T08:30', schoolId: 'S-A' },
    { id: 'D4', participantId: 'P2', kind: 'trialLesson', priority: 5, earliest: '2026-11-23T08:30', schoolId: 'S-B' },
  ];
  if (withChildcare) {
    inst.childcare = [{
      id: 'KO-1', locationId: 'L-KO', kind: 'kinderopvang', ageMonthsMin: 2, ageMonthsMax: 47,
      slots: [{ start: '2026-11-23T08:30', end: '2026-11-23T12:30', free: 1 }, { start: '2026-11-24T08:30', end: '2026-11-24T12:30', free: 1 }],
    }];
  }
  return inst;
}

/** A few people for one language group and one toets, one consultant who speaks Arabic and one
 *  who does not (Tigrinya needs an interpreter). Small enough for the exact MILP. */
export function groupInstance(): Instance {
  const inst = baseInstance();
  inst.week.days = 1;
  inst.grid = { slotMinutes: 60, dayStart: '09:00', dayEnd: '13:00' };
  inst.rooms = [{ id: 'R1', locationId: 'L-GH', name: 'Zaal 1', capacity: 6, laptopsTouch: 2, laptopsMouse: 1, kinds: ['groupInfo', 'toets'], available: allWeek() }];
  inst.consultants = [
    { id: 'C1', name: 'Consulent 1', languages: ['nl', 'ar'], toetsCertified: true, available: [{ start: '2026-11-23T09:00', end: '2026-11-23T13:00' }] },
  ];
  inst.interpreters = [{ id: 'T-ti', name: 'Tolk TI', languages: ['ti'], available: [{ start: '2026-11-23T11:00', end: '2026-11-23T13:00' }], costPerHour: 60 }];
  inst.participants = [
    person('P1', null), person('P2', null), person('P3', null, { language: 'ti' }), person('P4', null, { language: 'ti', otherLanguages: ['ar'] }),
    person('P5', null, { language: 'ti', digitalSkill: 'none' }), person('P6', null, { digitalSkill: 'basic', busy: [{ start: '2026-11-23T09:00', end: '2026-11-23T11:00' }] }),
  ];
  inst.demands = [
    { id: 'D1', participantId: 'P1', kind: 'groupInfo', priority: 4, earliest: '2026-11-23T08:30', schoolId: null },
    { id: 'D2', participantId: 'P2', kind: 'groupInfo', priority: 4, earliest: '2026-11-23T08:30', schoolId: null },
    { id: 'D3', participantId: 'P3', kind: 'groupInfo', priority: 6, earliest: '2026-11-23T08:30', schoolId: null },
    { id: 'D4', participantId: 'P4', kind: 'groupInfo', priority: 2, earliest: '2026-11-23T08:30', schoolId: null },
    { id: 'D5', participantId: 'P5', kind: 'toets', priority: 8, earliest: '2026-11-23T08:30', schoolId: null },
    { id: 'D6', participantId: 'P6', kind: 'toets', priority: 3, earliest: '2026-11-23T08:30', schoolId: null },
    { id: 'D7', participantId: 'P1', kind: 'toets', priority: 2, earliest: '2026-11-23T08:30', schoolId: null },
  ];
  return inst;
}
