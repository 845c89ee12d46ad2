import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { z } from 'zod';
import type { ChangeOutcome } from '../../../shared/api/contract';
import { StaleNotice } from '../../app/StaleNotice';
import { useFieldMsg, useMsg, useT } from '../../i18n';
import { ChangeDialog } from './ChangeDialog';
import type { ChangeFlags, ChangeResult } from './manageStore';

/**
 * The messages of a form, by the dotted path of the field ("opening.0.end"): a refusal the
 * schemas encode as a message (shared/messages/field-msg.ts), written out where it is shown.
 */
export type FieldErrors = Record<string, string>;

export const ErrorsContext = createContext<{ errors: FieldErrors; prefix: string }>({ errors: {}, prefix: '' });

/** Messages of a zod check, by field path; the first one per field. */
export function errorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) out[issue.path.map(String).join('.')] ??= issue.message;
  return out;
}

interface FieldProps {
  /** The dotted path its errors come under. */
  name: string;
  label: string;
  hint?: string;
  /** The input, given its id and the attributes that tie it to the label and the error. */
  children(a: { id: string; 'aria-invalid': boolean | undefined; 'aria-describedby': string | undefined; 'data-testid': string }): ReactNode;
  className?: string;
}

/** A label, its input and, beside it, the field's error in the reader's language (tied with aria-describedby). */
export function Field({ name, label, hint, children, className }: FieldProps) {
  const { errors, prefix } = useContext(ErrorsContext);
  const fieldMsg = useFieldMsg();
  const uid = useId();
  const id = `${uid}-input`;
  const error = errors[name];
  const testId = `${prefix}-${name.replace(/\./g, '-')}`;
  const described = [hint ? `${uid}-hint` : null, error ? `${uid}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `manage-field ${className}` : 'manage-field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described, 'data-testid': testId })}
      {hint && (
        <span id={`${uid}-hint`} className="muted manage-field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${uid}-error`} className="inline-error" data-testid={`${testId}-error`}>
          {fieldMsg(error)}
        </span>
      )}
    </div>
  );
}

/** The error of a field that has no single input (a group of checkboxes, a list). */
export function GroupError({ name }: { name: string }) {
  const { errors, prefix } = useContext(ErrorsContext);
  const fieldMsg = useFieldMsg();
  const error = errors[name];
  if (!error) return null;
  return (
    <span className="inline-error" data-testid={`${prefix}-${name.replace(/\./g, '-')}-error`} role="alert">
      {fieldMsg(error)}
    </span>
  );
}

interface Props {
  testId: string;
  title: string;
  /** The same schema the services check the save with. */
  schema: z.ZodType;
  /** The form as the save call takes it (numbers as numbers; an empty number field as undefined). */
  build(): Record<string, unknown>;
  save(form: Record<string, unknown>, flags: ChangeFlags): Promise<ChangeResult>;
  /** What the change is called in the conflicts dialog ("Zaal 1 opslaan"). */
  onDone(outcome: ChangeOutcome): void;
  onCancel(): void;
  /** A save refused as stale: the screen fills the form again from the reloaded row. */
  onStale?(): void;
  children: ReactNode;
}

/**
 * A form: its fields, errors next to each field from the shared schema, Save and Cancel. A save
 * that would cause conflicts in planned weeks is held back by the services: the dialog shows them
 * and the user saves anyway (with a reason) or goes back to the form.
 */
export function FormFrame({ testId, title, schema, build, save, onDone, onCancel, onStale, children }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const m = useMsg();
  const [serverErrors, setErrors] = useState<FieldErrors>({});
  // After a refused save the form is checked again as the user types, so a fixed field loses its message.
  const [checking, setChecking] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  // Refused because someone else saved first: who and when, above the form now filled in afresh.
  const [staleNotice, setStaleNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState<{ form: Record<string, unknown>; outcome: ChangeOutcome } | null>(null);

  useEffect(() => {
    // An opened form takes the focus on its first field.
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const live = checking ? schema.safeParse(build()) : null;
  const errors = live && !live.success ? errorsOf(live.error.issues) : live ? {} : serverErrors;

  const focusFirstError = () =>
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });

  const run = async (form: Record<string, unknown>, flags: ChangeFlags) => {
    setBusy(true);
    const result = await save(form, flags);
    setBusy(false);
    if (result.outcome?.applied) {
      setHeld(null);
      onDone(result.outcome);
      return;
    }
    if (result.outcome && result.outcome.conflicts.count > 0) {
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
    setFormError(result.error ?? (result.outcome ? m(result.outcome.msg, result.outcome.message) : null));
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
    void run(form, {});
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
      {held && <ChangeDialog outcome={held.outcome} busy={busy} onCancel={() => setHeld(null)} onConfirm={(reason) => void run(held.form, { confirm: true, reason })} />}
    </ErrorsContext.Provider>
  );
}

/**
 * The markup every management and people form shares: title, fields, the form's own error, Save
 * and Cancel, Enter to save and Escape to cancel (not while a dialog holds the save).
 */
export function FormShell(props: {
  testId: string;
  title: string;
  formRef: RefObject<HTMLFormElement | null>;
  busy: boolean;
  formError: string | null;
  /** A save refused because someone else saved first ('stale'): shown calmly beside Save; the fields show the current state. */
  staleNotice?: string | null;
  onSubmit(): void;
  onCancel(): void;
  escapeCancels: boolean;
  children: ReactNode;
}) {
  const { t } = useT();
  const { testId, title, formRef, busy, formError, staleNotice, onSubmit, onCancel, escapeCancels, children } = props;
  return (
    <form
      ref={formRef}
      className="manage-form"
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && escapeCancels) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={`${testId}-title`} className="manage-form__title">
        {title}
      </h3>
      <div className="manage-form__fields">{children}</div>
      {formError && (
        <p className="inline-error" role="alert" data-testid={`${testId}-error`}>
          {formError}
        </p>
      )}
      {/* Beside Save, where the person who pressed it reads on. */}
      {staleNotice && <StaleNotice testId={`${testId}-stale`} message={staleNotice} />}
      <div className="manage-form__actions">
        <button type="submit" className="btn btn--primary" disabled={busy} aria-busy={busy} data-testid={`${testId}-save`}>
          {t('manage.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel} data-testid={`${testId}-cancel`}>
          {t('planning.cancel')}
        </button>
      </div>
    </form>
  );
}
