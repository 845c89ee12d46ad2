// Sentences of the client panel that are built from data, kept pure so they can be tested.
import { translate, type Lang } from '../../i18n/translate';
import { dayOf, formatDate, formatDayLong, formatDayShort, timeOf } from '../../i18n/format';
import type { CaseloadItem } from './consultantStore';

type Care = NonNullable<CaseloadItem['household']>['children'][number]['care'];
type Step = CaseloadItem['steps'][number];

/**
 * A child's care in a few lines. School hours repeat every week: the same hours on several days
 * become one line with the weekdays. Booked childcare is for one day only (and may be in the
 * next week too), so it names the dates: "Kinderopvang De Vlinder 08:30–12:30 (wo 9 dec., ma 14 dec.)".
 */
export function careSummary(care: Care, lang: Lang): string[] {
  const groups = new Map<string, string[]>();
  for (const c of care) {
    const key = `${c.providerName} ${timeOf(c.start)}–${timeOf(c.end)}`;
    const day = dayOf(c.start);
    const label = c.kind === 'school' ? formatDate(day, lang, 'EEEEEE') : formatDayShort(day, lang);
    groups.set(key, [...(groups.get(key) ?? []), label]);
  }
  return [...groups.entries()].map(([key, days]) => `${key} (${days.join(', ')})`);
}

/** "Proefles Taalhuis Lingestad: niet gekomen op maandag 7 december. Boek hieronder een nieuwe." */
export function noShowPrompt(step: Step & { booking: NonNullable<Step['booking']> }, lang: Lang): string {
  return translate(lang, 'consultant.noShowPrompt', {
    step: translate(lang, `consultant.step.${step.kind}`),
    school: step.school?.name ?? '',
    when: formatDayLong(dayOf(step.booking.start), lang),
  });
}

/**
 * The toets slot chosen when the list (re)loads: the one already chosen while it is still
 * offered, else the first that breaks no hard rule. When every slot breaks one, none: the
 * consultant picks it on purpose and then sees "Toch boeken".
 */
export function defaultSlot(slots: readonly { sessionId: string; problems: readonly unknown[] }[], current: string | null): string | null {
  if (current && slots.some((s) => s.sessionId === current)) return current;
  return slots.find((s) => s.problems.length === 0)?.sessionId ?? null;
}
