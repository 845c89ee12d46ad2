import { useState } from 'react';
import { useT } from '../../i18n';
import { whenText } from './whenText';
import { useConsultantStore, type CaseloadItem } from './consultantStore';
import { useAction } from './useAction';

function stepOf(item: CaseloadItem, kind: CaseloadItem['steps'][number]['kind']) {
  return item.steps.find((s) => s.kind === kind) ?? null;
}

/** Startklas: the next intake with a free seat, else the waiting list (it moves up by itself). */
export function StartklasSection({ item, onChanged }: { item: CaseloadItem; onChanged(): void }) {
  const { t, lang } = useT();
  const { busy, error, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const step = stepOf(item, 'startklasIntake');
  const participantId = item.participant.id;

  const register = async () => {
    const res = await run(() => useConsultantStore.getState().registerStartklas(participantId));
    if (!res) return;
    setNotice(
      res.status === 'booked' && res.intake
        ? t('consultant.startklas.booked', { when: whenText(res.intake.start, res.intake.end, lang), place: res.intake.locationName })
        : t('consultant.startklas.waiting', { n: res.waitingPosition ?? 0 }),
    );
    onChanged();
  };
  const cancel = async () => {
    const res = await run(() => useConsultantStore.getState().cancelStartklas(participantId));
    if (!res) return;
    setNotice(res.movedUp ? t('consultant.startklas.movedUp', { name: res.movedUp.name }) : t('consultant.startklas.cancelled'));
    onChanged();
  };
  const registered = !!step?.booking || !!step?.waitingPosition;

  return (
    <section className="client-section" data-testid="startklas-section">
      <h4 className="client-section__title">{t('consultant.startklas.title')}</h4>
      {step?.booking && (
        <p>
          {t('consultant.startklas.current')} <strong>{whenText(step.booking.start, step.booking.end, lang)}</strong> · {step.booking.locationName}
        </p>
      )}
      {step?.waitingPosition && <p data-testid="startklas-position">{t('consultant.waiting', { n: step.waitingPosition })}</p>}
      <div className="actions">
        {!registered && (
          <button type="button" className="btn btn--primary" data-testid="startklas-register" disabled={busy} onClick={() => void register()}>
            {t('consultant.startklas.register')}
          </button>
        )}
        {registered && (
          <button type="button" className="btn btn--small" data-testid="startklas-cancel" disabled={busy} onClick={() => void cancel()}>
            {t('consultant.cancel')}
          </button>
        )}
      </div>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** Groepsvoorlichting in the client's language: enlist and see when it is. */
export function GroupInfoSection({ item, onChanged }: { item: CaseloadItem; onChanged(): void }) {
  const { t, lang } = useT();
  const { busy, error, run } = useAction();
  const [message, setMessage] = useState<string | null>(null);
  const step = stepOf(item, 'groupInfo');

  const enlist = async () => {
    const res = await run(() => useConsultantStore.getState().enlistGroupInfo(item.participant.id));
    if (!res) return;
    setMessage(res.message);
    onChanged();
  };

  return (
    <section className="client-section" data-testid="groupinfo-section">
      <h4 className="client-section__title">{t('consultant.groupInfo.title')}</h4>
      {step?.booking ? (
        <p>
          {t('consultant.groupInfo.current')} <strong>{whenText(step.booking.start, step.booking.end, lang)}</strong> · {step.booking.locationName}
        </p>
      ) : (
        <button type="button" className="btn btn--primary" data-testid="groupinfo-enlist" disabled={busy} onClick={() => void enlist()}>
          {t('consultant.groupInfo.enlist')}
        </button>
      )}
      {message && (
        <p className="notice notice--ok" role="status" data-testid="groupinfo-message">
          {message}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
