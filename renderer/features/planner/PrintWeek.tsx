import { createPortal } from 'react-dom';
import type { IsoDate } from '../../../shared/domain/week';
import { useAppStore } from '../../stores/appStore';
import { usePersonName, useT } from '../../i18n';
import { formatDate, formatDayLong, formatWeekRange, isoWeekNumber, langName, timeOf } from '../../i18n/format';
import '../../styles/planning.css';
import { useWeekStore } from '../week/weekStore';
import { sessionsByDay } from './printText';

/** The button: the browser's print dialog prints the sheet below, not the screen. */
export function PrintButton() {
  const { t } = useT();
  return (
    <button type="button" className="btn" data-testid="print-week" onClick={() => window.print()}>
      {t('publish.print')}
    </button>
  );
}

/**
 * A clean overview of the week for paper, always in the page but shown only when printing
 * (also when the coordinator presses Ctrl+P), so printing never waits for a render.
 */
export function PrintWeek({ weekStart }: { weekStart: IsoDate }) {
  const { t, lang } = useT();
  const personName = usePersonName();
  const view = useWeekStore((s) => (s.view && s.view.weekStart === weekStart ? s.view : null));
  const today = useAppStore((s) => s.info?.today ?? null);
  const region = useAppStore((s) => s.overview?.name ?? s.info?.regionName ?? '');
  if (!view) return null;
  const days = sessionsByDay(weekStart, view.sessions);
  const status = t(`week.status.${view.status}`);
  return createPortal(
    <div className="print-sheet" data-testid="print-sheet" aria-hidden="true">
      <header className="print-sheet__head">
        <h1>{t('publish.print.title', { week: isoWeekNumber(weekStart) })}</h1>
        <p>
          {region && <>{region} · </>}
          {t('publish.print.subtitle', {
            range: formatWeekRange(weekStart, lang),
            status,
            date: today ? formatDate(today, lang, 'd MMMM yyyy') : '',
          })}
        </p>
      </header>
      <table className="print-table">
        <thead>
          <tr>
            <th className="print-table__time">{t('publish.print.time')}</th>
            <th>{t('publish.print.kind')}</th>
            <th>{t('publish.print.language')}</th>
            <th>{t('publish.print.where')}</th>
            <th>{t('publish.print.consultant')}</th>
            <th>{t('publish.print.interpreter')}</th>
            <th>{t('publish.print.participants')}</th>
          </tr>
        </thead>
        {days.map((d) => (
          <tbody key={d.day} className="print-table__day">
            <tr>
              <th colSpan={7} className="print-table__dayhead">
                {formatDayLong(d.day, lang)}
              </th>
            </tr>
            {d.sessions.length === 0 ? (
              <tr>
                <td colSpan={7} className="print-table__empty">
                  {t('publish.print.empty')}
                </td>
              </tr>
            ) : (
              d.sessions.map((s) => (
                <tr key={s.id} className={s.status === 'proposed' ? 'print-table__proposed' : undefined}>
                  <td className="print-table__time">
                    {timeOf(s.start)}–{timeOf(s.end)}
                  </td>
                  <td>
                    {t(s.kind === 'groupInfo' ? 'session.kind.groupInfo' : 'session.kind.toets')}
                    {s.status === 'proposed' && <em> ({t('publish.print.proposed')})</em>}
                  </td>
                  <td>{s.language ? langName(s.language, lang) : '—'}</td>
                  <td>
                    {s.room.name}
                    <br />
                    <small>
                      {s.room.locationName}
                      {/* "Stadhuis Gorinchem, Gorinchem" says the town twice. */}
                      {!s.room.locationName.includes(s.room.gemeente) && `, ${s.room.gemeente}`}
                    </small>
                  </td>
                  <td>{s.consultant.name}</td>
                  <td>{s.interpreter?.name ?? '—'}</td>
                  <td>
                    <strong>{s.participantCount}</strong>
                    {s.participants.length > 0 && <small> · {s.participants.map(personName).join(', ')}</small>}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
    </div>,
    document.body,
  );
}
