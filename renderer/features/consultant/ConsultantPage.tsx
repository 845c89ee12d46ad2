import { useEffect } from 'react';
import { DEMAND_KINDS } from '../../../shared/domain/kinds';
import { mondayOf } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { ClientPage } from '../people/ClientPage';
import { ParticipantForm } from '../people/ParticipantForm';
import { usePeopleStore } from '../people/peopleStore';
import { ClientPanel } from './ClientPanel';
import { CaseloadTable } from './CaseloadTable';
import { OwnWeekExport } from './OwnWeekExport';
import { useConsultantStore, type StepKind } from './consultantStore';

/** Consulent: Mijn cliënten — the caseload on the left, the open client on the right. */
export function ConsultantPage({ today }: { today: string }) {
  const { t } = useT();
  const load = useConsultantStore((s) => s.load);
  const urgency = useConsultantStore((s) => s.urgency);
  const step = useConsultantStore((s) => s.step);
  const setUrgency = useConsultantStore((s) => s.setUrgency);
  const setStep = useConsultantStore((s) => s.setStep);
  const search = useConsultantStore((s) => s.search);
  const setSearch = useConsultantStore((s) => s.setSearch);
  const selectedId = useConsultantStore((s) => s.selectedId);
  const item = useConsultantStore((s) => s.items.find((i) => i.participant.id === s.selectedId) ?? null);
  const weekStart = useConsultantStore((s) => s.weekStart);
  const followChanges = useConsultantStore((s) => s.followChanges);
  const openId = usePeopleStore((s) => s.openId);
  const creating = usePeopleStore((s) => s.creating);

  useEffect(() => {
    // A fresh page per consultant: nothing of a previous profile's caseload stays on screen.
    useConsultantStore.setState({ items: [], selectedId: null, status: 'idle' });
    void load();
    // Bookings by colleagues or the coordinator change what is free: reload on any change.
    return followChanges();
  }, [load, followChanges]);

  if (openId) {
    return (
      <div className="role-page" data-testid="consultant-page">
        <ClientPage backLabel={t('consultant.title')} />
      </div>
    );
  }
  return (
    <div className="role-page" data-testid="consultant-page">
      <div className="role-page__head">
        <h2 className="page-title">{t('consultant.title')}</h2>
        <button type="button" className="btn btn--primary" disabled={creating} onClick={() => usePeopleStore.getState().startNew()} data-testid="client-new">
          {t('people.newClient')}
        </button>
        <OwnWeekExport today={today} />
        <div className="filters filters--after-tools" role="group" aria-label={t('consultant.filters')}>
          <label className="field field--inline">
            <span className="field__label">{t('consultant.filter.search')}</span>
            <input type="search" data-testid="caseload-search" value={search} placeholder={t('consultant.filter.searchHint')} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <label className="field field--inline">
            <span className="field__label">{t('consultant.filter.urgency')}</span>
            <select data-testid="caseload-urgency" value={urgency} onChange={(e) => setUrgency(e.target.value as 'all' | 'urgent')}>
              <option value="all">{t('consultant.filter.all')}</option>
              <option value="urgent">{t('consultant.filter.urgent')}</option>
            </select>
          </label>
          <label className="field field--inline">
            <span className="field__label">{t('consultant.filter.step')}</span>
            <select data-testid="caseload-step" value={step ?? ''} onChange={(e) => setStep((e.target.value || null) as StepKind | 'any' | null)}>
              <option value="">{t('consultant.filter.allSteps')}</option>
              <option value="any">{t('consultant.filter.anyStep')}</option>
              {DEMAND_KINDS.map((s) => (
                <option key={s} value={s}>
                  {t(`consultant.step.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {creating && <ParticipantForm person={null} onDone={() => undefined} onCancel={() => usePeopleStore.getState().cancelNew()} />}
      <div className={selectedId ? 'consultant-layout consultant-layout--open' : 'consultant-layout'}>
        <CaseloadTable />
        {item && <ClientPanel key={item.participant.id} item={item} weekStart={weekStart ?? mondayOf(today)} today={today} />}
      </div>
    </div>
  );
}
