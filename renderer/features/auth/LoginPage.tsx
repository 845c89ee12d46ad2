import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSaid, useT } from '../../i18n';
import { useAuthStore } from './authStore';
import { CodeStep, TotpSetup } from './TwoFactor';

/** "Inloggen": the team server's first screen; the account decides the role. A second step follows with two-factor login. */
export function LoginPage() {
  const status = useAuthStore((s) => s.status);
  if (status === 'code') return <CodeStep />;
  if (status === 'totp-setup') return <TotpSetup forced />;
  return <PasswordStep />;
}

const SSO_PROBLEMS: Record<string, 'auth.sso.unknown' | 'auth.sso.disabled' | 'auth.sso.locked' | 'auth.sso.expired' | 'auth.sso.noEmail' | 'auth.sso.failed'> = {
  unknown: 'auth.sso.unknown',
  disabled: 'auth.sso.disabled',
  locked: 'auth.sso.locked',
  expired: 'auth.sso.expired',
  'no-email': 'auth.sso.noEmail',
  failed: 'auth.sso.failed',
};

function PasswordStep() {
  const { t } = useT();
  const status = useAuthStore((s) => s.status);
  const error = useAuthStore((s) => s.error);
  const said = useSaid();
  const expired = useAuthStore((s) => s.expired);
  const login = useAuthStore((s) => s.login);
  const sso = useAuthStore((s) => s.sso);
  const ssoProblem = useAuthStore((s) => s.ssoProblem);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<'username' | 'password' | null>(null);
  const userRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const busy = status === 'signing-in';

  useEffect(() => userRef.current?.focus(), []);
  useEffect(() => {
    // After a refusal the password is typed again; the name usually was right.
    if (error) {
      setPassword('');
      passwordRef.current?.focus();
    }
  }, [error]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim()) return setMissing('username');
    if (!password) return setMissing('password');
    setMissing(null);
    void login(username.trim(), password);
  };

  return (
    <section className="login" data-testid="login-page" aria-labelledby="login-title">
      <h2 id="login-title" className="page-title">
        {t('auth.title')}
      </h2>
      <p className="muted">{t('auth.intro')}</p>
      {expired && !error && (
        <p className="notice" role="status" data-testid="login-expired">
          {t('auth.expired')}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert" data-testid="login-error">
          {said(error)}
        </p>
      )}
      {ssoProblem && !error && (
        <p className="inline-error" role="alert" data-testid="sso-error">
          {t(SSO_PROBLEMS[ssoProblem] ?? 'auth.sso.failed', { name: sso?.name ?? '' })}
        </p>
      )}
      {sso && (
        <div className="login__sso">
          <a className="btn btn--primary" href="/auth/oidc/start" data-testid="login-sso">
            {t('auth.sso.button', { name: sso.name })}
          </a>
          <p className="muted">{t('auth.sso.or')}</p>
        </div>
      )}
      <form className="login__form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">{t('auth.username')}</span>
          <input
            ref={userRef}
            data-testid="login-username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={missing === 'username'}
            aria-describedby={missing === 'username' ? 'login-username-error' : undefined}
          />
          {missing === 'username' && (
            <span id="login-username-error" className="field__error">
              {t('auth.username.missing')}
            </span>
          )}
        </label>
        <label className="field">
          <span className="field__label">{t('auth.password')}</span>
          <input
            ref={passwordRef}
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={missing === 'password'}
            aria-describedby={missing === 'password' ? 'login-password-error' : undefined}
          />
          {missing === 'password' && (
            <span id="login-password-error" className="field__error">
              {t('auth.password.missing')}
            </span>
          )}
        </label>
        <div className="actions">
          <button type="submit" className="btn btn--primary" data-testid="login-submit" disabled={busy}>
            {busy ? t('auth.busy') : t('auth.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
