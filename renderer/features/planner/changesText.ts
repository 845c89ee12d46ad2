// Words for what changed after publication, per person: "Groepsvoorlichting Arabisch verplaatst
// van di 24 nov 10:00 naar wo 25 nov 13:00". Pure, so it is tested without a screen.
import type { CallOutput } from '../../../shared/api/contract';
import { formatDayShort, langName, timeOf } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/translate';

type Changes = CallOutput<'week.changes'>;
export type SessionChangeView = Changes['changes'][number];
export type AffectedView = Changes['affected'][number];
type Snapshot = NonNullable<SessionChangeView['before']>;
type ChangeKind = SessionChangeView['what'];

export function sessionName(c: Pick<SessionChangeView, 'kind' | 'language'>, t: Translate, lang: Lang): string {
  return c.kind === 'groupInfo' ? [t('session.kind.groupInfo'), langName(c.language, lang)].filter(Boolean).join(' ') : t('session.kind.toets');
}

export function whenText(s: Snapshot, lang: Lang): string {
  return `${formatDayShort(s.start.slice(0, 10), lang)} ${timeOf(s.start)}`;
}

/** What else changed in a session that stayed: place, staff, size, proposal or not. */
function details(before: Snapshot, after: Snapshot, t: Translate): string[] {
  const out: string[] = [];
  if (before.start === after.start && before.end !== after.end) out.push(t('changes.detail.end', { time: timeOf(after.end) }));
  if (before.room.id !== after.room.id) out.push(t('changes.detail.room', { room: `${after.room.name}, ${after.room.locationName}` }));
  if (before.consultant.id !== after.consultant.id) out.push(t('changes.detail.consultant', { name: after.consultant.name }));
  if ((before.interpreter?.id ?? null) !== (after.interpreter?.id ?? null)) {
    out.push(after.interpreter ? t('changes.detail.interpreter', { name: after.interpreter.name }) : t('changes.detail.noInterpreter'));
  }
  if (before.participantCount !== after.participantCount) out.push(t('changes.detail.participants', { count: after.participantCount }));
  if (before.status !== after.status) out.push(t(after.status === 'accepted' ? 'changes.detail.accepted' : 'changes.detail.proposed'));
  return out;
}

/** The change of one session as it concerns one person (`what` as week.changes gives it for them). */
export function personChangeText(c: SessionChangeView, what: ChangeKind, t: Translate, lang: Lang): string {
  const session = sessionName(c, t, lang);
  const { before, after } = c;
  if (what === 'cancelled') {
    const s = before ?? after!;
    return t(after ? 'changes.removed' : 'changes.cancelled', { session, when: whenText(s, lang) });
  }
  if (what === 'new') {
    const s = after ?? before!;
    return t(before ? 'changes.added' : 'changes.new', { session, when: whenText(s, lang) });
  }
  if (!before || !after) return t('changes.changed', { session, when: whenText((after ?? before)!, lang), details: '' });
  const more = details(before, after, t);
  if (what === 'moved' && before.start !== after.start) {
    const sameDay = before.start.slice(0, 10) === after.start.slice(0, 10);
    const moved = sameDay
      ? t('changes.movedSameDay', { session, day: formatDayShort(after.start.slice(0, 10), lang), from: timeOf(before.start), to: timeOf(after.start) })
      : t('changes.moved', { session, from: whenText(before, lang), to: whenText(after, lang) });
    return more.length ? `${moved}; ${more.join(', ')}` : moved;
  }
  return t('changes.changed', { session, when: whenText(after, lang), details: more.join(', ') || t('changes.detail.other') });
}
