import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import type { AccountItem, AccountRole } from '../../../shared/api/contract';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useT } from '../../i18n';
import { useAccountsStore, type FieldError } from './accountsStore';

const ROLES: AccountRole[] = ['beheerder', 'coordinator', 'consultant', 'liaison'];

/** Beheerder: the team server's accounts. */
export function AccountsPage() {
  const { t } = useT();
  const data = useAccountsStore((s) => s.data);
  const status = useAccountsStore((s) => s.status);
  const error = useAccountsStore((s) => s.error);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void useAccountsStore.getState().load();
  }, []);

  return (
    <section className="accounts" data-testid="accounts-page" aria-labelledby="accounts-title">
      <h2 id="accounts-title" className="page-title">
        {t('accounts.title')}
      </h2>
      <p className="muted">{t('accounts.intro')}</p>
      {notice && (
        <p className="notice notice--ok" role="status" data-testid="accounts-notice">
          {notice}
        </p>
      )}
      {status === 'error' && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {!data ? (
        <p className="state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('app.loading')}
        </p>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('accounts.title')}>
            <table className="table" data-testid="accounts-table">
              <caption className="sr-only">{t('accounts.count', { n: data.items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('accounts.username')}</th>
                  <th scope="col">{t('accounts.role')}</th>
                  <th scope="col">{t('accounts.status')}</th>
                  <th scope="col">{t('accounts.emailCol')}</th>
                  <th scope="col">{t('accounts.totpCol')}</th>
                  <th scope="col">{t('accounts.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <AccountRow key={a.id} account={a} isMe={a.username === data.me} onNotice={setNotice} />
                ))}
              </tbody>
            </table>
          </div>
          <NewAccount consultants={data.consultants} schools={data.schools} onNotice={setNotice} />
        </>
      )}
    </section>
  );
}

function AccountRow({ account: a, isMe, onNotice }: { account: AccountItem; isMe: boolean; onNotice(s: string): void }) {
  const { t } = useT();
  const [password, setPassword] = useState<string | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const [confirmTotp, setConfirmTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FieldError | null>(null);
  const store = useAccountsStore.getState();
  const done = (res: FieldError | null, message: string) => {
    setProblem(res);
    if (!res) onNotice(message);
  };
  const savePassword = async (e: FormEvent) => {
    e.preventDefault();
    const res = await store.resetPassword(a.id, password ?? '');
    done(res, t('accounts.passwordSet', { name: a.username }));
    if (!res) setPassword(null);
  };
  const saveEmail = async (e: FormEvent) => {
    e.preventDefault();
    const value = (email ?? '').trim();
    const res = await store.setEmail(a.id, value);
    done(res, value ? t('accounts.emailSet', { name: a.username, email: value }) : t('accounts.emailRemoved', { name: a.username }));
    if (!res) setEmail(null);
  };
  const resetTotp = async () => {
    setBusy(true);
    const res = await store.resetTotp(a.id);
    setBusy(false);
    setConfirmTotp(false);
    done(res, t('accounts.totpResetDone', { name: a.username }));
  };
  const emailError = problem?.field === 'email' && email !== null ? problem.message : null;
  const emailErrorId = `account-${a.id}-email-error`;
  return (
    <tr data-testid="account-row" data-username={a.username}>
      <th scope="row">{a.username}</th>
      <td>
        {t(`accounts.role.${a.role}`)}
        {a.linkedName && <span className="cell-sub">{a.linkedName}</span>}
      </td>
      <td>{a.disabled ? t('accounts.disabled') : a.locked ? t('accounts.locked') : t('accounts.active')}</td>
      <td data-testid="account-email">{a.email ?? <span className="muted">{t('accounts.noEmail')}</span>}</td>
      <td data-testid="account-totp">{a.totp ? t('accounts.totpOn') : t('accounts.totpOff')}</td>
      <td>
        <div className="actions actions--wrap">
          {!isMe && (
            <button
              type="button"
              className="btn btn--small"
              data-testid="account-toggle"
              onClick={async () => done(await store.setDisabled(a.id, !a.disabled), t(a.disabled ? 'accounts.enabledDone' : 'accounts.disabledDone', { name: a.username }))}
            >
              {a.disabled ? t('accounts.enable') : t('accounts.disable')}
            </button>
          )}
          <button
            type="button"
            className="btn btn--small"
            data-testid="account-logout"
            onClick={async () => done(await store.logoutEverywhere(a.id), t('accounts.loggedOut', { name: a.username }))}
          >
            {t('accounts.logoutEverywhere')}
          </button>
          {a.totp && !isMe && (
            <button type="button" className="btn btn--small" data-testid="account-reset-totp" onClick={() => setConfirmTotp(true)}>
              {t('accounts.resetTotp')}
            </button>
          )}
          {email === null ? (
            <button type="button" className="btn btn--small" data-testid="account-email-change" onClick={() => (setEmail(a.email ?? ''), setProblem(null))}>
              {t('accounts.changeEmail')}
            </button>
          ) : (
            <form className="inline-form" onSubmit={saveEmail} noValidate>
              <label className="field field--inline">
                <span className="field__label">{t('accounts.newEmail', { name: a.username })}</span>
                <input
                  type="email"
                  autoComplete="off"
                  data-testid="account-email-input"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  aria-invalid={!!emailError}
                  aria-describedby={emailError ? emailErrorId : undefined}
                  autoFocus
                />
              </label>
              <button type="submit" className="btn btn--small btn--primary" data-testid="account-email-save">
                {t('accounts.save')}
              </button>
              <button type="button" className="btn btn--small btn--ghost" onClick={() => (setEmail(null), setProblem(null))}>
                {t('accounts.cancel')}
              </button>
              {emailError && (
                <span id={emailErrorId} className="field__error" role="alert">
                  {emailError}
                </span>
              )}
            </form>
          )}
          {password === null ? (
            <button type="button" className="btn btn--small" data-testid="account-password" onClick={() => setPassword('')}>
              {t('accounts.resetPassword')}
            </button>
          ) : (
            <form className="inline-form" onSubmit={savePassword}>
              <label className="field field--inline">
                <span className="field__label">{t('accounts.newPassword', { name: a.username })}</span>
                <input type="password" autoComplete="new-password" data-testid="account-password-input" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus />
              </label>
              <button type="submit" className="btn btn--small btn--primary" data-testid="account-password-save">
                {t('accounts.save')}
              </button>
              <button type="button" className="btn btn--small btn--ghost" onClick={() => (setPassword(null), setProblem(null))}>
                {t('accounts.cancel')}
              </button>
            </form>
          )}
        </div>
        {problem && !emailError && (
          <p className="inline-error" role="alert">
            {problem.message}
          </p>
        )}
        {confirmTotp && (
          <ConfirmDialog
            title={t('accounts.resetTotpTitle', { name: a.username })}
            confirmLabel={t('accounts.resetTotpOk')}
            cancelLabel={t('accounts.cancel')}
            danger
            busy={busy}
            testId="account-reset-totp-confirm"
            onCancel={() => setConfirmTotp(false)}
            onConfirm={() => void resetTotp()}
          >
            <p>{t('accounts.resetTotpBody', { name: a.username })}</p>
            <p>{t(a.role === 'beheerder' ? 'accounts.resetTotpNextBeheerder' : 'accounts.resetTotpNext', { name: a.username })}</p>
          </ConfirmDialog>
        )}
      </td>
    </tr>
  );
}

function NewAccount({ consultants, schools, onNotice }: { consultants: { id: string; name: string }[]; schools: { id: string; name: string }[]; onNotice(s: string): void }) {
  const { t } = useT();
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<AccountRole>('consultant');
  const [consultantId, setConsultantId] = useState('');
  const [schoolId, setSchoolId] = useState('');
  const [password, setPassword] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => (problem && problem.field === field ? problem.message : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const res = await useAccountsStore.getState().add({
      username,
      role,
      consultantId: role === 'consultant' ? consultantId || null : null,
      schoolId: role === 'liaison' ? schoolId || null : null,
      email: email.trim() || null,
      password,
    });
    setBusy(false);
    setProblem(res);
    if (!res) {
      onNotice(t('accounts.added', { name: username.trim() }));
      setUsername('');
      setPassword('');
      setEmail('');
    }
  };

  const field = (name: string, label: string, control: (describedBy: string | undefined) => ReactElement) => {
    const err = errorOf(name);
    return (
      <label className="field">
        <span className="field__label">{label}</span>
        {control(err ? `new-account-${name}-error` : undefined)}
        {err && (
          <span id={`new-account-${name}-error`} className="field__error">
            {err}
          </span>
        )}
      </label>
    );
  };

  return (
    <form className="accounts__new" onSubmit={submit} noValidate data-testid="account-new" aria-labelledby="account-new-title">
      <h3 id="account-new-title">{t('accounts.new')}</h3>
      {problem && !problem.field && (
        <p className="inline-error" role="alert">
          {problem.message}
        </p>
      )}
      {field('username', t('accounts.username'), (d) => (
        <input data-testid="account-new-username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} aria-invalid={!!d} aria-describedby={d} />
      ))}
      {field('role', t('accounts.role'), (d) => (
        <select data-testid="account-new-role" value={role} onChange={(e) => setRole(e.target.value as AccountRole)} aria-invalid={!!d} aria-describedby={d}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`accounts.role.${r}`)}
            </option>
          ))}
        </select>
      ))}
      {role === 'consultant' &&
        field('consultantId', t('accounts.consultant'), (d) => (
          <select data-testid="account-new-consultant" value={consultantId} onChange={(e) => setConsultantId(e.target.value)} aria-invalid={!!d} aria-describedby={d}>
            <option value="">{t('accounts.choose')}</option>
            {consultants.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        ))}
      {role === 'liaison' &&
        field('schoolId', t('accounts.school'), (d) => (
          <select data-testid="account-new-school" value={schoolId} onChange={(e) => setSchoolId(e.target.value)} aria-invalid={!!d} aria-describedby={d}>
            <option value="">{t('accounts.choose')}</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        ))}
      {field('email', t('accounts.email'), (d) => (
        <input
          type="email"
          data-testid="account-new-email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={!!d}
          aria-describedby={d ?? 'new-account-email-hint'}
        />
      ))}
      <p id="new-account-email-hint" className="muted">
        {t('accounts.emailHint')}
      </p>
      {field('password', t('accounts.password'), (d) => (
        <input
          type="password"
          data-testid="account-new-password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={!!d}
          aria-describedby={d ?? 'new-account-password-hint'}
        />
      ))}
      <p id="new-account-password-hint" className="muted">
        {t('accounts.passwordHint')}
      </p>
      <div className="actions">
        <button type="submit" className="btn btn--primary" data-testid="account-new-save" disabled={busy}>
          {t('accounts.add')}
        </button>
      </div>
    </form>
  );
}
