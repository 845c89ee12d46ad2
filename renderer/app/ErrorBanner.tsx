import { useT } from '../i18n';
import { useErrorStore } from '../stores/errorStore';

export function ErrorBanner() {
  const { t } = useT();
  const errors = useErrorStore((s) => s.errors);
  const dismiss = useErrorStore((s) => s.dismiss);
  if (errors.length === 0) return null;
  return (
    <div className="error-banners" role="alert" data-testid="error-banner">
      {errors.map((e) => (
        <div key={e.id} className="error-banner">
          <span className="error-banner__icon" aria-hidden="true">
            !
          </span>
          <p className="error-banner__text">
            <strong>{t('error.title')}: </strong>
            {e.message ?? t('error.unexpected')}
          </p>
          <button type="button" className="btn btn--ghost" onClick={() => dismiss(e.id)} aria-label={t('error.dismiss')}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
