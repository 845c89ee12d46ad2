// The two terms the chain watches (DOMAIN.md): the PIP must be set within 10 weeks of the
// koppeling, and a status holder should start an activity within 4 weeks of housing.
import { addDays, daysBetween, type IsoDate } from './week';

export const PIP_TERM_DAYS = 70;
export const ACTIVITY_NORM_DAYS = 28;
/** Days before a term at which the app starts to warn. */
export const WARN_DAYS = { pip: 14, activity: 7 } as const;

export type TermState = 'ok' | 'warning' | 'missed' | 'met' | 'unknown';

export interface TermStatus {
  deadline: IsoDate | null;
  /** Days from today to the deadline; negative once passed. Null when not applicable. */
  daysLeft: number | null;
  state: TermState;
}

function status(deadline: IsoDate | null, today: IsoDate, metOn: IsoDate | null, warnDays: number): TermStatus {
  if (!deadline) return { deadline: null, daysLeft: null, state: 'unknown' };
  const daysLeft = daysBetween(today, deadline);
  if (metOn && metOn <= deadline) return { deadline, daysLeft, state: 'met' };
  if (daysLeft < 0) return { deadline, daysLeft, state: 'missed' };
  if (daysLeft <= warnDays) return { deadline, daysLeft, state: 'warning' };
  return { deadline, daysLeft, state: 'ok' };
}

export function pipTerm(koppelingDate: IsoDate | null, today: IsoDate, pipSetOn: IsoDate | null = null): TermStatus {
  return status(koppelingDate ? addDays(koppelingDate, PIP_TERM_DAYS) : null, today, pipSetOn, WARN_DAYS.pip);
}

export function activityTerm(housingDate: IsoDate | null, today: IsoDate, firstActivityOn: IsoDate | null = null): TermStatus {
  return status(housingDate ? addDays(housingDate, ACTIVITY_NORM_DAYS) : null, today, firstActivityOn, WARN_DAYS.activity);
}

const RANK: Record<TermState, number> = { missed: 0, warning: 1, ok: 2, unknown: 3, met: 4 };

/** Most urgent first: missed, then fewest days left. */
export function compareUrgency(a: TermStatus, b: TermStatus): number {
  const r = RANK[a.state] - RANK[b.state];
  if (r !== 0) return r;
  return (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER);
}
