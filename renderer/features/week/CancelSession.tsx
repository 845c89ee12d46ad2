import { useId, useState } from 'react';
import type { PlannedSession } from '../../../shared/api/contract';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useT } from '../../i18n';
import { formatDayLong, isoWeekNumber } from '../../i18n/format';
import { kindLabel, languageLabel } from './sessionText';
import { useWeekEditStore } from './weekEditStore';
import { useWeekStore } from './weekStore';

/**
 * "Sessie annuleren" in the session panel: a question naming the session, who loses their place
 * and which staff come free (in a published week also that everyone affected will be listed and
 * the calendars updated), with an optional reason for the log.
 */
export function CancelSession({ session: s, onCancelled }: { session: PlannedSession; onCancelled(): void }) {
  const { t, lang } = useT();
  const reasonId = useId();
  const saving = useWeekEditStore((x) => x.saving);
  const cancel = useWeekEditStore((x) => x.cancel);
  const status = useWeekStore((x) => x.view?.status);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const published = status === 'published' || status === 'changed';
  const name = [kindLabel(s, t), s.language ? languageLabel(s, t, lang) : null].filter(Boolean).join(' ');
  const staff = [t('week.cancel.consultant', { name: s.consultant.name }), s.interpreter ? t('week.cancel.interpreter', { name: s.interpreter.name }) : null]
    .filter(Boolean)
    .join(', ');

  async function confirm() {
    if (await cancel(s.id, reason)) {
      setAsking(false);
      onCancelled();
    } else setAsking(false);
  }

  return (
    <>
      <div className="panel__cancel">
        <button type="button" className="btn btn--danger-outline btn--small" data-testid="session-cancel" disabled={saving} onClick={() => setAsking(true)}>
          {t('week.cancel.button')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          testId="confirm-cancel-session"
          title={t('week.cancel.title')}
          confirmLabel={t('week.cancel.ok')}
          cancelLabel={t('week.cancel.back')}
          danger
          warning={published}
          busy={saving}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p data-testid="cancel-session-what">
            {t('week.cancel.what', { session: name, day: formatDayLong(s.start.slice(0, 10), lang), from: s.start.slice(11, 16), to: s.end.slice(11, 16), room: s.room.name })}
          </p>
          <p data-testid="cancel-session-participants">{s.participantCount > 0 ? t('week.cancel.participants', { count: s.participantCount }) : t('week.cancel.noParticipants')}</p>
          <p data-testid="cancel-session-staff">{t('week.cancel.staff', { names: staff })}</p>
          {published && <p data-testid="cancel-session-published">{t('week.cancel.published', { week: isoWeekNumber(s.start.slice(0, 10)) })}</p>}
          <label className="field" htmlFor={reasonId}>
            <span className="field__label">{t('week.cancel.reason')}</span>
            <textarea
              id={reasonId}
              data-testid="cancel-session-reason"
              rows={2}
              maxLength={500}
              value={reason}
              aria-describedby={`${reasonId}-hint`}
              onChange={(e) => setReason(e.target.value)}
            />
            <span id={`${reasonId}-hint`} className="field__hint muted">
              {t('week.cancel.reason.hint')}
            </span>
          </label>
        </ConfirmDialog>
      )}
    </>
  );
}
