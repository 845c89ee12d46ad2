// The resource lists of an import (issue 11): each row saved through the Beheer repositories,
// as its form would save it (same checks, same audit rows), inside the import's transaction.
// A row is found again by its key (name, or location and name, ...); a save that changes
// nothing writes nothing, so the same file twice counts every row unchanged. The caller rolls
// the whole transaction back for a preview or when any row is rejected.
import type { Db } from '../../../db/connection';
import type { AuditContext } from '../../../db/repositories/audit';
import { listConsultantItems, listInterpreterItems, saveConsultant, saveInterpreter } from '../../../db/repositories/manage-staff';
import { listGemeenteItems, listLocationItems, listRoomItems, saveGemeente, saveLocation, saveRoom, setTravelMinutes } from '../../../db/repositories/manage-places';
import { listClassItems, listIntakeItems, listSchoolItems, saveClass, saveIntake, saveSchool } from '../../../db/repositories/manage-schools';
import { listProviderItems, saveProvider } from '../../../db/repositories/manage-care';
import { listTravelTimes } from '../../../db/repositories/region';
import { DataRuleError } from '../../../db/repositories/rule-error';
import type { SaveResult } from '../../../db/repositories/manage-common';
import { foldValue } from '../../../shared/import/cells';
import type { RowError } from '../../../shared/import/errors';
import { parseResourceSheet, type ResourceForms, type ResourceRow } from '../../../shared/import/resources';
import type { MappedSheet } from '../../../shared/import/sheet';
import type { ResourceList } from '../../../shared/import/templates';

export interface ResourceCounts {
  new: number;
  changed: number;
  unchanged: number;
  rejected: number;
}

const key2 = (a: string, b: string | number) => `${foldValue(a)}\u0000${typeof b === 'number' ? b : foldValue(b)}`;

/** The region's rows of a list by their import key → id. */
function existingKeys(db: Db, list: ResourceList, fromMonday: string): Map<string, string> {
  const m = new Map<string, string>();
  const put = (k: string, id: string) => {
    if (!m.has(k)) m.set(k, id);
  };
  switch (list) {
    case 'locations':
      for (const x of listLocationItems(db)) put(foldValue(x.name), x.id);
      break;
    case 'rooms':
      for (const x of listRoomItems(db, fromMonday)) put(key2(x.locationName, x.name), x.id);
      break;
    case 'consultants':
      for (const x of listConsultantItems(db, fromMonday)) put(foldValue(x.name), x.id);
      break;
    case 'interpreters':
      for (const x of listInterpreterItems(db, fromMonday)) put(foldValue(x.name), x.id);
      break;
    case 'schools':
      for (const x of listSchoolItems(db, fromMonday)) put(foldValue(x.name), x.id);
      break;
    case 'classes':
      for (const x of listClassItems(db, fromMonday)) put(key2(x.schoolName, x.name), x.id);
      break;
    case 'startklas':
      for (const x of listIntakeItems(db, fromMonday)) put([foldValue(x.locationName), x.weekday, x.start].join('\u0000'), x.id);
      break;
    case 'childcare':
      for (const x of listProviderItems(db, fromMonday)) put(foldValue(x.name), x.id);
      break;
    case 'travelTimes':
      break;
  }
  return m;
}

type Outcome = 'new' | 'changed' | 'unchanged';
const outcomeOf = (r: SaveResult): Outcome => (r.created ? 'new' : r.fields.length > 0 ? 'changed' : 'unchanged');

/** Parses one resource sheet against the region as it stands now and saves every good row. */
export function importResourceSheet(db: Db, audit: AuditContext, fromMonday: string, list: ResourceList, mapped: MappedSheet): { counts: ResourceCounts; errors: RowError[] } {
  const lookups = {
    gemeenten: listGemeenteItems(db).map((g) => ({ id: g.id, name: g.name })),
    locations: listLocationItems(db).map((l) => ({ id: l.id, name: l.name })),
    schools: listSchoolItems(db, fromMonday).map((s) => ({ id: s.id, name: s.name })),
  };
  const parsed = parseResourceSheet(list, mapped, lookups);
  const errors = parsed.errors;
  const counts: ResourceCounts = { new: 0, changed: 0, unchanged: 0, rejected: 0 };
  const keys = existingKeys(db, list, fromMonday);
  const gemeenten = new Map(lookups.gemeenten.map((g) => [foldValue(g.name), g.id]));
  const travel = new Map(listTravelTimes(db).map((t) => [`${t.from}|${t.to}`, t.minutes]));
  for (const row of parsed.rows) {
    try {
      counts[saveRow(row)]++;
    } catch (err) {
      if (!(err instanceof DataRuleError)) throw err;
      errors.push({ sheet: mapped.sheet, row: row.row, column: columnOf(err.field), value: '', msg: err.msg });
    }
  }
  counts.rejected = new Set(errors.filter((e) => e.row > 0).map((e) => e.row)).size;
  return { counts, errors };

  function columnOf(field: string | undefined): string {
    if (!field) return '';
    if (list === 'consultants' && field === 'active') return 'In dienst';
    return FIELD_HEADINGS[field] ?? '';
  }

  function saveRow(row: ResourceRow<ResourceList>): Outcome {
    const id = keys.get(row.key);
    switch (list) {
      case 'locations': {
        const f = { ...(row.form as ResourceForms['locations']) };
        if (row.newGemeente) {
          let g = gemeenten.get(foldValue(row.newGemeente));
          if (!g) {
            g = saveGemeente(db, audit, { name: row.newGemeente }).id;
            gemeenten.set(foldValue(row.newGemeente), g);
          }
          f.gemeenteId = g;
        }
        return outcomeOf(saveLocation(db, audit, { ...f, id }));
      }
      case 'travelTimes': {
        const f = row.form as ResourceForms['travelTimes'];
        const [a, b] = f.from < f.to ? [f.from, f.to] : [f.to, f.from];
        const before = travel.get(`${a}|${b}`);
        setTravelMinutes(db, audit, f.from, f.to, f.minutes);
        travel.set(`${a}|${b}`, f.minutes);
        return before === undefined ? 'new' : before === f.minutes ? 'unchanged' : 'changed';
      }
      case 'rooms':
        return outcomeOf(saveRoom(db, audit, { ...(row.form as ResourceForms['rooms']), id }, fromMonday));
      case 'consultants':
        return outcomeOf(saveConsultant(db, audit, { ...(row.form as ResourceForms['consultants']), id }, fromMonday));
      case 'interpreters':
        return outcomeOf(saveInterpreter(db, audit, { ...(row.form as ResourceForms['interpreters']), id }, fromMonday));
      case 'schools':
        return outcomeOf(saveSchool(db, audit, { ...(row.form as ResourceForms['schools']), id }, fromMonday));
      case 'classes':
        return outcomeOf(saveClass(db, audit, { ...(row.form as ResourceForms['classes']), id }, fromMonday));
      case 'startklas':
        return outcomeOf(saveIntake(db, audit, { ...(row.form as ResourceForms['startklas']), id }, fromMonday));
      case 'childcare':
        return outcomeOf(saveProvider(db, audit, { ...(row.form as ResourceForms['childcare']), id }, fromMonday));
    }
  }
}

/** The column of a repository's refusal (its form field). */
const FIELD_HEADINGS: Record<string, string> = {
  name: 'Naam',
  gemeenteId: 'Gemeente',
  locationId: 'Locatie',
  schoolId: 'Taalschool',
  active: 'In gebruik',
  placesTaken: 'Bezette plaatsen',
  ageMonthsMax: 'Leeftijd tot en met (maanden)',
  dayparts: 'Dagdelen',
  from: 'Van',
  to: 'Naar',
};
