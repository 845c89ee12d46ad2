import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { PeopleOutcome } from '../../../shared/api/contract';
import { ErrorsContext, FormShell, errorsOf, type FieldErrors } from '../manage/FormFrame';
import { BookingsDialog } from './BookingsDialog';
import type { PeopleResult } from './peopleStore';

interface Props {
  testId: string;
  title: string;
  /** The same schema the services check the save with. */
  schema: z.ZodType;
  build(): Record<string, unknown>;
  save(form: Record<string, unknown>, confirm: boolean): Promise<PeopleResult>;
  onDone(outcome: PeopleOutcome): void;
  onCancel(): void;
  /** A save refused as stale: the form fills in again from the reloaded page. */
  onStale?(): void;
  children: ReactNode;
}

/**
 * A people form: its fields with errors next to each from the shared schema, Save and Cancel. A
 * save that would cancel bookings is held back by the services: the dialog lists them and the
 * user goes on anyway or back to the form.
 */
export function PeopleFormFrame({ testId, title, schema, build, save, onDone, onCancel, onStale, children }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [serverErrors, setErrors] = useState<FieldErrors>({});
  const [checking, setChecking] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  // Refused because someone else saved first: who and when, above the form of the reloaded page.
  const [staleNotice, setStaleNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState<{ form: Record<string, unknown>; outcome: PeopleOutcome } | null>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const live = checking ? schema.safeParse(build()) : null;
  const errors = live && !live.success ? errorsOf(live.error.issues) : live ? {} : serverErrors;
  const focusFirstError = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const run = async (form: Record<string, unknown>, confirm: boolean) => {
    setBusy(true);
    const result = await save(form, confirm);
    setBusy(false);
    if (result.outcome?.applied) {
      setHeld(null);
      onDone(result.outcome);
      return;
    }
    if (result.outcome && result.outcome.bookings.length > 0) {
      setHeld({ form, outcome: result.outcome });
      return;
    }
    setHeld(null);
    setErrors(result.fields);
    if (result.stale) {
      setFormError(null);
      setStaleNotice(result.error);
      onStale?.();
      return;
    }
    setFormError(result.error ?? result.outcome?.message ?? null);
    focusFirstError();
  };

  const submit = () => {
    const form = build();
    const checked = schema.safeParse(form);
    if (!checked.success) {
      setChecking(true);
      setFormError(null);
      focusFirstError();
      return;
    }
    setChecking(false);
    setErrors({});
    setFormError(null);
    setStaleNotice(null);
    void run(form, false);
  };

  return (
    <ErrorsContext.Provider value={{ errors, prefix: testId }}>
      <FormShell
        testId={testId}
        title={title}
        formRef={formRef}
        busy={busy}
        formError={formError}
        staleNotice={staleNotice}
        onSubmit={submit}
        onCancel={onCancel}
        escapeCancels={!held}
      >
        {children}
      </FormShell>
      {held && <BookingsDialog outcome={held.outcome} busy={busy} onCancel={() => setHeld(null)} onConfirm={() => void run(held.form, true)} />}
    </ErrorsContext.Provider>
  );
}
