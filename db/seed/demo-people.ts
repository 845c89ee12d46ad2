// The people of the demo region: households of status holders and family migrants, with
// children of every age, and the next steps (demands) that follow from how long ago each
// person was linked to the gemeente and housed.
import type { WeeklyPattern } from '../../shared/domain/availability';
import { addDays, daysBetween } from '../../shared/domain/week';
import type { Participant } from '../repositories/participants';
import type { DemandKind, DigitalSkill } from '../../shared/domain/kinds';
import type { DemandStatus } from '../repositories/demands';
import type { Route } from '../../shared/domain/routes';
import { CONSULTANTS, GEMEENTEN, HOME_LOCATIONS, SCHOOLS } from './demo-fixtures';
import { DUTCH_FAMILY_NAMES, NAME_POOLS } from './names';
import type { Rng } from '../../shared/domain/rng';

export interface DemoHousehold {
  id: string;
  name: string;
  adultsOutside: number;
}

/** A stored participant before the database derives the name and gemeente; every demo person is housed and has a consultant. */
export interface DemoParticipant extends Omit<Participant, 'name' | 'gemeente' | 'endedOn' | 'endReason' | 'erasedOn'> {
  housingDate: string;
  consultantId: string;
  busy: WeeklyPattern[];
}

export interface DemoChild {
  id: string;
  householdId: string;
  givenName: string;
  birthDate: string;
  covered: WeeklyPattern[];
}

export interface DemoDemand {
  id: string;
  participantId: string;
  kind: DemandKind;
  schoolId: string | null;
  earliestDate: string;
  dueDate: string;
  status: DemandStatus;
  doneOn: string | null;
}

export interface DemoPeople {
  households: DemoHousehold[];
  participants: DemoParticipant[];
  children: DemoChild[];
  demands: DemoDemand[];
}

export type AgeBand = 'baby' | 'vve' | 'school' | 'teen';
/** Age bands in whole months: baby/toddler (kinderopvang), VVE age, primary school, secondary school. */
export const AGE_BANDS: Record<AgeBand, [number, number]> = {
  baby: [0, 29],
  vve: [30, 47],
  school: [48, 143],
  teen: [144, 215],
};

const STATUS_HOLDER_LANGUAGES: [string, number][] = [
  ['ar', 28],
  ['ti', 22],
  ['so', 9],
  ['ku', 9],
  ['prs', 9],
  ['tr', 8],
  ['ps', 6],
  ['fa', 5],
];

const FAMILY_MIGRANT_LANGUAGES: [string, number][] = [
  ['tr', 3],
  ['ar', 2],
  ['th', 2],
  ['tl', 2],
  ['uk', 1],
  ['ru', 1],
  ['es', 1],
  ['pt', 1],
  ['zh', 1],
  ['id', 1],
  ['ur', 1],
  ['am', 1],
];

/** Second languages people in each group often speak well enough for a group session. */
const OTHER_LANGUAGES: Record<string, [string, number][]> = {
  ar: [['en', 0.15]],
  ti: [
    ['ar', 0.3],
    ['am', 0.15],
  ],
  ku: [
    ['tr', 0.35],
    ['ar', 0.25],
  ],
  prs: [['fa', 0.6]],
  fa: [['prs', 0.5]],
  ps: [['prs', 0.5]],
  so: [
    ['ar', 0.2],
    ['en', 0.2],
  ],
  tr: [['ku', 0.1]],
  th: [['en', 0.3]],
  tl: [['en', 0.9]],
  uk: [['ru', 0.7]],
  ur: [['en', 0.5]],
};

const DIGITAL: [DigitalSkill, number][] = [
  ['none', 20],
  ['basic', 45],
  ['good', 35],
];

function monthsBefore(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 - months;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  const d = Math.min(Number(date.slice(8, 10)), 28);
  return `${String(yy).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function schoolTimes(ageMonths: number): WeeklyPattern[] {
  if (ageMonths >= AGE_BANDS.teen[0]) return [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:30', end: '15:30' }));
  if (ageMonths >= AGE_BANDS.school[0]) {
    // Primary school: Wednesday afternoon free.
    return [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:30', end: weekday === 3 ? '12:15' : '14:30' }));
  }
  return [];
}

export function demoPeople(rng: Rng, anchor: string, target = 120): DemoPeople {
  const households: DemoHousehold[] = [];
  const participants: DemoParticipant[] = [];
  const children: DemoChild[] = [];
  const demands: DemoDemand[] = [];
  // The first children cover every age band, so the demo always shows each kind of care.
  const forcedBands: AgeBand[] = ['baby', 'vve', 'school', 'teen', 'vve', 'baby'];

  const pid = () => `P-${String(participants.length + 1).padStart(3, '0')}`;
  const hid = () => `H-${String(households.length + 1).padStart(3, '0')}`;
  const cid = () => `KND-${String(children.length + 1).padStart(3, '0')}`;

  const otherLanguagesFor = (language: string) => (OTHER_LANGUAGES[language] ?? []).filter(([, p]) => rng.chance(p)).map(([code]) => code);

  const addChildren = (householdId: string, language: string, count: number) => {
    const pool = NAME_POOLS[language];
    for (let i = 0; i < count; i++) {
      const band =
        forcedBands.shift() ??
        rng.weighted<AgeBand>([
          ['baby', 25],
          ['vve', 15],
          ['school', 40],
          ['teen', 20],
        ]);
      const [lo, hi] = AGE_BANDS[band];
      const ageMonths = rng.int(lo, hi);
      const birthDate = addDays(monthsBefore(anchor, ageMonths), -rng.int(0, 25));
      const siblings = new Set(children.filter((c) => c.householdId === householdId).map((c) => c.givenName));
      const gendered = rng.chance(0.5) ? pool.male : pool.female;
      // A large household can use up a small name pool; then a sibling's name comes back.
      const unused = gendered.filter((n) => !siblings.has(n));
      const names = unused.length ? unused : gendered;
      children.push({
        id: cid(),
        householdId,
        givenName: rng.pick(names),
        birthDate,
        covered: schoolTimes(ageMonths),
      });
    }
  };

  while (participants.length < target) {
    const familyMigrant = rng.chance(0.15);
    const language = rng.weighted(familyMigrant ? FAMILY_MIGRANT_LANGUAGES : STATUS_HOLDER_LANGUAGES);
    const pool = NAME_POOLS[language];
    const gemeenteId = rng.weighted<string>([
      [GEMEENTEN[0].id, 45],
      [GEMEENTEN[1].id, 25],
      [GEMEENTEN[2].id, 30],
    ]);
    const homeLocationId = rng.pick(HOME_LOCATIONS[gemeenteId]);
    // Weeks since the koppeling: a steady inflow over the last months.
    const weeksAgo = rng.weighted<[number, number]>([
      [[0, 2], 20],
      [[3, 5], 30],
      [[6, 9], 30],
      [[10, 16], 20],
    ]);
    const koppeling = addDays(anchor, -(rng.int(weeksAgo[0], weeksAgo[1]) * 7 + rng.int(0, 6)));
    const housing = familyMigrant ? addDays(anchor, -rng.int(0, 70)) : addDays(koppeling, rng.int(7, 35));
    const consultants = CONSULTANTS.filter((c) => c.gemeenteId === gemeenteId);

    type Shape = 'single' | 'couple' | 'coupleKids' | 'singleParent' | 'withDutchPartner';
    const shape: Shape = familyMigrant
      ? 'withDutchPartner'
      : rng.weighted<Shape>([
          ['single', 38],
          ['coupleKids', 30],
          ['singleParent', 14],
          ['couple', 10],
        ]);
    const room = target - participants.length;
    const adults = shape === 'couple' || shape === 'coupleKids' ? Math.min(2, room) : 1;
    const hasKids = shape === 'coupleKids' || shape === 'singleParent' || (shape === 'withDutchPartner' && rng.chance(0.45));
    const inHousehold = adults > 1 || hasKids || shape === 'withDutchPartner';

    let householdId: string | null = null;
    const firstFemale = shape === 'singleParent' ? rng.chance(0.8) : shape === 'withDutchPartner' ? rng.chance(0.75) : rng.chance(0.35);
    const familyName = rng.pick(pool.family);
    if (inHousehold) {
      householdId = hid();
      const label = shape === 'withDutchPartner' ? `${familyName} / ${rng.pick(DUTCH_FAMILY_NAMES)}` : familyName;
      households.push({ id: householdId, name: `Huishouden ${label}`, adultsOutside: shape === 'withDutchPartner' ? 1 : 0 });
    }

    for (let a = 0; a < adults; a++) {
      const female = a === 0 ? firstFemale : !firstFemale;
      const digitalSkill = rng.weighted(DIGITAL);
      const routeIndication: Route | null = digitalSkill === 'none' && rng.chance(0.5) ? 'Alfa' : rng.chance(0.2) ? rng.pick<Route>(['B1', 'Z', 'Onderwijs']) : null;
      const works = rng.chance(familyMigrant ? 0.35 : 0.1);
      const busy: WeeklyPattern[] = works
        ? rng.pick<WeeklyPattern[]>([
            [
              { weekday: 2, start: '08:00', end: '13:00' },
              { weekday: 4, start: '08:00', end: '13:00' },
            ],
            [
              { weekday: 1, start: '13:00', end: '17:30' },
              { weekday: 3, start: '13:00', end: '17:30' },
              { weekday: 5, start: '13:00', end: '17:30' },
            ],
            [{ weekday: 5, start: '07:00', end: '15:30' }],
          ])
        : [];
      participants.push({
        id: pid(),
        givenName: rng.pick(female ? pool.female : pool.male),
        // Eritrean and Somali spouses keep their own father's name.
        familyName: pool.patronymic && a > 0 ? rng.pick(pool.family) : familyName,
        householdId,
        gemeenteId,
        homeLocationId,
        language,
        otherLanguages: otherLanguagesFor(language),
        digitalSkill,
        routeIndication,
        migrantKind: familyMigrant ? 'gezinsmigrant' : 'statushouder',
        koppelingDate: familyMigrant ? null : koppeling,
        // A gezinsmigrant registers in the gemeente on arrival, with their partner: their PIP term runs from then.
        registrationDate: familyMigrant ? housing : null,
        housingDate: housing,
        pipDate: null,
        consultantId: rng.pick(consultants).id,
        // Given afterwards by giveClientNumbers, from a generator of its own.
        clientNumber: null,
        busy,
      });
    }
    if (householdId && hasKids) addChildren(householdId, language, shape === 'coupleKids' ? rng.int(1, 4) : rng.int(1, 3));
  }

  for (const p of participants) {
    const own = demandsFor(p, anchor, rng);
    demands.push(...own);
    // The PIP follows the learnability test: set eight weeks after the term's start (koppeling,
    // or a gezinsmigrant's registration) for those whose test is done, so only the ones still
    // waiting run out of their 10 weeks.
    const termStart = p.koppelingDate ?? p.registrationDate;
    if (termStart && own.some((d) => d.kind === 'toets' && d.status === 'done')) {
      const set = addDays(termStart, 56);
      p.pipDate = set < anchor ? set : addDays(anchor, -1);
    }
  }
  return { households, participants, children, demands };
}

/**
 * Client numbers as a case system gives them ("KL-48213"): five digits, not in the order of the
 * people and not derived from their ids, all different. `rng` is a generator of its own, so the
 * rest of the demo stays as its seed made it.
 */
export function giveClientNumbers(participants: DemoParticipant[], rng: Rng): void {
  const used = new Set<string>();
  for (const p of participants) {
    let n = `KL-${rng.int(10000, 99999)}`;
    while (used.has(n)) n = `KL-${rng.int(10000, 99999)}`;
    used.add(n);
    p.clientNumber = n;
  }
}

/** Next steps that follow from the time since housing (a person starts after moving in). */
function demandsFor(p: DemoParticipant, anchor: string, rng: Rng): DemoDemand[] {
  const out: DemoDemand[] = [];
  const since = daysBetween(p.housingDate, anchor);
  const start = p.koppelingDate ?? p.registrationDate ?? p.housingDate;
  // A step done before this week was done a week after it could start (never after yesterday).
  const doneOn = (earliestAfterHousing: number) => {
    const d = addDays(p.housingDate, earliestAfterHousing + 7);
    return d < anchor ? d : addDays(anchor, -1);
  };
  const add = (kind: DemandKind, schoolId: string | null, earliestAfterHousing: number, dueAfterStart: number, status: DemandStatus) =>
    out.push({
      id: `D-${p.id.slice(2)}-${kind === 'trialLesson' ? `proef-${schoolId!.slice(2).toLowerCase()}` : kind}`,
      participantId: p.id,
      kind,
      schoolId,
      earliestDate: addDays(p.housingDate, earliestAfterHousing),
      dueDate: addDays(start, dueAfterStart),
      status,
      doneOn: status === 'done' ? doneOn(earliestAfterHousing) : null,
    });

  // Family migrants rarely fit a language group: they are informed one to one, not planned here.
  if (p.migrantKind === 'statushouder') add('groupInfo', null, 0, 35, since > 28 ? 'done' : 'open');
  if (since >= 0) add('toets', null, 7, 49, since > 63 ? 'done' : 'open');
  if (since >= 14) {
    for (const school of SCHOOLS) add('trialLesson', school.id, 21, 63, since > 84 || (since > 70 && rng.chance(0.5)) ? 'done' : 'open');
  }
  if (p.migrantKind === 'statushouder' && since >= 7) add('startklasIntake', null, 7, 28 + daysBetween(start, p.housingDate), since > 56 ? 'done' : 'open');
  return out;
}
