import type { PlannedSession } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { formatDayLong } from '../../i18n/format';
import { interpreterLabel, kindLabel, languageLabel, participantsLabel, statusLabel } from './sessionText';

interface Props {
  sessions: PlannedSession[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/** The week as a table: easier to scan, read aloud, or copy into a mail than the calendar. */
export function WeekList({ sessions, selectedId, onSelect }: Props) {
  const { t, lang } = useT();
  const sorted = [...sessions].sort((a, b) => a.start.localeCompare(b.start) || a.room.name.localeCompare(b.room.name));
  const days = [...new Set(sorted.map((s) => s.start.slice(0, 10)))];

  return (
    <div className="table-wrap week-list" tabIndex={0} role="region" aria-label={t('week.list')}>
      <table className="table" aria-label={t('week.list')}>
        <thead>
          <tr>
            <th scope="col">{t('session.field.when')}</th>
            <th scope="col">{t('session.field.kind')}</th>
            <th scope="col">{t('session.field.language')}</th>
            <th scope="col">{t('week.list.participants')}</th>
            <th scope="col">{t('session.field.room')}</th>
            <th scope="col">{t('session.field.interpreter')}</th>
            <th scope="col">{t('session.field.consultant')}</th>
            <th scope="col">{t('session.field.status')}</th>
          </tr>
        </thead>
        {days.map((day) => (
          <tbody key={day}>
            <tr className="week-list__day">
              <th scope="colgroup" colSpan={8}>
                {formatDayLong(day, lang)}
              </th>
            </tr>
            {sorted
              .filter((s) => s.start.startsWith(day))
              .map((s) => (
                <tr
                  key={s.id}
                  className={`week-list__row week-list__row--${s.kind}${s.id === selectedId ? ' week-list__row--selected' : ''}`}
                  data-testid="session-row"
                  data-session-id={s.id}
                >
                  <td className="nowrap">
                    <button type="button" className="link" onClick={() => onSelect(s.id)}>
                      {s.start.slice(11, 16)}–{s.end.slice(11, 16)}
                    </button>
                  </td>
                  <td className="nowrap">
                    <span className={`kind-dot kind-dot--${s.kind}`} aria-hidden="true" />
                    {kindLabel(s, t)}
                  </td>
                  <td>{s.language ? languageLabel(s, t, lang) : <span className="muted">—</span>}</td>
                  <td className="nowrap">{participantsLabel(s.participantCount, t)}</td>
                  <td>
                    {s.room.name}
                    <span className="cell-sub">{s.room.locationName}</span>
                  </td>
                  <td className={s.interpreter ? undefined : 'muted'}>{s.interpreter ? s.interpreter.name : interpreterLabel(s, t)}</td>
                  <td>{s.consultant.name}</td>
                  <td>
                    <span className={`badge badge--${s.status}`}>{statusLabel(s, t)}</span>
                  </td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
