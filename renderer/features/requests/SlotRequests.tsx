import { useEffect } from 'react';
import { useT } from '../../i18n';
import { formatDayShort, isoWeekNumber } from '../../i18n/format';
import { useNavStore } from '../../stores/appStore';
import { useWeekStore } from '../week/weekStore';
import { useRequestsStore } from './requestsStore';

/**
 * Open requests from consultants for an extra toets slot: who, for which week, which laptop.
 * The coordinator adds the slot (in the week, or with "Week plannen") and marks it done here.
 */
export function SlotRequests() {
  const { t, lang } = useT();
  const items = useRequestsStore((s) => s.items);
  const status = useRequestsStore((s) => s.status);
  const resolving = useRequestsStore((s) => s.resolving);
  const load = useRequestsStore((s) => s.load);
  const resolve = useRequestsStore((s) => s.resolve);
  const goTo = useWeekStore((s) => s.goTo);
  const setSection = useNavStore((s) => s.setSection);
  useEffect(() => {
    void load();
  }, [load]);
  if (items.length === 0) return null;
  return (
    <section className="card slot-requests" aria-labelledby="slot-requests-title" data-testid="slot-requests" aria-busy={status === 'loading'}>
      <header className="card__head">
        <h2 id="slot-requests-title" className="card__title">
          {t('requests.title')} <span className="count-badge count-badge--warn">{items.length}</span>
        </h2>
        <p className="muted">{t('requests.intro')}</p>
      </header>
      <ul className="slot-requests__list">
        {items.map((r) => (
          <li key={r.id} className="slot-request" data-testid="slot-request" data-request-id={r.id}>
            <div className="slot-request__who">
              <strong>{r.participant.name}</strong>
              <span className="muted">{t('requests.by', { consultant: r.consultant.name, date: formatDayShort(r.createdAt.slice(0, 10), lang) })}</span>
            </div>
            <div className="slot-request__what">
              {t('requests.what', { week: isoWeekNumber(r.weekStart), laptop: t(r.laptopKind === 'touch' ? 'requests.laptop.touch' : 'requests.laptop.mouse') })}
              {r.note && <span className="slot-request__note">“{r.note}”</span>}
            </div>
            <div className="slot-request__actions">
              <button type="button" className="btn btn--small" onClick={() => (setSection('week'), void goTo(r.weekStart))}>
                {t('requests.toWeek', { week: isoWeekNumber(r.weekStart) })}
              </button>
              <button
                type="button"
                className="btn btn--small btn--primary"
                data-testid="slot-request-done"
                disabled={resolving !== null}
                aria-busy={resolving === r.id}
                onClick={() => void resolve(r.id)}
              >
                {t('requests.done')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
