// Ordering and wording of unplanned demand and of the PIP / activity terms; pure logic.
import type { CallOutput } from '../../../shared/api/contract';
import { DEMAND_KINDS, type DemandKind } from '../../../shared/domain/kinds';
import type { Translate } from '../../i18n';

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

const STATE_RANK: Record<TermStatus['state'], number> = { missed: 0, warning: 1, ok: 2, unknown: 3, met: 4 };

/** The more pressing of a participant's two terms. */
export function worstTerm(item: DeadlineItem): TermStatus {
  const a = item.pip;
  const b = item.activity;
  if (STATE_RANK[a.state] !== STATE_RANK[b.state]) return STATE_RANK[a.state] < STATE_RANK[b.state] ? a : b;
  return (a.daysLeft ?? Infinity) <= (b.daysLeft ?? Infinity) ? a : b;
}

/** Most urgent first: missed before warning before ok; within a state the fewest days left. */
export function sortByUrgency(items: readonly DeadlineItem[]): DeadlineItem[] {
  return items.slice().sort((x, y) => {
    const a = worstTerm(x);
    const b = worstTerm(y);
    return STATE_RANK[a.state] - STATE_RANK[b.state] || (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || x.participant.name.localeCompare(y.participant.name, 'nl');
  });
}

/** "nog 5 dagen", "vandaag", "3 dagen te laat"; met and unknown terms say their state. */
export function daysText(term: TermStatus, t: Translate): string {
  if (term.state === 'met') return t('deadlines.state.met');
  if (term.daysLeft === null) return t('deadlines.state.unknown');
  const d = term.daysLeft;
  if (d === 0) return t('deadlines.days.today');
  if (d === 1) return t('deadlines.days.leftOne');
  if (d > 1) return t('deadlines.days.left', { days: d });
  if (d === -1) return t('deadlines.days.lateOne');
  return t('deadlines.days.late', { days: -d });
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
