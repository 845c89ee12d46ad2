// A hand-made week small enough to reason about on paper, for the checker's tests. Every
// call returns fresh objects, so a test may mutate its copy (the index is cached per object).
import type { Instance, Plan } from '../spec';

const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
const allWeek = () => DAYS.map((d) => ({ start: `${d}T08:30`, end: `${d}T17:00` }));
const MON = DAYS[0];
const TUE = DAYS[1];
const WED = DAYS[2];
const THU = DAYS[3];

export function tinyInstance(): Instance {
  return {
    version: 1,
    week: { start: MON, days: 5 },
    grid: { slotMinutes: 15, dayStart: '08:30', dayEnd: '17:00' },
    weights: { unplanned: 1000, interpreterMinute: 1, consultantMinute: 1, childcareSlot: 40, travelMinute: 2, householdImbalance: 600 },
    activity: { groupInfo: { minutes: 120, minSize: 2, maxSize: 4 }, toets: { minutes: 90, maxSize: 3 } },
    locations: [
      { id: 'L-GH', name: 'Gemeentehuis Gorinchem', gemeente: 'Gorinchem' },
      { id: 'L-TA', name: 'Taalschool Arkel', gemeente: 'Gorinchem' },
      { id: 'L-KO', name: 'Kinderopvang Lingewijk', gemeente: 'Gorinchem' },
      { id: 'L-HOME', name: 'Wijk Lingewijk', gemeente: 'Gorinchem' },
      { id: 'L-FAR', name: 'Eiland zonder veer', gemeente: 'Elders' },
    ],
    travelMinutes: [
      { from: 'L-GH', to: 'L-TA', minutes: 20 },
      { from: 'L-GH', to: 'L-HOME', minutes: 10 },
      { from: 'L-TA', to: 'L-HOME', minutes: 15 },
      { from: 'L-KO', to: 'L-HOME', minutes: 5 },
      { from: 'L-KO', to: 'L-GH', minutes: 10 },
      { from: 'L-KO', to: 'L-TA', minutes: 10 },
    ],
    rooms: [
      { id: 'R-G', locationId: 'L-GH', name: 'Zaal 1', capacity: 6, laptopsTouch: 0, laptopsMouse: 0, kinds: ['groupInfo'], available: allWeek() },
      { id: 'R-G2', locationId: 'L-GH', name: 'Zaal 2', capacity: 4, laptopsTouch: 0, laptopsMouse: 0, kinds: ['groupInfo'], available: allWeek() },
      { id: 'R-T', locationId: 'L-GH', name: 'Toetsruimte', capacity: 5, laptopsTouch: 2, laptopsMouse: 1, kinds: ['toets'], available: allWeek() },
    ],
    consultants: [
      { id: 'C-nl', name: 'Jeroen de Vries', languages: ['nl', 'en'], toetsCertified: false, available: allWeek() },
      { id: 'C-ar', name: 'Samira El Amrani', languages: ['nl', 'ar'], toetsCertified: true, available: allWeek() },
    ],
    interpreters: [
      { id: 'T-ti', name: 'Yonas Tekle', languages: ['ti'], available: [{ start: `${TUE}T08:30`, end: `${TUE}T12:30` }], costPerHour: 60 },
      { id: 'T-ar', name: 'Nour Haddad', languages: ['ar'], available: allWeek(), costPerHour: 60 },
    ],
    classes: [
      {
        id: 'K-A-B1',
        schoolId: 'S-A',
        route: 'B1',
        locationId: 'L-TA',
        sessions: [
          { start: `${TUE}T13:00`, end: `${TUE}T16:00` },
          { start: `${TUE}T11:15`, end: `${TUE}T12:45` },
          { start: `${TUE}T11:20`, end: `${TUE}T12:50` },
        ],
        trialSeats: 1,
      },
      { id: 'K-A-Z', schoolId: 'S-A', route: 'Z', locationId: 'L-TA', sessions: [{ start: `${WED}T09:00`, end: `${WED}T12:00` }], trialSeats: 2 },
      { id: 'K-B-B1', schoolId: 'S-B', route: 'B1', locationId: 'L-TA', sessions: [{ start: `${THU}T09:00`, end: `${THU}T12:00` }], trialSeats: 2 },
    ],
    startklasIntakes: [
      { id: 'SK-1', locationId: 'L-TA', start: `${MON}T10:00`, end: `${MON}T10:45`, seats: 1 },
      { id: 'SK-2', locationId: 'L-TA', start: `${TUE}T10:00`, end: `${TUE}T10:45`, seats: 2 },
      { id: 'SK-FAR', locationId: 'L-FAR', start: `${MON}T10:00`, end: `${MON}T10:45`, seats: 2 },
    ],
    childcare: [
      {
        id: 'KO-1',
        locationId: 'L-KO',
        kind: 'kinderopvang',
        ageMonthsMin: 2,
        ageMonthsMax: 47,
        slots: [
          { start: `${TUE}T08:30`, end: `${TUE}T12:30`, free: 1 },
          { start: `${TUE}T13:00`, end: `${TUE}T17:00`, free: 0 },
        ],
      },
      { id: 'BSO-1', locationId: 'L-KO', kind: 'bso', ageMonthsMin: 48, ageMonthsMax: 155, slots: [{ start: `${TUE}T08:30`, end: `${TUE}T12:30`, free: 2 }] },
    ],
    households: [{ id: 'H1', adults: ['P1', 'P2'], children: [{ id: 'H1-k1', birthDate: '2024-09-10', covered: [] }] }],
    participants: [
      { id: 'P1', name: 'Fatima', householdId: 'H1', homeLocationId: 'L-HOME', language: 'ar', otherLanguages: [], digitalSkill: 'basic', routeIndication: null, busy: [] },
      { id: 'P2', name: 'Ahmed', householdId: 'H1', homeLocationId: 'L-HOME', language: 'ar', otherLanguages: ['en'], digitalSkill: 'good', routeIndication: 'B1', busy: [] },
      { id: 'P3', name: 'Tesfay', householdId: null, homeLocationId: 'L-HOME', language: 'ti', otherLanguages: [], digitalSkill: 'none', routeIndication: null, busy: [] },
      { id: 'P4', name: 'Selam', householdId: null, homeLocationId: 'L-HOME', language: 'ti', otherLanguages: [], digitalSkill: 'good', routeIndication: null, busy: [] },
      {
        id: 'P5',
        name: 'Ali',
        householdId: null,
        homeLocationId: 'L-HOME',
        language: 'ar',
        otherLanguages: [],
        digitalSkill: 'good',
        routeIndication: 'Z',
        busy: [{ start: `${MON}T13:00`, end: `${MON}T17:00` }],
      },
    ],
    demands: [
      { id: 'D1', participantId: 'P1', kind: 'groupInfo', priority: 5, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D2', participantId: 'P2', kind: 'groupInfo', priority: 5, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D3', participantId: 'P5', kind: 'groupInfo', priority: 4, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D4', participantId: 'P3', kind: 'toets', priority: 6, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D5', participantId: 'P4', kind: 'toets', priority: 6, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D6', participantId: 'P2', kind: 'trialLesson', priority: 3, earliest: `${MON}T08:30`, schoolId: 'S-A' },
      { id: 'D7', participantId: 'P2', kind: 'trialLesson', priority: 3, earliest: `${MON}T08:30`, schoolId: 'S-B' },
      { id: 'D8', participantId: 'P5', kind: 'startklasIntake', priority: 2, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D9', participantId: 'P1', kind: 'toets', priority: 5, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D10', participantId: 'P3', kind: 'groupInfo', priority: 4, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D11', participantId: 'P4', kind: 'groupInfo', priority: 4, earliest: `${MON}T08:30`, schoolId: null },
      { id: 'D12', participantId: 'P5', kind: 'trialLesson', priority: 2, earliest: `${TUE}T08:30`, schoolId: 'S-A' },
    ],
  };
}

/**
 * A conflict-free plan for tinyInstance(). Its cost, worked out by hand:
 * unplanned D9 (priority 5) 5000; consultant S1 120 + S2 90 + S3 120 = 330; interpreter S3 120;
 * childcare 1 booking 40; travel (home to gemeentehuis 10 × 7 participations, home to
 * taalschool 15 × 4 seats) = 130 minutes × 2 = 260; household H1: Fatima 1 unplanned,
 * Ahmed 0, so 600 × 1 = 600. Total 6350.
 */
export function tinyPlan(): Plan {
  return {
    version: 1,
    sessions: [
      { id: 'S1', kind: 'groupInfo', start: `${TUE}T09:00`, end: `${TUE}T11:00`, roomId: 'R-G', consultantId: 'C-ar', interpreterId: null, language: 'ar', participants: ['P1', 'P2', 'P5'] },
      { id: 'S2', kind: 'toets', start: `${WED}T09:00`, end: `${WED}T10:30`, roomId: 'R-T', consultantId: 'C-ar', interpreterId: null, language: null, participants: ['P3', 'P4'] },
      { id: 'S3', kind: 'groupInfo', start: `${TUE}T09:00`, end: `${TUE}T11:00`, roomId: 'R-G2', consultantId: 'C-nl', interpreterId: 'T-ti', language: 'ti', participants: ['P3', 'P4'] },
    ],
    seats: [
      { participantId: 'P2', demandId: 'D6', classId: 'K-A-B1', start: `${TUE}T13:00` },
      { participantId: 'P2', demandId: 'D7', classId: 'K-B-B1', start: `${THU}T09:00` },
      { participantId: 'P5', demandId: 'D8', intakeId: 'SK-1' },
      { participantId: 'P5', demandId: 'D12', classId: 'K-A-Z', start: `${WED}T09:00` },
    ],
    childcare: [{ childId: 'H1-k1', childcareId: 'KO-1', slotStart: `${TUE}T08:30` }],
    unplanned: [{ demandId: 'D9', reason: 'geen toetsplek' }],
  };
}

export const TINY_DAYS = { MON, TUE, WED, THU, FRI: DAYS[4] };
