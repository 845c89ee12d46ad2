// The import templates: per list its sheet name, the headings as written, which are required,
// what each means (the explanation sheet) and the fixed values (the drop-down lists). An
// export writes exactly these columns, so what goes out comes back in.
import { LANGUAGES } from '../domain/languages';
import { ROUTES } from '../domain/routes';
import { foldValue, normalizeHeading, type Cell } from './cells';

export const IMPORT_LISTS = ['participants', 'children'] as const;
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
} as const;

export const CHILD_COLUMNS = {
  household: 'Huishouden',
  givenName: 'Voornaam',
  birthDate: 'Geboortedatum',
  care: 'Opvang geregeld',
} as const;

const languageNames = LANGUAGES.map((l) => l.nl);

export const TEMPLATES: Record<ImportList, ListTemplate> = {
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
export const IMPORT_ORDER: readonly ImportList[] = ['participants', 'children'];

/**
 * Which list a sheet holds: by its name first, then by its headings (the list whose required
 * headings are all there, most matching headings first). null: not recognised.
 */
export function recogniseList(sheetName: string, headings: readonly Cell[]): ImportList | null {
  const name = foldValue(sheetName.replace(/\.(csv|xlsx)$/i, ''));
  for (const t of Object.values(TEMPLATES)) if (foldValue(t.sheet) === name || t.aliases.some((a) => foldValue(a) === name)) return t.list;
  const have = new Set(headings.map(normalizeHeading));
  let best: { list: ImportList; score: number } | null = null;
  for (const t of Object.values(TEMPLATES)) {
    if (!t.columns.filter((c) => c.required).every((c) => have.has(normalizeHeading(c.heading)))) continue;
    const score = t.columns.filter((c) => have.has(normalizeHeading(c.heading))).length;
    if (!best || score > best.score) best = { list: t.list, score };
  }
  return best?.list ?? null;
}
