import { useMsg, usePersonName, useT, type Lang } from '../../i18n';
import { formatAge } from '../../../shared/messages';
import { langName, timeOf, dayOf, formatDayShort } from '../../i18n/format';
import { useConsultantStore, type CaseloadItem } from './consultantStore';
import { usePeopleStore } from '../people/peopleStore';
import { daysText, metLateText, plannedLateText, type TermKind } from '../deadlines/deadlineText';

function TermCell({ term, label, which }: { term: CaseloadItem['pip']; label: string; which: TermKind }) {
  const { t, lang } = useT();
  // "vandaag" (never "nog 0 dagen"), "nog 3 dagen", "2 dagen te laat", "Gepland op 14 december", as Termijnen says it.
  const late = plannedLateText(term, t, lang);
  const days =
    term.state === 'planned'
      ? daysText(term, which, t, lang)
      : term.state === 'met'
        ? (metLateText(term, which, t, lang) ?? t('consultant.term.met'))
        : term.daysLeft === null
          ? '—'
          : term.daysLeft === 0
            ? t('deadlines.days.today')
            : term.daysLeft < 0
              ? t('consultant.term.late', { n: -term.daysLeft })
              : t('consultant.term.left', { n: term.daysLeft });
  const text = late ? `${days} · ${late}` : days;
  return (
    <span className={`caseload-term caseload-term--${term.state}`} title={term.deadline ? `${label}: ${term.deadline}` : label}>
      {text}
    </span>
  );
}

/** What in the household matters for booking, in a few words. */
function householdSummary(item: CaseloadItem, t: ReturnType<typeof useT>['t'], lang: Lang): string | null {
  const h = item.household;
  if (!h) return null;
  const parts: string[] = [];
  for (const p of h.partners) parts.push(t('consultant.household.partner', { name: p.name, n: p.appointments.length }));
  const young = h.children.filter((c) => c.needsCare);
  if (young.length) parts.push(t('consultant.household.children', { n: young.length, ages: young.map((c) => formatAge(c.ageMonths, lang)).join(', ') }));
  return parts.length ? parts.join(' · ') : null;
}

export function CaseloadTable() {
  const { t, lang } = useT();
  const m = useMsg();
  const personName = usePersonName();
  const items = useConsultantStore((s) => s.items);
  const status = useConsultantStore((s) => s.status);
  const error = useConsultantStore((s) => s.error);
  const selectedId = useConsultantStore((s) => s.selectedId);
  const select = useConsultantStore((s) => s.select);

  if (status === 'error') {
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{error}</p>
        <button type="button" className="btn" onClick={() => void useConsultantStore.getState().load()}>
          {t('error.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className={status === 'loading' ? 'table-wrap table-wrap--loading' : 'table-wrap'} data-testid="caseload" tabIndex={0} role="region" aria-label={t('consultant.title')}>
      <table className="table caseload">
        <caption className="sr-only">{t('consultant.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consultant.col.client')}</th>
            <th scope="col">{t('consultant.col.steps')}</th>
            <th scope="col">{t('consultant.col.pip')}</th>
            <th scope="col">{t('consultant.col.activity')}</th>
            <th scope="col" className="col-household">
              {t('consultant.col.household')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && status === 'ready' && (
            <tr>
              <td colSpan={5} className="muted">
                {t('consultant.empty')}
              </td>
            </tr>
          )}
          {items.map((item) => {
            const p = item.participant;
            const selected = p.id === selectedId;
            return (
              <tr key={p.id} data-testid="caseload-row" data-participant-id={p.id} className={selected ? 'row--selected' : undefined} aria-selected={selected}>
                <td>
                  <button type="button" className="link-button cell-name" onClick={() => select(selected ? null : p.id)}>
                    {personName(p)}
                  </button>
                  <button type="button" className="link-button caseload-page-link" data-testid="caseload-open-page" onClick={() => void usePeopleStore.getState().open(p.id)}>
                    {t('people.openPage')}
                  </button>
                  <span className="cell-sub">
                    {langName(p.language, lang)} · {p.gemeente} · <span className={`skill skill--${p.digitalSkill}`}>{t(`consultant.skill.${p.digitalSkill}`)}</span>
                  </span>
                </td>
                <td>
                  <ul className="steps">
                    {item.steps.length === 0 && <li className="muted">{t('consultant.noSteps')}</li>}
                    {item.steps.map((s) => (
                      <li key={s.demandId} className={`step step--${s.status}`}>
                        <span className="step__kind">{t(`consultant.step.${s.kind}`)}</span>
                        {s.school && <span className="step__school"> · {s.school.name}</span>}
                        {s.state === 'noShow' && s.booking ? (
                          <span className="step__when step__when--open" data-testid="step-no-show">
                            {' '}
                            {t('consultant.step.noShow', { when: formatDayShort(dayOf(s.booking.start), lang) })}
                          </span>
                        ) : s.booking ? (
                          <span className={s.state === 'past' ? 'step__when step__when--past' : 'step__when'} data-state={s.state}>
                            {' '}
                            {formatDayShort(dayOf(s.booking.start), lang)} {timeOf(s.booking.start)}
                            {s.state === 'past' && <> · {t('consultant.step.past')}</>}
                            {s.booking.override && (
                              <span className="step__override" data-testid="step-override" title={m(s.booking.override.msg, s.booking.override.note)}>
                                {' '}
                                · ⚠ {t('consultant.step.override')}
                              </span>
                            )}
                          </span>
                        ) : s.waitingPosition ? (
                          <span className="step__when"> {t('consultant.waiting', { n: s.waitingPosition })}</span>
                        ) : (
                          <span className="step__when step__when--open"> {t('consultant.open')}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <TermCell term={item.pip} label={t('consultant.col.pip')} which="pip" />
                </td>
                <td>
                  <TermCell term={item.activity} label={t('consultant.col.activity')} which="activity" />
                </td>
                <td className="cell-household col-household">{householdSummary(item, t, lang) ?? <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
