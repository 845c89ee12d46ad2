import { useMsg, useT } from '../../i18n';
import { useManageStore } from './manageStore';

/** What the last change did (in the services' words), and a refusal or a failed load. */
export function ManageNotice({ error }: { error?: string | null }) {
  const { t } = useT();
  const m = useMsg();
  const notice = useManageStore((s) => s.notice);
  const loadError = useManageStore((s) => s.loadError);
  const clear = useManageStore((s) => s.clearNotice);
  return (
    <>
      {(error || loadError) && (
        <p className="inline-error" role="alert" data-testid="manage-error">
          {error ?? loadError}
        </p>
      )}
      <div role="status" className="manage-notice-slot">
        {notice && (
          <p className="notice manage-notice">
            <span data-testid="manage-notice">{m(notice)}</span>
            <button type="button" className="btn btn--ghost" onClick={clear} aria-label={t('manage.noticeClose')}>
              ×
            </button>
          </p>
        )}
      </div>
    </>
  );
}

/** Back to the list's add button once a form closes, so the keyboard does not start over at the top. */
export function focusAdd(listTestId: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="${listTestId}-add"]`)?.focus());
}
