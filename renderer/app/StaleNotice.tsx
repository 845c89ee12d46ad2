import { useT } from '../i18n';

/**
 * A change refused because someone else changed the same thing first ('stale'): not an error of
 * the app, so a calm notice (role=status) instead of the red banner. The message says who
 * changed what and when; the screen has already been reloaded and shows the current state.
 */
export function StaleNotice({ message, testId, onDismiss }: { message: string; testId: string; onDismiss?: () => void }) {
  const { t } = useT();
  return (
    <div className="stale-notice" role="status" data-testid={testId}>
      <span className="stale-notice__icon" aria-hidden="true">
        i
      </span>
      <p className="stale-notice__text">
        <strong>{t('stale.title')}: </strong>
        <span data-testid={`${testId}-message`}>{message}</span>
      </p>
      {onDismiss && (
        <button type="button" className="btn btn--ghost" onClick={onDismiss} aria-label={t('error.dismiss')}>
          ✕
        </button>
      )}
    </div>
  );
}
