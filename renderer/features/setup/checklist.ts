// "Wat nu?": what a new region still needs, in the order a coordinator fills it in, each step done
// once something is entered (from the counts of region.overview).
import type { RegionOverview } from '../../../shared/api/contract';
import { isManageScreen, type ManageScreen } from '../manage/screens';

type Counts = RegionOverview['counts'];

export type ChecklistStep = 'locations' | 'rooms' | 'consultants' | 'interpreters' | 'schools' | 'startklas' | 'childcare' | 'participants';
export type CountKind = 'locations' | 'travelTimes' | 'rooms' | 'consultants' | 'interpreters' | 'schools' | 'classes' | 'startklas' | 'childcare' | 'participants';

export interface ChecklistItem {
  step: ChecklistStep;
  done: boolean;
  counts: { kind: CountKind; count: number }[];
}

export function checklistOf(c: Counts): ChecklistItem[] {
  const item = (step: ChecklistStep, done: boolean, counts: ChecklistItem['counts']): ChecklistItem => ({ step, done, counts });
  return [
    // Travel times matter only between two places, so a single location is a done step.
    item('locations', c.locations > 0, [
      { kind: 'locations', count: c.locations },
      { kind: 'travelTimes', count: c.travelTimes },
    ]),
    item('rooms', c.rooms > 0, [{ kind: 'rooms', count: c.rooms }]),
    item('consultants', c.consultants > 0, [{ kind: 'consultants', count: c.consultants }]),
    item('interpreters', c.interpreters > 0, [{ kind: 'interpreters', count: c.interpreters }]),
    // A class belongs to a school: with a class there is a school.
    item('schools', c.classes > 0, [
      { kind: 'schools', count: c.schools },
      { kind: 'classes', count: c.classes },
    ]),
    item('startklas', c.startklasIntakes > 0, [{ kind: 'startklas', count: c.startklasIntakes }]),
    item('childcare', c.childcareProviders > 0, [{ kind: 'childcare', count: c.childcareProviders }]),
    item('participants', c.participants > 0, [{ kind: 'participants', count: c.participants }]),
  ];
}

/** The Beheer screen where a step is filled in, once that screen exists. */
export function screenOfStep(step: ChecklistStep): ManageScreen | null {
  return isManageScreen(step) ? step : null;
}
