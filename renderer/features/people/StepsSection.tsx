import { useState } from 'react';
import type { ParticipantDetail, PeopleOutcome } from '../../../shared/api/contract';
import { DEMAND_KINDS, type DemandKind } from '../../../shared/domain/kinds';
import { useFieldMsg, useMsg, useT } from '../../i18n';
import { BookingsDialog } from './BookingsDialog';
import { bookingText, dateText } from './peopleText';
import { usePeopleStore, type PeopleResult } from './peopleStore';

type Step = ParticipantDetail['steps'][number];

/** The client's next steps in the consultant's order: move up or down, drop, add one. */
export function StepsSection({ steps, readOnly }: { steps: Step[]; readOnly: boolean }) {
  const { t, lang } = useT();
  const m = useMsg();
  const moveStep = usePeopleStore((s) => s.moveStep);
  const removeStep = usePeopleStore((s) => s.removeStep);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A field's refusal may be a message the schemas encode: written out where it is shown.
  const fieldMsg = useFieldMsg();
  const [held, setHeld] = useState<{ demandId: string; outcome: PeopleOutcome } | null>(null);
  const active = steps.filter((s) => s.status !== 'done');

  const run = async (action: () => Promise<PeopleResult>, demandId?: string) => {
    setBusy(true);
    setError(null);
    const r = await action();
    setBusy(false);
    if (r.outcome && !r.outcome.applied && r.outcome.bookings.length > 0 && demandId) setHeld({ demandId, outcome: r.outcome });
    else if (!r.outcome?.applied) setError(r.error ?? Object.values(r.fields)[0] ?? r.outcome?.message ?? null);
    else setHeld(null);
  };

  return (
    <section className="people-section" aria-labelledby="people-steps-title" data-testid="client-steps">
      <h3 id="people-steps-title" className="people-section__title">
        {t('people.steps.title')}
      </h3>
      {error && (
        <p className="inline-error" role="alert" data-testid="client-steps-error">
          {fieldMsg(error)}
        </p>
      )}
      {steps.length === 0 && <p className="muted">{t('people.steps.none')}</p>}
      <ol className="people-steps">
        {steps.map((s) => {
          const i = active.indexOf(s);
          const label = m(s.labelMsg, s.label);
          return (
            <li key={s.demandId} className={`people-step people-step--${s.status}`} data-testid="client-step" data-kind={s.kind}>
              <span className="people-step__label">{label}</span>
              <span className="people-step__status">{t(`people.steps.status.${s.status}`)}</span>
              <span className="people-step__when muted">
                {s.booking ? bookingText(s.booking, lang) : s.dueDate ? t('people.steps.due', { date: dateText(s.dueDate, lang) }) : ''}
              </span>
              {s.booking?.override && (
                <span className="people-step__override" data-testid="client-step-override">
                  ⚠ {m(s.booking.override.msg, s.booking.override.note)}
                </span>
              )}
              {!readOnly && s.status !== 'done' && (
                <span className="people-step__actions">
                  <button
                    type="button"
                    className="btn btn--ghost"
                    disabled={busy || i === 0}
                    aria-label={t('people.steps.up', { step: label })}
                    data-testid="client-step-up"
                    onClick={() => void run(() => moveStep(s.demandId, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn--ghost"
                    disabled={busy || i === active.length - 1}
                    aria-label={t('people.steps.down', { step: label })}
                    data-testid="client-step-down"
                    onClick={() => void run(() => moveStep(s.demandId, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="btn btn--ghost"
                    disabled={busy}
                    aria-label={t('people.steps.remove', { step: label })}
                    data-testid="client-step-remove"
                    onClick={() => void run(() => removeStep(s.demandId, false), s.demandId)}
                  >
                    {t('manage.rowRemove')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && <AddStep onError={setError} />}
      {held && (
        <BookingsDialog outcome={held.outcome} busy={busy} onCancel={() => setHeld(null)} onConfirm={() => void run(() => removeStep(held.demandId, true), held.demandId)} />
      )}
    </section>
  );
}

/** Adds a step: its kind, for a proefles the school, and an optional due date. */
function AddStep({ onError }: { onError(message: string | null): void }) {
  const { t } = useT();
  const addStep = usePeopleStore((s) => s.addStep);
  const options = usePeopleStore((s) => s.options);
  const schools = options?.schools ?? [];
  const [kind, setKind] = useState<DemandKind>('toets');
  const [schoolId, setSchoolId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="people-add-step"
      data-testid="client-step-add"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        onError(null);
        void addStep({ kind, schoolId: kind === 'trialLesson' && schoolId ? schoolId : null, earliestDate: null, dueDate: dueDate || null }).then((r) => {
          setBusy(false);
          if (!r.outcome?.applied) onError(r.error ?? Object.values(r.fields)[0] ?? r.outcome?.message ?? null);
          else setDueDate('');
        });
      }}
    >
      <label className="field field--inline">
        <span className="field__label">{t('people.steps.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as DemandKind)} data-testid="client-step-add-kind">
          {DEMAND_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`consultant.step.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'trialLesson' && (
        <label className="field field--inline">
          <span className="field__label">{t('manage.field.school')}</span>
          <select value={schoolId} onChange={(e) => setSchoolId(e.target.value)} data-testid="client-step-add-school">
            <option value="">{t('people.choose')}</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field field--inline">
        <span className="field__label">{t('people.steps.dueDate')}</span>
        <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} data-testid="client-step-add-due" />
      </label>
      <button type="submit" className="btn" disabled={busy} data-testid="client-step-add-save">
        {t('people.steps.add')}
      </button>
    </form>
  );
}
