// The two terms the chain watches (DOMAIN.md): the PIP must be set within 10 weeks of the
// koppeling, and a status holder should start an activity within 4 weeks of housing.
import { addDays, daysBetween, mondayOf, type IsoDate } from './week';
import type { DemandKind } from './kinds';

/**
 * The steps that are themselves an activity aimed at taking part and so meet the 4-week norm: a
 * trial lesson (a language lesson) and a seat in the startklas / voorinburgering. A toets and a
 * group information session are steps in the process, not such an activity (DOMAIN.md).
 */
export const ACTIVITY_KINDS: readonly DemandKind[] = ['trialLesson', 'startklasIntake'];

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

/** A PIP that is set meets the term, however late (DOMAIN.md "PIP term"); an open one counts down. */
export function pipTerm(koppelingDate: IsoDate | null, today: IsoDate, pipSetOn: IsoDate | null = null): TermStatus {
  const t = status(koppelingDate ? addDays(koppelingDate, PIP_TERM_DAYS) : null, today, pipSetOn, WARN_DAYS.pip);
  return pipSetOn && t.deadline ? { ...t, state: 'met' } : t;
}

/** What a person's terms depend on (a participant row, or its part the caller has). */
export interface TermFacts {
  migrantKind: string;
  koppelingDate: IsoDate | null;
  /** A gezinsmigrant's registration in the gemeente: their PIP term runs from it. */
  registrationDate: IsoDate | null;
  housingDate: IsoDate | null;
  pipDate: IsoDate | null;
}

/** The day the PIP term starts: the koppeling for a statushouder, the registration in the gemeente for a gezinsmigrant. */
export function pipTermStart(p: TermFacts): IsoDate | null {
  return p.migrantKind === 'gezinsmigrant' ? (p.registrationDate ?? p.koppelingDate) : (p.koppelingDate ?? p.registrationDate);
}

/**
 * A person's two terms as they stand today: the one calculation every screen shows (the
 * participants list, the caseload, the client page, Termijnen and the week's warnings).
 * `firstActivityOn`: the first day of an activity aimed at taking part (see firstActivityDates).
 */
export function participantTerms(p: TermFacts, today: IsoDate, firstActivityOn: IsoDate | null): { pip: TermStatus; activity: TermStatus } {
  return { pip: pipTerm(pipTermStart(p), today, p.pipDate), activity: activityTerm(p.housingDate, today, firstActivityOn) };
}

/** The more pressing of a person's two terms. */
export function worstOf(terms: { pip: TermStatus; activity: TermStatus }): TermStatus {
  return compareUrgency(terms.pip, terms.activity) <= 0 ? terms.pip : terms.activity;
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

/**
 * Whether a term's warning belongs to the planning of the week starting `weekStart`: the weeks
 * from today's week up to the week of its deadline, in which booking still meets it. A term
 * already missed concerns today's week only, the soonest its step can still be planned; a past
 * week, or a week after the deadline, is not where anything can be done about it.
 */
export function termConcernsWeek(t: TermStatus, weekStart: IsoDate, today: IsoDate): boolean {
  if (!t.deadline) return false;
  const thisWeek = mondayOf(today);
  const lastWeek = mondayOf(t.deadline) > thisWeek ? mondayOf(t.deadline) : thisWeek;
  return weekStart >= thisWeek && weekStart <= lastWeek;
}
