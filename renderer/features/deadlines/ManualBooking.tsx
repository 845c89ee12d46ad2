import { useEffect, useRef } from 'react';
import { todayInAmsterdam, type IsoDate } from '../../../shared/domain/week';
import { useT, type MessageKey } from '../../i18n';
import { ClientPanel } from '../consultant/ClientPanel';
import { useConsultantStore, type StepKind } from '../consultant/consultantStore';

const SECTION: Record<StepKind, string> = {
  toets: 'toets-section',
  trialLesson: 'trial-section',
  startklasIntake: 'startklas-section',
  groupInfo: 'groupinfo-section',
};

/**
 * "Handmatig boeken" from the not-planned list: the consultants' booking panel for one person,
 * opened at the step that was not planned, with the same checks before booking.
 */
export function ManualBooking({ weekStart }: { weekStart: IsoDate }) {
  const { t } = useT();
  const only = useConsultantStore((s) => s.only);
  const kind = useConsultantStore((s) => s.onlyKind);
  const status = useConsultantStore((s) => s.status);
  const error = useConsultantStore((s) => s.error);
  const item = useConsultantStore((s) => s.items.find((i) => i.participant.id === s.only) ?? null);
  const ref = useRef<HTMLElement>(null);
  // Bookings elsewhere (another window, the planner) change what is free: follow them while open.
  useEffect(() => (only ? useConsultantStore.getState().followChanges() : undefined), [only]);
  const loaded = item !== null;
  useEffect(() => {
    if (!only) return;
    ref.current?.scrollIntoView({ block: 'start' });
    if (loaded && kind) document.querySelector(`[data-testid="manual-booking"] [data-testid="${SECTION[kind]}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [only, kind, loaded]);
  if (!only) return null;
  const close = () => useConsultantStore.getState().select(null);
  return (
    <section ref={ref} className="card manual-booking" data-testid="manual-booking" aria-labelledby="manual-booking-title" aria-busy={!loaded && status === 'loading'}>
      <header className="card__head manual-booking__head">
        <h2 id="manual-booking-title" className="card__title">
          {t('deadlines.bookByHand.title', { what: kind ? t(`demand.${kind}` as MessageKey) : '', name: item?.participant.name ?? '' })}
        </h2>
        <button type="button" className="btn btn--small" data-testid="manual-booking-close" onClick={close}>
          {t('deadlines.bookByHand.close')}
        </button>
      </header>
      <p className="muted">{t('deadlines.bookByHand.intro')}</p>
      {item ? (
        <ClientPanel key={item.participant.id} item={item} weekStart={weekStart} today={todayInAmsterdam()} byHand />
      ) : status === 'loading' || status === 'idle' ? (
        <p className="state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('deadlines.bookByHand.loading')}
        </p>
      ) : (
        <p className="state state--error" role="alert" data-testid="manual-booking-error">
          {error ?? t('deadlines.bookByHand.gone')}
        </p>
      )}
    </section>
  );
}
