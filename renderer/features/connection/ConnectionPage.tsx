import { useEffect, useId, useRef, useState } from 'react';
import '../../styles/roles.css';
import '../../styles/setup.css';
import '../../styles/connection.css';
import { useT, type MessageKey } from '../../i18n';
import { useConnectionStore } from './connectionStore';

const PROBLEM_KEYS = {
  empty: 'connection.url.empty',
  invalid: 'connection.url.invalid',
  'not-https': 'connection.url.notHttps',
  credentials: 'connection.url.credentials',
} as const satisfies Record<string, MessageKey>;

/**
 * The desktop app's first question: only this computer, or the keten's server. Shown before any
 * database is opened; after the choice the shell starts the app again in that mode.
 */
export function ConnectionPage() {
  const { t } = useT();
  const id = useId();
  const status = useConnectionStore((s) => s.status);
  const current = useConnectionStore((s) => s.current);
  const urlProblem = useConnectionStore((s) => s.urlProblem);
  const error = useConnectionStore((s) => s.error);
  const saving = useConnectionStore((s) => s.saving);
  const load = useConnectionStore((s) => s.load);
  const choose = useConnectionStore((s) => s.choose);
  const clearUrlProblem = useConnectionStore((s) => s.clearUrlProblem);
  const [url, setUrl] = useState('');
  const urlRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    // Changing the address of a server already chosen starts from that address.
    if (current?.mode === 'remote') setUrl(current.url);
  }, [current]);

  useEffect(() => {
    document.title = `${t('connection.title')} · Keten Planner`;
  }, [t]);

  const busy = status === 'saving' || status === 'restarting';
  const urlErrorId = `${id}-url-error`;
  const connect = async () => {
    const ok = await choose({ mode: 'remote', url });
    if (!ok && useConnectionStore.getState().urlProblem) urlRef.current?.focus();
  };

  return (
    <main className="connection" data-testid="connection-page" aria-labelledby={`${id}-title`} aria-busy={status === 'loading' || busy}>
      <h1 id={`${id}-title`} className="setup__title">
        {t('connection.title')}
      </h1>
      <p className="muted setup__intro">{t('connection.intro')}</p>
      {current && (
        <p className="notice connection__current" data-testid="connection-current">
          {current.mode === 'local' ? t('connection.current.local') : t('connection.current.remote', { url: current.url })}
        </p>
      )}
      {status === 'unavailable' && (
        <p className="inline-error" role="alert" data-testid="connection-unavailable">
          {t('connection.unavailable')}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert" data-testid="connection-error">
          {error}
        </p>
      )}
      {status === 'restarting' ? (
        <p className="state" role="status" data-testid="connection-restarting">
          <span className="spinner" aria-hidden="true" /> {t('connection.restarting')}
        </p>
      ) : (
        <div className="profile-cards connection__choices" role="group" aria-label={t('connection.choices')}>
          <section className="profile-card" aria-labelledby={`${id}-local`}>
            <h2 id={`${id}-local`} className="profile-card__title">
              {t('connection.local.title')}
            </h2>
            <p className="profile-card__text">{t('connection.local.text')}</p>
            <button
              type="button"
              className="btn btn--primary"
              data-testid="connection-local"
              disabled={busy || status === 'unavailable'}
              aria-busy={saving === 'local'}
              onClick={() => void choose({ mode: 'local' })}
            >
              {t('connection.local.start')}
            </button>
          </section>
          <section className="profile-card" aria-labelledby={`${id}-remote`}>
            <h2 id={`${id}-remote`} className="profile-card__title">
              {t('connection.remote.title')}
            </h2>
            <p className="profile-card__text">{t('connection.remote.text')}</p>
            <form
              className="connection__form"
              data-testid="connection-remote-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void connect();
              }}
            >
              <div className="field">
                <label className="field__label" htmlFor={`${id}-url`}>
                  {t('connection.remote.url')}
                </label>
                <input
                  ref={urlRef}
                  id={`${id}-url`}
                  className="text-input connection__url"
                  data-testid="connection-url"
                  type="url"
                  inputMode="url"
                  autoComplete="url"
                  spellCheck={false}
                  value={url}
                  placeholder={t('connection.remote.urlHint')}
                  aria-invalid={urlProblem ? true : undefined}
                  aria-describedby={urlProblem ? urlErrorId : undefined}
                  onChange={(e) => {
                    setUrl(e.target.value);
                    if (urlProblem) clearUrlProblem();
                  }}
                />
                {urlProblem && (
                  <p id={urlErrorId} className="inline-error" data-testid="connection-url-error">
                    {t(PROBLEM_KEYS[urlProblem])}
                  </p>
                )}
              </div>
              <button type="submit" className="btn btn--primary" data-testid="connection-remote" disabled={busy || status === 'unavailable'} aria-busy={saving === 'remote'}>
                {t('connection.remote.start')}
              </button>
            </form>
          </section>
        </div>
      )}
      {current && status !== 'restarting' && (
        <p className="connection__cancel">
          <button type="button" className="btn" data-testid="connection-cancel" disabled={busy} onClick={() => void choose(current)}>
            {t('connection.cancel')}
          </button>
        </p>
      )}
    </main>
  );
}
