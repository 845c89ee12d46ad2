import type { PlannedSession } from '../../../shared/api/contract';
import { langName } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/translate';

export function kindLabel(s: PlannedSession, t: Translate): string {
  return t(s.kind === 'groupInfo' ? 'session.kind.groupInfo' : 'session.kind.toets');
}

export function languageLabel(s: PlannedSession, t: Translate, lang: Lang): string {
  return s.language ? langName(s.language, lang) : t('session.noLanguage');
}

export function interpreterLabel(s: PlannedSession, t: Translate): string {
  return s.interpreter ? t('session.interpreter', { name: s.interpreter.name }) : t('session.noInterpreter');
}

export function participantsLabel(count: number, t: Translate): string {
  return count === 1 ? t('session.participants.one') : t('session.participants', { count });
}

export function statusLabel(s: PlannedSession, t: Translate): string {
  return t(s.status === 'proposed' ? 'session.status.proposed' : 'session.status.accepted');
}

/** One line a screen reader (and the tooltip) reads for the whole event. */
export function sessionSummary(s: PlannedSession, t: Translate, lang: Lang): string {
  return [
    `${s.start.slice(11, 16)}–${s.end.slice(11, 16)}`,
    kindLabel(s, t),
    s.language ? languageLabel(s, t, lang) : null,
    `${s.room.name}, ${s.room.locationName}`,
    interpreterLabel(s, t),
    t('session.consultant', { name: s.consultant.name }),
    participantsLabel(s.participantCount, t),
    statusLabel(s, t),
  ]
    .filter(Boolean)
    .join(' · ');
}
