import { useId, useState } from 'react';
import type { ChangeOutcome } from '../../../shared/api/contract';
import { isoWeekOf } from '../../../shared/domain/week';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useMsg, useT } from '../../i18n';

/** The conflicts a change would cause in planned weeks, in the checker's words; "Toch opslaan" applies it. */
export function ChangeDialog({
  outcome,
  busy,
  onConfirm,
  onCancel,
  confirmLabel,
}: {
  outcome: ChangeOutcome;
  busy: boolean;
  onConfirm(reason: string | null): void;
  onCancel(): void;
  confirmLabel?: string;
}) {
  const { t } = useT();
  const m = useMsg();
  const id = useId();
  const [reason, setReason] = useState('');
  const { count, items } = outcome.conflicts;
  return (
    <ConfirmDialog
      title={t('manage.conflicts.title', { count })}
      confirmLabel={confirmLabel ?? t('manage.conflicts.confirm')}
      warning
      busy={busy}
      testId="manage-conflicts-dialog"
      onCancel={onCancel}
      onConfirm={() => onConfirm(reason.trim() || null)}
    >
      <p data-testid="manage-conflicts-message">{m(outcome.msg, outcome.message)}</p>
      <ul className="manage-conflicts" data-testid="manage-conflicts-list">
        {items.map((c, i) => (
          <li key={i}>
            <span className="manage-conflicts__week">{t('manage.conflicts.week', { week: isoWeekOf(c.weekStart).week })}</span> {m(c.msg, c.message)}
          </li>
        ))}
      </ul>
      {count > items.length && <p className="muted">{t('manage.conflicts.more', { count: count - items.length })}</p>}
      <p className="muted">{t('manage.conflicts.after')}</p>
      <div className="manage-field">
        <label htmlFor={`${id}-reason`} className="field__label">
          {t('manage.conflicts.reason')}
        </label>
        <input id={`${id}-reason`} type="text" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="manage-conflicts-reason" />
      </div>
    </ConfirmDialog>
  );
}
