// Generates realistic SPEC v1 planning weeks of any size, deterministically from a seed. The
// shapes and ratios follow the SPEC's example instances (30 to 1,500 participants): a region
// of three municipalities, language groups of recent status holders plus family migrants,
// scarce interpreters, trial lessons at two schools, childcare that does not cover everyone.
import type { DemandKind } from '../../shared/domain/kinds';
import type { Route } from '../../shared/domain/routes';
import type { Demand, Instance, Participant } from '../../shared/planner/spec';
import { DUTCH_STAFF, namePool } from './names';
import { sfc32, type Rng } from '../../shared/domain/rng';

export interface GenerateOptions {
  participants: number;
  seed: number;
  /** Monday of the week, YYYY-MM-DD; default 2026-11-23. */
  weekStart?: string;
}

type Interval = { start: string; end: string };

const GEMEENTEN = ['Gorinchem', 'Molenlanden', 'Vijfheerenlanden'] as const;

/** Share of participants per primary language (SPEC examples, large region). */
const LANGUAGES: readonly (readonly [string, number])[] = [
  ['ar', 489],
  ['ti', 177],
  ['prs', 113],
  ['tr', 112],
  ['fa', 105],
  ['en', 84],
  ['ku', 75],
  ['so', 58],
  ['ckb', 47],
  ['ru', 39],
  ['fr', 35],
  ['uk', 33],
  ['es', 32],
  ['am', 26],
  ['ps', 25],
  ['zh', 22],
  ['th', 17],
  ['ur', 11],
];
const LANGUAGE_TOTAL = LANGUAGES.reduce((s, [, w]) => s + w, 0);

/** Second languages people commonly also speak, with a probability each. */
const OTHER_LANGUAGES: Record<string, readonly (readonly [string, number])[]> = {
  ar: [['en', 0.2]],
  ti: [
    ['ar', 0.15],
    ['en', 0.1],
  ],
  am: [
    ['ti', 0.3],
    ['en', 0.2],
  ],
  ku: [
    ['tr', 0.4],
    ['ar', 0.1],
  ],
  ckb: [['ar', 0.3]],
  prs: [['fa', 0.5]],
  fa: [
    ['prs', 0.5],
    ['en', 0.1],
  ],
  ps: [['prs', 0.4]],
  so: [
    ['ar', 0.2],
    ['en', 0.1],
  ],
  tr: [
    ['ku', 0.1],
    ['en', 0.15],
  ],
  uk: [
    ['ru', 0.5],
    ['en', 0.2],
  ],
  ru: [
    ['uk', 0.3],
    ['en', 0.1],
  ],
};
const DEFAULT_OTHER: readonly (readonly [string, number])[] = [['en', 0.4]];

/** Interpreters who also work in a second language. */
const INTERPRETER_SECOND: Record<string, string> = { so: 'ar', am: 'ti', ckb: 'ar', ru: 'uk', es: 'en', ur: 'en', zh: 'en', prs: 'fa', ku: 'tr' };

/** What a participant needs next this week (SPEC examples, region of 400). */
const DEMAND_PATTERNS: readonly (readonly [readonly DemandKind[], number])[] = [
  [[], 70],
  [['trialLesson', 'trialLesson'], 73],
  [['groupInfo'], 65],
  [['groupInfo', 'startklasIntake'], 65],
  [['toets', 'trialLesson', 'trialLesson'], 31],
  [['toets'], 28],
  [['startklasIntake', 'toets'], 26],
  [['startklasIntake', 'toets', 'trialLesson', 'trialLesson'], 24],
  [['trialLesson'], 11],
  [['toets', 'trialLesson'], 7],
];
const PRIORITIES: readonly (readonly [number, number])[] = [
  [2, 513],
  [4, 701],
  [6, 630],
  [8, 376],
  [10, 238],
];
const SKILLS: readonly (readonly [Participant['digitalSkill'], number])[] = [
  ['basic', 624],
  ['good', 526],
  ['none', 350],
];
const ROUTES: readonly (readonly [Route | null, number])[] = [
  [null, 740],
  ['B1', 414],
  ['Z', 167],
  ['Alfa', 112],
  ['Onderwijs', 67],
];

/** Travel minutes in the example region; the generator adds a little seeded variation. */
const BASE_TRAVEL: Record<string, number> = {
  'L-GH1|L-GH2': 27,
  'L-GH1|L-GH3': 52,
  'L-GH1|L-TA': 6,
  'L-GH1|L-TB': 50,
  'L-GH1|L-SK': 8,
  'L-GH1|L-KO1': 7,
  'L-GH1|L-KO2': 29,
  'L-GH1|L-KO3': 50,
  'L-GH2|L-GH3': 30,
  'L-GH2|L-TA': 28,
  'L-GH2|L-TB': 28,
  'L-GH2|L-SK': 30,
  'L-GH2|L-KO1': 27,
  'L-GH2|L-KO2': 10,
  'L-GH2|L-KO3': 28,
  'L-GH3|L-TA': 53,
  'L-GH3|L-TB': 8,
  'L-GH3|L-SK': 55,
  'L-GH3|L-KO1': 52,
  'L-GH3|L-KO2': 28,
  'L-GH3|L-KO3': 8,
  'L-TA|L-TB': 51,
  'L-TA|L-SK': 7,
  'L-TA|L-KO1': 7,
  'L-TA|L-KO2': 30,
  'L-TA|L-KO3': 51,
  'L-TB|L-SK': 52,
  'L-TB|L-KO1': 49,
  'L-TB|L-KO2': 26,
  'L-TB|L-KO3': 6,
  'L-SK|L-KO1': 8,
  'L-SK|L-KO2': 32,
  'L-SK|L-KO3': 53,
  'L-KO1|L-KO2': 29,
  'L-KO1|L-KO3': 50,
  'L-KO2|L-KO3': 26,
};

const MAX_PARTICIPANTS = 20_000;

export function generateInstance(options: GenerateOptions): Instance {
  const { participants: n, seed } = options;
  const weekStart = options.weekStart ?? '2026-11-23';
  if (!Number.isInteger(n) || n < 1 || n > MAX_PARTICIPANTS) {
    throw new Error(`participants: verwacht een geheel getal van 1 tot en met ${MAX_PARTICIPANTS}, kreeg ${n}`);
  }
  if (!Number.isInteger(seed)) throw new Error(`seed: verwacht een geheel getal, kreeg ${seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(weekStart) || new Date(`${weekStart}T00:00Z`).getUTCDay() !== 1) {
    throw new Error(`weekStart: verwacht een maandag als JJJJ-MM-DD, kreeg ${weekStart}`);
  }

  const rng = sfc32(seed);
  const days = [0, 1, 2, 3, 4].map((i) => addDays(weekStart, i));
  const at = (day: number, hhmm: string) => `${days[day]}T${hhmm}`;
  const span = (day: number, from: string, to: string): Interval => ({ start: at(day, from), end: at(day, to) });
  // Resource "units": one unit serves roughly 115 participants (6 rooms, 8 classes, 2 intakes).
  const units = Math.max(1, Math.round(n / 115));

  const locations: Instance['locations'] = [
    ...GEMEENTEN.map((g, i) => ({ id: `L-GH${i + 1}`, name: `Gemeentehuis ${g}`, gemeente: g })),
    { id: 'L-TA', name: 'Taalschool Rivierland, Gorinchem', gemeente: 'Gorinchem' },
    { id: 'L-TB', name: 'Taalhuis Linge, Leerdam', gemeente: 'Vijfheerenlanden' },
    { id: 'L-SK', name: 'Startklas De Brug, Gorinchem', gemeente: 'Gorinchem' },
    { id: 'L-KO1', name: 'Kinderopvang De Vlinder, Gorinchem', gemeente: 'Gorinchem' },
    { id: 'L-KO2', name: 'Kinderopvang Het Anker, Molenlanden', gemeente: 'Molenlanden' },
    { id: 'L-KO3', name: 'Kinderopvang Zonnestraal, Vijfheerenlanden', gemeente: 'Vijfheerenlanden' },
  ];
  const travelMinutes = Object.entries(BASE_TRAVEL).map(([key, minutes]) => {
    const [from, to] = key.split('|');
    return { from, to, minutes: Math.max(3, minutes + rng.int(-2, 2)) };
  });

  // Rooms: per municipality a group room and a toets room (with laptops) per unit.
  const rooms: Instance['rooms'] = [];
  for (let g = 1; g <= 3; g++) {
    for (let u = 1; u <= units; u++) {
      rooms.push({
        id: `R-${g}-zaal${u}`,
        locationId: `L-GH${g}`,
        name: `Zaal ${u}`,
        capacity: rng.int(12, 20),
        laptopsTouch: 0,
        laptopsMouse: 0,
        kinds: ['groupInfo'],
        available: roomDays(rng).map((d) => span(d, '08:30', '17:00')),
      });
      rooms.push({
        id: `R-${g}-toets${u}`,
        locationId: `L-GH${g}`,
        name: `Toetsruimte ${u}`,
        capacity: 10,
        laptopsTouch: rng.int(3, 5),
        laptopsMouse: rng.int(2, 5),
        kinds: ['toets', 'groupInfo'],
        available: roomDays(rng).map((d) => span(d, '08:30', '17:00')),
      });
    }
  }

  // Consultants: about one per 60 participants (caseload), most certified for the toets.
  const consultantCount = Math.max(2, Math.round(n / 60));
  const consultants: Instance['consultants'] = [];
  for (let i = 1; i <= consultantCount; i++) {
    const languages = rng.weighted<string[]>([
      [['nl', 'en'], 60],
      [['nl'], 25],
      [['nl', 'ar'], 6],
      [['nl', 'en', 'ar'], 5],
      [['nl', 'tr'], 4],
    ]);
    const workDays = rng.shuffle([0, 1, 2, 3, 4]).slice(0, rng.int(3, 5)).sort();
    consultants.push({
      id: `C${i}`,
      name: `${rng.pick(DUTCH_STAFF.given)} ${rng.pick(DUTCH_STAFF.family)}`,
      languages: [...languages],
      // At least one certified consultant, or no toets could ever be planned.
      toetsCertified: i === 1 || rng.chance(0.75),
      available: workDays.map((d) => span(d, '08:30', '17:00')),
    });
  }

  // Interpreters: scarce and part-time; small languages have one.
  const interpreters: Instance['interpreters'] = [];
  for (const [lang, weight] of LANGUAGES) {
    const count = Math.max(1, Math.floor(((weight / LANGUAGE_TOTAL) * n) / 15));
    for (let i = 1; i <= count; i++) {
      const second = INTERPRETER_SECOND[lang];
      const pool = namePool(lang);
      const parts = rng.shuffle(dayParts()).slice(
        0,
        rng.weighted([
          [2, 2],
          [3, 2],
          [4, 4],
          [5, 4],
          [6, 3],
          [7, 3],
          [8, 2],
          [9, 1],
        ]),
      );
      interpreters.push({
        id: `T-${lang}-${i}`,
        name: `${rng.pick(pool.given)} ${rng.pick(pool.family)}`,
        languages: second && rng.chance(0.5) ? [lang, second] : [lang],
        available: parts.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([d, part]) => (part === 0 ? span(d, '08:30', '12:30') : span(d, '13:00', '17:00'))),
        costPerHour: rng.int(50, 75),
      });
    }
  }

  // Classes: per unit five at school A, three at school B, two sessions a week each.
  const classes: Instance['classes'] = [];
  const DAY_PAIRS = [
    [0, 2],
    [1, 3],
    [2, 4],
    [0, 3],
    [1, 4],
  ] as const;
  const SCHOOLS: readonly { id: string; loc: string; routes: Route[] }[] = [
    { id: 'S-A', loc: 'L-TA', routes: ['B1', 'B1', 'Z', 'Alfa', 'Onderwijs'] },
    { id: 'S-B', loc: 'L-TB', routes: ['B1', 'Z', 'Alfa'] },
  ];
  for (let u = 1; u <= units; u++) {
    for (const school of SCHOOLS) {
      school.routes.forEach((route, k) => {
        const pair = rng.pick(DAY_PAIRS);
        const morning = rng.chance(0.5);
        classes.push({
          id: `${school.id}-${route}-${u}${k}`,
          schoolId: school.id,
          route,
          locationId: school.loc,
          sessions: pair.map((d) => (morning ? span(d, '09:00', '12:00') : span(d, '13:30', '16:30'))),
          trialSeats: rng.int(1, 3),
        });
      });
    }
  }

  // Startklas: continuous intake on Tuesday and Thursday.
  const startklasIntakes: Instance['startklasIntakes'] = [];
  for (const d of [1, 3]) {
    for (let u = 1; u <= units; u++) {
      const morning = u % 2 === 1;
      startklasIntakes.push({
        id: `SK-${days[d]}-${u}`,
        locationId: 'L-SK',
        ...(morning ? span(d, '10:00', '10:45') : span(d, '13:30', '14:15')),
        seats: rng.int(2, 6),
      });
    }
  }

  // Childcare per municipality; free seats per day-part are few and sometimes none.
  const free = () => rng.int(0, 3) * units;
  const childcare: Instance['childcare'] = [];
  for (let g = 1; g <= 3; g++) {
    childcare.push({
      id: `KO-${g}`,
      locationId: `L-KO${g}`,
      kind: 'kinderopvang',
      ageMonthsMin: 2,
      ageMonthsMax: 47,
      slots: [0, 1, 2, 3, 4].flatMap((d) => [
        { ...span(d, '08:30', '12:30'), free: free() },
        { ...span(d, '13:00', '17:00'), free: free() },
      ]),
    });
    childcare.push({
      id: `VVE-${g}`,
      locationId: `L-KO${g}`,
      kind: 'vve',
      ageMonthsMin: 30,
      ageMonthsMax: 47,
      slots: [0, 1, 3, 4].map((d) => ({ ...span(d, '08:30', '12:00'), free: free() })),
    });
    childcare.push({
      id: `BSO-${g}`,
      locationId: `L-KO${g}`,
      kind: 'bso',
      ageMonthsMin: 48,
      ageMonthsMax: 155,
      // After school; Wednesday afternoon is free from school, so BSO starts at 12:30.
      slots: [0, 1, 2, 3, 4].map((d) => ({ ...(d === 2 ? span(d, '12:30', '17:00') : span(d, '14:30', '17:00')), free: free() })),
    });
  }
  // People: couples, single parents and people without a household in the examples' ratios.
  const households: Instance['households'] = [];
  const people: Participant[] = [];
  const schoolCover = (): Interval[] => days.map((_, d) => (d === 2 ? span(d, '08:30', '12:30') : span(d, '08:30', '14:30')));
  while (people.length < n) {
    const left = n - people.length;
    const type =
      left === 1
        ? rng.weighted([
            ['single', 2],
            ['parent', 1],
          ] as const)
        : rng.weighted([
            ['couple', 433],
            ['parent', 204],
            ['single', 430],
          ] as const);
    const language = rng.weighted(LANGUAGES);
    const home = rng.weighted([
      ['L-GH1', 155],
      ['L-GH2', 129],
      ['L-GH3', 116],
    ] as const);
    const pool = namePool(language);
    const family = rng.pick(pool.family);
    if (type === 'single') {
      people.push(person(rng, people.length + 1, `${rng.pick(pool.given)} ${family}`, null, home, language, days));
      continue;
    }
    const hid = `H${households.length + 1}`;
    const adults: string[] = [];
    for (let a = 0; a < (type === 'couple' ? 2 : 1); a++) {
      const p = person(rng, people.length + 1, `${rng.pick(pool.given)} ${family}`, hid, home, language, days);
      people.push(p);
      adults.push(p.id);
    }
    const childCount = rng.int(1, 4);
    const children: Instance['households'][number]['children'] = [];
    for (let c = 1; c <= childCount; c++) {
      const ageDays = rng.int(20, 12 * 365 + 300);
      const birthDate = addDays(weekStart, -ageDays);
      const school = ageDays >= 4 * 365 + 31;
      children.push({ id: `${hid}-k${c}`, birthDate, covered: school ? schoolCover() : [] });
    }
    households.push({ id: hid, adults, children });
  }

  // Demands.
  const demands: Demand[] = [];
  for (const p of people) {
    const pattern = rng.weighted(DEMAND_PATTERNS);
    let trials = 0;
    for (const kind of pattern) {
      const schoolId = kind === 'trialLesson' ? (trials++ === 0 ? 'S-A' : 'S-B') : null;
      const earliestDay = rng.weighted([
        [0, 86],
        [1, 5],
        [2, 5],
        [3, 4],
      ] as const);
      demands.push({
        id: `D${demands.length + 1}`,
        participantId: p.id,
        kind,
        priority: rng.weighted(PRIORITIES),
        earliest: at(earliestDay, '08:30'),
        schoolId,
      });
    }
  }

  return {
    version: 1,
    week: { start: weekStart, days: 5 },
    grid: { slotMinutes: 15, dayStart: '08:30', dayEnd: '17:00' },
    weights: { unplanned: 1000, interpreterMinute: 1, consultantMinute: 1, childcareSlot: 40, travelMinute: 2, householdImbalance: 600 },
    activity: { groupInfo: { minutes: 120, minSize: 3, maxSize: 12 }, toets: { minutes: 90, maxSize: null } },
    locations,
    travelMinutes,
    rooms,
    consultants,
    interpreters,
    classes,
    startklasIntakes,
    childcare,
    households,
    participants: people,
    demands,
  };
}

function person(rng: Rng, num: number, name: string, householdId: string | null, home: string, language: string, days: string[]): Participant {
  const otherLanguages: string[] = [];
  for (const [lang, p] of OTHER_LANGUAGES[language] ?? DEFAULT_OTHER) if (rng.chance(p)) otherLanguages.push(lang);
  const digitalSkill = rng.weighted(SKILLS);
  // People who need literacy teaching rarely have good digital skills.
  let routeIndication = rng.weighted(ROUTES);
  if (routeIndication === 'Alfa' && digitalSkill === 'good' && rng.chance(0.7)) routeIndication = null;
  return {
    id: `P${num}`,
    name,
    householdId,
    homeLocationId: home,
    language,
    otherLanguages,
    digitalSkill,
    routeIndication,
    busy: busyIntervals(rng, days),
  };
}

/** Fixed lessons, part-time work or appointments for about a fifth of the people. */
function busyIntervals(rng: Rng, days: string[]): Interval[] {
  if (!rng.chance(0.22)) return [];
  const kind = rng.weighted([
    ['lessonPm', 102],
    ['lessonAm', 81],
    ['work', 90],
  ] as const);
  const pick2 = () => rng.shuffle([0, 1, 2, 3, 4]).slice(0, 2).sort();
  const at = (d: number, from: string, to: string) => ({ start: `${days[d]}T${from}`, end: `${days[d]}T${to}` });
  if (kind === 'lessonPm') return pick2().map((d) => at(d, '13:30', '16:30'));
  if (kind === 'lessonAm') return pick2().map((d) => at(d, '09:00', '12:00'));
  const count = rng.weighted([
    [1, 3],
    [2, 2],
    [3, 1],
  ] as const);
  return rng
    .shuffle([0, 1, 2, 3, 4])
    .slice(0, count)
    .sort()
    .map((d) => (rng.chance(0.5) ? at(d, '08:30', '12:30') : at(d, '13:00', '17:00')));
}

function roomDays(rng: Rng): number[] {
  const count = rng.weighted([
    [5, 50],
    [4, 16],
    [3, 10],
    [2, 2],
  ] as const);
  return rng.shuffle([0, 1, 2, 3, 4]).slice(0, count).sort();
}

function dayParts(): [number, number][] {
  const out: [number, number][] = [];
  for (let d = 0; d < 5; d++) for (const part of [0, 1]) out.push([d, part]);
  return out;
}

function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
}
