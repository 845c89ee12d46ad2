// The two terms the chain watches (DOMAIN.md): the PIP must be set within 10 weeks of the
// koppeling, and a status holder should start an activity within 4 weeks of housing.
import { addDays, daysBetween, mondayOf, type IsoDate } from './week';
import type { DemandKind } from './kinds';

/**
 * The steps that are themselves an activity aimed at taking part and so meet the 4-week norm: a
 * trial lesson and a seat in the startklas / voorinburgering. A trial lesson is a lesson in one of
 * the language school's own classes (a trial seat in a class, `classes.trial_seats`), so the person
 * takes part in a language lesson; the school's intake and route advice come with it but are not
 * what is booked. A toets, the brede intake and a group information session are steps in the
 * process, not such an activity (DOMAIN.md). Either kind meets the norm only once it has started
 * (activityTerm): a booking still ahead is planned, not met.
 */
export const ACTIVITY_KINDS: readonly DemandKind[] = ['trialLesson', 'startklasIntake'];

export const PIP_TERM_DAYS = 70;
export const ACTIVITY_NORM_DAYS = 28;
/** Days before a term at which the app starts to warn. */
export const WARN_DAYS = { pip: 14, activity: 7 } as const;

/**
 * `planned`: the 4-week norm is not met yet, but its first activity is booked on a day still
 * ahead and on or before the deadline (on track). A first activity booked after the deadline
 * leaves the norm `warning` (going to be late) or `missed`, with that day in `plannedOn`.
 */
export type TermState = 'ok' | 'warning' | 'missed' | 'planned' | 'met' | 'unknown';

export interface TermStatus {
  deadline: IsoDate | null;
  /** Days from today to the deadline; negative once passed. Null when not applicable. */
  daysLeft: number | null;
  state: TermState;
  /** The 4-week norm only: the day its first activity is booked, when that day is still ahead. */
  plannedOn?: IsoDate;
  /**
   * A term met after its deadline (a PIP set late, a first activity started late): the day it was
   * met and how many days after the deadline, a fixed number. The term is `met`: no warning, not
   * verstreken; the screens read it as "Gestart op 14 december, 9 dagen te laat".
   */
  metOn?: IsoDate;
  daysLate?: number;
}

/** A met term, with the day and the days late when it was met after its deadline. */
function met(deadline: IsoDate, daysLeft: number, metOn: IsoDate): TermStatus {
  const late = daysBetween(deadline, metOn);
  return late > 0 ? { deadline, daysLeft, state: 'met', metOn, daysLate: late } : { deadline, daysLeft, state: 'met' };
}

function status(deadline: IsoDate | null, today: IsoDate, metOn: IsoDate | null, warnDays: number): TermStatus {
  if (!deadline) return { deadline: null, daysLeft: null, state: 'unknown' };
  const daysLeft = daysBetween(today, deadline);
  if (metOn && metOn <= today) return met(deadline, daysLeft, metOn);
  if (daysLeft < 0) return { deadline, daysLeft, state: 'missed' };
  if (daysLeft <= warnDays) return { deadline, daysLeft, state: 'warning' };
  return { deadline, daysLeft, state: 'ok' };
}

/**
 * A PIP that is set meets the term, however late (DOMAIN.md "PIP term"), with the days late when
 * it was set after its term; an open one counts down.
 */
export function pipTerm(koppelingDate: IsoDate | null, today: IsoDate, pipSetOn: IsoDate | null = null): TermStatus {
  const deadline = koppelingDate ? addDays(koppelingDate, PIP_TERM_DAYS) : null;
  if (pipSetOn && deadline) return met(deadline, daysBetween(today, deadline), pipSetOn);
  return status(deadline, today, pipSetOn, WARN_DAYS.pip);
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
 * What the records say of a person's activities aimed at taking part (ACTIVITY_KINDS): the
 * earliest day one was recorded as done or attended, and the earliest day of one booked (an
 * accepted booking not recorded as missed). The repository reads them (`activityDates`); what they
 * mean for the norm is decided here.
 */
export interface ActivityDates {
  recordedOn: IsoDate | null;
  bookedOn: IsoDate | null;
}

/**
 * When the first activity started, and when it is planned if it has not. An activity has started
 * once it is recorded as done or attended, or once its booked day is today or past; a booking
 * still ahead is only planned.
 */
export function firstActivity(dates: ActivityDates | null | undefined, today: IsoDate): { startedOn: IsoDate | null; plannedOn: IsoDate | null } {
  const booked = dates?.bookedOn ?? null;
  const started = [dates?.recordedOn ?? null, booked !== null && booked <= today ? booked : null].filter((d): d is IsoDate => d !== null).sort()[0] ?? null;
  return { startedOn: started, plannedOn: started === null && booked !== null && booked > today ? booked : null };
}

/**
 * A person's two terms as they stand today: the one calculation every screen shows (the
 * participants list, the caseload, the client page, Termijnen and the week's deadline warnings).
 * `activity`: their activities aimed at taking part (see ActivityDates).
 */
export function participantTerms(p: TermFacts, today: IsoDate, activity: ActivityDates | null): { pip: TermStatus; activity: TermStatus } {
  const first = firstActivity(activity, today);
  return { pip: pipTerm(pipTermStart(p), today, p.pipDate), activity: activityTerm(p.housingDate, today, first.startedOn, first.plannedOn) };
}

/** The more pressing of a person's two terms. */
export function worstOf(terms: { pip: TermStatus; activity: TermStatus }): TermStatus {
  return compareUrgency(terms.pip, terms.activity) <= 0 ? terms.pip : terms.activity;
}

/**
 * The 4-week norm: met once an activity aimed at taking part has started; started after the
 * deadline it is met late (`daysLate`, fixed), no longer missed. `startedOn` a day still ahead is taken as planned (a booking has not started yet).
 * Planned on or before the deadline: `planned`; after it: going to be late (`warning`, or `missed`
 * once the deadline has passed), with `plannedOn`.
 */
export function activityTerm(housingDate: IsoDate | null, today: IsoDate, startedOn: IsoDate | null = null, plannedOn: IsoDate | null = null): TermStatus {
  const started = startedOn !== null && startedOn <= today ? startedOn : null;
  const ahead = started ? null : ([startedOn, plannedOn].filter((d): d is IsoDate => d !== null && d > today).sort()[0] ?? null);
  const t = status(housingDate ? addDays(housingDate, ACTIVITY_NORM_DAYS) : null, today, started, WARN_DAYS.activity);
  if (!ahead || !t.deadline || t.state === 'met') return t;
  if (ahead <= t.deadline) return { ...t, state: 'planned', plannedOn: ahead };
  return { ...t, state: t.state === 'missed' ? 'missed' : 'warning', plannedOn: ahead };
}

/** Most urgent first; a norm planned on time needs nothing more, so it sits just before met. */
const RANK: Record<TermState, number> = { missed: 0, warning: 1, ok: 2, unknown: 3, planned: 4, met: 5 };

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

/**
 * Whether a term is a deadline warning in the week starting `weekStart`: missed or near (what
 * Termijnen counts as verstreken or bijna verstreken) and concerning that week. So today's week
 * warns of exactly the terms Termijnen counts; a later week of the near ones it can still meet.
 */
export function termWarnsInWeek(t: TermStatus, weekStart: IsoDate, today: IsoDate): boolean {
  return (t.state === 'missed' || t.state === 'warning') && termConcernsWeek(t, weekStart, today);
}
