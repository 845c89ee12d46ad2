import { useEffect, useRef } from 'react';
import { useMsg, usePersonName, useT } from '../../i18n';
import { formatAge } from '../../../shared/messages';
import { dayOf, formatDate, langName } from '../../i18n/format';
import { useConsultantStore, type CaseloadItem } from './consultantStore';
import { StartklasSection, GroupInfoSection } from './StepSections';
import { ToetsSection } from './ToetsSection';
import { PipSection } from './PipSection';
import { TrialSection } from './TrialSection';
import { whenText } from './whenText';
import { careSummary, noShowPrompt } from './clientText';
import { usePeopleStore } from '../people/peopleStore';

/**
 * One client: household context, then each booking step. `byHand`: the coordinator books for
 * this person from the not-planned list (no PIP date or toets requests, which are the consultant's).
 */
export function ClientPanel({ item, weekStart, today, byHand }: { item: CaseloadItem; weekStart: string; today: string; byHand?: boolean }) {
  const { t, lang } = useT();
  const m = useMsg();
  const personName = usePersonName();
  const p = item.participant;
  const close = () => {
    useConsultantStore.getState().select(null);
    // Back to the client's row, where the keyboard user opened the panel.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="caseload-row"][data-participant-id="${p.id}"] button`)?.focus());
  };
  const reload = () => void useConsultantStore.getState().load();
  // Opening a client moves the focus to their name, at the top of the panel.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, [p.id]);
  return (
    <aside className="client-panel" data-testid="client-panel" aria-labelledby="client-panel-title">
      <div className="client-panel__head">
        <div>
          <h3 id="client-panel-title" className="client-panel__title" ref={titleRef} tabIndex={-1}>
            <button type="button" className="link-button" title={t('people.openPage')} data-testid="client-panel-page" onClick={() => void usePeopleStore.getState().open(p.id)}>
              {personName(p)}
            </button>
          </h3>
          <p className="cell-sub">
            {langName(p.language, lang)} · {p.gemeente} · {t(`consultant.skill.${p.digitalSkill}`)}
            {p.routeIndication && <> · {t('consultant.route', { route: p.routeIndication })}</>}
          </p>
        </div>
        <button type="button" className="btn btn--ghost btn--small" onClick={close} aria-label={t('consultant.close')}>
          ✕
        </button>
      </div>

      {item.steps.map(
        (s) =>
          s.state === 'noShow' &&
          s.booking && (
            <p key={s.demandId} className="notice notice--warn" role="status" data-testid="no-show-prompt">
              {noShowPrompt({ ...s, booking: s.booking }, lang)}
            </p>
          ),
      )}

      {item.steps.map(
        (s) =>
          s.booking?.override && (
            <p key={`override-${s.demandId}`} className="notice notice--warn" data-testid="override-note" data-kind={s.kind}>
              <strong>{t(`consultant.step.${s.kind}`)}</strong>
              {s.school && <> · {s.school.name}</>}: {m(s.booking.override.msg, s.booking.override.note)}
            </p>
          ),
      )}

      {item.household && (
        <section className="client-section" aria-label={t('consultant.household.title')}>
          <h4 className="client-section__title">{t('consultant.household.title')}</h4>
          <ul className="plain-list">
            {item.household.partners.map((partner) => (
              <li key={partner.id}>
                {t('consultant.household.partnerName', { name: partner.name })}
                {partner.appointments.length > 0 && (
                  <ul className="plain-list plain-list--sub">
                    {partner.appointments.map((a, i) => (
                      <li key={i}>
                        {m(a.labelMsg, a.label)} — {whenText(a.start, a.end, lang)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
            {item.household.children.map((c) => (
              <li key={c.id}>
                {t('consultant.household.child', { name: c.givenName, age: formatAge(c.ageMonths, lang) })}
                {c.needsCare && c.care.length === 0 && <span className="tag tag--warn"> {t('consultant.household.noCare')}</span>}
                {careSummary(c.care, lang).map((line) => (
                  <span key={line} className="cell-sub">
                    {line}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}

      {item.trialOutcomes.length > 0 && (
        <section className="client-section">
          <h4 className="client-section__title">{t('consultant.outcomes')}</h4>
          <ul className="plain-list">
            {item.trialOutcomes.map((o) => (
              <li key={o.bookingId} data-testid="trial-outcome" data-booking-id={o.bookingId}>
                {o.schoolName} ({formatDate(dayOf(o.lessonStart), lang, 'd MMM')}): {o.attended ? t('school.outcome.attended') : t('school.outcome.absent')}
                {o.routeAdvice && <> · {t('consultant.route', { route: o.routeAdvice })}</>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {item.participant.migrantKind === 'statushouder' && !byHand && <PipSection item={item} today={today} onChanged={reload} />}
      <ToetsSection participantId={p.id} weekStart={weekStart} onChanged={reload} byHand={byHand} />
      <TrialSection item={item} weekStart={weekStart} onChanged={reload} />
      <StartklasSection item={item} onChanged={reload} />
      <GroupInfoSection item={item} onChanged={reload} />
    </aside>
  );
}
