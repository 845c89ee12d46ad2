import { useEffect, useState } from 'react';
import '../../styles/manage.css';
import '../../styles/people.css';
import type { ParticipantDetail } from '../../../shared/api/contract';
import { formatHint } from '../../../shared/messages';
import { useT } from '../../i18n';
import { formatAge } from '../../../shared/messages';
import { langName } from '../../i18n/format';
import { patternText } from '../manage/PatternEditor';
import { EndEraseActions } from './EndEraseActions';
import { HistorySection } from './HistorySection';
import { HouseholdForm } from './HouseholdForm';
import { ParticipantForm } from './ParticipantForm';
import { StepsSection } from './StepsSection';
import { dateText } from './peopleText';
import { usePeopleStore } from './peopleStore';
import { daysText, plannedLateText, type TermKind, type TermStatus } from '../deadlines/deadlineText';

type Editing = null | 'person' | 'household' | 'partner';

/** One page per person: details, household, next steps, history; edit, end and erase. */
export function ClientPage({ backLabel }: { backLabel: string }) {
  const { t, lang } = useT();
  const detail = usePeopleStore((s) => s.detail);
  const status = usePeopleStore((s) => s.status);
  const error = usePeopleStore((s) => s.error);
  const notice = usePeopleStore((s) => s.notice);
  const close = usePeopleStore((s) => s.close);
  const reload = usePeopleStore((s) => s.reload);
  const loadOptions = usePeopleStore((s) => s.loadOptions);
  const [editing, setEditing] = useState<Editing>(null);

  useEffect(() => {
    void loadOptions();
  }, [loadOptions]);

  const back = (
    <button type="button" className="btn btn--ghost people-back" onClick={close} data-testid="client-back">
      ← {backLabel}
    </button>
  );
  if (!detail) {
    return (
      <section className="people-page" data-testid="client-page" aria-busy={status === 'loading'}>
        {back}
        {status === 'error' ? (
          <div className="state state--error" role="alert">
            <p className="state__title">{error}</p>
            <button type="button" className="btn" onClick={() => void reload()}>
              {t('error.retry')}
            </button>
          </div>
        ) : (
          <p className="state" role="status">
            <span className="spinner" aria-hidden="true" /> {t('app.loading')}
          </p>
        )}
      </section>
    );
  }
  const p = detail.person;
  // Same-named people told apart, as the lists write them: "Molenlanden, cliëntnr. KL-46113".
  const hint = formatHint(p.hint, lang);
  const readOnly = p.erased || p.endedOn !== null;
  return (
    <section className="people-page" data-testid="client-page" data-participant-id={p.id} aria-labelledby={hint ? 'client-title client-hint' : 'client-title'}>
      {back}
      <div className="people-head">
        <div className="people-title">
          <h2 id="client-title" className="page-title" data-testid="client-name">
            {p.name}
          </h2>
          {hint && (
            <p id="client-hint" className="people-title__hint" data-testid="client-hint">
              {hint}
            </p>
          )}
        </div>
        {p.endedOn && (
          <span className="badge" data-testid="client-ended">
            {t('people.ended', { date: dateText(p.endedOn, lang), reason: p.endReason ?? '' })}
          </span>
        )}
        {!p.erased && (
          <div className="people-actions">
            <button type="button" className="btn" disabled={editing !== null} onClick={() => setEditing('person')} data-testid="client-edit">
              {t('people.edit')}
            </button>
            <EndEraseActions ended={p.endedOn !== null} />
          </div>
        )}
      </div>
      {notice && (
        <p className="notice manage-notice" role="status" data-testid="client-notice">
          {notice}
        </p>
      )}
      {editing === 'person' && <ParticipantForm person={p} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />}
      {editing === 'household' && <HouseholdForm household={detail.household} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />}
      {editing === 'partner' && <ParticipantForm person={null} partnerOf={p} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />}
      <div className="people-grid">
        <Details detail={detail} />
        <HouseholdSection detail={detail} readOnly={readOnly} editing={editing} setEditing={setEditing} />
        <StepsSection steps={detail.steps} readOnly={readOnly} />
        <HistorySection detail={detail} />
      </div>
    </section>
  );
}

function Details({ detail }: { detail: ParticipantDetail }) {
  const { t, lang } = useT();
  const p = detail.person;
  const termText = (term: TermStatus, which: TermKind) =>
    [term.deadline ? dateText(term.deadline, lang) : null, daysText(term, which, t, lang), plannedLateText(term, t, lang)].filter((x) => x !== null).join(' · ');
  const row = (label: string, value: string, testId?: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
  return (
    <section className="people-section" aria-labelledby="people-details-title" data-testid="client-details">
      <h3 id="people-details-title" className="people-section__title">
        {t('people.details')}
      </h3>
      <dl className="people-dl">
        {row(t('manage.field.gemeente'), `${p.gemeente.name} (${p.homeLocation.name})`)}
        {row(t('people.field.migrantKind'), t(`people.migrant.${p.migrantKind}`))}
        {p.migrantKind === 'statushouder'
          ? row(t('people.field.koppelingDate'), dateText(p.koppelingDate, lang))
          : row(t('people.field.registrationDate'), dateText(p.registrationDate, lang))}
        {row(t('people.field.housingDate'), dateText(p.housingDate, lang))}
        {row(t('people.pipDate'), dateText(p.pipDate, lang))}
        {/* The same terms as Deelnemers, the caseload and Termijnen: one calculation in shared/. */}
        {row(t('people.term.pip'), termText(detail.terms.pip, 'pip'), 'client-term-pip')}
        {row(t('people.term.activity'), termText(detail.terms.activity, 'activity'), 'client-term-activity')}
        {row(t('people.field.language'), langName(p.language, lang))}
        {row(t('people.field.otherLanguages'), p.otherLanguages.length ? p.otherLanguages.map((c) => langName(c, lang)).join(', ') : '—')}
        {row(t('people.field.digitalSkill'), t(`digital.${p.digitalSkill}`), 'client-digital')}
        {row(t('people.field.route'), p.routeIndication ? t(`route.${p.routeIndication}`) : t('route.unknown'))}
        {row(t('people.field.busy'), p.busy.length ? patternText(p.busy, t) : '—')}
        {row(t('people.field.consultant'), p.consultant?.name ?? t('people.noConsultant'))}
      </dl>
    </section>
  );
}

function HouseholdSection({ detail, readOnly, editing, setEditing }: { detail: ParticipantDetail; readOnly: boolean; editing: Editing; setEditing(e: Editing): void }) {
  const { t, lang } = useT();
  const h = detail.household;
  return (
    <section className="people-section" aria-labelledby="people-household-title" data-testid="client-household">
      <h3 id="people-household-title" className="people-section__title">
        {t('people.household.title')}
      </h3>
      {!h ? (
        <p className="muted">{t('people.household.none')}</p>
      ) : (
        <dl className="people-dl">
          <dt>{t('people.household.partners')}</dt>
          <dd data-testid="client-partners">{h.partners.length ? h.partners.map((x) => x.name).join(', ') : '—'}</dd>
          <dt>{t('people.household.adultsOutside')}</dt>
          <dd>{h.adultsOutside}</dd>
          <dt>{t('people.household.children')}</dt>
          <dd data-testid="client-children">
            {h.children.length === 0
              ? '—'
              : h.children.map((c) => (
                  <span key={c.id} className="cell-sub">
                    {t('people.household.child', { name: c.givenName, age: formatAge(c.ageMonths, lang), date: dateText(c.birthDate, lang) })}
                    {c.covered.length > 0 && ` · ${t('people.household.coveredText', { times: patternText(c.covered, t) })}`}
                  </span>
                ))}
          </dd>
        </dl>
      )}
      {!readOnly && editing === null && (
        <div className="people-actions">
          <button type="button" className="btn" onClick={() => setEditing('household')} data-testid="client-household-edit">
            {h ? t('people.household.edit') : t('people.household.new')}
          </button>
          <button type="button" className="btn" onClick={() => setEditing('partner')} data-testid="client-partner-new">
            {t('people.household.newPartner')}
          </button>
        </div>
      )}
    </section>
  );
}
