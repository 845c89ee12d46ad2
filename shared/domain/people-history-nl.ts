// A client's history in plain Dutch, from the audit log's rows about them: what happened, in
// words without ids or values (the log holds field names, never the data itself).
import { KIND_NL, type DemandKind } from './kinds';

/** Field names of a participant, household or child as the forms call them. */
export const FIELD_NL: Record<string, string> = {
  givenName: 'voornaam',
  familyName: 'achternaam',
  householdId: 'huishouden',
  gemeenteId: 'gemeente',
  homeLocationId: 'woonplaats',
  language: 'taal',
  otherLanguages: 'andere talen',
  digitalSkill: 'digitale vaardigheid',
  routeIndication: 'route-indicatie',
  migrantKind: 'statushouder of gezinsmigrant',
  koppelingDate: 'datum koppeling',
  registrationDate: 'datum inschrijving',
  housingDate: 'datum huisvesting',
  pipDate: 'datum PIP',
  consultantId: 'consulent',
  busy: 'vaste bezigheden',
  endedOn: 'einddatum traject',
  endReason: 'reden beëindiging',
  stepOrder: 'volgorde van de stappen',
  name: 'naam',
  adultsOutside: 'volwassenen buiten het programma',
  birthDate: 'geboortedatum',
  covered: 'opvang of school',
  status: 'status',
};

const BOOKING_NL: Record<string, string> = {
  session: 'groepsvoorlichting of toets',
  groupInfo: 'groepsvoorlichting',
  toets: 'leerbaarheidstoets',
  trialLesson: 'proefles',
  startklasIntake: 'startklas-intake',
  childcare: 'kinderopvang',
};

const STATUS_NL: Record<string, string> = { open: 'open', planned: 'gepland', done: 'gedaan' };

export interface HistoryRowIn {
  action: string;
  entity: string;
  details: unknown;
}

function fieldsOf(details: unknown): string[] {
  const f = (details as { fields?: unknown } | null)?.fields;
  return Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : [];
}

function fieldList(details: unknown): string {
  const names = fieldsOf(details).map((f) => FIELD_NL[f] ?? f);
  return names.length > 0 ? `: ${names.join(', ')}` : '';
}

function str(details: unknown, key: string): string | undefined {
  const v = (details as Record<string, unknown> | null)?.[key];
  return typeof v === 'string' ? v : undefined;
}

function kindNl(details: unknown): string {
  const k = str(details, 'kind');
  return k && k in KIND_NL ? KIND_NL[k as DemandKind] : 'stap';
}

/** What an audit row about a client says, in one Dutch sentence without ids. */
export function historyTextNl(row: HistoryRowIn): string {
  const d = row.details;
  switch (row.entity) {
    case 'participant':
      if (row.action === 'create') return 'Deelnemer ingeschreven';
      if (row.action === 'delete') return (d as { erasure?: boolean } | null)?.erasure ? 'Gegevens verwijderd (AVG)' : 'Deelnemer verwijderd';
      if (fieldsOf(d).includes('endedOn')) return 'Traject beëindigd';
      if (fieldsOf(d).includes('stepOrder')) return 'Volgorde van de stappen gewijzigd';
      return `Gegevens gewijzigd${fieldList(d)}`;
    case 'booking': {
      const what = BOOKING_NL[str(d, 'type') ?? ''] ?? 'afspraak';
      if (row.action === 'create') return `Geboekt: ${what}`;
      if (row.action === 'delete') return `Boeking geannuleerd: ${what}`;
      if (str(d, 'status') === 'accepted') return `Boeking vastgesteld: ${what}`;
      return 'Boekingen van de week aangepast';
    }
    case 'demand':
      if (row.action === 'create') return `Stap toegevoegd: ${kindNl(d)}`;
      if (row.action === 'delete') return `Stap verwijderd: ${kindNl(d)}`;
      return `Stap bijgewerkt${str(d, 'status') ? `: ${STATUS_NL[str(d, 'status')!] ?? str(d, 'status')}` : ''}`;
    case 'household':
      if (row.action === 'create') return 'Huishouden aangemaakt';
      if (row.action === 'delete') return 'Huishouden verwijderd';
      return `Huishouden gewijzigd${fieldList(d)}`;
    case 'child':
      if (row.action === 'create') return 'Kind toegevoegd';
      if (row.action === 'delete') return 'Kind verwijderd';
      return `Gegevens van een kind gewijzigd${fieldList(d)}`;
    default:
      return 'Wijziging';
  }
}

/** Who did it, from the audit actor ('coordinator', 'consultant:C-01', 'demo-seed'...). */
export function actorNl(actor: string, names: { consultants: ReadonlyMap<string, string>; schools: ReadonlyMap<string, string> }): string {
  const [kind, id] = actor.split(':');
  if (kind === 'coordinator' || kind === 'coördinator') return 'Coördinator';
  if (kind === 'consultant') return names.consultants.get(id ?? '') ?? 'Consulent';
  if (kind === 'liaison') return `Taalschool ${names.schools.get(id ?? '') ?? ''}`.trim();
  if (kind === 'demo-seed') return 'Startgegevens demo';
  return 'Het programma';
}
