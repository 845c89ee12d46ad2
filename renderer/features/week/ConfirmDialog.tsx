import { useEffect, useRef } from 'react';

interface Props {
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/** A modal question with two answers; Escape cancels, focus starts on the safe answer. */
export function ConfirmDialog({ title, text, confirmLabel, cancelLabel, onConfirm, onCancel, testId }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onCancel();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onCancel]);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-text" data-testid={testId}>
        <h3 id="confirm-title" className="modal__title">
          {title}
        </h3>
        <p id="confirm-text">{text}</p>
        <div className="modal__actions">
          <button ref={cancelRef} type="button" className="btn" data-testid="confirm-cancel" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="btn btn--primary" data-testid="confirm-ok" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
