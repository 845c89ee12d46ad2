import { useEffect, useState } from 'react';
import type { WeekResources } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { useErrorStore } from '../../stores/errorStore';
import { usePlannerStore } from './plannerStore';

/** Person chooser and download of that person's week as an .ics file, or everyone's as a zip. */
export function ExportIcs({ weekStart }: { weekStart: IsoDate }) {
  const { t } = useT();
  const [resources, setResources] = useState<WeekResources | null>(null);
  const [person, setPerson] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const zipping = usePlannerStore((st) => st.downloading === 'zip:all');

  useEffect(() => {
    let live = true;
    setDone(null);
    usePlannerStore
      .getState()
      .weekResources(weekStart)
      .then((r) => {
        if (live) setResources(r);
      })
      .catch((err: unknown) => {
        if (live) useErrorStore.getState().report(err, 'week');
      });
    return () => {
      live = false;
    };
  }, [weekStart]);

  const download = async () => {
    const [kind, id] = person.split(':') as ['interpreter' | 'consultant', string];
    if (!id) return;
    setBusy(true);
    const filename = await usePlannerStore.getState().downloadIcs(weekStart, { kind, id });
    setBusy(false);
    if (filename) setDone(filename);
  };

  const byName = <T extends { name: string }>(xs: T[]) => xs.slice().sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <div className="export" role="group" aria-label={t('publish.export.title')}>
      <label className="export__label">
        <span className="sr-only">{t('publish.export.person')}</span>
        <select
          className="export__select"
          data-testid="export-person"
          value={person}
          disabled={!resources}
          title={t('publish.export.hint')}
          onChange={(e) => {
            setPerson(e.target.value);
            setDone(null);
          }}
        >
          <option value="">{t('publish.export.choose')}</option>
          {resources && (
            <>
              <optgroup label={t('publish.export.interpreters')}>
                {byName(resources.interpreters).map((p) => (
                  <option key={p.id} value={`interpreter:${p.id}`}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('publish.export.consultants')}>
                {byName(resources.consultants).map((p) => (
                  <option key={p.id} value={`consultant:${p.id}`}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            </>
          )}
        </select>
      </label>
      <button
        type="button"
        className="btn"
        data-testid="export-ics"
        disabled={!person || busy}
        aria-busy={busy}
        title={done ? t('publish.export.done', { filename: done }) : t('publish.export.title')}
        onClick={() => void download()}
      >
        {busy ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⤓</span>}
        {t('publish.export')}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="export-zip"
        disabled={zipping || busy}
        aria-busy={zipping}
        title={t('publish.export.zip.title')}
        onClick={() => {
          setDone(null);
          void usePlannerStore
            .getState()
            .downloadZip(weekStart, 'all')
            .then((f) => f && setDone(f));
        }}
      >
        {zipping ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⤓</span>}
        {t('publish.export.zip')}
      </button>
      {done && (
        <span className="sr-only" role="status">
          {t('publish.export.done', { filename: done })}
        </span>
      )}
    </div>
  );
}
