import { useMsg, useT } from '../i18n';
import { useErrorStore, type ShownError } from '../stores/errorStore';
import { StaleNotice } from './StaleNotice';

export function ErrorBanner() {
  const errors = useErrorStore((s) => s.errors);
  const dismiss = useErrorStore((s) => s.dismiss);
  return <ErrorBannerView errors={errors} dismiss={dismiss} />;
}

/** The reported errors: failures in the red banner, stale refusals as calm notices; each written in the language chosen now. */
export function ErrorBannerView({ errors, dismiss }: { errors: ShownError[]; dismiss(id: number): void }) {
  const { t } = useT();
  const m = useMsg();
  if (errors.length === 0) return null;
  // Someone else's change first is not a failure: it shows calmly, apart from the red banner.
  const stale = errors.filter((e) => e.stale && e.message);
  const failed = errors.filter((e) => !(e.stale && e.message));
  return (
    <>
      {stale.length > 0 && (
        <div className="error-banners" data-testid="stale-notices">
          {stale.map((e) => (
            <StaleNotice key={e.id} testId="stale-notice" message={m(e.msg, e.message!)} onDismiss={() => dismiss(e.id)} />
          ))}
        </div>
      )}
      {failed.length > 0 && (
        <div className="error-banners" role="alert" data-testid="error-banner">
          {failed.map((e) => (
            <div key={e.id} className="error-banner">
              <span className="error-banner__icon" aria-hidden="true">
                !
              </span>
              <p className="error-banner__text">
                <strong>{t('error.title')}: </strong>
                {m(e.msg, e.message ?? t('error.unexpected'))}
              </p>
              <button type="button" className="btn btn--ghost" onClick={() => dismiss(e.id)} aria-label={t('error.dismiss')}>
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
