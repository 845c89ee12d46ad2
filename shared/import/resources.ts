// The resource lists' sheets (locations, travel times, rooms, consultants, interpreters, schools,
// classes, startklas moments, childcare providers) as the Beheer forms' input, checked with the
// same zod schemas (shared/api/contract/manage-*.ts), so an imported row is accepted exactly when
// the form would accept it. References go by name (a room's location, a class's school) in the
// lists the caller passes: the region's as it stands after the lists before it were imported.
// Each row has a key (its name, or what makes it unique) by which it is found again.
import type { z } from 'zod';
import { ChildcareProviderFormSchema } from '../api/contract/manage-care';
import { LocationFormSchema, RoomFormSchema, TravelTimeSetSchema } from '../api/contract/manage-places';
import { ClassFormSchema, SchoolFormSchema, StartklasIntakeFormSchema } from '../api/contract/manage-schools';
import { ConsultantFormSchema, InterpreterFormSchema } from '../api/contract/manage-staff';
import { KIND_NL, SESSION_KINDS, type SessionKind } from '../domain/kinds';
import { CHILDCARE_KIND_NL, INTERPRETER_MODE_NL, LOCATION_KIND_NL } from '../domain/region-kinds';
import { foldValue } from './cells';
import { parseDateCell, type Parsed } from './dates';
import { msg, type Msg } from '../messages/types';
import { blocksSheet, type RowError } from './errors';
import { byName, reasonOf, RowErrors, type NamedRef } from './lists';
import { parseChoice, parseDayparts, parseExceptions, parseNumber, parsePatterns, parseTime, parseWeekday, parseWholeNumber, parseYesNo } from './resource-values';
import type { DataRow, MappedSheet } from './sheet';
import { RESOURCE_COLUMNS, type ResourceList } from './templates';
import { parseLanguageList, parseRoute } from './values';

export interface ResourceLookups {
  gemeenten: readonly NamedRef[];
  locations: readonly NamedRef[];
  schools: readonly NamedRef[];
}

export interface ResourceForms {
  locations: z.output<typeof LocationFormSchema>;
  travelTimes: { from: string; to: string; minutes: number };
  rooms: z.output<typeof RoomFormSchema>;
  consultants: z.output<typeof ConsultantFormSchema>;
  interpreters: z.output<typeof InterpreterFormSchema>;
  schools: z.output<typeof SchoolFormSchema>;
  classes: z.output<typeof ClassFormSchema>;
  startklas: z.output<typeof StartklasIntakeFormSchema>;
  childcare: z.output<typeof ChildcareProviderFormSchema>;
}

export interface ResourceRow<L extends ResourceList> {
  row: number;
  /** What finds the row again (folded): its name, or its location and name, ... */
  key: string;
  form: ResourceForms[L];
  /** A location's gemeente the region does not have yet (it is added with the location). */
  newGemeente?: string;
}

/** A location's gemeente not in the region yet: the form gets this id until it is added. */
export const NEW_GEMEENTE = 'nieuwe-gemeente';

interface Spec {
  schema: z.ZodType;
  /** Form field → column, for the schema's messages. */
  columns: Record<string, string>;
  key: (r: DataRow) => string;
  build: (r: DataRow, e: RowErrors, refs: Refs) => Record<string, unknown> | undefined;
}

const UNKNOWN_REF: Record<keyof ResourceLookups, string> = { gemeenten: 'import.unknownGemeente', locations: 'import.unknownLocation', schools: 'import.unknownSchool' };
const TWO_REFS: Record<keyof ResourceLookups, string> = { gemeenten: 'import.twoGemeentenRename', locations: 'import.twoLocations', schools: 'import.twoSchools' };

class Refs {
  private readonly maps: Record<keyof ResourceLookups, Map<string, string | null>>;
  constructor(lookups: ResourceLookups) {
    this.maps = { gemeenten: byName(lookups.gemeenten), locations: byName(lookups.locations), schools: byName(lookups.schools) };
  }
  /** The id named in `column`; null when empty and optional; undefined after an error. */
  get(r: DataRow, e: RowErrors, column: string, list: keyof ResourceLookups, required: boolean): string | null | undefined {
    const name = r.text(column);
    if (name === '') return required ? (e.add(column, msg('import.required')), undefined) : null;
    const id = this.maps[list].get(foldValue(name));
    if (id === undefined) e.add(column, msg(UNKNOWN_REF[list]));
    else if (id === null) e.add(column, msg(TWO_REFS[list]));
    return id ?? undefined;
  }
  has(list: keyof ResourceLookups, name: string): boolean {
    return this.maps[list].has(foldValue(name));
  }
}

/** A value the column must have. */
function need<T>(r: DataRow, e: RowErrors, column: string, parse: (r: DataRow) => Parsed<T>): T | undefined {
  if (r.text(column) === '') {
    e.add(column, msg('import.required'));
    return undefined;
  }
  return e.take(column, parse(r));
}

/** A value the column may leave empty (then `empty`). */
function may<T>(r: DataRow, e: RowErrors, column: string, empty: T, parse: (r: DataRow) => Parsed<T>): T | undefined {
  return r.text(column) === '' ? empty : e.take(column, parse(r));
}

const date = (column: string) => (r: DataRow) => parseDateCell(r.cell(column));
const whole = (column: string) => (r: DataRow) => parseWholeNumber(r.cell(column));
const yes = (column: string, empty: boolean) => (r: DataRow) => parseYesNo(r.cell(column), empty);
/**
 * Staff languages: by name or code as for participants, and also a code the app has no name for
 * (German, "de"), which the Beheer form keeps as it is.
 */
function parseStaffLanguages(s: string): Parsed<string[]> {
  const out: string[] = [];
  for (const part of s
    .split(/[,;/]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const known = parseLanguageList(part);
    const code = known.ok ? known.value[0] : /^[a-z]{2,3}$/i.test(part) ? part.toLowerCase() : undefined;
    if (code === undefined) return { ok: false, reason: msg('import.unknownLanguageNamed', { name: part }) };
    if (!out.includes(code)) out.push(code);
  }
  return { ok: true, value: out };
}
const languages = (column: string) => (r: DataRow) => parseStaffLanguages(r.text(column));
const allDefined = (...xs: unknown[]) => xs.every((x) => x !== undefined);

const SESSION_KIND_WORDS = Object.fromEntries(SESSION_KINDS.map((k) => [k, KIND_NL[k]])) as Record<SessionKind, string>;
function parseSessionKinds(s: string): Parsed<SessionKind[]> {
  const out: SessionKind[] = [];
  for (const part of s.split(/[,;/]|\sen\s/)) {
    if (!part.trim()) continue;
    const k = parseChoice(part, SESSION_KIND_WORDS, { toets: 'toets', voorlichting: 'groupInfo', groepsinformatie: 'groupInfo' });
    if (!k.ok) return { ok: false, reason: msg('import.chooseSessionKinds') };
    if (!out.includes(k.value)) out.push(k.value);
  }
  return { ok: true, value: SESSION_KINDS.filter((k) => out.includes(k)) };
}

const L = RESOURCE_COLUMNS;

const SPECS: Record<ResourceList, Spec> = {
  locations: {
    schema: LocationFormSchema,
    columns: { name: L.locations.name, gemeenteId: L.locations.gemeente, kind: L.locations.kind, address: L.locations.address },
    key: (r) => foldValue(r.text(L.locations.name)),
    build: (r, e) => {
      const kind = need(r, e, L.locations.kind, (x) => parseChoice(x.text(L.locations.kind), LOCATION_KIND_NL));
      if (r.text(L.locations.gemeente) === '') e.add(L.locations.gemeente, msg('import.required'));
      if (!allDefined(kind) || e.list.length) return undefined;
      return { name: r.text(L.locations.name), gemeenteId: NEW_GEMEENTE, kind, address: r.text(L.locations.address) || null };
    },
  },
  travelTimes: {
    schema: TravelTimeSetSchema,
    columns: { from: L.travelTimes.from, to: L.travelTimes.to, minutes: L.travelTimes.minutes },
    key: (r) => [foldValue(r.text(L.travelTimes.from)), foldValue(r.text(L.travelTimes.to))].sort().join('\u0000'),
    build: (r, e, refs) => {
      const from = refs.get(r, e, L.travelTimes.from, 'locations', true);
      const to = refs.get(r, e, L.travelTimes.to, 'locations', true);
      const minutes = need(r, e, L.travelTimes.minutes, whole(L.travelTimes.minutes));
      return allDefined(from, to, minutes) ? { from, to, minutes } : undefined;
    },
  },
  rooms: {
    schema: RoomFormSchema,
    columns: {
      locationId: L.rooms.location,
      name: L.rooms.name,
      capacity: L.rooms.capacity,
      laptopsTouch: L.rooms.laptopsTouch,
      laptopsMouse: L.rooms.laptopsMouse,
      kinds: L.rooms.kinds,
      opening: L.rooms.opening,
      exceptions: L.rooms.exceptions,
      active: L.rooms.active,
    },
    key: (r) => `${foldValue(r.text(L.rooms.location))}\u0000${foldValue(r.text(L.rooms.name))}`,
    build: (r, e, refs) => {
      const c = L.rooms;
      const v = {
        locationId: refs.get(r, e, c.location, 'locations', true),
        name: r.text(c.name),
        capacity: need(r, e, c.capacity, whole(c.capacity)),
        laptopsTouch: may(r, e, c.laptopsTouch, 0, whole(c.laptopsTouch)),
        laptopsMouse: may(r, e, c.laptopsMouse, 0, whole(c.laptopsMouse)),
        kinds: need(r, e, c.kinds, (x) => parseSessionKinds(x.text(c.kinds))),
        opening: e.take(c.opening, parsePatterns(r.text(c.opening))),
        exceptions: e.take(c.exceptions, parseExceptions(r.text(c.exceptions))),
        active: e.take(c.active, parseYesNo(r.cell(c.active), true)),
      };
      return allDefined(...Object.values(v)) ? v : undefined;
    },
  },
  consultants: {
    schema: ConsultantFormSchema,
    columns: {
      name: L.consultants.name,
      languages: L.consultants.languages,
      toetsCertified: L.consultants.toetsCertified,
      gemeenteId: L.consultants.gemeente,
      hoursPerWeek: L.consultants.hoursPerWeek,
      availability: L.consultants.availability,
      exceptions: L.consultants.exceptions,
      active: L.consultants.active,
    },
    key: (r) => foldValue(r.text(L.consultants.name)),
    build: (r, e, refs) => {
      const c = L.consultants;
      const v = {
        name: r.text(c.name),
        languages: need(r, e, c.languages, languages(c.languages)),
        toetsCertified: e.take(c.toetsCertified, yes(c.toetsCertified, false)(r)),
        gemeenteId: refs.get(r, e, c.gemeente, 'gemeenten', false),
        hoursPerWeek: may(r, e, c.hoursPerWeek, null as number | null, (x) => parseNumber(x.cell(c.hoursPerWeek))),
        availability: e.take(c.availability, parsePatterns(r.text(c.availability))),
        exceptions: e.take(c.exceptions, parseExceptions(r.text(c.exceptions))),
        active: e.take(c.active, yes(c.active, true)(r)),
      };
      return allDefined(...Object.values(v)) ? v : undefined;
    },
  },
  interpreters: {
    schema: InterpreterFormSchema,
    columns: {
      name: L.interpreters.name,
      languages: L.interpreters.languages,
      costPerHour: L.interpreters.costPerHour,
      agency: L.interpreters.agency,
      mode: L.interpreters.mode,
      availability: L.interpreters.availability,
      exceptions: L.interpreters.exceptions,
      active: L.interpreters.active,
    },
    key: (r) => foldValue(r.text(L.interpreters.name)),
    build: (r, e) => {
      const c = L.interpreters;
      const v = {
        name: r.text(c.name),
        languages: need(r, e, c.languages, languages(c.languages)),
        costPerHour: need(r, e, c.costPerHour, (x) => parseNumber(x.cell(c.costPerHour))),
        agency: r.text(c.agency) || null,
        mode: may(r, e, c.mode, 'inPerson' as const, (x) => parseChoice(x.text(c.mode), INTERPRETER_MODE_NL, { beide: 'both', 'ter plaatse': 'inPerson', telefoon: 'phone' })),
        availability: e.take(c.availability, parsePatterns(r.text(c.availability))),
        exceptions: e.take(c.exceptions, parseExceptions(r.text(c.exceptions))),
        active: e.take(c.active, yes(c.active, true)(r)),
      };
      return allDefined(...Object.values(v)) ? v : undefined;
    },
  },
  schools: {
    schema: SchoolFormSchema,
    columns: { name: L.schools.name, locationId: L.schools.location },
    key: (r) => foldValue(r.text(L.schools.name)),
    build: (r, e, refs) => {
      const locationId = refs.get(r, e, L.schools.location, 'locations', false);
      return locationId === undefined ? undefined : { name: r.text(L.schools.name), locationId };
    },
  },
  classes: {
    schema: ClassFormSchema,
    columns: {
      schoolId: L.classes.school,
      locationId: L.classes.location,
      name: L.classes.name,
      route: L.classes.route,
      capacity: L.classes.capacity,
      placesTaken: L.classes.placesTaken,
      trialSeats: L.classes.trialSeats,
      lessons: L.classes.lessons,
      firstDate: L.classes.firstDate,
      lastDate: L.classes.lastDate,
      active: L.classes.active,
    },
    key: (r) => `${foldValue(r.text(L.classes.school))}\u0000${foldValue(r.text(L.classes.name))}`,
    build: (r, e, refs) => {
      const c = L.classes;
      const lessons = need(r, e, c.lessons, (x) => parsePatterns(x.text(c.lessons)));
      if (lessons?.some((l) => l.validFrom || l.validUntil)) e.add(c.lessons, msg('import.lessonsWholeTerm'));
      const v = {
        schoolId: refs.get(r, e, c.school, 'schools', true),
        locationId: refs.get(r, e, c.location, 'locations', true),
        name: r.text(c.name),
        route: need(r, e, c.route, (x) => {
          const p = parseRoute(x.text(c.route));
          return p.ok && p.value === null ? { ok: false as const, reason: msg('import.required') } : p;
        }),
        capacity: need(r, e, c.capacity, whole(c.capacity)),
        placesTaken: may(r, e, c.placesTaken, 0, whole(c.placesTaken)),
        trialSeats: need(r, e, c.trialSeats, whole(c.trialSeats)),
        lessons: lessons?.map((l) => ({ weekday: l.weekday, start: l.start, end: l.end })),
        firstDate: may(r, e, c.firstDate, null as string | null, date(c.firstDate)),
        lastDate: may(r, e, c.lastDate, null as string | null, date(c.lastDate)),
        active: e.take(c.active, yes(c.active, true)(r)),
      };
      return allDefined(...Object.values(v)) && e.list.length === 0 ? v : undefined;
    },
  },
  startklas: {
    schema: StartklasIntakeFormSchema,
    columns: {
      locationId: L.startklas.location,
      weekday: L.startklas.weekday,
      start: L.startklas.start,
      end: L.startklas.end,
      seats: L.startklas.seats,
      validFrom: L.startklas.validFrom,
      validUntil: L.startklas.validUntil,
      active: L.startklas.active,
    },
    key: (r) => {
      const c = L.startklas;
      const day = parseWeekday(r.cell(c.weekday));
      const start = parseTime(r.cell(c.start));
      return [foldValue(r.text(c.location)), day.ok ? day.value : r.text(c.weekday), start.ok ? start.value : r.text(c.start)].join('\u0000');
    },
    build: (r, e, refs) => {
      const c = L.startklas;
      const v = {
        locationId: refs.get(r, e, c.location, 'locations', true),
        weekday: need(r, e, c.weekday, (x) => parseWeekday(x.cell(c.weekday))),
        start: need(r, e, c.start, (x) => parseTime(x.cell(c.start))),
        end: need(r, e, c.end, (x) => parseTime(x.cell(c.end))),
        seats: need(r, e, c.seats, whole(c.seats)),
        validFrom: may(r, e, c.validFrom, null as string | null, date(c.validFrom)),
        validUntil: may(r, e, c.validUntil, null as string | null, date(c.validUntil)),
        active: e.take(c.active, yes(c.active, true)(r)),
      };
      return allDefined(...Object.values(v)) ? v : undefined;
    },
  },
  childcare: {
    schema: ChildcareProviderFormSchema,
    columns: {
      name: L.childcare.name,
      locationId: L.childcare.location,
      kind: L.childcare.kind,
      ageMonthsMin: L.childcare.ageMonthsMin,
      ageMonthsMax: L.childcare.ageMonthsMax,
      dayparts: L.childcare.dayparts,
      active: L.childcare.active,
    },
    key: (r) => foldValue(r.text(L.childcare.name)),
    build: (r, e, refs) => {
      const c = L.childcare;
      const v = {
        name: r.text(c.name),
        locationId: refs.get(r, e, c.location, 'locations', true),
        kind: need(r, e, c.kind, (x) => parseChoice(x.text(c.kind), CHILDCARE_KIND_NL)),
        ageMonthsMin: need(r, e, c.ageMonthsMin, whole(c.ageMonthsMin)),
        ageMonthsMax: need(r, e, c.ageMonthsMax, whole(c.ageMonthsMax)),
        dayparts: e.take(c.dayparts, parseDayparts(r.text(c.dayparts))),
        active: e.take(c.active, yes(c.active, true)(r)),
      };
      return allDefined(...Object.values(v)) ? v : undefined;
    },
  },
};

/** A duplicate key: "dezelfde locatie staat ook op rij 4". */
const sameRow = (list: ResourceList, row: number): Msg => msg(`import.same.${list}`, { row });

/** The first column of a list: where a duplicate is reported. */
const KEY_COLUMN: Record<ResourceList, string> = {
  locations: L.locations.name,
  travelTimes: L.travelTimes.from,
  rooms: L.rooms.name,
  consultants: L.consultants.name,
  interpreters: L.interpreters.name,
  schools: L.schools.name,
  classes: L.classes.name,
  startklas: L.startklas.weekday,
  childcare: L.childcare.name,
};

/** One resource sheet as form inputs; every problem as a row error. */
export function parseResourceSheet<K extends ResourceList>(list: K, m: MappedSheet, lookups: ResourceLookups): { rows: ResourceRow<K>[]; errors: RowError[] } {
  const spec = SPECS[list];
  const refs = new Refs(lookups);
  const rows: ResourceRow<K>[] = [];
  const errors: RowError[] = [...m.errors];
  if (blocksSheet(m.errors)) return { rows, errors };
  const seen = new Map<string, number>();
  for (const r of m.rows) {
    const e = new RowErrors(m.sheet, r);
    const key = spec.key(r);
    const value = spec.build(r, e, refs);
    if (e.list.length === 0 && seen.has(key)) e.add(KEY_COLUMN[list], sameRow(list, seen.get(key)!));
    if (!seen.has(key)) seen.set(key, r.row);
    if (e.list.length === 0 && value) {
      const form = spec.schema.safeParse(value);
      if (form.success) {
        const out: ResourceRow<K> = { row: r.row, key, form: form.data as ResourceForms[K] };
        if (list === 'locations') {
          const g = r.text(L.locations.gemeente);
          if (!refs.has('gemeenten', g)) out.newGemeente = g;
          else {
            const id = refs.get(r, e, L.locations.gemeente, 'gemeenten', true);
            if (id) (out.form as ResourceForms['locations']).gemeenteId = id;
          }
        }
        if (e.list.length === 0) rows.push(out);
      } else {
        for (const issue of form.error.issues) e.add(spec.columns[String(issue.path[0])] ?? KEY_COLUMN[list], reasonOf(issue.message));
      }
    }
    errors.push(...e.list);
  }
  return { rows, errors };
}
