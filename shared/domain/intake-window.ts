// Until when the startklas intake moments are offered to a person: up to the term that matters
// for them (the 4-week norm while no activity aimed at taking part has started or been planned,
// else the PIP term), never fewer than 4 weeks ahead (a close or passed term still gets choices)
// and never more than 12 (a sensible cap on what a consultant reads and what is checked).
import type { TermStatus } from './deadlines';
import { addDays, type IsoDate } from './week';

export const INTAKE_MIN_WEEKS = 4;
export const INTAKE_MAX_WEEKS = 12;

export interface IntakeWindow {
  /** The last day a moment is offered on. */
  until: IsoDate;
  /** What set that day: a term, or the least or most weeks ahead. */
  by: 'activity' | 'pip' | 'min' | 'max';
}

const open = (t: TermStatus) => t.deadline !== null && t.state !== 'met' && t.state !== 'planned';

export function intakeWindow(terms: { pip: TermStatus; activity: TermStatus }, today: IsoDate): IntakeWindow {
  const least = addDays(today, 7 * INTAKE_MIN_WEEKS);
  const most = addDays(today, 7 * INTAKE_MAX_WEEKS);
  const term = open(terms.activity) ? ('activity' as const) : open(terms.pip) ? ('pip' as const) : null;
  const deadline = term ? terms[term].deadline! : null;
  if (!term || !deadline || deadline < least) return { until: least, by: 'min' };
  if (deadline > most) return { until: most, by: 'max' };
  return { until: deadline, by: term };
}
