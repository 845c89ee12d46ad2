import { useEffect, useMemo, useState } from 'react';
import type { IsoDate } from '../../../shared/domain/week';
import { type MessageKey, useMsg, usePersonName, useT } from '../../i18n';
import { formatDate, formatWeekRange, isoWeekNumber } from '../../i18n/format';
import '../../styles/planning.css';
import { useWeekStore } from '../week/weekStore';
import { SlotRequests } from '../requests/SlotRequests';
import { PlanDetails } from '../planner/PlanDetails';
import { usePlannerStore } from '../planner/plannerStore';
import { openPersonPage } from '../people/peopleStore';
import { countStates, daysText, groupUnplanned, plannedLateText, sortByUrgency, worstTerm, type DeadlineItem, type TermKind, type TermStatus } from './deadlineText';
import { unplannedOfWeek, useDeadlinesStore } from './deadlinesStore';
import { ManualBooking } from './ManualBooking';
import { useConsultantStore } from '../consultant/consultantStore';

/** The coordinator's tab "Niet gepland & termijnen": what the week left out and whose terms run out. */
export function UnplannedPage() {
  const { t, lang } = useT();
  const weekStart = useWeekStore((s) => s.weekStart);
  const prev = useWeekStore((s) => s.prev);
  const next = useWeekStore((s) => s.next);
  if (!weekStart) return <p className="state">{t('app.loading')}</p>;
  return (
    <section className="unplanned-page">
      <div className="unplanned-page__week">
        <button type="button" className="btn btn--small" onClick={() => void prev()}>
          ‹ {t('week.prev')}
        </button>
        <strong>{t('week.heading', { week: isoWeekNumber(weekStart), range: formatWeekRange(weekStart, lang) })}</strong>
        <button type="button" className="btn btn--small" onClick={() => void next()}>
          {t('week.next')} ›
        </button>
      </div>
      <SlotRequests />
      <ManualBooking weekStart={weekStart} />
      <div className="unplanned-page__cols">
        <UnplannedList weekStart={weekStart} />
        <DeadlineTable />
      </div>
    </section>
  );
}

function UnplannedList({ weekStart }: { weekStart: IsoDate }) {
  const { t } = useT();
  const personName = usePersonName();
  const m = useMsg();
  const items = useDeadlinesStore(unplannedOfWeek(weekStart));
  const status = useDeadlinesStore((s) => s.unplannedStatus);
  const cost = useDeadlinesStore((s) => s.planCost);
  const bound = useDeadlinesStore((s) => s.planBound);
  const load = useDeadlinesStore((s) => s.loadUnplanned);
  useEffect(() => {
    void load(weekStart);
  }, [load, weekStart]);
  const groups = useMemo(() => groupUnplanned(items), [items]);
  const week = isoWeekNumber(weekStart);
  const openToPlan = usePlannerStore((s) => s.openToPlan);
  const openOne = useConsultantStore((s) => s.openOne);
  return (
    <section className="card unplanned" aria-labelledby="unplanned-title" aria-busy={status === 'loading'}>
      <header className="card__head">
        <h2 id="unplanned-title" className="card__title">
          {t('deadlines.unplanned.title', { week })}
          {items.length > 0 && <span className="count-badge count-badge--warn">{items.length}</span>}
        </h2>
        <p className="muted">
          {t('deadlines.unplanned.intro')}
          {cost !== null && (
            <>
              {' · '}
              <PlanDetails cost={cost} bound={bound} />
            </>
          )}
        </p>
      </header>
      {status === 'loading' && items.length === 0 ? (
        <p className="state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('deadlines.unplanned.loading')}
        </p>
      ) : status === 'error' ? (
        <div className="state state--error">
          <button type="button" className="btn btn--small" onClick={() => void load(weekStart)}>
            {t('error.retry')}
          </button>
        </div>
      ) : groups.length === 0 ? (
        <p className="card__empty" data-testid="unplanned-none">
          ✓ {t('deadlines.unplanned.none', { week })}
        </p>
      ) : (
        groups.map((g) => (
          <section key={g.kind} className="unplanned-group" aria-labelledby={`unplanned-${g.kind}`}>
            <h3 id={`unplanned-${g.kind}`} className="unplanned-group__title">
              <span className={`chip chip--${g.kind}`}>{t(`demand.${g.kind}` as MessageKey)}</span>
              <span className="muted">{t('deadlines.unplanned.count', { count: g.items.length })}</span>
            </h3>
            <ul className="unplanned-list">
              {g.items.map((i) => (
                <li key={i.demandId} className="unplanned-item" data-testid="unplanned-item" data-kind={i.kind} data-participant-id={i.participant.id}>
                  <span className="unplanned-item__who">
                    <button
                      type="button"
                      className="link unplanned-item__name"
                      data-testid="open-person"
                      title={t('deadlines.openPerson')}
                      onClick={() => openPersonPage(i.participant)}
                    >
                      {personName(i.participant)}
                    </button>
                    {i.schoolName !== null && (
                      <span className="unplanned-item__school muted" data-testid="unplanned-school">
                        {t('deadlines.unplanned.school', { school: i.schoolName })}
                      </span>
                    )}
                  </span>
                  <span className="unplanned-item__reason">{m(i.msg, i.reason)}</span>
                  <span className="unplanned-item__actions">
                    {i.priority > 0 && <span className="unplanned-item__prio muted">{t('deadlines.unplanned.priority', { priority: i.priority })}</span>}
                    <button
                      type="button"
                      className="btn btn--small unplanned-item__plan"
                      data-testid="plan-in-week"
                      aria-label={t('deadlines.planInWeek.label', { week, name: personName(i.participant) })}
                      onClick={() => void openToPlan(weekStart)}
                    >
                      {t('deadlines.planInWeek', { week })}
                    </button>
                    <button
                      type="button"
                      className="btn btn--small unplanned-item__book"
                      data-testid="book-by-hand"
                      aria-label={t('deadlines.bookByHand.label', { what: t(`demand.${i.kind}` as MessageKey), name: personName(i.participant) })}
                      onClick={() => void openOne(i.participant.id, i.kind)}
                    >
                      {t('deadlines.bookByHand')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function TermCell({ term, which }: { term: TermStatus; which: TermKind }) {
  const { t, lang } = useT();
  return (
    <td className={`term term--${term.state}`} data-state={term.state}>
      <span className="term__days">{daysText(term, which, t, lang)}</span>
      {plannedLateText(term, t, lang) && <span className="term__planned">{plannedLateText(term, t, lang)}</span>}
      {term.deadline && term.state !== 'met' && <span className="term__date">{t('deadlines.deadline', { date: formatDate(term.deadline, lang, 'd MMM yyyy') })}</span>}
      {(term.state === 'warning' || term.state === 'missed') && <span className="sr-only"> ({t(`deadlines.state.${term.state}`)})</span>}
    </td>
  );
}

function DeadlineTable() {
  const { t } = useT();
  // Same-named people told apart by the one hint every list uses: "Onur Yıldız (Molenlanden, cliëntnr. KL-48213)".
  const personName = usePersonName();
  const items = useDeadlinesStore((s) => s.deadlines);
  const status = useDeadlinesStore((s) => s.deadlinesStatus);
  const load = useDeadlinesStore((s) => s.loadDeadlines);
  const [urgentOnly, setUrgentOnly] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);
  const sorted = useMemo(() => sortByUrgency(items), [items]);
  const shown = useMemo(() => (urgentOnly ? sorted.filter((i: DeadlineItem) => ['missed', 'warning'].includes(worstTerm(i).state)) : sorted), [sorted, urgentOnly]);
  const counts = countStates(items);
  return (
    <section className="card deadlines" aria-labelledby="deadlines-title" aria-busy={status === 'loading'}>
      <header className="card__head">
        <h2 id="deadlines-title" className="card__title">
          {t('deadlines.terms.title')}
        </h2>
        <p className="muted">{t('deadlines.terms.intro')}</p>
        <div className="deadlines__bar">
          <span data-testid="deadlines-summary">
            <span className="term-dot term-dot--missed" aria-hidden="true" />
            {t('deadlines.summary', counts)}
          </span>
          <label className="deadlines__filter">
            <input type="checkbox" checked={urgentOnly} onChange={(e) => setUrgentOnly(e.target.checked)} /> {t('deadlines.filter.urgent')}
          </label>
        </div>
      </header>
      {status === 'loading' && items.length === 0 ? (
        <p className="state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('deadlines.terms.loading')}
        </p>
      ) : shown.length === 0 ? (
        <p className="card__empty">{t('deadlines.terms.none')}</p>
      ) : (
        <div className="deadlines__scroll" tabIndex={0} role="region" aria-label={t('deadlines.terms.title')}>
          <table className="table deadlines__table">
            <thead>
              <tr>
                <th scope="col">{t('deadlines.col.name')}</th>
                <th scope="col">{t('deadlines.col.gemeente')}</th>
                <th scope="col">{t('deadlines.col.pip')}</th>
                <th scope="col">{t('deadlines.col.activity')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.participant.id} className={`deadline-row deadline-row--${worstTerm(i).state}`} data-testid="deadline-row" data-state={worstTerm(i).state}>
                  <th scope="row" className="deadline-row__name">
                    <button type="button" className="link" data-testid="open-person" title={t('deadlines.openPerson')} onClick={() => openPersonPage(i.participant)}>
                      {personName(i.participant)}
                    </button>
                  </th>
                  <td>{i.gemeente}</td>
                  <TermCell term={i.pip} which="pip" />
                  <TermCell term={i.activity} which="activity" />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
