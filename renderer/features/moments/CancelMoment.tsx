import { useId, useState } from 'react';
import type { MomentInput } from '../../../shared/api/contract';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useMsg, usePersonName, useT } from '../../i18n';
import { useMomentCancelStore } from './momentCancelStore';

/** "Moment annuleren" beside a trial lesson or intake moment; `what` names it for a screen reader. */
export function CancelMomentButton({ moment, what, disabled }: { moment: MomentInput; what: string; disabled?: boolean }) {
  const { t } = useT();
  const ask = useMomentCancelStore((s) => s.ask);
  return (
    <button
      type="button"
      className="btn btn--danger-outline btn--small"
      data-testid="moment-cancel"
      aria-label={t('moment.cancel.buttonFor', { what })}
      disabled={disabled}
      onClick={() => void ask(moment)}
    >
      {t('moment.cancel.button')}
    </button>
  );
}

/**
 * The question before a moment is cancelled: what would happen (the count), who loses their
 * place with their consultant, an optional reason for the log. Rendered once per screen;
 * `onCancelled` reloads what the screen shows (the pushed events may come later, or not at all).
 */
export function CancelMomentDialog({ onCancelled }: { onCancelled(): void }) {
  const { t } = useT();
  const m = useMsg();
  const personName = usePersonName();
  const reasonId = useId();
  const target = useMomentCancelStore((s) => s.target);
  const preview = useMomentCancelStore((s) => s.preview);
  const loading = useMomentCancelStore((s) => s.loading);
  const busy = useMomentCancelStore((s) => s.busy);
  const error = useMomentCancelStore((s) => s.error);
  const confirm = useMomentCancelStore((s) => s.confirm);
  const close = useMomentCancelStore((s) => s.close);
  const [reason, setReason] = useState('');
  if (!target) return null;

  const done = () => {
    setReason('');
    close();
  };

  return (
    <ConfirmDialog
      testId="confirm-cancel-moment"
      title={t('moment.cancel.title')}
      confirmLabel={t('moment.cancel.ok')}
      cancelLabel={t('moment.cancel.back')}
      danger
      busy={busy || loading}
      onConfirm={() => {
        // Nothing to cancel until the services said who would lose their place (or refused).
        if (!preview) return;
        void confirm(reason).then((ok) => {
          if (!ok) return;
          setReason('');
          onCancelled();
        });
      }}
      onCancel={done}
    >
      {loading && <p className="muted">{t('moment.cancel.loading')}</p>}
      {preview && <p data-testid="cancel-moment-what">{m(preview.msg)}</p>}
      {preview && preview.participants.length > 0 && (
        <>
          <p>{t('moment.cancel.who')}</p>
          <ul data-testid="cancel-moment-participants">
            {preview.participants.map((p) => (
              <li key={p.id}>
                {p.consultant ? t('moment.cancel.person', { name: personName(p), consultant: p.consultant.name }) : t('moment.cancel.personNoConsultant', { name: personName(p) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <p className="inline-error" role="alert" data-testid="cancel-moment-error">
          {error}
        </p>
      )}
      <label className="field" htmlFor={reasonId}>
        <span className="field__label">{t('moment.cancel.reason')}</span>
        <textarea
          id={reasonId}
          data-testid="cancel-moment-reason"
          rows={2}
          maxLength={500}
          value={reason}
          aria-describedby={`${reasonId}-hint`}
          onChange={(e) => setReason(e.target.value)}
        />
        <span id={`${reasonId}-hint`} className="field__hint muted">
          {t('moment.cancel.reason.hint')}
        </span>
      </label>
    </ConfirmDialog>
  );
}

/** After a cancel: what was done, with the count, until closed. */
export function CancelMomentNotice() {
  const { t } = useT();
  const m = useMsg();
  const notice = useMomentCancelStore((s) => s.notice);
  const clear = useMomentCancelStore((s) => s.clearNotice);
  if (!notice) return null;
  return (
    <div className="plan-notice" role="status" data-testid="moment-cancel-notice">
      <span className="plan-notice__icon" aria-hidden="true">
        ✓
      </span>
      {m(notice)}
      <button type="button" className="btn btn--ghost btn--small" aria-label={t('moment.cancel.closeNotice')} onClick={clear}>
        ✕
      </button>
    </div>
  );
}
