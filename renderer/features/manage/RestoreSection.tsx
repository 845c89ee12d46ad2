import { useEffect, useRef } from 'react';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useMsg, useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/translate';
import { useDataStore } from './dataStore';

/** 'YYYY-MM-DDTHH:MM:SS' (local) as "2 december 2026, 08:30". */
function when(at: string, lang: Lang): string {
  return `${formatDate(at.slice(0, 10), lang)}, ${at.slice(11, 16)}`;
}

function size(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  const n = mb >= 0.1 ? mb.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }) + ' MB' : `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return n;
}

type KindKey = 'manage.data.restore.kind.auto' | 'manage.data.restore.kind.manual' | 'manage.data.restore.kind.beforeRestore' | 'manage.data.restore.kind.other';

function kindOf(name: string): KindKey {
  if (name.startsWith('automatisch-')) return 'manage.data.restore.kind.auto';
  if (name.startsWith('handmatig-')) return 'manage.data.restore.kind.manual';
  if (name.startsWith('voor-herstel-')) return 'manage.data.restore.kind.beforeRestore';
  return 'manage.data.restore.kind.other';
}

/** Beheer, "Excel en back-up": putting a backup back (from the data folder's list or a chosen file), after a confirmation. */
export function RestoreSection() {
  const { t, lang } = useT();
  const say = useMsg();
  const { backups, restoreChoice, restoreError, restored, busy, loadBackups, chooseBackup, chooseRestoreFile, cancelRestore, confirmRestore, restartApp } = useDataStore();
  const input = useRef<HTMLInputElement>(null);
  const restartRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);
  useEffect(() => {
    if (restored) restartRef.current?.focus();
  }, [restored]);

  return (
    <section className="card" aria-labelledby="data-restore-title" data-testid="data-restore">
      <h3 id="data-restore-title">{t('manage.data.restore.title')}</h3>
      <p className="muted">{t('manage.data.restore.help')}</p>
      {restored ? (
        <div className="notice" role="status" data-testid="data-restored">
          <p>{say(restored)}</p>
          <p>{t('manage.data.restore.restartHelp')}</p>
          <button ref={restartRef} type="button" className="btn btn--primary" data-testid="data-restart" onClick={restartApp}>
            {t('manage.data.restore.restart')}
          </button>
        </div>
      ) : (
        <>
          <div aria-busy={backups === null} data-testid="data-backups">
            {backups === null ? null : backups.items.length === 0 ? (
              <p className="muted" data-testid="data-backups-empty">
                {t('manage.data.restore.none')}
              </p>
            ) : (
              <ul className="manage-backups">
                {backups.items.map((b) => {
                  const date = when(b.at, lang);
                  return (
                    <li key={b.name} className="manage-backups__item" data-testid="data-backup-item">
                      <span>
                        <strong>{date}</strong> · {t(kindOf(b.name))} · {size(b.size, lang)}
                      </span>
                      <button
                        type="button"
                        className="btn"
                        data-testid="data-restore-backup"
                        disabled={busy !== null}
                        aria-label={t('manage.data.restore.thisOne', { date })}
                        onClick={() => chooseBackup(b.name, t('manage.data.restore.backupOf', { date }))}
                      >
                        {t('manage.data.restore.button')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
          <label className="manage-field">
            <span>{t('manage.data.restore.chooseFile')}</span>
            <input
              ref={input}
              type="file"
              accept=".sqlite,.db"
              data-testid="data-restore-file"
              disabled={busy !== null}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void f.arrayBuffer().then((b) => chooseRestoreFile(f.name, b));
              }}
            />
          </label>
        </>
      )}
      {busy === 'restore' && (
        <p className="state" role="status">
          <progress aria-label={t('manage.data.restore.busy')} data-testid="data-restore-progress" /> {t('manage.data.restore.busy')}
        </p>
      )}
      {restoreError && (
        <p className="inline-error" role="alert" data-testid="data-restore-error">
          {restoreError}
        </p>
      )}
      {restoreChoice && (
        <ConfirmDialog
          title={t('manage.data.restore.confirmTitle')}
          confirmLabel={t('manage.data.restore.button')}
          danger
          busy={busy === 'restore'}
          onCancel={cancelRestore}
          onConfirm={() => void confirmRestore()}
          testId="data-restore-confirm"
        >
          <p>
            {t('manage.data.restore.confirmBody', {
              what: restoreChoice.input.source === 'file' ? t('manage.data.restore.fileOf', { name: restoreChoice.label }) : restoreChoice.label,
            })}
          </p>
          <p className="confirm__detail">{t('manage.data.restore.confirmKept')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
