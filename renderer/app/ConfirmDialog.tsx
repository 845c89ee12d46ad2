import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n';
import '../styles/planning.css';

interface Props {
  title: string;
  /** The question's explanation; a string or richer content (a list of consequences). */
  children: ReactNode;
  confirmLabel: string;
  /** Defaults to "Annuleren". */
  cancelLabel?: string;
  /** Marks the confirm button as the risky choice (red). */
  danger?: boolean;
  /** A yellow top edge: the question is a warning (changing a published week). */
  warning?: boolean;
  busy?: boolean;
  /** A third answer between the two ("Niet opslaan"). */
  alt?: { label: string; testId: string; onClick(): void };
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/**
 * The app's one modal question with two answers (or three, with `alt`). Escape and the backdrop cancel; focus starts on
 * the safe answer and stays inside the dialog, and returns to where it was afterwards.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, danger, warning, busy, alt, onConfirm, onCancel, testId }: Props) {
  const { t } = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onCancelRef.current();
        return;
      }
      if (e.key === 'Tab' && dialogRef.current) {
        const buttons = [...dialogRef.current.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])')];
        if (buttons.length === 0) return;
        const first = buttons[0];
        const last = buttons[buttons.length - 1];
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      before?.focus?.();
    };
  }, []);

  // In a portal on <body>: a dialog opened from a sticky panel must not be caught in its stacking context.
  return createPortal(
    <div
      className="confirm-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget && !busy) onCancel();
      }}
    >
      <div
        ref={dialogRef}
        className={warning ? 'confirm confirm--warning' : 'confirm'}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        data-testid={testId ?? 'confirm-dialog'}
      >
        <h3 id={`${id}-title`} className="confirm__title">
          {title}
        </h3>
        <div id={`${id}-body`} className="confirm__body">
          {children}
        </div>
        <div className="confirm__actions">
          <button ref={cancelRef} type="button" className="btn" data-testid="confirm-cancel" disabled={busy} onClick={onCancel}>
            {cancelLabel ?? t('planning.cancel')}
          </button>
          {alt && (
            <button type="button" className="btn" data-testid={alt.testId} disabled={busy} onClick={alt.onClick}>
              {alt.label}
            </button>
          )}
          <button type="button" className={danger ? 'btn btn--danger' : 'btn btn--primary'} data-testid="confirm-ok" disabled={busy} aria-busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
