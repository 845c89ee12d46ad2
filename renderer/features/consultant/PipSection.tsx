import { useState } from 'react';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useConsultantStore, type CaseloadItem } from './consultantStore';
import { useAction } from './useAction';

/** The PIP: its 10-week term, and the day it was set, which the consultant records here. */
export function PipSection({ item, today, onChanged }: { item: CaseloadItem; today: string; onChanged(): void }) {
  const { t, lang } = useT();
  const { busy, error, run } = useAction();
  const current = item.participant.pipDate;
  const [date, setDate] = useState(current ?? today);
  const save = async (pipDate: string | null) => {
    const res = await run(() => useConsultantStore.getState().setPipDate(item.participant.id, pipDate));
    if (res) onChanged();
  };
  return (
    <section className="client-section" data-testid="pip-section">
      <h4 className="client-section__title">{t('consultant.pip.title')}</h4>
      {current ? (
        <p data-testid="pip-set">
          {t('consultant.pip.setOn', { date: formatDate(current, lang, 'd MMMM yyyy') })}{' '}
          <button type="button" className="link" disabled={busy} onClick={() => void save(null)}>
            {t('consultant.pip.undo')}
          </button>
        </p>
      ) : (
        <div className="actions">
          <label className="field field--inline">
            <span className="field__label">{t('consultant.pip.date')}</span>
            <input type="date" data-testid="pip-date" value={date} max={today} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button type="button" className="btn btn--small btn--primary" data-testid="pip-save" disabled={busy || !date} onClick={() => void save(date)}>
            {t('consultant.pip.save')}
          </button>
        </div>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
