// The foot of the session panel's small forms (SessionMoveForm, SessionResourceForm): what the
// change would add as conflicts (the renderer's own check, before anything is sent), the save
// button, any further actions, and the note when there is nothing to save.
import type { ReactNode } from 'react';
import type { Violation } from '../../../shared/planner/check';
import { useMsg, useT } from '../../i18n';

const MAX_SHOWN = 3;

interface Props {
  /** data-testid prefix: `<testId>-preview`, `<testId>-unchanged`. */
  testId: string;
  saveTestId: string;
  /** A change is in the fields: show what it would add. */
  pending: boolean;
  introduced: Violation[];
  noConflicts: string;
  /** The heading over the conflicts, with their count. */
  conflicts(count: number): string;
  saveLabel: string;
  saving: boolean;
  /** Shown after a save was tried on fields that change nothing. */
  unchanged: string | null;
  /** Further actions beside the save button (Annuleren). */
  actions?: ReactNode;
  /** Below the buttons (the "not yet saved" note). */
  children?: ReactNode;
}

export function EditFooter({ testId, saveTestId, pending, introduced, noConflicts, conflicts, saveLabel, saving, unchanged, actions, children }: Props) {
  const { t } = useT();
  const m = useMsg();
  return (
    <>
      {pending && (
        <div className={introduced.length > 0 ? 'move__preview move__preview--conflict' : 'move__preview'} data-testid={`${testId}-preview`} role="status">
          {introduced.length === 0 ? (
            noConflicts
          ) : (
            <>
              <strong>{conflicts(introduced.length)}</strong>
              <ul>
                {introduced.slice(0, MAX_SHOWN).map((v, i) => (
                  <li key={i}>{m(v.msg, v.message)}</li>
                ))}
                {introduced.length > MAX_SHOWN && <li>{t('week.drag.more', { count: introduced.length - MAX_SHOWN })}</li>}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="resources__actions">
        {/* Never disabled: a button that loses the focus while saving leaves a keyboard user nowhere. */}
        <button type="submit" className="btn btn--small btn--primary" data-testid={saveTestId} aria-disabled={saving || undefined}>
          {saving ? t('week.edit.saving') : saveLabel}
        </button>
        {actions}
      </div>
      {children}
      {unchanged && (
        <span className="edit-field__warn move__same" data-testid={`${testId}-unchanged`}>
          {unchanged}
        </span>
      )}
    </>
  );
}
