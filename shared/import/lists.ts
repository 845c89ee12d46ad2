// The participants and children sheets as rows ready to save, checked with the same zod schemas
// as the participant and household forms (shared/api/contract/people.ts), so an imported row is
// accepted exactly when the form would accept it. Gemeente and consultant are found by name in
// the lists the caller passes (the region's).
import type { z } from 'zod';
import { HouseholdFormSchema, ParticipantFormSchema } from '../api/contract/people';
import type { WeeklyPattern } from '../domain/availability';
import { foldValue } from './cells';
import { parseDateCell, type Parsed } from './dates';
import { msg, p, type Msg } from '../messages/types';
import { decodeFieldMsg, withoutLabel } from '../messages/field-msg';
import { blocksSheet, type RowError } from './errors';
import type { DataRow, MappedSheet } from './sheet';
import { CHILD_COLUMNS as C, PARTICIPANT_COLUMNS as P } from './templates';
import { parseDigitalSkill, parseLanguage, parseLanguageList, parseMigrantKind, parseRoute, parseWeeklyTimes } from './values';

export interface NamedRef {
  id: string;
  name: string;
}

export interface RegionLookups {
  gemeenten: readonly NamedRef[];
  consultants: readonly NamedRef[];
  /** The places a participant may live (Woonplaats), with their gemeente. */
  locations?: readonly (NamedRef & { gemeenteId: string })[];
}

/** A participant row as the form's input, with the key and household code. */
export interface ParticipantImportRow {
  row: number;
  clientNumber: string;
  householdCode: string | null;
  form: z.output<typeof ParticipantFormSchema>;
}

export interface ChildImportRow {
  row: number;
  householdCode: string;
  givenName: string;
  birthDate: string;
  covered: WeeklyPattern[];
}

export class RowErrors {
  readonly list: RowError[] = [];
  constructor(
    private readonly sheet: string,
    private readonly r: DataRow,
  ) {}
  add(column: string, reason: Msg): void {
    this.list.push({ sheet: this.sheet, row: this.r.row, column, value: this.r.text(column), msg: reason });
  }
  take<T>(column: string, p: Parsed<T>): T | undefined {
    if (p.ok) return p.value;
    this.add(column, p.reason);
    return undefined;
  }
}

export function byName(list: readonly NamedRef[]): Map<string, string | null> {
  const m = new Map<string, string | null>();
  // Two with one name: ambiguous (null).
  for (const x of list) m.set(foldValue(x.name), m.has(foldValue(x.name)) ? null : x.id);
  return m;
}

/** Which column a form field's message belongs to. */
const PARTICIPANT_FIELD_COLUMN: Record<string, string> = {
  givenName: P.givenName,
  familyName: P.familyName,
  gemeenteId: P.gemeente,
  migrantKind: P.kind,
  koppelingDate: P.koppelingDate,
  registrationDate: P.koppelingDate,
  housingDate: P.housingDate,
  language: P.language,
  otherLanguages: P.otherLanguages,
  digitalSkill: P.digitalSkill,
  routeIndication: P.route,
  consultantId: P.consultant,
  homeLocationId: P.homeLocation,
};

const optionalDate = (e: RowErrors, r: DataRow, column: string): string | null | undefined => (r.text(column) === '' ? null : e.take(column, parseDateCell(r.cell(column))));

/**
 * A form schema's refusal without its "Datum koppeling: " (the column is named already), as a
 * message for the reader's language (shared/messages/field-msg.ts); a plain sentence as it is.
 */
export function reasonOf(message: string): Msg {
  const inner = decodeFieldMsg(message);
  return msg('import.formRefusal', { text: inner ? p.msg(withoutLabel(inner)) : message.replace(/^[^:]{1,60}: /, '') });
}

const REQUIRED = msg('import.required');

export function parseParticipantSheet(m: MappedSheet, lookups: RegionLookups): { rows: ParticipantImportRow[]; errors: RowError[] } {
  const gemeenten = byName(lookups.gemeenten);
  const consultants = byName(lookups.consultants);
  const rows: ParticipantImportRow[] = [];
  const errors: RowError[] = [...m.errors];
  if (blocksSheet(m.errors)) return { rows, errors };
  const seen = new Map<string, number>();
  for (const r of m.rows) {
    const e = new RowErrors(m.sheet, r);
    const clientNumber = r.text(P.clientNumber);
    if (clientNumber === '') e.add(P.clientNumber, REQUIRED);
    else if (clientNumber.length > 40) e.add(P.clientNumber, msg('import.maxChars', { max: 40 }));
    else if (seen.has(clientNumber)) e.add(P.clientNumber, msg('import.alsoOnRow', { row: seen.get(clientNumber)! }));
    else seen.set(clientNumber, r.row);
    const gemeenteName = r.text(P.gemeente);
    let gemeenteId: string | undefined;
    if (gemeenteName === '') e.add(P.gemeente, REQUIRED);
    else {
      const g = gemeenten.get(foldValue(gemeenteName));
      if (g === undefined) e.add(P.gemeente, msg('import.unknownGemeente'));
      else if (g === null) e.add(P.gemeente, msg('import.twoGemeenten'));
      else gemeenteId = g;
    }
    const consultantName = r.text(P.consultant);
    let consultantId: string | null | undefined = null;
    if (consultantName !== '') {
      const c = consultants.get(foldValue(consultantName));
      consultantId = c ?? undefined;
      if (c === undefined) e.add(P.consultant, msg('import.unknownConsultant'));
      else if (c === null) e.add(P.consultant, msg('import.twoConsultants'));
    }
    let homeLocationId: string | null | undefined = null;
    const homeName = r.text(P.homeLocation);
    if (homeName !== '') {
      const places = (lookups.locations ?? []).filter((l) => foldValue(l.name) === foldValue(homeName));
      const inGemeente = places.filter((l) => l.gemeenteId === gemeenteId);
      homeLocationId = inGemeente.length === 1 ? inGemeente[0].id : undefined;
      if (places.length === 0) e.add(P.homeLocation, msg('import.unknownPlace'));
      else if (inGemeente.length > 1) e.add(P.homeLocation, msg('import.twoPlaces'));
      else if (inGemeente.length === 0 && gemeenteId) e.add(P.homeLocation, msg('import.placeNotInGemeente'));
    }
    const kind = r.text(P.kind) === '' ? (e.add(P.kind, REQUIRED), undefined) : e.take(P.kind, parseMigrantKind(r.text(P.kind)));
    const firstDate = optionalDate(e, r, P.koppelingDate);
    const housingDate = optionalDate(e, r, P.housingDate);
    const language = r.text(P.language) === '' ? (e.add(P.language, REQUIRED), undefined) : e.take(P.language, parseLanguage(r.text(P.language)));
    const otherLanguages = e.take(P.otherLanguages, parseLanguageList(r.text(P.otherLanguages)));
    const skill = r.text(P.digitalSkill) === '' ? (e.add(P.digitalSkill, REQUIRED), undefined) : e.take(P.digitalSkill, parseDigitalSkill(r.text(P.digitalSkill)));
    const route = e.take(P.route, parseRoute(r.text(P.route)));
    const householdCode = r.text(P.household) || null;
    if (householdCode && householdCode.length > 40) e.add(P.household, msg('import.maxChars', { max: 40 }));
    if (e.list.length === 0 && gemeenteId && kind && language && otherLanguages && skill && route !== undefined && consultantId !== undefined && homeLocationId !== undefined) {
      const form = ParticipantFormSchema.safeParse({
        givenName: r.text(P.givenName),
        familyName: r.text(P.familyName) || null,
        gemeenteId,
        homeLocationId,
        migrantKind: kind,
        koppelingDate: kind === 'statushouder' ? (firstDate ?? null) : null,
        registrationDate: kind === 'gezinsmigrant' ? (firstDate ?? null) : null,
        housingDate: housingDate ?? null,
        language,
        otherLanguages: otherLanguages.filter((l) => l !== language),
        digitalSkill: skill,
        routeIndication: route,
        consultantId,
      });
      if (form.success) rows.push({ row: r.row, clientNumber, householdCode, form: form.data });
      else for (const issue of form.error.issues) e.add(PARTICIPANT_FIELD_COLUMN[String(issue.path[0])] ?? P.clientNumber, reasonOf(issue.message));
    }
    errors.push(...e.list);
  }
  return { rows, errors };
}

/**
 * The children sheet. `knownHouseholds` holds the codes a child may name (the participants
 * sheet's and the region's); null: not checked here.
 */
export function parseChildSheet(m: MappedSheet, knownHouseholds: ReadonlySet<string> | null): { rows: ChildImportRow[]; errors: RowError[] } {
  const rows: ChildImportRow[] = [];
  const errors: RowError[] = [...m.errors];
  if (blocksSheet(m.errors)) return { rows, errors };
  const seen = new Map<string, number>();
  for (const r of m.rows) {
    const e = new RowErrors(m.sheet, r);
    const code = r.text(C.household);
    if (code === '') e.add(C.household, REQUIRED);
    else if (knownHouseholds && !knownHouseholds.has(code)) e.add(C.household, msg('import.unknownHousehold'));
    const birth = r.text(C.birthDate) === '' ? (e.add(C.birthDate, REQUIRED), undefined) : e.take(C.birthDate, parseDateCell(r.cell(C.birthDate)));
    const covered = e.take(C.care, parseWeeklyTimes(r.text(C.care)));
    const key = `${code}\u0000${foldValue(r.text(C.givenName))}\u0000${birth}`;
    if (e.list.length === 0 && seen.has(key)) e.add(C.givenName, msg('import.sameChild', { row: seen.get(key)! }));
    seen.set(key, r.row);
    if (e.list.length === 0 && birth && covered) {
      const form = HouseholdFormSchema.safeParse({ participantId: 'import', children: [{ givenName: r.text(C.givenName), birthDate: birth, covered }] });
      if (form.success) {
        const c = form.data.children[0];
        rows.push({
          row: r.row,
          householdCode: code,
          givenName: c.givenName,
          birthDate: c.birthDate,
          covered: c.covered.map((x) => ({ weekday: x.weekday, start: x.start, end: x.end })),
        });
      } else {
        for (const issue of form.error.issues) {
          const field = String(issue.path[2] ?? '');
          e.add(field === 'birthDate' ? C.birthDate : field === 'covered' ? C.care : C.givenName, reasonOf(issue.message));
        }
      }
    }
    errors.push(...e.list);
  }
  return { rows, errors };
}
