// Grouping and wording of the week's conflicts; pure so it is tested without React.
import type { Conflict, ConflictCategory, Fix } from '../../../shared/api/contract';
import type { MessageKey, Translate } from '../../i18n';

/** The order a coordinator reads them in: people first (households, interpreters), then places and rules. */
export const CATEGORY_ORDER: readonly ConflictCategory[] = ['household', 'interpreter', 'room', 'consultant', 'capacity', 'deadline', 'other'];

export interface ConflictGroup {
  category: ConflictCategory;
  items: Conflict[];
  conflicts: number;
  warnings: number;
}

/** Groups by category in CATEGORY_ORDER, leaving out empty ones; hard conflicts before warnings, then by time. */
export function groupConflicts(conflicts: readonly Conflict[]): ConflictGroup[] {
  const groups: ConflictGroup[] = [];
  for (const category of CATEGORY_ORDER) {
    // Warnings without a time (deadlines) keep the service's order: most urgent first.
    const order = new Map(conflicts.map((c, i) => [c, i]));
    const items = conflicts
      .filter((c) => (CATEGORY_ORDER.includes(c.category) ? c.category : 'other') === category)
      .slice()
      .sort(
        (a, b) =>
          severityRank(a) - severityRank(b) ||
          (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff') ||
          (a.severity === 'warning' && b.severity === 'warning' ? order.get(a)! - order.get(b)! : a.id.localeCompare(b.id)),
      );
    if (items.length === 0) continue;
    const warnings = items.filter((c) => c.severity === 'warning').length;
    groups.push({ category, items, conflicts: items.length - warnings, warnings });
  }
  return groups;
}

function severityRank(c: Conflict): number {
  return c.severity === 'conflict' ? 0 : 1;
}

export function categoryLabel(category: ConflictCategory, t: Translate): string {
  return t(`conflicts.category.${category}` as MessageKey);
}

/** Hard conflicts only; warnings (deadlines nearing) do not block a plan. */
export function countHard(conflicts: readonly Conflict[]): number {
  return conflicts.filter((c) => c.severity === 'conflict').length;
}

export interface FixEffect {
  /** "lost dit op; week daarna: 2 conflicten, goedkoper" */
  text: string;
  /** Set when the fix makes something else worse: more conflicts than just this one fewer, or a higher cost. */
  warning: string | null;
}

/**
 * What a fix does to the week. `hardNow` is the number of hard conflicts before the fix;
 * solving this one should leave at most hardNow − 1, so anything above that means the fix
 * breaks something else. The cost change is said in words ("kost een opvangplaats"), never as a number.
 */
export function describeFix(fix: Fix, hardNow: number, t: Translate): FixEffect {
  const after =
    fix.conflictsAfter === 0 ? t('conflicts.fix.after.zero') : fix.conflictsAfter === 1 ? t('conflicts.fix.after.one') : t('conflicts.fix.after', { count: fix.conflictsAfter });
  const delta = Math.round(fix.costDelta * 10) / 10;
  // In words, saying what it costs: the optimiser's cost figures are only for who opens "Details"
  // under the plan. A higher cost is not a worse week: what the fix takes (a childcare place, a
  // less favourable time or trip) is named, and only more conflicts than before is a warning.
  const cost =
    delta < 0
      ? t('conflicts.fix.cost.down')
      : delta === 0
        ? t('conflicts.fix.cost.same')
        : fix.action.type === 'bookChildcare'
          ? t('conflicts.fix.cost.childcare')
          : t('conflicts.fix.cost.up');
  const text = `${t('conflicts.fix.solves')}; ${after}, ${cost}`;
  const warning = fix.conflictsAfter > Math.max(0, hardNow - 1) ? t('conflicts.fix.moreConflicts', { now: hardNow, after: fix.conflictsAfter }) : null;
  return { text, warning };
}

/** "ma 23 nov 09:00–11:00" for a conflict's time span; same-day spans name the day once. */
export function conflictTime(start: string | null, end: string | null, formatDay: (isoDate: string) => string): string | null {
  if (!start) return null;
  const day = formatDay(start.slice(0, 10));
  const from = start.slice(11, 16);
  if (!end) return `${day} ${from}`;
  if (end.slice(0, 10) === start.slice(0, 10)) return `${day} ${from}–${end.slice(11, 16)}`;
  return `${day} ${from} – ${formatDay(end.slice(0, 10))} ${end.slice(11, 16)}`;
}
