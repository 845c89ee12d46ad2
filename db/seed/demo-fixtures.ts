// The fixed part of the demo region: three gemeenten of the Alblasserwaard and
// Vijfheerenlanden sharing one inburgering team, their buildings, rooms, staff, interpreters,
// two contracted language schools, a startklas and childcare. Fictional organisations and people.
import type { WeeklyPattern } from '../../shared/domain/availability';
import { ROUTES } from '../../shared/domain/routes';
import type { ChildcareInput, ClassInput, ConsultantInput, InterpreterInput, LocationKind, RoomInput, StartklasIntakeRow } from '../repositories/region';
import type { Rng } from '../../shared/domain/rng';

export const REGION_NAME = 'Regio Alblasserwaard-Vijfheerenlanden';

export const GEMEENTEN = [
  { id: 'G-GOR', name: 'Gorinchem' },
  { id: 'G-MOL', name: 'Molenlanden' },
  { id: 'G-VHL', name: 'Vijfheerenlanden' },
];

export interface DemoLocation {
  id: string;
  name: string;
  gemeenteId: string;
  kind: LocationKind;
  /** Rough position in km, for travel times by bus or bike. */
  x: number;
  y: number;
}

export const LOCATIONS: DemoLocation[] = [
  { id: 'L-GH-GOR', name: 'Stadhuis Gorinchem', gemeenteId: 'G-GOR', kind: 'gemeentehuis', x: 0, y: 0 },
  { id: 'L-GH-MOL', name: 'Gemeentehuis Molenlanden, Bleskensgraaf', gemeenteId: 'G-MOL', kind: 'gemeentehuis', x: -14, y: 8 },
  { id: 'L-GH-VHL', name: 'Stadhuis Vijfheerenlanden, Vianen', gemeenteId: 'G-VHL', kind: 'gemeentehuis', x: 28, y: 12 },
  { id: 'L-TS-A', name: 'Taalcentrum Merwede, Gorinchem', gemeenteId: 'G-GOR', kind: 'taalschool', x: 1, y: 1 },
  { id: 'L-TS-B', name: 'Taalhuis Lingestad, Leerdam', gemeenteId: 'G-VHL', kind: 'taalschool', x: 15, y: 4 },
  { id: 'L-SK', name: 'Startklas De Brug, Gorinchem', gemeenteId: 'G-GOR', kind: 'startklas', x: 1, y: -1 },
  { id: 'L-KO-GOR', name: 'Kinderopvang De Vlinder, Gorinchem', gemeenteId: 'G-GOR', kind: 'kinderopvang', x: 2, y: 1 },
  { id: 'L-KO-ARK', name: 'Peuterplein Arkel (VVE)', gemeenteId: 'G-MOL', kind: 'kinderopvang', x: 2, y: 4 },
  { id: 'L-KO-LRD', name: 'BSO Lingeborg, Leerdam', gemeenteId: 'G-VHL', kind: 'kinderopvang', x: 15, y: 5 },
  { id: 'L-KO-VIA', name: 'Kinderopvang Het Lekkerkerkje, Vianen', gemeenteId: 'G-VHL', kind: 'kinderopvang', x: 28, y: 11 },
  { id: 'L-W-GOR-W', name: 'Gorinchem-West (woonwijk)', gemeenteId: 'G-GOR', kind: 'woonkern', x: -1, y: 1 },
  { id: 'L-W-GOR-O', name: 'Gorinchem-Oost (woonwijk)', gemeenteId: 'G-GOR', kind: 'woonkern', x: 2, y: 0 },
  { id: 'L-W-ARK', name: 'Arkel (woonkern)', gemeenteId: 'G-MOL', kind: 'woonkern', x: 2, y: 4 },
  { id: 'L-W-GSB', name: 'Giessenburg (woonkern)', gemeenteId: 'G-MOL', kind: 'woonkern', x: -7, y: 6 },
  { id: 'L-W-BLG', name: 'Bleskensgraaf (woonkern)', gemeenteId: 'G-MOL', kind: 'woonkern', x: -14, y: 8 },
  { id: 'L-W-LRD', name: 'Leerdam (woonkern)', gemeenteId: 'G-VHL', kind: 'woonkern', x: 15, y: 4 },
  { id: 'L-W-VIA', name: 'Vianen (woonkern)', gemeenteId: 'G-VHL', kind: 'woonkern', x: 28, y: 12 },
];

export const HOME_LOCATIONS: Record<string, string[]> = {
  'G-GOR': ['L-W-GOR-W', 'L-W-GOR-O'],
  'G-MOL': ['L-W-ARK', 'L-W-GSB', 'L-W-BLG'],
  'G-VHL': ['L-W-LRD', 'L-W-VIA'],
};

/** Door-to-door minutes by regional bus or bike: a fixed wait plus a speed. */
export function travelMinutes(a: DemoLocation, b: DemoLocation): number {
  const km = Math.hypot(a.x - b.x, a.y - b.y);
  return Math.round(6 + km * 2.5);
}

const weekdays = (days: number[], start: string, end: string): WeeklyPattern[] => days.map((weekday) => ({ weekday, start, end }));
const officeHours = (days = [1, 2, 3, 4, 5]) => weekdays(days, '08:30', '17:00');

export const ROOMS: RoomInput[] = [
  {
    id: 'R-GOR-RAAD',
    locationId: 'L-GH-GOR',
    name: 'Raadzaal',
    capacity: 18,
    laptopsTouch: 0,
    laptopsMouse: 0,
    kinds: ['groupInfo'],
    // The council committee uses the room on Thursday afternoons.
    available: [...officeHours([1, 2, 3, 5]), { weekday: 4, start: '08:30', end: '12:30' }],
  },
  { id: 'R-GOR-MERW', locationId: 'L-GH-GOR', name: 'Zaal Merwede', capacity: 12, laptopsTouch: 0, laptopsMouse: 0, kinds: ['groupInfo'], available: officeHours() },
  { id: 'R-GOR-TOETS', locationId: 'L-GH-GOR', name: 'Toetslokaal', capacity: 10, laptopsTouch: 5, laptopsMouse: 3, kinds: ['toets', 'groupInfo'], available: officeHours() },
  {
    id: 'R-MOL-ALBL',
    locationId: 'L-GH-MOL',
    name: 'Vergaderzaal De Alblas',
    capacity: 14,
    laptopsTouch: 0,
    laptopsMouse: 0,
    kinds: ['groupInfo'],
    available: officeHours([1, 2, 3, 4]),
  },
  { id: 'R-MOL-TOETS', locationId: 'L-GH-MOL', name: 'Toetskamer', capacity: 6, laptopsTouch: 3, laptopsMouse: 2, kinds: ['toets'], available: officeHours([2, 4]) },
  { id: 'R-VHL-LEK', locationId: 'L-GH-VHL', name: 'Zaal Lek', capacity: 16, laptopsTouch: 0, laptopsMouse: 0, kinds: ['groupInfo'], available: officeHours() },
  {
    id: 'R-VHL-TOETS',
    locationId: 'L-GH-VHL',
    name: 'Toetsruimte',
    capacity: 8,
    laptopsTouch: 4,
    laptopsMouse: 3,
    kinds: ['toets', 'groupInfo'],
    available: officeHours([1, 2, 3, 4]),
  },
];

export const CONSULTANTS: ConsultantInput[] = [
  { id: 'C-01', name: 'Marieke van der Linden', languages: ['nl', 'en'], toetsCertified: true, gemeenteId: 'G-GOR', available: officeHours([1, 2, 3, 4]) },
  { id: 'C-02', name: 'Fatima El Amrani', languages: ['nl', 'ar', 'fr'], toetsCertified: true, gemeenteId: 'G-GOR', available: officeHours([1, 2, 4, 5]) },
  { id: 'C-03', name: 'Jeroen Bakker', languages: ['nl', 'en'], toetsCertified: false, gemeenteId: 'G-GOR', available: officeHours() },
  { id: 'C-04', name: 'Mehmet Demir', languages: ['nl', 'tr', 'ku'], toetsCertified: true, gemeenteId: 'G-MOL', available: officeHours([1, 2, 3]) },
  {
    id: 'C-05',
    name: 'Sanne de Groot',
    languages: ['nl', 'en'],
    toetsCertified: false,
    gemeenteId: 'G-MOL',
    available: [...officeHours([2, 4]), ...weekdays([5], '08:30', '12:30')],
  },
  { id: 'C-06', name: 'Samira Haidari', languages: ['nl', 'fa', 'prs', 'en'], toetsCertified: true, gemeenteId: 'G-VHL', available: officeHours([1, 3, 4, 5]) },
  { id: 'C-07', name: 'Peter Verhoeven', languages: ['nl', 'en', 'de'], toetsCertified: false, gemeenteId: 'G-VHL', available: officeHours([1, 2, 3, 4, 5]) },
  { id: 'C-08', name: 'Lotte Hendriks', languages: ['nl', 'en'], toetsCertified: false, gemeenteId: 'G-VHL', available: weekdays([1, 2, 3, 4], '09:00', '15:00') },
];

// Interpreters are the scarcest: some languages have one person, part-time.
export const INTERPRETERS: InterpreterInput[] = [
  { id: 'T-AR-1', name: 'Nabil Azzam', languages: ['ar'], costPerHour: 62, agency: 'Tolkcentrum Zuid-Holland', available: officeHours([1, 2, 3, 4]) },
  { id: 'T-AR-2', name: 'Samah Jaber', languages: ['ar'], costPerHour: 62, agency: 'Tolkcentrum Zuid-Holland', available: weekdays([2, 4, 5], '08:30', '12:30') },
  {
    id: 'T-TI-1',
    name: 'Kiflom Tewelde',
    languages: ['ti', 'am'],
    costPerHour: 71,
    agency: 'Tolkenpool Rivierenland',
    available: [...weekdays([1, 3], '08:30', '12:30'), ...weekdays([2, 4], '13:00', '17:00')],
  },
  { id: 'T-TR-1', name: 'Derya Koç', languages: ['tr'], costPerHour: 58, agency: 'Tolkenpool Rivierenland', available: officeHours([1, 3, 5]) },
  { id: 'T-KU-1', name: 'Shirin Xelîl', languages: ['ku', 'tr', 'ar'], costPerHour: 68, agency: 'Tolkcentrum Zuid-Holland', available: weekdays([2, 3], '08:30', '17:00') },
  { id: 'T-FA-1', name: 'Hamid Noorzad', languages: ['fa', 'prs'], costPerHour: 66, agency: 'Tolkenpool Rivierenland', available: officeHours([1, 2, 4]) },
  { id: 'T-PS-1', name: 'Wahida Sherzad', languages: ['ps', 'prs'], costPerHour: 74, agency: 'Tolkcentrum Zuid-Holland', available: weekdays([3, 5], '08:30', '12:30') },
  { id: 'T-SO-1', name: 'Ayaan Cabdi', languages: ['so'], costPerHour: 70, agency: 'Tolkenpool Rivierenland', available: weekdays([1, 4], '08:30', '17:00') },
];

export const SCHOOLS = [
  { id: 'S-MERW', name: 'Taalcentrum Merwede', locationId: 'L-TS-A' },
  { id: 'S-LING', name: 'Taalhuis Lingestad', locationId: 'L-TS-B' },
];

type Lesson = ClassInput['lessons'][number];
const ROUTE_TIMETABLES: Record<ClassInput['route'], Lesson[][]> = {
  B1: [
    [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 3, start: '09:00', end: '12:00' },
      { weekday: 5, start: '09:00', end: '12:00' },
    ],
    [
      { weekday: 2, start: '13:30', end: '16:30' },
      { weekday: 4, start: '13:30', end: '16:30' },
    ],
  ],
  Z: [
    [
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 4, start: '09:00', end: '12:00' },
    ],
  ],
  Onderwijs: [
    [
      { weekday: 1, start: '13:00', end: '16:00' },
      { weekday: 3, start: '13:00', end: '16:00' },
    ],
  ],
  Alfa: [
    [
      { weekday: 1, start: '09:00', end: '11:30' },
      { weekday: 2, start: '09:00', end: '11:30' },
      { weekday: 4, start: '09:00', end: '11:30' },
    ],
  ],
};

const ROUTE_LABEL = { B1: 'B1-route', Z: 'Z-route', Onderwijs: 'Onderwijsroute', Alfa: 'Alfabetisering' } as const;

export function demoClasses(rng: Rng): ClassInput[] {
  const out: ClassInput[] = [];
  for (const [si, school] of SCHOOLS.entries()) {
    for (const route of ROUTES) {
      ROUTE_TIMETABLES[route].forEach((lessons, i) => {
        // The second school teaches a day later, so the two trial lessons can be combined.
        const shifted = lessons.map((l) => ({ ...l, weekday: si === 0 ? l.weekday : (l.weekday % 5) + 1 }));
        const capacity = route === 'Alfa' ? 10 : route === 'Z' ? 12 : 16;
        out.push({
          id: `K-${school.id.slice(2)}-${route.toUpperCase()}-${i + 1}`,
          schoolId: school.id,
          locationId: school.locationId,
          name: `${ROUTE_LABEL[route]} ${shifted[0].start < '12:00' ? 'ochtend' : 'middag'}`,
          route,
          capacity,
          placesTaken: rng.int(Math.floor(capacity * 0.6), capacity),
          trialSeats: rng.int(1, 3),
          lessons: shifted,
        });
      });
    }
  }
  return out;
}

export function demoStartklasIntakes(rng: Rng): StartklasIntakeRow[] {
  return [
    { id: 'SK-DI', locationId: 'L-SK', weekday: 2, start: '10:00', end: '10:45', seats: rng.int(4, 6) },
    { id: 'SK-DO', locationId: 'L-SK', weekday: 4, start: '13:30', end: '14:15', seats: rng.int(3, 5) },
  ];
}

/** Few seats per day-part: the lack of childcare is what keeps parents from starting. */
export function demoChildcare(rng: Rng): ChildcareInput[] {
  const dayparts = (days: number[], parts: [string, string][], max: number) =>
    days.flatMap((weekday) => parts.map(([start, end]) => ({ weekday, start, end, seats: rng.int(0, max) })));
  const halfDays: [string, string][] = [
    ['08:30', '12:30'],
    ['13:00', '17:00'],
  ];
  return [
    {
      id: 'KO-GOR',
      name: 'Kinderopvang De Vlinder',
      locationId: 'L-KO-GOR',
      kind: 'kinderopvang',
      ageMonthsMin: 2,
      ageMonthsMax: 47,
      dayparts: dayparts([1, 2, 3, 4, 5], halfDays, 3),
    },
    {
      id: 'VVE-ARK',
      name: 'Peuterplein Arkel (VVE)',
      locationId: 'L-KO-ARK',
      kind: 'vve',
      ageMonthsMin: 30,
      ageMonthsMax: 47,
      dayparts: dayparts([1, 2, 4], [['08:30', '12:30']], 4),
    },
    {
      id: 'BSO-LRD',
      name: 'BSO Lingeborg',
      locationId: 'L-KO-LRD',
      kind: 'bso',
      ageMonthsMin: 48,
      ageMonthsMax: 155,
      dayparts: [...dayparts([1, 2, 4, 5], [['14:00', '18:00']], 4), ...dayparts([3], [['12:00', '18:00']], 4)],
    },
    {
      id: 'KO-VIA',
      name: 'Kinderopvang Het Lekkerkerkje',
      locationId: 'L-KO-VIA',
      kind: 'kinderopvang',
      ageMonthsMin: 3,
      ageMonthsMax: 47,
      dayparts: dayparts([1, 2, 3, 4, 5], halfDays, 2),
    },
  ];
}

export interface DemoException {
  owner: { kind: 'room' | 'consultant' | 'interpreter'; id: string };
  date: string;
  kind: 'add' | 'remove';
  start?: string;
  end?: string;
  note: string;
}

/** A few dated exceptions around the anchor week, so the demo shows patterns being overruled. */
export function demoExceptions(anchor: string, addDays: (d: string, n: number) => string): DemoException[] {
  return [
    { owner: { kind: 'consultant', id: 'C-03' }, date: addDays(anchor, 9), kind: 'remove', note: 'Vrije dag' },
    { owner: { kind: 'consultant', id: 'C-02' }, date: addDays(anchor, 3), kind: 'remove', start: '13:00', end: '17:00', note: 'Cursus' },
    { owner: { kind: 'interpreter', id: 'T-AR-1' }, date: addDays(anchor, 3), kind: 'remove', note: 'Elders ingezet' },
    { owner: { kind: 'interpreter', id: 'T-SO-1' }, date: addDays(anchor, 2), kind: 'add', start: '09:00', end: '13:00', note: 'Extra beschikbaar' },
    { owner: { kind: 'room', id: 'R-GOR-MERW' }, date: addDays(anchor, 1), kind: 'remove', start: '08:30', end: '12:30', note: 'Onderhoud' },
  ];
}
