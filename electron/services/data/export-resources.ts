// The resource lists as the import templates write them (issue 11): a row per location, travel
// time, room, consultant, interpreter, school, class, startklas moment and childcare provider,
// in exactly the template's columns, references by name, so an export comes back in unchanged.
import type { Db } from '../../../db/connection';
import { listConsultantItems, listInterpreterItems } from '../../../db/repositories/manage-staff';
import { listLocationItems, listRoomItems } from '../../../db/repositories/manage-places';
import { listClassItems, listIntakeItems, listSchoolItems } from '../../../db/repositories/manage-schools';
import { listProviderItems } from '../../../db/repositories/manage-care';
import { listTravelTimes } from '../../../db/repositories/region';
import { KIND_NL } from '../../../shared/domain/kinds';
import { languageName } from '../../../shared/domain/languages';
import { CHILDCARE_KIND_NL, INTERPRETER_MODE_NL, LOCATION_KIND_NL } from '../../../shared/domain/region-kinds';
import { formatDateNl } from '../../../shared/import/dates';
import { formatDayparts, formatExceptions, formatNumberNl, formatPatterns, weekdayNl, yesNo } from '../../../shared/import/resource-values';
import { RESOURCE_COLUMNS as C, TEMPLATES, type ResourceList } from '../../../shared/import/templates';
import { formatWeeklyTimes } from '../../../shared/import/values';

/** Usage counts are not exported; the lists only need some Monday for them. */
const ANY_MONDAY = '2026-01-05';

const d = (x: string | null) => (x ? formatDateNl(x) : '');
const langs = (codes: readonly string[]) => codes.map((l) => languageName(l)).join(', ');

/** The list's rows, each in the template's column order. */
export function resourceRows(db: Db, list: ResourceList): string[][] {
  const records = recordsOf(db, list);
  return records.map((r) => TEMPLATES[list].columns.map((c) => r[c.heading] ?? ''));
}

function recordsOf(db: Db, list: ResourceList): Record<string, string>[] {
  switch (list) {
    case 'locations':
      return listLocationItems(db).map((l) => ({
        [C.locations.name]: l.name,
        [C.locations.gemeente]: l.gemeente,
        [C.locations.kind]: LOCATION_KIND_NL[l.kind],
        [C.locations.address]: l.address ?? '',
      }));
    case 'travelTimes': {
      const names = new Map(listLocationItems(db).map((l) => [l.id, l.name]));
      return listTravelTimes(db)
        .map((t) => ({ [C.travelTimes.from]: names.get(t.from) ?? '', [C.travelTimes.to]: names.get(t.to) ?? '', [C.travelTimes.minutes]: String(t.minutes) }))
        .sort((a, b) => a[C.travelTimes.from].localeCompare(b[C.travelTimes.from], 'nl') || a[C.travelTimes.to].localeCompare(b[C.travelTimes.to], 'nl'));
    }
    case 'rooms':
      return listRoomItems(db, ANY_MONDAY).map((r) => ({
        [C.rooms.location]: r.locationName,
        [C.rooms.name]: r.name,
        [C.rooms.capacity]: String(r.capacity),
        [C.rooms.laptopsTouch]: String(r.laptopsTouch),
        [C.rooms.laptopsMouse]: String(r.laptopsMouse),
        [C.rooms.kinds]: r.kinds.map((k) => KIND_NL[k]).join(', '),
        [C.rooms.opening]: formatPatterns(r.opening),
        [C.rooms.exceptions]: formatExceptions(r.exceptions),
        [C.rooms.active]: yesNo(r.active),
      }));
    case 'consultants':
      return listConsultantItems(db, ANY_MONDAY).map((c) => ({
        [C.consultants.name]: c.name,
        [C.consultants.languages]: langs(c.languages),
        [C.consultants.toetsCertified]: yesNo(c.toetsCertified),
        [C.consultants.gemeente]: c.gemeente ?? '',
        [C.consultants.hoursPerWeek]: c.hoursPerWeek === null ? '' : formatNumberNl(c.hoursPerWeek),
        [C.consultants.availability]: formatPatterns(c.availability),
        [C.consultants.exceptions]: formatExceptions(c.exceptions),
        [C.consultants.active]: yesNo(c.active),
      }));
    case 'interpreters':
      return listInterpreterItems(db, ANY_MONDAY).map((t) => ({
        [C.interpreters.name]: t.name,
        [C.interpreters.languages]: langs(t.languages),
        [C.interpreters.costPerHour]: formatNumberNl(t.costPerHour),
        [C.interpreters.agency]: t.agency ?? '',
        [C.interpreters.mode]: INTERPRETER_MODE_NL[t.mode],
        [C.interpreters.availability]: formatPatterns(t.availability),
        [C.interpreters.exceptions]: formatExceptions(t.exceptions),
        [C.interpreters.active]: yesNo(t.active),
      }));
    case 'schools':
      return listSchoolItems(db, ANY_MONDAY).map((s) => ({ [C.schools.name]: s.name, [C.schools.location]: s.locationName ?? '' }));
    case 'classes':
      return listClassItems(db, ANY_MONDAY).map((k) => ({
        [C.classes.school]: k.schoolName,
        [C.classes.name]: k.name,
        [C.classes.location]: k.locationName,
        [C.classes.route]: k.route,
        [C.classes.capacity]: String(k.capacity),
        [C.classes.placesTaken]: String(k.placesTaken),
        [C.classes.trialSeats]: String(k.trialSeats),
        [C.classes.lessons]: formatWeeklyTimes(k.lessons),
        [C.classes.firstDate]: d(k.firstDate),
        [C.classes.lastDate]: d(k.lastDate),
        [C.classes.active]: yesNo(k.active),
      }));
    case 'startklas':
      return listIntakeItems(db, ANY_MONDAY).map((i) => ({
        [C.startklas.location]: i.locationName,
        [C.startklas.weekday]: weekdayNl(i.weekday),
        [C.startklas.start]: i.start,
        [C.startklas.end]: i.end,
        [C.startklas.seats]: String(i.seats),
        [C.startklas.validFrom]: d(i.validFrom),
        [C.startklas.validUntil]: d(i.validUntil),
        [C.startklas.active]: yesNo(i.active),
      }));
    case 'childcare':
      return listProviderItems(db, ANY_MONDAY).map((p) => ({
        [C.childcare.name]: p.name,
        [C.childcare.location]: p.locationName,
        [C.childcare.kind]: CHILDCARE_KIND_NL[p.kind],
        [C.childcare.ageMonthsMin]: String(p.ageMonthsMin),
        [C.childcare.ageMonthsMax]: String(p.ageMonthsMax),
        [C.childcare.dayparts]: formatDayparts(p.dayparts),
        [C.childcare.active]: yesNo(p.active),
      }));
  }
}
