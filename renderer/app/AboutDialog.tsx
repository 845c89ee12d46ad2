import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { canChangeConnection, changeConnection } from '../features/connection/connectionStore';
import { useT } from '../i18n';
import { logCopyText, useAboutStore } from '../stores/aboutStore';
import { copyText } from './clipboard';

const FOCUSABLE = 'button:not([disabled]), [href], summary, [tabindex]:not([tabindex="-1"])';

/** An entry's first line (time, level, source) stands out; its stack lines, indented, step back. */
function lineClass(line: string): string {
  const level = /^\S+Z (ERROR|WARN|INFO) /.exec(line)?.[1];
  return level ? `about__line about__line--entry about__line--${level.toLowerCase()}` : 'about__line about__line--more';
}

/**
 * "Over Keten Planner": version, and for the coordinator the data folder, the log file and its
 * last lines with a copy button. A modal dialog: focus moves in, stays in, and goes back to the
 * button that opened it; Escape and the backdrop close it.
 */
export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useT();
  const id = useId();
  const { status, version, log, error, reload } = useAboutStore();
  const dialogRef = useRef<HTMLDivElement>(null);
  const logRef = useRef<HTMLPreElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    // Into the dialog: a screen reader announces its title, and Tab goes on to its buttons.
    dialogRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (e.key === 'Tab' && dialogRef.current) {
        const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
        if (items.length === 0) return;
        const first = items[0]!;
        const last = items[items.length - 1]!;
        const at = items.indexOf(document.activeElement as HTMLElement);
        if (e.shiftKey && at <= 0) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (at === -1 || at === items.length - 1)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      before?.focus?.();
    };
  }, []);

  useEffect(() => {
    // The newest entry is at the bottom: scroll to where it starts, its stack below it.
    const pre = logRef.current;
    const entries = pre?.querySelectorAll<HTMLElement>('.about__line--entry');
    const last = entries?.[entries.length - 1];
    if (pre) pre.scrollTop = last ? last.offsetTop : pre.scrollHeight;
  }, [log]);

  const copy = async () => {
    if (!log) return;
    const ok = await copyText(logCopyText(version, log));
    setCopied(ok ? 'ok' : 'failed');
    if (!ok && logRef.current) {
      // Not allowed here: select the lines, so Ctrl+C does it.
      const range = document.createRange();
      range.selectNodeContents(logRef.current);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  };

  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div ref={dialogRef} className="about" role="dialog" aria-modal="true" tabIndex={-1} aria-labelledby={`${id}-title`} data-testid="about-dialog">
        <div className="about__head">
          <span className="header__logo" aria-hidden="true">
            K
          </span>
          <div>
            <h2 id={`${id}-title`} className="about__title">
              {t('about.title')}
            </h2>
            <p className="muted">{t('about.intro')}</p>
          </div>
        </div>

        <dl className="about__facts">
          <dt>{t('about.version')}</dt>
          <dd data-testid="about-version">{version ?? '…'}</dd>
          {log && (
            <>
              <dt>{t('about.dataFolder')}</dt>
              <dd>
                <code data-testid="about-data-folder">{log.dataFolder}</code>
              </dd>
              <dt>{t('about.logFile')}</dt>
              <dd>
                <code data-testid="about-log-file">{log.logFile ?? t('about.noLogFile')}</code>
              </dd>
            </>
          )}
        </dl>

        {status === 'loading' && !log && (
          <p className="state" role="status">
            <span className="spinner" aria-hidden="true" /> {t('about.loading')}
          </p>
        )}
        {status === 'error' && (
          <p className="about__error" role="alert">
            {error ?? t('error.unexpected')}
          </p>
        )}

        {log && (
          <section className="about__log" aria-labelledby={`${id}-log`}>
            <div className="about__log-head">
              <h3 id={`${id}-log`} className="about__subtitle">
                {t('about.logTitle', { count: log.lines.length })}
              </h3>
              <button type="button" className="btn btn--small" data-testid="about-reload" onClick={() => void reload()} disabled={status === 'loading'}>
                {t('about.reload')}
              </button>
              <button type="button" className="btn btn--small" data-testid="about-copy" onClick={() => void copy()} disabled={log.lines.length === 0}>
                {t('about.copy')}
              </button>
            </div>
            {log.lines.length === 0 ? (
              <p className="muted" data-testid="about-log-empty">
                {t('about.logEmpty')}
              </p>
            ) : (
              <pre ref={logRef} className="about__lines" tabIndex={0} aria-label={t('about.logLabel', { count: log.lines.length })} data-testid="about-log-lines">
                {log.lines.map((line, i) => (
                  <span key={i} className={lineClass(line)}>
                    {line}
                    {'\n'}
                  </span>
                ))}
              </pre>
            )}
            <p className="about__copied" role="status" data-testid="about-copied">
              {copied === 'ok' ? t('about.copied') : copied === 'failed' ? t('about.copyFailed') : ''}
            </p>
          </section>
        )}
        {!log && status === 'ready' && <p className="muted">{t('about.coordinatorOnly')}</p>}

        <div className="about__actions">
          {canChangeConnection() && (
            <button type="button" className="btn" data-testid="about-change-connection" onClick={() => void changeConnection()}>
              {t('about.changeConnection')}
            </button>
          )}
          <button type="button" className="btn btn--primary" data-testid="about-close" onClick={onClose}>
            {t('about.close')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
