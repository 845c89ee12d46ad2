import { useRef, useState } from 'react';
import { IMPORT_LISTS, type ImportList } from '../../../shared/import/templates';
import { mondayOf, todayInAmsterdam } from '../../../shared/domain/week';
import { useMsg, useT } from '../../i18n';
import { useDataStore } from './dataStore';
import { RestoreSection } from './RestoreSection';
import type { ImportOutcomeView } from '../../../shared/api/contract';

function Counts({ outcome, testId }: { outcome: ImportOutcomeView; testId: string }) {
  const { t } = useT();
  return (
    // Scrolls sideways on its own on a narrow screen (five columns).
    <div className="table-wrap table-wrap--flat" tabIndex={0} role="region" aria-label={t('manage.data.counts')}>
      <table className="table manage-data__counts" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('manage.data.sheet')}</th>
            <th>{t('manage.data.new')}</th>
            <th>{t('manage.data.changed')}</th>
            <th>{t('manage.data.unchanged')}</th>
            <th>{t('manage.data.rejected')}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.lists.map((l) => (
            <tr key={l.list} data-testid={`${testId}-${l.list}`}>
              <td>{l.sheet}</td>
              <td>{l.new}</td>
              <td>{l.changed}</td>
              <td>{l.unchanged}</td>
              <td>{l.rejected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Beheer, "Excel en back-up": import with a preview, downloads, and a backup. */
export function DataScreen() {
  const { t } = useT();
  const say = useMsg();
  const { file, preview, result, busy, error, notice, choose, confirm, reset, download, backup } = useDataStore();
  const input = useRef<HTMLInputElement>(null);
  const [templateList, setTemplateList] = useState<ImportList | ''>('participants');
  const week = mondayOf(todayInAmsterdam());
  return (
    <div className="manage-screen manage-data" data-testid="data-screen">
      <section className="card" aria-labelledby="data-import-title">
        <h3 id="data-import-title">{t('manage.data.importTitle')}</h3>
        <p className="muted">{t('manage.data.importHelp')}</p>
        <label className="manage-field">
          <span>{t('manage.data.chooseFile')}</span>
          <input
            ref={input}
            type="file"
            accept=".xlsx,.csv"
            data-testid="data-file"
            disabled={busy !== null}
            onChange={(e) => {
              const f = e.target.files?.[0];
              // Emptied at once, so the same file chosen again after fixing it is read again.
              e.target.value = '';
              if (f) void f.arrayBuffer().then((b) => choose(f.name, b));
            }}
          />
        </label>
        {(busy === 'preview' || busy === 'import') && (
          <p className="state" role="status">
            <progress aria-label={t(busy === 'preview' ? 'manage.data.reading' : 'manage.data.importing')} data-testid="data-progress" />{' '}
            {t(busy === 'preview' ? 'manage.data.reading' : 'manage.data.importing')}
          </p>
        )}
        {error && (
          <p className="inline-error" role="alert" data-testid="data-error">
            {error}
          </p>
        )}
        {preview && (
          <div data-testid="data-preview" aria-busy={busy !== null}>
            <h4>{t('manage.data.previewTitle', { file: file?.fileName ?? '' })}</h4>
            <Counts outcome={preview} testId="data-preview-counts" />
            {preview.unknownColumns.map((u) => (
              <p key={u.sheet} className="muted" data-testid="data-unknown-columns">
                {t('manage.data.unknownColumns', { sheet: u.sheet, columns: u.columns.join(', ') })}
              </p>
            ))}
            {preview.errorCount > 0 ? (
              <>
                <p className="inline-error" role="alert" data-testid="data-preview-message">
                  {say(preview.msg, preview.message)}
                </p>
                <ul className="manage-data__errors" data-testid="data-errors">
                  {preview.errors.map((e) => (
                    <li key={`${e.sheet}-${e.row}-${e.column}`} data-testid="data-error-row">
                      {say(e.lineMsg, e.text)}
                    </li>
                  ))}
                </ul>
                {preview.errorCount > preview.errors.length && <p className="muted">{t('manage.data.moreErrors', { n: preview.errorCount - preview.errors.length })}</p>}
              </>
            ) : (
              <p data-testid="data-preview-message">{say(preview.msg, preview.message)}</p>
            )}
            <div className="manage-form__actions">
              <button type="button" className="btn btn--primary" data-testid="data-import" disabled={busy !== null || preview.errorCount > 0} onClick={() => void confirm()}>
                {t('manage.data.import')}
              </button>
              <button
                type="button"
                className="btn"
                data-testid="data-cancel"
                disabled={busy !== null}
                onClick={() => {
                  reset();
                  if (input.current) input.current.value = '';
                }}
              >
                {t('manage.data.cancel')}
              </button>
            </div>
          </div>
        )}
        {result?.applied && (
          <div className="notice" role="status" data-testid="data-result">
            <p>{say(result.msg, result.message)}</p>
            <Counts outcome={result} testId="data-result-counts" />
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="data-export-title">
        <h3 id="data-export-title">{t('manage.data.exportTitle')}</h3>
        <div className="manage-form__actions manage-data__template">
          <label className="manage-field">
            <span>{t('manage.data.templateFor')}</span>
            <select data-testid="data-template-list" value={templateList} disabled={busy !== null} onChange={(e) => setTemplateList(e.target.value as ImportList | '')}>
              {IMPORT_LISTS.filter((l) => l !== 'children').map((l) => (
                <option key={l} value={l}>
                  {t(`manage.data.list.${l}`)}
                </option>
              ))}
              <option value="">{t('manage.data.allLists')}</option>
            </select>
          </label>
          <button
            type="button"
            className="btn"
            data-testid="data-template"
            disabled={busy !== null}
            onClick={() => void download('template', templateList ? { list: templateList } : {})}
          >
            {t('manage.data.template')}
          </button>
        </div>
        <div className="manage-form__actions">
          <button type="button" className="btn" data-testid="data-export-region" disabled={busy !== null} onClick={() => void download('region')}>
            {t('manage.data.exportRegion')}
          </button>
          <button type="button" className="btn" data-testid="data-export-week" disabled={busy !== null} onClick={() => void download('week', { weekStart: week })}>
            {t('manage.data.exportWeek')}
          </button>
        </div>
      </section>

      <section className="card" aria-labelledby="data-backup-title">
        <h3 id="data-backup-title">{t('manage.data.backupTitle')}</h3>
        <p className="muted">{t('manage.data.backupHelp')}</p>
        <button type="button" className="btn" data-testid="data-backup" disabled={busy !== null} onClick={() => void backup()}>
          {t('manage.data.backup')}
        </button>
      </section>
      <RestoreSection />
      <div role="status">
        {notice && (
          <p className="notice" data-testid="data-notice">
            {typeof notice === 'string' ? notice : say(notice)}
          </p>
        )}
      </div>
    </div>
  );
}
