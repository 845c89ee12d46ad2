// The standard start of the chain for a new participant (DOMAIN.md): groepsvoorlichting,
// leerbaarheidstoets, a proefles at each school of the region and the startklas intake, with the
// earliest day each can be booked and the day it is due, from the two terms: the PIP term (10
// weeks from the koppeling, or for a gezinsmigrant from registration in the gemeente) and the
// 4-week activity norm from housing. The same offsets as the demo region's steps.
import { PIP_TERM_DAYS, ACTIVITY_NORM_DAYS } from './deadlines';
import type { DemandKind } from './kinds';
import { addDays, type IsoDate } from './week';

export interface StandardStepInput {
  migrantKind: 'statushouder' | 'gezinsmigrant';
  koppelingDate: IsoDate | null;
  /** A gezinsmigrant's registration in the gemeente: the start of their PIP term. */
  registrationDate: IsoDate | null;
  housingDate: IsoDate | null;
  /** Nothing is booked before today. */
  today: IsoDate;
  /** The region's language schools (one proefles each), in the order to show. */
  schoolIds: readonly string[];
}

export interface StandardStep {
  kind: DemandKind;
  schoolId: string | null;
  earliestDate: IsoDate;
  dueDate: IsoDate;
}

/** Days after housing a step may start, and days after the start of the PIP term it is due. */
export const STEP_OFFSETS: Record<DemandKind, { earliestAfterHousing: number; dueAfterStart: number }> = {
  groupInfo: { earliestAfterHousing: 0, dueAfterStart: 35 },
  toets: { earliestAfterHousing: 7, dueAfterStart: 49 },
  trialLesson: { earliestAfterHousing: 21, dueAfterStart: 63 },
  startklasIntake: { earliestAfterHousing: 7, dueAfterStart: ACTIVITY_NORM_DAYS },
};

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/**
 * The steps in chain order. The due date never passes the PIP deadline; the startklas (the
 * first activity) is due at the activity norm (housing + 4 weeks) when housing is known. A due
 * date already past stays as it is: the term was missed and the lists show it so. A gezinsmigrant
 * gets no groepsvoorlichting (they are informed one to one) and no startklas.
 */
export function standardSteps(p: StandardStepInput): StandardStep[] {
  const termStart = (p.migrantKind === 'gezinsmigrant' ? p.registrationDate : p.koppelingDate) ?? p.housingDate ?? p.today;
  const housing = p.housingDate ?? termStart;
  const pipDeadline = addDays(termStart, PIP_TERM_DAYS);
  const step = (kind: DemandKind, schoolId: string | null): StandardStep => {
    const o = STEP_OFFSETS[kind];
    const earliestDate = later(addDays(housing, o.earliestAfterHousing), p.today);
    const due = kind === 'startklasIntake' ? addDays(housing, ACTIVITY_NORM_DAYS) : earlier(addDays(termStart, o.dueAfterStart), pipDeadline);
    return { kind, schoolId, earliestDate, dueDate: due };
  };
  const out: StandardStep[] = [];
  if (p.migrantKind === 'statushouder') out.push(step('groupInfo', null));
  out.push(step('toets', null));
  for (const s of p.schoolIds) out.push(step('trialLesson', s));
  if (p.migrantKind === 'statushouder') out.push(step('startklasIntake', null));
  return out;
}
