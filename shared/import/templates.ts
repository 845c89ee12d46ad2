// The import templates: per list its sheet name, the headings as written, which are required,
// what each means (the explanation sheet) and the fixed values (the drop-down lists). An
// export writes exactly these columns, so what goes out comes back in.
import { LANGUAGES } from '../domain/languages';
import { CHILDCARE_KIND_NL, INTERPRETER_MODE_NL, LOCATION_KINDS } from '../domain/region-kinds';
import { ROUTES } from '../domain/routes';
import { foldValue, normalizeHeading, type Cell } from './cells';

/** Every list, in the order they depend on each other (a room needs its location, a child its household). */
export const IMPORT_LISTS = [
  'locations',
  'travelTimes',
  'rooms',
  'consultants',
  'interpreters',
  'schools',
  'classes',
  'startklas',
  'childcare',
  'participants',
  'children',
] as const;
export type ImportList = (typeof IMPORT_LISTS)[number];

export interface TemplateColumn {
  heading: string;
  required: boolean;
  /** One Dutch sentence for the explanation sheet. */
  explain: string;
  /** Fixed values: a drop-down list in the template. */
  values?: readonly string[];
}

export interface ListTemplate {
  list: ImportList;
  /** The sheet name (and the word error messages start with). */
  sheet: string;
  /** Other sheet or file names that hold this list. */
  aliases: readonly string[];
  columns: readonly TemplateColumn[];
}

export const PARTICIPANT_COLUMNS = {
  clientNumber: 'Clientnummer',
  givenName: 'Voornaam',
  familyName: 'Achternaam',
  gemeente: 'Gemeente',
  kind: 'Soort',
  koppelingDate: 'Datum koppeling',
  housingDate: 'Datum huisvesting',
  language: 'Taal',
  otherLanguages: 'Andere talen',
  digitalSkill: 'Digitale vaardigheid',
  route: 'Route-indicatie',
  household: 'Huishouden',
  consultant: 'Consulent',
  homeLocation: 'Woonplaats',
} as const;

export const CHILD_COLUMNS = {
  household: 'Huishouden',
  givenName: 'Voornaam',
  birthDate: 'Geboortedatum',
  care: 'Opvang geregeld',
} as const;

const languageNames = LANGUAGES.map((l) => l.nl);
const YES_NO = ['ja', 'nee'];
const DAY_NAMES = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const TIMES =
  'Dagen en tijden per week, bijvoorbeeld "ma-vr 09:00-17:00" of "ma, wo 09:00-12:30; do 13:00-17:00"; een tijd die maar een tijd geldt met "vanaf dd-mm-jjjj" en/of "t/m dd-mm-jjjj" erachter.';
const EXCEPTIONS =
  'Dagen die afwijken, met ; ertussen: "24-12-2026 dicht", "03-12-2026 13:00-17:00 dicht" of "02-12-2026 09:00-13:00 extra", eventueel met een toelichting tussen haakjes. Mag leeg.';
const LANGUAGES_HELP = 'Talen, met komma’s ertussen: Nederlandse naam (Arabisch, Tigrinya) of ISO-code (ar, ti). Minstens één.';
const inUse = (what: string) => ({
  heading: 'In gebruik',
  required: false,
  explain: `ja of nee: ${what} buiten gebruik blijft bewaard maar wordt niet ingepland. Leeg is ja.`,
  values: YES_NO,
});

/** Headings of the resource lists, by field (the parsers and the export use these). */
export const RESOURCE_COLUMNS = {
  locations: { name: 'Naam', gemeente: 'Gemeente', kind: 'Soort', address: 'Adres' },
  travelTimes: { from: 'Van', to: 'Naar', minutes: 'Minuten' },
  rooms: {
    location: 'Locatie',
    name: 'Naam',
    capacity: 'Capaciteit',
    laptopsTouch: 'Touchlaptops',
    laptopsMouse: 'Muislaptops',
    kinds: 'Soorten sessies',
    opening: 'Openingstijden',
    exceptions: 'Uitzonderingen',
    active: 'In gebruik',
  },
  consultants: {
    name: 'Naam',
    languages: 'Talen',
    toetsCertified: 'Gecertificeerd voor de toets',
    gemeente: 'Gemeente',
    hoursPerWeek: 'Uren per week',
    availability: 'Werktijden',
    exceptions: 'Uitzonderingen',
    active: 'In dienst',
  },
  interpreters: {
    name: 'Naam',
    languages: 'Talen',
    costPerHour: 'Kosten per uur',
    agency: 'Bureau',
    mode: 'Werkwijze',
    availability: 'Beschikbaarheid',
    exceptions: 'Uitzonderingen',
    active: 'In gebruik',
  },
  schools: { name: 'Naam', location: 'Locatie' },
  classes: {
    school: 'Taalschool',
    name: 'Naam',
    location: 'Locatie',
    route: 'Route',
    capacity: 'Capaciteit',
    placesTaken: 'Bezette plaatsen',
    trialSeats: 'Proefplekken per les',
    lessons: 'Lestijden',
    firstDate: 'Eerste lesdag',
    lastDate: 'Laatste lesdag',
    active: 'In gebruik',
  },
  startklas: { location: 'Locatie', weekday: 'Dag', start: 'Begintijd', end: 'Eindtijd', seats: 'Plaatsen', validFrom: 'Vanaf', validUntil: 'Tot en met', active: 'In gebruik' },
  childcare: {
    name: 'Naam',
    location: 'Locatie',
    kind: 'Soort',
    ageMonthsMin: 'Leeftijd vanaf (maanden)',
    ageMonthsMax: 'Leeftijd tot en met (maanden)',
    dayparts: 'Dagdelen',
    active: 'In gebruik',
  },
} as const;

export const TEMPLATES: Record<ImportList, ListTemplate> = {
  locations: {
    list: 'locations',
    sheet: 'Locaties',
    aliases: ['locatie', 'locaties', 'plaatsen', 'locations'],
    columns: [
      { heading: 'Naam', required: true, explain: 'De naam van de locatie; uniek in de regio. Bij een nieuwe import wordt de locatie met deze naam bijgewerkt.' },
      { heading: 'Gemeente', required: true, explain: 'De gemeente waarin de locatie ligt; een gemeente die de regio nog niet kent, wordt toegevoegd.' },
      { heading: 'Soort', required: true, explain: `${LOCATION_KINDS.join(', ')}.`, values: LOCATION_KINDS },
      { heading: 'Adres', required: false, explain: 'Straat, huisnummer en plaats; mag leeg.' },
    ],
  },
  travelTimes: {
    list: 'travelTimes',
    sheet: 'Reistijden',
    aliases: ['reistijd', 'reistijden', 'travel times'],
    columns: [
      { heading: 'Van', required: true, explain: 'De naam van een locatie (blad Locaties).' },
      { heading: 'Naar', required: true, explain: 'De naam van een andere locatie; de reistijd geldt beide kanten op.' },
      { heading: 'Minuten', required: true, explain: 'De reistijd in minuten (0 tot 600). Een paar dat ontbreekt is niet bereikbaar binnen een dag.' },
    ],
  },
  rooms: {
    list: 'rooms',
    sheet: 'Zalen',
    aliases: ['zaal', 'zalen', 'ruimte', 'ruimtes', 'rooms'],
    columns: [
      { heading: 'Locatie', required: true, explain: 'De naam van de locatie (blad Locaties).' },
      { heading: 'Naam', required: true, explain: 'De naam van de zaal; uniek op de locatie.' },
      { heading: 'Capaciteit', required: true, explain: 'Hoeveel personen er in passen (0 tot 500).' },
      { heading: 'Touchlaptops', required: false, explain: 'Aantal touchlaptops voor de toets; leeg is 0.' },
      { heading: 'Muislaptops', required: false, explain: 'Aantal muislaptops voor de toets; leeg is 0.' },
      {
        heading: 'Soorten sessies',
        required: true,
        explain: 'groepsvoorlichting, leerbaarheidstoets of allebei (met een komma ertussen).',
        values: ['groepsvoorlichting', 'leerbaarheidstoets', 'groepsvoorlichting, leerbaarheidstoets'],
      },
      { heading: 'Openingstijden', required: false, explain: TIMES },
      { heading: 'Uitzonderingen', required: false, explain: EXCEPTIONS },
      inUse('een zaal'),
    ],
  },
  consultants: {
    list: 'consultants',
    sheet: 'Consulenten',
    aliases: ['consulent', 'consulenten', 'consultants'],
    columns: [
      { heading: 'Naam', required: true, explain: 'Voor- en achternaam; uniek in de regio. Deelnemers noemen hun consulent bij deze naam.' },
      { heading: 'Talen', required: true, explain: LANGUAGES_HELP },
      { heading: 'Gecertificeerd voor de toets', required: false, explain: 'ja als de consulent de leerbaarheidstoets mag afnemen; leeg is nee.', values: YES_NO },
      { heading: 'Gemeente', required: false, explain: 'De gemeente waarvoor de consulent werkt, zoals op het blad Locaties; mag leeg.' },
      { heading: 'Uren per week', required: false, explain: 'Contracturen per week (0 tot 60); mag leeg.' },
      { heading: 'Werktijden', required: false, explain: TIMES },
      { heading: 'Uitzonderingen', required: false, explain: EXCEPTIONS },
      { heading: 'In dienst', required: false, explain: 'ja of nee; leeg is ja. Wie uit dienst is, wordt niet meer ingepland.', values: YES_NO },
    ],
  },
  interpreters: {
    list: 'interpreters',
    sheet: 'Tolken',
    aliases: ['tolk', 'tolken', 'interpreters'],
    columns: [
      { heading: 'Naam', required: true, explain: 'De naam van de tolk; uniek in de regio.' },
      { heading: 'Talen', required: true, explain: LANGUAGES_HELP },
      { heading: 'Kosten per uur', required: true, explain: 'In euro, bijvoorbeeld 62,50.' },
      { heading: 'Bureau', required: false, explain: 'Het tolkenbureau; mag leeg.' },
      { heading: 'Werkwijze', required: false, explain: 'ter plekke, telefonisch of beide; leeg is ter plekke.', values: [...Object.values(INTERPRETER_MODE_NL)] },
      { heading: 'Beschikbaarheid', required: false, explain: TIMES },
      { heading: 'Uitzonderingen', required: false, explain: EXCEPTIONS },
      inUse('een tolk'),
    ],
  },
  schools: {
    list: 'schools',
    sheet: 'Taalscholen',
    aliases: ['taalscholen', 'scholen', 'schools'],
    columns: [
      { heading: 'Naam', required: true, explain: 'De naam van de taalschool; uniek in de regio.' },
      { heading: 'Locatie', required: false, explain: 'De hoofdlocatie (blad Locaties); mag leeg.' },
    ],
  },
  classes: {
    list: 'classes',
    sheet: 'Klassen',
    aliases: ['klas', 'klassen', 'classes'],
    columns: [
      { heading: 'Taalschool', required: true, explain: 'De naam van de taalschool (blad Taalscholen).' },
      { heading: 'Naam', required: true, explain: 'De naam van de klas; uniek binnen de taalschool.' },
      { heading: 'Locatie', required: true, explain: 'Waar de klas les heeft (blad Locaties).' },
      { heading: 'Route', required: true, explain: `${ROUTES.join(', ')}.`, values: ROUTES },
      { heading: 'Capaciteit', required: true, explain: 'Plaatsen in de klas (1 tot 200).' },
      { heading: 'Bezette plaatsen', required: false, explain: 'Plaatsen die al bezet zijn; leeg is 0.' },
      { heading: 'Proefplekken per les', required: true, explain: 'Hoeveel deelnemers per les een proefles kunnen volgen (0 tot 50).' },
      { heading: 'Lestijden', required: true, explain: 'De lessen per week, bijvoorbeeld "ma, wo 09:00-12:00".' },
      { heading: 'Eerste lesdag', required: false, explain: 'dd-mm-jjjj; mag leeg.' },
      { heading: 'Laatste lesdag', required: false, explain: 'dd-mm-jjjj; mag leeg.' },
      inUse('een klas'),
    ],
  },
  startklas: {
    list: 'startklas',
    sheet: 'Startklas',
    aliases: ['startklas', 'startklassen', 'intakemomenten', 'startklas intakes'],
    columns: [
      { heading: 'Locatie', required: true, explain: 'Waar de intake is (blad Locaties).' },
      { heading: 'Dag', required: true, explain: 'maandag tot en met zondag.', values: DAY_NAMES },
      { heading: 'Begintijd', required: true, explain: 'UU:MM, bijvoorbeeld 10:00.' },
      { heading: 'Eindtijd', required: true, explain: 'UU:MM, na de begintijd.' },
      { heading: 'Plaatsen', required: true, explain: 'Plaatsen per intakemoment (0 tot 100).' },
      { heading: 'Vanaf', required: false, explain: 'Eerste datum waarop het intakemoment geldt (dd-mm-jjjj); mag leeg.' },
      { heading: 'Tot en met', required: false, explain: 'Laatste datum (dd-mm-jjjj); mag leeg.' },
      inUse('een intakemoment'),
    ],
  },
  childcare: {
    list: 'childcare',
    sheet: 'Kinderopvang',
    aliases: ['kinderopvang', 'opvang', 'childcare'],
    columns: [
      { heading: 'Naam', required: true, explain: 'De naam van de aanbieder; uniek in de regio.' },
      { heading: 'Locatie', required: true, explain: 'Waar de opvang is (blad Locaties).' },
      { heading: 'Soort', required: true, explain: 'kinderopvang, VVE of BSO.', values: [...Object.values(CHILDCARE_KIND_NL)] },
      { heading: 'Leeftijd vanaf (maanden)', required: true, explain: 'Jongste leeftijd in maanden (0 tot 216).' },
      { heading: 'Leeftijd tot en met (maanden)', required: true, explain: 'Oudste leeftijd in maanden.' },
      {
        heading: 'Dagdelen',
        required: false,
        explain: 'De vrije plaatsen voor onze deelnemers per dagdeel, bijvoorbeeld "ma-vr 08:30-12:30 4 plaatsen; ma-vr 13:00-17:00 2 plaatsen".',
      },
      inUse('een aanbieder'),
    ],
  },
  participants: {
    list: 'participants',
    sheet: 'Deelnemers',
    aliases: ['deelnemers', 'deelnemer', 'clienten', 'cliënten', 'participants'],
    columns: [
      { heading: 'Clientnummer', required: true, explain: 'Het nummer uit het zaaksysteem; uniek. Bij een nieuwe import wordt de deelnemer met dit nummer bijgewerkt.' },
      { heading: 'Voornaam', required: true, explain: 'Voornaam (hoogstens 60 tekens).' },
      { heading: 'Achternaam', required: false, explain: 'Achternaam; mag leeg.' },
      { heading: 'Gemeente', required: true, explain: 'De naam van de gemeente zoals die in de regio staat.' },
      { heading: 'Soort', required: true, explain: 'statushouder of gezinsmigrant.', values: ['statushouder', 'gezinsmigrant'] },
      {
        heading: 'Datum koppeling',
        required: false,
        explain: 'Statushouder: de datum van koppeling aan de gemeente. Gezinsmigrant: de datum van inschrijving in de gemeente. Als dd-mm-jjjj.',
      },
      { heading: 'Datum huisvesting', required: false, explain: 'De datum van huisvesting (dd-mm-jjjj); mag leeg.' },
      { heading: 'Taal', required: true, explain: 'De eerste taal: Nederlandse naam (Arabisch, Tigrinya, Dari) of ISO-code (ar, ti, prs).', values: languageNames },
      { heading: 'Andere talen', required: false, explain: 'Andere talen, met komma’s ertussen; mag leeg.' },
      { heading: 'Digitale vaardigheid', required: true, explain: 'geen, basis of goed.', values: ['geen', 'basis', 'goed'] },
      { heading: 'Route-indicatie', required: false, explain: `${ROUTES.join(', ')} of leeg.`, values: ROUTES },
      { heading: 'Huishouden', required: false, explain: 'Een code: deelnemers met dezelfde code vormen één huishouden. De kinderen staan op het blad Kinderen.' },
      { heading: 'Consulent', required: false, explain: 'De naam van de consulent zoals die in de regio staat; mag leeg.' },
      {
        heading: 'Woonplaats',
        required: false,
        explain: 'Waar de deelnemer woont: de naam van een plaats in de gemeente (blad Locaties). Leeg: de eerste woonkern van de gemeente.',
      },
    ],
  },
  children: {
    list: 'children',
    sheet: 'Kinderen',
    aliases: ['kinderen', 'kind', 'children'],
    columns: [
      { heading: 'Huishouden', required: true, explain: 'De code van het huishouden, zoals op het blad Deelnemers.' },
      { heading: 'Voornaam', required: true, explain: 'Voornaam van het kind.' },
      { heading: 'Geboortedatum', required: true, explain: 'Geboortedatum (dd-mm-jjjj).' },
      { heading: 'Opvang geregeld', required: false, explain: 'Vaste tijden met school of opvang, bijvoorbeeld "ma-vr 08:30-14:30"; meer tijden met ; ertussen. Mag leeg.' },
    ],
  },
};

/** Lists in the order they depend on each other (children need the households of participants). */
export const IMPORT_ORDER: readonly ImportList[] = IMPORT_LISTS;

/** The resource lists (everything but the people). */
export type ResourceList = Exclude<ImportList, 'participants' | 'children'>;
export const RESOURCE_LISTS = IMPORT_LISTS.filter((l): l is ResourceList => l !== 'participants' && l !== 'children');

/**
 * Which list a sheet holds: by its name first, then by its headings (the list whose required
 * headings are all there, most matching headings first, at least two). null: not recognised.
 */
export function recogniseList(sheetName: string, headings: readonly Cell[]): ImportList | null {
  const name = foldValue(sheetName.replace(/\.(csv|xlsx)$/i, ''));
  for (const t of Object.values(TEMPLATES)) if (foldValue(t.sheet) === name || t.aliases.some((a) => foldValue(a) === name)) return t.list;
  const have = new Set(headings.map(normalizeHeading).filter((h) => h !== ''));
  let best: { list: ImportList; score: number } | null = null;
  for (const t of Object.values(TEMPLATES)) {
    if (!t.columns.filter((c) => c.required).every((c) => have.has(normalizeHeading(c.heading)))) continue;
    const score = t.columns.filter((c) => have.has(normalizeHeading(c.heading))).length;
    // One common heading ("Naam") is no list.
    if (score < 2) continue;
    if (!best || score > best.score) best = { list: t.list, score };
  }
  return best?.list ?? null;
}
