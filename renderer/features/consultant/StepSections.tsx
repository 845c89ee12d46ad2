import { useState } from 'react';
import { useMsg, useT } from '../../i18n';
import { whenText } from './whenText';
import { formatDate } from '../../i18n/format';
import { useConsultantStore, type CaseloadItem } from './consultantStore';
import { useAction } from './useAction';
import { OverrideForm } from './OverrideForm';

function stepOf(item: CaseloadItem, kind: CaseloadItem['steps'][number]['kind']) {
  return item.steps.find((s) => s.kind === kind) ?? null;
}

type StartklasOptions = Awaited<ReturnType<ReturnType<typeof useConsultantStore.getState>['startklasOptions']>>;

/**
 * Startklas: "Aanmelden" first lists the intake moments of the coming weeks (date, time, place,
 * seats left, what each would break), the earliest that breaks nothing chosen; confirming books
 * that moment. One that breaks a hard rule is booked only with "Toch boeken"; with no seat
 * anywhere the client goes on the waiting list (it moves up by itself).
 */
export function StartklasSection({ item, onChanged }: { item: CaseloadItem; onChanged(): void }) {
  const { t, lang } = useT();
  const say = useMsg();
  const { busy, error, overridable, run } = useAction();
  const [notice, setNotice] = useState<{ text: string; warn: boolean } | null>(null);
  const [options, setOptions] = useState<StartklasOptions['options'] | null>(null);
  const [horizon, setHorizon] = useState<StartklasOptions['window']>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const step = stepOf(item, 'startklasIntake');
  const participantId = item.participant.id;
  const keyOf = (o: { intakeId: string; date: string }) => `${o.intakeId}|${o.date}`;
  const open = (options ?? []).filter((o) => o.freeSeats > 0);
  const selected = open.find((o) => keyOf(o) === chosen) ?? null;

  const look = async () => {
    setNotice(null);
    const res = await run(() => useConsultantStore.getState().startklasOptions(participantId));
    if (!res) return;
    if (res.current || res.waitingPosition) {
      onChanged();
      return;
    }
    const free = res.options.filter((o) => o.freeSeats > 0);
    const first = free.find((o) => o.problems.length === 0) ?? free[0];
    setOptions(res.options);
    setHorizon(res.window);
    setChosen(first ? keyOf(first) : null);
  };
  const register = async (overrideReason?: string) => {
    const moment = selected ? { intakeId: selected.intakeId, date: selected.date } : undefined;
    const res = await run(() => useConsultantStore.getState().registerStartklas(participantId, overrideReason, moment));
    if (!res) return;
    setOptions(null);
    const text =
      res.status === 'booked' && res.intake
        ? t('consultant.startklas.booked', { when: whenText(res.intake.start, res.intake.end, lang), place: res.intake.locationName })
        : t('consultant.startklas.waiting', { n: res.waitingPosition ?? 0 });
    setNotice({ text: [text, ...res.warnings.map((w) => say(w.msg, w.message))].join(' '), warn: res.warnings.length > 0 });
    onChanged();
  };
  const cancel = async () => {
    const res = await run(() => useConsultantStore.getState().cancelStartklas(participantId));
    if (!res) return;
    setNotice({ text: res.movedUp ? t('consultant.startklas.movedUp', { name: res.movedUp.name }) : t('consultant.startklas.cancelled'), warn: false });
    onChanged();
  };
  const registered = !!step?.booking || !!step?.waitingPosition;
  const hard = selected?.problems ?? [];

  return (
    <section className="client-section" data-testid="startklas-section">
      <h4 className="client-section__title">{t('consultant.startklas.title')}</h4>
      {step?.booking && (
        <p>
          {t('consultant.startklas.current')} <strong>{whenText(step.booking.start, step.booking.end, lang)}</strong> · {step.booking.locationName}
        </p>
      )}
      {step?.waitingPosition && <p data-testid="startklas-position">{t('consultant.waiting', { n: step.waitingPosition })}</p>}
      {options && !registered && (
        <div className="preview" data-testid="startklas-options">
          {horizon && (
            <p className="cell-sub" data-testid="startklas-window">
              {t(`consultant.startklas.window.${horizon.by}`, { date: formatDate(horizon.until, lang, 'EEEE d MMMM yyyy') })}
            </p>
          )}
          {open.length === 0 ? (
            <p>{t('consultant.startklas.noSeat')}</p>
          ) : (
            <fieldset className="choices">
              <legend className="sr-only">{t('consultant.startklas.choose')}</legend>
              {options.map((o) => (
                <label key={keyOf(o)} className={keyOf(o) === chosen ? 'choice choice--on' : 'choice'} data-testid="startklas-option" data-date={o.date}>
                  <input type="radio" name={`startklas-${participantId}`} checked={keyOf(o) === chosen} disabled={busy || o.freeSeats === 0} onChange={() => setChosen(keyOf(o))} />
                  <span>
                    <strong>{whenText(o.start, o.end, lang)}</strong> · {o.locationName}
                    <span className="cell-sub">{o.freeSeats === 0 ? t('consultant.startklas.full') : t('consultant.startklas.seats', { n: o.freeSeats })}</span>
                    {o.freeSeats > 0 &&
                      o.problems.map((w, i) => (
                        <span key={i} className={`slot-problem slot-problem--${w.kind}`} data-testid="startklas-problem">
                          {say(w.msg, w.message)}
                        </span>
                      ))}
                    {o.freeSeats > 0 &&
                      o.warnings.map((w, i) => (
                        <span key={`w${i}`} className={`slot-problem slot-problem--${w.kind}`} data-testid="startklas-warning">
                          {say(w.msg, w.message)}
                        </span>
                      ))}
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="actions">
            {hard.length === 0 && (
              <button type="button" className="btn btn--primary" data-testid="startklas-confirm" disabled={busy} onClick={() => void register()}>
                {t('consultant.groupInfo.confirm')}
              </button>
            )}
            <button type="button" className="btn btn--ghost" data-testid="startklas-options-cancel" disabled={busy} onClick={() => setOptions(null)}>
              {t('consultant.groupInfo.back')}
            </button>
          </div>
          {hard.length > 0 && <OverrideForm testId="startklas" busy={busy} onBook={(reason) => void register(reason)} />}
        </div>
      )}
      <div className="actions">
        {!registered && !options && (
          <button type="button" className="btn btn--primary" data-testid="startklas-register" disabled={busy} onClick={() => void look()}>
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
        <p className={notice.warn ? 'notice notice--warn' : 'notice notice--ok'} role="status" data-testid="startklas-notice">
          {notice.text}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {overridable && !registered && hard.length === 0 && <OverrideForm testId="startklas" busy={busy} onBook={(reason) => void register(reason)} />}
    </section>
  );
}

type GroupInfoPreview = Awaited<ReturnType<ReturnType<typeof useConsultantStore.getState>['previewGroupInfo']>>;

/**
 * Groepsvoorlichting in the client's language: "Op de lijst zetten" first shows what it would do
 * (the session's date, time and place, seats left, what it breaks, partners' appointments then);
 * confirming books that session. What breaks a hard rule is booked only with "Toch boeken".
 */
export function GroupInfoSection({ item, onChanged }: { item: CaseloadItem; onChanged(): void }) {
  const { t, lang } = useT();
  const say = useMsg();
  const { busy, error, overridable, run } = useAction();
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);
  const [preview, setPreview] = useState<GroupInfoPreview | null>(null);
  const step = stepOf(item, 'groupInfo');
  const participantId = item.participant.id;

  const look = async () => {
    setMessage(null);
    const res = await run(() => useConsultantStore.getState().previewGroupInfo(participantId));
    if (res) setPreview(res);
  };
  const enlist = async (overrideReason?: string) => {
    const res = await run(() => useConsultantStore.getState().enlistGroupInfo(participantId, overrideReason, preview?.session?.sessionId));
    if (!res) return;
    setPreview(null);
    setMessage({ text: [say(res.msg, res.message), ...res.warnings.map((w) => say(w.msg, w.message))].join(' '), warn: res.warnings.length > 0 });
    onChanged();
  };
  const hard = preview?.problems ?? [];
  // On the list already: a state, not the button again (enlisting twice changes nothing).
  const listedOn = !step?.booking ? (step?.listedOn ?? null) : null;

  return (
    <section className="client-section" data-testid="groupinfo-section">
      <h4 className="client-section__title">{t('consultant.groupInfo.title')}</h4>
      {step?.booking ? (
        <p>
          {t('consultant.groupInfo.current')} <strong>{whenText(step.booking.start, step.booking.end, lang)}</strong> · {step.booking.locationName}
        </p>
      ) : listedOn ? (
        <>
          <p data-testid="groupinfo-listed">{t('consultant.groupInfo.listed', { date: formatDate(listedOn, lang, 'EEEE d MMMM') })}</p>
          {!preview && (
            <button type="button" className="btn btn--small" data-testid="groupinfo-look" disabled={busy} onClick={() => void look()}>
              {t('consultant.groupInfo.look')}
            </button>
          )}
        </>
      ) : (
        !preview && (
          <button type="button" className="btn btn--primary" data-testid="groupinfo-enlist" disabled={busy} onClick={() => void look()}>
            {t('consultant.groupInfo.enlist')}
          </button>
        )
      )}
      {preview && !step?.booking && (
        <div className="preview" data-testid="groupinfo-preview">
          <p>
            {preview.session
              ? t('consultant.groupInfo.previewSession', {
                  when: whenText(preview.session.start, preview.session.end, lang),
                  place: preview.session.locationName,
                  n: preview.session.freeSeats,
                })
              : t(listedOn ? 'consultant.groupInfo.stillListed' : 'consultant.groupInfo.previewList')}
          </p>
          {(hard.length > 0 || preview.warnings.length > 0) && (
            <ul className="notice notice--warn plain-list" data-testid="groupinfo-preview-problems">
              {[...hard, ...preview.warnings].map((w, i) => (
                <li key={i}>{say(w.msg, w.message)}</li>
              ))}
            </ul>
          )}
          <div className="actions">
            {hard.length === 0 && !(listedOn && !preview.session) && (
              <button type="button" className="btn btn--primary" data-testid="groupinfo-confirm" disabled={busy} onClick={() => void enlist()}>
                {t('consultant.groupInfo.confirm')}
              </button>
            )}
            <button type="button" className="btn btn--ghost" data-testid="groupinfo-preview-cancel" disabled={busy} onClick={() => setPreview(null)}>
              {t('consultant.groupInfo.back')}
            </button>
          </div>
          {hard.length > 0 && <OverrideForm testId="groupinfo" busy={busy} onBook={(reason) => void enlist(reason)} />}
        </div>
      )}
      {message && (
        <p className={message.warn ? 'notice notice--warn' : 'notice notice--ok'} role="status" data-testid="groupinfo-message">
          {message.text}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {overridable && !step?.booking && hard.length === 0 && <OverrideForm testId="groupinfo" busy={busy} onBook={(reason) => void enlist(reason)} />}
    </section>
  );
}
