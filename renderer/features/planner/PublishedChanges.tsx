import { useEffect, useMemo, useState } from 'react';
import type { IsoDate } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { formatDayShort, isoWeekNumber, timeOf } from '../../i18n/format';
import '../../styles/planning.css';
import { openPersonPage } from '../people/peopleStore';
import { useWeekStore } from '../week/weekStore';
import { personChangeText, type AffectedView, type SessionChangeView } from './changesText';
import { usePlannerStore } from './plannerStore';
import { PublishButton } from './PublishButton';

/**
 * A published week changed since: who must be told and what changed for each, each staff
 * member's updated calendar, all of them as one zip, and publishing the week again. The app
 * sends nothing itself: the coordinator passes the files on; participants hear it from their
 * consultant.
 */
export function PublishedChanges({ weekStart }: { weekStart: IsoDate }) {
  const { t, lang } = useT();
  const view = useWeekStore((s) => (s.view && s.view.weekStart === weekStart ? s.view : null));
  const changes = usePlannerStore((s) => (s.changes?.weekStart === weekStart ? s.changes : null));
  const loadChanges = usePlannerStore((s) => s.loadChanges);
  const downloading = usePlannerStore((s) => s.downloading);
  const downloadZip = usePlannerStore((s) => s.downloadZip);
  const [open, setOpen] = useState(true);
  const changed = view?.status === 'changed';

  useEffect(() => {
    // Every reload of a changed week (a further change, an undo) asks again.
    if (changed) void loadChanges(weekStart);
  }, [changed, view, weekStart, loadChanges]);

  const bySession = useMemo(() => new Map((changes?.changes ?? []).map((c) => [c.sessionId, c])), [changes]);
  if (!changed || !changes || changes.status !== 'changed') return null;
  const staff = changes.affected.filter((p) => p.role !== 'participant');
  const participants = changes.affected.filter((p) => p.role === 'participant');
  const published = changes.publishedAt ? `${formatDayShort(changes.publishedAt.slice(0, 10), lang)} ${timeOf(changes.publishedAt)}` : '';
  const week = isoWeekNumber(weekStart);

  return (
    <section className="changes-panel" data-testid="published-changes" aria-labelledby="changes-panel-title">
      <div className="changes-panel__head">
        <span className="badge badge--changed" aria-hidden="true">
          {t('week.status.changed')}
        </span>
        <h3 className="changes-panel__title" id="changes-panel-title">
          {t('changes.title', { count: changes.changes.length, week, published })}
        </h3>
        <div className="changes-panel__actions">
          {staff.length > 0 && (
            <button
              type="button"
              className="btn btn--small"
              data-testid="changes-zip"
              disabled={downloading !== null}
              aria-busy={downloading === 'zip:changed'}
              title={t('changes.zip.title')}
              onClick={() => void downloadZip(weekStart, 'changed')}
            >
              {downloading === 'zip:changed' ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⤓</span>}
              {t('changes.zip', { count: staff.length })}
            </button>
          )}
          <PublishButton weekStart={weekStart} testId="republish" small />
          <button type="button" className="btn btn--ghost btn--small" aria-expanded={open} aria-controls="changes-panel-body" onClick={() => setOpen(!open)}>
            {open ? t('changes.hide') : t('changes.show', { count: changes.affected.length })}
          </button>
        </div>
      </div>
      {open && (
        <div className="changes-panel__body" id="changes-panel-body">
          <p className="changes-panel__hint muted">{t('changes.hint')}</p>
          <div className="changes-panel__cols">
            <PeopleList title={t('changes.staff', { count: staff.length })} people={staff} bySession={bySession} weekStart={weekStart} testId="affected-staff" />
            <PeopleList
              title={t('changes.participants', { count: participants.length })}
              people={participants}
              bySession={bySession}
              weekStart={weekStart}
              testId="affected-participant"
            />
          </div>
        </div>
      )}
      <span className="sr-only" role="status">
        {t('changes.title', { count: changes.changes.length, week, published })}
      </span>
    </section>
  );
}

function PeopleList({
  title,
  people,
  bySession,
  weekStart,
  testId,
}: {
  title: string;
  people: AffectedView[];
  bySession: Map<string, SessionChangeView>;
  weekStart: IsoDate;
  testId: string;
}) {
  const { t, lang } = useT();
  const downloading = usePlannerStore((s) => s.downloading);
  const downloadIcs = usePlannerStore((s) => s.downloadIcs);
  if (people.length === 0) return null;
  return (
    <div className="changes-panel__group">
      <h4 className="changes-panel__group-title">{title}</h4>
      <ul className="affected-list">
        {people.map((p) => {
          const key = `ics:${p.role}:${p.id}`;
          return (
            <li key={`${p.role}:${p.id}`} className="affected" data-testid={testId} data-role={p.role} data-id={p.id}>
              <div className="affected__who">
                {p.role === 'participant' ? (
                  // A participant's page: their steps, to book them again or see what changed.
                  <button
                    type="button"
                    className="link affected__name"
                    data-testid="affected-open-person"
                    title={t('deadlines.openPerson')}
                    onClick={() => openPersonPage({ id: p.id, name: p.name })}
                  >
                    {p.name}
                  </button>
                ) : (
                  <strong className="affected__name">{p.name}</strong>
                )}
                <span className="muted">
                  {p.role === 'participant'
                    ? p.consultant
                      ? t('changes.via', { name: p.consultant })
                      : ''
                    : t(p.role === 'consultant' ? 'changes.role.consultant' : 'changes.role.interpreter')}
                </span>
              </div>
              <ul className="affected__changes">
                {p.changes.map((c) => {
                  const change = bySession.get(c.sessionId);
                  return change ? (
                    <li key={c.sessionId} className={`affected__change affected__change--${c.what}`}>
                      {personChangeText(change, c.what, t, lang)}
                    </li>
                  ) : null;
                })}
              </ul>
              {p.role !== 'participant' && (
                <button
                  type="button"
                  className="btn btn--small affected__ics"
                  data-testid="affected-ics"
                  disabled={downloading !== null}
                  aria-busy={downloading === key}
                  title={t('changes.ics.title', { name: p.name })}
                  aria-label={t('changes.ics.title', { name: p.name })}
                  onClick={() => void downloadIcs(weekStart, { kind: p.role as 'consultant' | 'interpreter', id: p.id })}
                >
                  {downloading === key ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⤓</span>}
                  {t('changes.ics')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
