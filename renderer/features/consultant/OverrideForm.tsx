import { useState } from 'react';
import { useT } from '../../i18n';

/** "Toch boeken": after a refusal that names what the booking would break, book anyway with a reason (kept in the audit log). */
export function OverrideForm({ testId, busy, onBook }: { testId: string; busy: boolean; onBook(reason: string): void }) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  return (
    <div className="override" data-testid={`${testId}-override`}>
      <p className="override__why">{t('consultant.override.after')}</p>
      <label className="field">
        <span className="field__label">{t('consultant.override.reason')}</span>
        <input type="text" data-testid={`${testId}-override-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="button" className="btn btn--danger" data-testid={`${testId}-override-book`} disabled={busy || reason.trim().length < 3} onClick={() => onBook(reason)}>
        {t('consultant.override.book')}
      </button>
    </div>
  );
}
