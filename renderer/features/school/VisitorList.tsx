import { useState } from 'react';
import { ROUTES, type Route } from '../../../shared/domain/routes';
import type { Capacity } from './schoolStore';
import { useT } from '../../i18n';
import { dayOf, langName, timeOf, formatDayShort } from '../../i18n/format';
import { messageOf } from '../../stores/errorStore';
import { useSchoolStore } from './schoolStore';

type Visitor = Capacity['trialVisitors'][number];

/** Attended or not, and the school's route advice: the consultant sees it on the client. */
function OutcomeForm({ v }: { v: Visitor }) {
  const { t } = useT();
  const [attended, setAttended] = useState<boolean | null>(v.outcome?.attended ?? null);
  const [advice, setAdvice] = useState<Route | ''>(v.outcome?.routeAdvice ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (attended === null) return;
    setBusy(true);
    setError(null);
    try {
      await useSchoolStore.getState().recordOutcome(v.bookingId, attended, attended && advice ? advice : null);
      await useSchoolStore.getState().load();
    } catch (err) {
      setError(messageOf(err) ?? t('error.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  const dirty = attended !== (v.outcome?.attended ?? null) || (advice || null) !== (v.outcome?.routeAdvice ?? null);
  return (
    <div className="outcome" data-testid="school-outcome" role="group" aria-label={t('school.outcome.label', { name: v.name })}>
      <label className="outcome__opt">
        <input type="radio" name={`att-${v.bookingId}`} data-testid="school-outcome-attended" checked={attended === true} onChange={() => setAttended(true)} />
        {t('school.outcome.attended')}
      </label>
      <label className="outcome__opt">
        <input type="radio" name={`att-${v.bookingId}`} data-testid="school-outcome-absent" checked={attended === false} onChange={() => setAttended(false)} />
        {t('school.outcome.absent')}
      </label>
      <select
        data-testid="school-outcome-advice"
        aria-label={t('school.outcome.advice')}
        value={advice}
        disabled={attended !== true}
        onChange={(e) => setAdvice(e.target.value as Route | '')}
      >
        <option value="">{t('school.outcome.noAdvice')}</option>
        {ROUTES.map((r) => (
          <option key={r} value={r}>
            {t('school.route', { route: r })}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn--small btn--primary" data-testid="school-outcome-save" disabled={busy || attended === null || !dirty} onClick={() => void save()}>
        {t('school.outcome.save')}
      </button>
      {v.outcome && !dirty && (
        <span className="cell-sub cell-sub--ok" data-testid="school-outcome-saved">
          {t('school.outcome.recorded')}
        </span>
      )}
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function VisitorList({ data, today }: { data: Capacity; today: string }) {
  const { t, lang } = useT();
  const visitors = [...data.trialVisitors].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <section className="school-card school-card--visitors" aria-labelledby="school-visitors-title">
      <h3 id="school-visitors-title" className="school-card__title">
        {t('school.visitors')}
      </h3>
      <p className="cell-sub">{t('school.visitors.privacy')}</p>
      {visitors.length === 0 ? (
        <p className="muted">{t('school.visitors.none')}</p>
      ) : (
        <div className="table-wrap table-wrap--flat" tabIndex={0} role="region" aria-label={t('school.visitors')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('school.col.when')}</th>
                <th scope="col">{t('school.col.name')}</th>
                <th scope="col">{t('school.col.class')}</th>
                <th scope="col">{t('school.col.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {visitors.map((v) => (
                <tr key={v.bookingId} data-testid="school-visitor-row" data-booking-id={v.bookingId} data-start={v.start}>
                  <td className="nowrap">
                    {formatDayShort(dayOf(v.start), lang)} {timeOf(v.start)}–{timeOf(v.end)}
                  </td>
                  <td>
                    <span className="cell-name">{v.name}</span>
                    <span className="cell-sub">
                      {langName(v.language, lang)}
                      {v.routeIndication && <> · {t('consultant.route', { route: v.routeIndication })}</>}
                    </span>
                  </td>
                  <td>{v.className}</td>
                  <td>
                    {dayOf(v.start) <= today ? (
                      <OutcomeForm v={v} />
                    ) : (
                      <span className="muted" data-testid="school-outcome-later">
                        {t('school.outcome.later')}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
