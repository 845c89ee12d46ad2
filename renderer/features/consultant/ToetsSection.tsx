import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { addDays, isoWeekOf } from '../../../shared/domain/week';
import { useMsg, useT } from '../../i18n';
import { whenText } from './whenText';
import { defaultSlot } from './clientText';
import { useConsultantStore } from './consultantStore';
import { OpenSlotForm } from './OpenSlotForm';
import { useAction } from './useAction';

type Slots = CallOutput<'toets.slots'>;

/** Toets boeken: only slots that fit the client (certified consultant, the right laptop). */
/** `byHand`: the coordinator books for someone ("handmatig boeken"): no slot requests or own slots, which are a consultant's. */
export function ToetsSection({ participantId, weekStart: firstWeek, onChanged, byHand }: { participantId: string; weekStart: string; onChanged(): void; byHand?: boolean }) {
  const { t, lang } = useT();
  const say = useMsg();
  const [weekStart, setWeekStart] = useState(firstWeek);
  const [data, setData] = useState<Slots | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; warn: boolean } | null>(null);
  const [reason, setReason] = useState('');
  const [requested, setRequested] = useState(false);
  const { busy, error, run } = useAction();

  const load = useCallback(async () => {
    const res = await run(() => useConsultantStore.getState().toetsSlots(participantId, weekStart));
    if (res) {
      setData(res);
      setChosen((c) => defaultSlot(res.slots, c));
    }
  }, [participantId, weekStart, run]);
  useEffect(() => {
    void load();
  }, [load]);

  const chosenSlot = data?.slots.find((s) => s.sessionId === chosen) ?? null;
  const breaks = (chosenSlot?.problems.length ?? 0) > 0;
  const book = async () => {
    if (!chosen) return;
    // A slot that breaks a hard rule is booked only with "Toch boeken" and the reason.
    const res = await run(() => useConsultantStore.getState().bookToets(participantId, chosen, breaks ? reason : undefined));
    if (!res) return;
    setReason('');
    setNotice({
      text: [t('consultant.toets.booked', { when: whenText(res.booked.start, res.booked.end, lang) }), ...res.warnings.map((w) => say(w.msg, w.message))].join(' '),
      warn: res.warnings.length > 0,
    });
    onChanged();
    await load();
  };
  const cancel = async () => {
    const res = await run(() => useConsultantStore.getState().cancelToets(participantId));
    if (!res) return;
    setNotice({ text: t('consultant.toets.cancelled'), warn: false });
    onChanged();
    await load();
  };
  const request = async () => {
    const res = await run(() => useConsultantStore.getState().requestToetsSlot(participantId, weekStart));
    if (!res) return;
    setRequested(true);
    setNotice({ text: t('consultant.toets.requested'), warn: false });
  };

  return (
    <section className="client-section" data-testid="toets-section" aria-labelledby={`toets-${participantId}`} aria-busy={busy || (data === null && !error)}>
      <div className="client-section__head">
        <h4 id={`toets-${participantId}`} className="client-section__title">
          {t('consultant.toets.title')}
        </h4>
        <div className="mini-week" role="group" aria-label={t('consultant.week')}>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            data-testid="toets-week-prev"
            aria-label={t('week.prev')}
            onClick={() => setWeekStart(addDays(weekStart, -7))}
          >
            ‹
          </button>
          <span className="mini-week__label" data-testid="toets-week">
            {t('consultant.weekN', { n: isoWeekOf(weekStart).week })}
          </span>
          <button type="button" className="btn btn--ghost btn--small" data-testid="toets-week-next" aria-label={t('week.next')} onClick={() => setWeekStart(addDays(weekStart, 7))}>
            ›
          </button>
        </div>
      </div>
      {data && <p className="cell-sub">{t('consultant.toets.laptop', { kind: t(`consultant.laptop.${data.laptopKind}`) })}</p>}
      {data?.booked && (
        <div className="booked" data-testid="toets-booked">
          <span>
            {t('consultant.toets.current')} <strong>{whenText(data.booked.start, data.booked.end, lang)}</strong> · {data.booked.locationName} · {data.booked.consultant.name}
          </span>
          <button type="button" className="btn btn--small" data-testid="toets-cancel" disabled={busy} onClick={() => void cancel()}>
            {t('consultant.cancel')}
          </button>
        </div>
      )}
      {data && data.slots.length > 0 && (
        <fieldset className="choices">
          <legend className="sr-only">{t('consultant.toets.choose')}</legend>
          {data.slots.map((s) => (
            <label key={s.sessionId} className={chosen === s.sessionId ? 'choice choice--on' : 'choice'} data-testid="toets-slot" data-session-id={s.sessionId}>
              <input type="radio" name={`toets-${participantId}`} checked={chosen === s.sessionId} onChange={() => setChosen(s.sessionId)} />
              <span>
                <strong>{whenText(s.start, s.end, lang)}</strong> · {s.locationName} ({s.gemeente})
                <span className="cell-sub">
                  {s.consultant.name} · {t('consultant.toets.free', { n: s.freeLaptops })}
                  {s.status === 'proposed' && <> · {t('week.status.concept')}</>}
                </span>
                {s.problems.map((w, i) => (
                  <span key={i} className={`slot-problem slot-problem--${w.kind}`} data-testid="toets-problem">
                    {say(w.msg, w.message)}
                  </span>
                ))}
              </span>
            </label>
          ))}
          {breaks && (
            <div className="override" data-testid="toets-override">
              <p className="override__why" role="alert">
                {t('consultant.override.intro')}
              </p>
              <label className="field">
                <span className="field__label">{t('consultant.override.reason')}</span>
                <input type="text" data-testid="toets-override-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
              </label>
            </div>
          )}
          <button
            type="button"
            className={breaks ? 'btn btn--danger' : 'btn btn--primary'}
            data-testid="toets-book"
            disabled={busy || !chosen || chosen === data.booked?.sessionId || (breaks && reason.trim().length < 3)}
            onClick={() => void book()}
          >
            {breaks ? t('consultant.override.book') : data.booked ? t('consultant.toets.rebook') : t('consultant.toets.book')}
          </button>
        </fieldset>
      )}
      {data && data.slots.length === 0 && <NoSlots data={data} byHand={byHand} disabled={busy || requested} onRequest={() => void request()} />}
      {!byHand && <OpenSlotForm weekStart={weekStart} onOpened={() => void load()} />}
      {notice && (
        <p className={notice.warn ? 'notice notice--warn' : 'notice notice--ok'} role="status" data-testid="toets-notice">
          {notice.text}
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

/**
 * No slot fits: why, and "Vraag extra toetsmoment aan" for a client without a toets (the service
 * refuses a request for one who has it; the coordinator books by hand without requests).
 */
export function NoSlots({ data, byHand, disabled, onRequest }: { data: Slots; byHand?: boolean; disabled: boolean; onRequest(): void }) {
  const { t } = useT();
  const say = useMsg();
  return (
    <div className="notice notice--warn" data-testid="toets-none">
      <p>{data.reasonMsg ? say(data.reasonMsg) : (data.reason ?? t('consultant.toets.none'))}</p>
      {!byHand && !data.booked && (
        <button type="button" className="btn btn--small" data-testid="toets-request" disabled={disabled} onClick={onRequest}>
          {t('consultant.toets.request')}
        </button>
      )}
    </div>
  );
}
