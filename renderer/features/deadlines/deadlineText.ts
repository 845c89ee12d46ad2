// Ordering and wording of unplanned demand and of the PIP / activity terms; pure logic.
import type { CallOutput } from '../../../shared/api/contract';
import { DEMAND_KINDS, type DemandKind } from '../../../shared/domain/kinds';
import { compareUrgency, worstOf } from '../../../shared/domain/deadlines';
import type { Translate } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/translate';

export type UnplannedItem = CallOutput<'week.unplanned'>['items'][number];
export type DeadlineItem = CallOutput<'deadlines.list'>['items'][number];
export type TermStatus = DeadlineItem['pip'];

export interface UnplannedGroup {
  kind: DemandKind;
  items: UnplannedItem[];
}

/** Per kind of demand in the order of the chain; within a kind the highest priority first, then by name. */
export function groupUnplanned(items: readonly UnplannedItem[]): UnplannedGroup[] {
  return DEMAND_KINDS.map((kind) => ({
    kind,
    items: items
      .filter((i) => i.kind === kind)
      .slice()
      .sort((a, b) => b.priority - a.priority || a.participant.name.localeCompare(b.participant.name, 'nl')),
  })).filter((g) => g.items.length > 0);
}

/** The more pressing of a participant's two terms (shared/domain/deadlines, as the services rank them). */
export function worstTerm(item: DeadlineItem): TermStatus {
  return worstOf(item);
}

/** Most urgent first: missed before warning before ok; within a state the fewest days left. */
export function sortByUrgency(items: readonly DeadlineItem[]): DeadlineItem[] {
  return items.slice().sort((x, y) => compareUrgency(worstTerm(x), worstTerm(y)) || x.participant.name.localeCompare(y.participant.name, 'nl'));
}

/** Which of a person's two terms: the 10-week PIP term or the 4-week activity norm. */
export type TermKind = 'pip' | 'activity';

/**
 * A term met after its deadline, a fixed reading: "Gestart op 14 december, 9 dagen te laat" (the
 * 4-week norm), "Vastgesteld op 3 november, 5 dagen te laat" (the PIP); null otherwise.
 */
export function metLateText(term: TermStatus, which: TermKind, t: Translate, lang: Lang): string | null {
  if (term.state !== 'met' || !term.metOn || !term.daysLate) return null;
  return t(`deadlines.metLate.${which}`, { date: formatDate(term.metOn, lang, 'd MMMM'), days: term.daysLate });
}

/**
 * "nog 5 dagen", "vandaag", "3 dagen te laat"; met and unknown terms say their state, a term met
 * late when it was met and how late; a 4-week norm whose first activity is booked ahead on time
 * "Gepland op 14 dec".
 */
export function daysText(term: TermStatus, which: TermKind, t: Translate, lang: Lang): string {
  if (term.state === 'planned' && term.plannedOn) return t('deadlines.planned', { date: formatDate(term.plannedOn, lang, 'd MMMM') });
  if (term.state === 'met') return metLateText(term, which, t, lang) ?? t('deadlines.state.met');
  if (term.daysLeft === null) return t('deadlines.state.unknown');
  const d = term.daysLeft;
  if (d === 0) return t('deadlines.days.today');
  if (d === 1) return t('deadlines.days.leftOne');
  if (d > 1) return t('deadlines.days.left', { days: d });
  if (d === -1) return t('deadlines.days.lateOne');
  return t('deadlines.days.late', { days: -d });
}

/** A 4-week norm whose first activity is booked after its deadline: "gepland op 21 dec, te laat". */
export function plannedLateText(term: TermStatus, t: Translate, lang: Lang): string | null {
  if (!term.plannedOn || term.state === 'planned') return null;
  return t('deadlines.plannedLate', { date: formatDate(term.plannedOn, lang, 'd MMMM') });
}

export function countStates(items: readonly DeadlineItem[]): { missed: number; warning: number } {
  let missed = 0;
  let warning = 0;
  for (const item of items) {
    const s = worstTerm(item).state;
    if (s === 'missed') missed++;
    else if (s === 'warning') warning++;
  }
  return { missed, warning };
}
