import { useState } from 'react';
import { isoWeekLabel, mondayOf, mondayOfIsoWeek } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { useConsultantStore } from './consultantStore';
import { useAction } from './useAction';

/** The consultant's own sessions of a week (this week unless another is chosen) as an .ics file. */
export function OwnWeekExport({ today }: { today: string }) {
  const { t } = useT();
  const shown = useConsultantStore((s) => s.weekStart);
  const downloadOwnWeek = useConsultantStore((s) => s.downloadOwnWeek);
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const weekStart = chosen ?? shown ?? mondayOf(today);

  return (
    <div className="own-week" role="group" aria-label={t('consultant.ownWeek')}>
      <label className="field field--inline">
        <span className="field__label">{t('consultant.ownWeek.week')}</span>
        <input
          type="week"
          className="week-picker__input"
          data-testid="own-week-picker"
          value={isoWeekLabel(weekStart)}
          onChange={(e) => {
            // The browser gives "2026-W48"; an emptied field is ignored.
            const m = /^(\d{4})-W(\d{2})$/.exec(e.target.value);
            if (m) setChosen(mondayOfIsoWeek(Number(m[1]), Number(m[2])));
            setDone(null);
          }}
        />
      </label>
      <button
        type="button"
        className="btn"
        data-testid="own-week-ics"
        disabled={busy}
        aria-busy={busy}
        title={t('consultant.ownWeek.title')}
        onClick={() => void run(() => downloadOwnWeek(weekStart)).then((f) => f && setDone(f))}
      >
        {busy ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⤓</span>}
        {t('consultant.ownWeek')}
      </button>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
      {done && (
        <span className="sr-only" role="status">
          {t('consultant.ownWeek.done', { filename: done })}
        </span>
      )}
    </div>
  );
}
