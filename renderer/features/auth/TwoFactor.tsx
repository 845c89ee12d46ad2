import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSaid, useT } from '../../i18n';
import { useAuthStore } from './authStore';

/** Six digits typed with or without a space; the server checks them. */
function CodeField({
  id,
  value,
  onChange,
  missing,
  inputRef,
}: {
  id: string;
  value: string;
  onChange(v: string): void;
  missing: boolean;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}) {
  const { t } = useT();
  return (
    <label className="field">
      <span className="field__label">{t('auth.code.label')}</span>
      <input
        ref={inputRef}
        data-testid={id}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={missing}
        aria-describedby={missing ? `${id}-error` : undefined}
      />
      {missing && (
        <span id={`${id}-error`} className="field__error">
          {t('auth.code.missing')}
        </span>
      )}
    </label>
  );
}

const isCode = (v: string) => /^\d{6}$/.test(v.replace(/\s+/g, ''));

/** The login's second step: the code from the authenticator app. */
export function CodeStep() {
  const { t } = useT();
  const busy = useAuthStore((s) => s.busy);
  const error = useAuthStore((s) => s.error);
  const said = useSaid();
  const submitCode = useAuthStore((s) => s.submitCode);
  const restart = useAuthStore((s) => s.restart);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  useEffect(() => {
    if (error) {
      setCode('');
      ref.current?.focus();
    }
  }, [error]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isCode(code)) return setMissing(true);
    setMissing(false);
    void submitCode(code.replace(/\s+/g, ''));
  };
  return (
    <section className="login" data-testid="login-code-step" aria-labelledby="login-code-title">
      <h2 id="login-code-title" className="page-title">
        {t('auth.code.title')}
      </h2>
      <p className="muted">{t('auth.code.intro')}</p>
      {error && (
        <p className="inline-error" role="alert" data-testid="login-error">
          {said(error)}
        </p>
      )}
      <form className="login__form" onSubmit={submit} noValidate>
        <CodeField id="login-code" value={code} onChange={setCode} missing={missing} inputRef={ref} />
        <div className="actions actions--wrap">
          <button type="submit" className="btn btn--primary" data-testid="login-code-submit" disabled={busy}>
            {busy ? t('auth.code.busy') : t('auth.code.submit')}
          </button>
          <button type="button" className="btn btn--ghost" onClick={restart}>
            {t('auth.code.restart')}
          </button>
        </div>
      </form>
      <p className="muted login__help">{t('auth.totp.lost')}</p>
    </section>
  );
}

/**
 * Setting up an authenticator app: the QR code with the same key as text, then the app's first
 * code. `forced`: the beheerder's login halfway, nothing else is open until this is done.
 */
export function TotpSetup({ forced }: { forced: boolean }) {
  const { t } = useT();
  const busy = useAuthStore((s) => s.busy);
  const error = useAuthStore((s) => s.error);
  const said = useSaid();
  const enrolment = useAuthStore((s) => s.enrolment);
  const done = useAuthStore((s) => s.totpDone);
  const loadEnrolment = useAuthStore((s) => s.loadEnrolment);
  const confirmTotp = useAuthStore((s) => s.confirmTotp);
  const closeTotp = useAuthStore((s) => s.closeTotp);
  const restart = useAuthStore((s) => s.restart);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    void loadEnrolment();
  }, [loadEnrolment]);
  useEffect(() => {
    if (error) setCode('');
  }, [error]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isCode(code)) return setMissing(true);
    setMissing(false);
    void confirmTotp(code.replace(/\s+/g, ''));
  };
  return (
    <section className="login login--wide" data-testid="totp-setup" aria-labelledby="totp-title" aria-busy={!enrolment && !done && !error}>
      <h2 id="totp-title" className="page-title">
        {t('auth.totp.title')}
      </h2>
      <p className="muted">{forced ? t('auth.totp.forced') : t('auth.totp.intro')}</p>
      {error && (
        <p className="inline-error" role="alert" data-testid="totp-error">
          {said(error)}
        </p>
      )}
      {done ? (
        <>
          <p className="notice" role="status" data-testid="totp-done">
            {t('auth.totp.done')}
          </p>
          <div className="actions">
            <button type="button" className="btn btn--primary" data-testid="totp-close" onClick={closeTotp}>
              {t('auth.totp.close')}
            </button>
          </div>
        </>
      ) : !enrolment ? (
        !error && (
          <p className="state" role="status">
            <span className="spinner" aria-hidden="true" /> {t('auth.totp.loading')}
          </p>
        )
      ) : (
        <form className="login__form" onSubmit={submit} noValidate>
          <p>{t('auth.totp.step1')}</p>
          <img className="totp__qr" src={enrolment.qr} alt={t('auth.totp.qrAlt')} width={220} height={220} data-testid="totp-qr" />
          <p>
            {t('auth.totp.secret')}:{' '}
            <code className="totp__secret" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </p>
          <p>{t('auth.totp.step2')}</p>
          <CodeField id="totp-code" value={code} onChange={setCode} missing={missing} />
          <div className="actions actions--wrap">
            <button type="submit" className="btn btn--primary" data-testid="totp-confirm" disabled={busy}>
              {busy ? t('auth.code.busy') : t('auth.totp.confirm')}
            </button>
            <button type="button" className="btn btn--ghost" onClick={forced ? restart : closeTotp}>
              {forced ? t('auth.code.restart') : t('auth.totp.close')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
