import { useId, useState } from 'react';
import type { PeopleOutcome } from '../../../shared/api/contract';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useFieldMsg, useMsg, useT } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { bookingText } from './peopleText';
import { usePeopleStore, type ErasePreview } from './peopleStore';

/** "Traject beëindigen" (date and reason) and "Gegevens verwijderen", each confirmed. */
export function EndEraseActions({ ended }: { ended: boolean }) {
  const { t } = useT();
  const [ending, setEnding] = useState(false);
  const [preview, setPreview] = useState<ErasePreview | null>(null);
  const erasePreview = usePeopleStore((s) => s.erasePreview);
  return (
    <div className="people-actions">
      {!ended && (
        <button type="button" className="btn" data-testid="client-end" onClick={() => setEnding(true)}>
          {t('people.end.button')}
        </button>
      )}
      <button type="button" className="btn btn--danger" data-testid="client-erase" onClick={() => void erasePreview().then(setPreview)}>
        {t('people.erase.button')}
      </button>
      {ending && <EndDialog onClose={() => setEnding(false)} />}
      {preview && <EraseDialog preview={preview} onClose={() => setPreview(null)} />}
    </div>
  );
}

function EndDialog({ onClose }: { onClose(): void }) {
  const { t, lang } = useT();
  const id = useId();
  const today = useAppStore((s) => s.info?.today ?? '');
  const end = usePeopleStore((s) => s.end);
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // A field's refusal may be a message the schemas encode: written out where it is shown.
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const fieldMsg = useFieldMsg();
  const [held, setHeld] = useState<PeopleOutcome | null>(null);
  const submit = async () => {
    if (!date) return setError({ field: 'date', message: t('people.end.dateMissing') });
    if (!reason.trim()) return setError({ field: 'reason', message: t('people.end.reasonMissing') });
    setBusy(true);
    const r = await end(date, reason.trim(), held !== null);
    setBusy(false);
    if (r.outcome?.applied) return onClose();
    if (r.outcome && r.outcome.bookings.length > 0) return setHeld(r.outcome);
    const [field, message] = Object.entries(r.fields)[0] ?? [null, r.error ?? r.outcome?.message ?? ''];
    setError({ field, message });
  };
  return (
    <ConfirmDialog
      title={t('people.end.title')}
      confirmLabel={held ? t('people.bookings.confirm') : t('people.end.confirm')}
      warning
      busy={busy}
      testId="client-end-dialog"
      onCancel={onClose}
      onConfirm={() => void submit()}
    >
      <p>{t('people.end.text')}</p>
      <div className="manage-field">
        <label htmlFor={`${id}-date`} className="field__label">
          {t('people.end.date')}
        </label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          disabled={held !== null}
          aria-invalid={error?.field === 'date' || undefined}
          onChange={(e) => setDate(e.target.value)}
          data-testid="client-end-date"
        />
        {error?.field === 'date' && <span className="inline-error">{fieldMsg(error.message)}</span>}
      </div>
      <div className="manage-field">
        <label htmlFor={`${id}-reason`} className="field__label">
          {t('people.end.reason')}
        </label>
        <input
          id={`${id}-reason`}
          type="text"
          maxLength={200}
          value={reason}
          disabled={held !== null}
          aria-invalid={error?.field === 'reason' || undefined}
          onChange={(e) => setReason(e.target.value)}
          data-testid="client-end-reason"
        />
        {error?.field === 'reason' && <span className="inline-error">{fieldMsg(error.message)}</span>}
      </div>
      {error && error.field !== 'date' && error.field !== 'reason' && (
        <p className="inline-error" role="alert">
          {fieldMsg(error.message)}
        </p>
      )}
      {held && (
        <>
          <p role="alert">{held.message}</p>
          <ul className="manage-conflicts" data-testid="client-end-bookings">
            {held.bookings.map((b, i) => (
              <li key={i}>{bookingText(b, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}

function EraseDialog({ preview, onClose }: { preview: ErasePreview; onClose(): void }) {
  const { t, lang } = useT();
  const m = useMsg();
  const erase = usePeopleStore((s) => s.erase);
  const close = usePeopleStore((s) => s.close);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      title={t('people.erase.title')}
      confirmLabel={t('people.erase.confirm')}
      danger
      busy={busy}
      testId="client-erase-dialog"
      onCancel={onClose}
      onConfirm={() => {
        setBusy(true);
        void erase().then((r) => {
          setBusy(false);
          if (r.outcome?.applied) {
            onClose();
            close();
          } else setError(r.error ?? r.outcome?.message ?? null);
        });
      }}
    >
      <p>{t('people.erase.removes')}</p>
      <ul className="manage-conflicts" data-testid="client-erase-removes">
        {preview.removesMsg.map((s, i) => (
          <li key={i}>{m(s, preview.removes[i])}</li>
        ))}
        {preview.futureBookings.map((b, i) => (
          <li key={`b${i}`}>{t('people.erase.booking', { booking: bookingText(b, lang) })}</li>
        ))}
      </ul>
      {preview.keepsMsg.length > 0 && (
        <>
          <p>{t('people.erase.keeps')}</p>
          <ul className="manage-conflicts" data-testid="client-erase-keeps">
            {preview.keepsMsg.map((s, i) => (
              <li key={i}>{m(s, preview.keeps[i])}</li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
