import type { EventClickArg, EventContentArg, EventInput } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import nlLocale from '@fullcalendar/core/locales/nl';
import interactionPlugin from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useEffect, useMemo, useRef } from 'react';
import type { PlannedSession } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/translate';
import { visibleHours } from './visibleHours';
import { interpreterLabel, kindLabel, languageLabel, participantsLabel, sessionSummary, statusLabel } from './sessionText';

interface Props {
  weekStart: string;
  /** Today in Europe/Amsterdam from the server, so the highlighted day never follows the machine's zone. */
  today: string | null;
  sessions: PlannedSession[];
  selectedId: string | null;
  onSelect(id: string): void;
}

const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

function toEvent(s: PlannedSession, selectedId: string | null): EventInput {
  return {
    id: s.id,
    // Wall-clock strings without offset; the calendar runs in UTC so no zone can move them.
    start: `${s.start}:00`,
    end: `${s.end}:00`,
    classNames: [
      'session',
      `session--${s.kind}`,
      `session--${s.status}`,
      ...(s.id === selectedId ? ['session--selected'] : []),
    ],
    extendedProps: { session: s },
  };
}

function renderEvent(arg: EventContentArg, t: Translate, lang: Lang) {
  const s = arg.event.extendedProps.session as PlannedSession;
  const summary = sessionSummary(s, t, lang);
  return (
    <div
      className="session__body"
      data-testid="session-event"
      data-session-id={s.id}
      data-start={s.start}
      data-kind={s.kind}
      data-status={s.status}
      title={summary}
    >
      <div className="session__head">
        <span className="session__kind">
          <span className="session__kind-full">{kindLabel(s, t)}</span>
          <span className="session__kind-short">
            {t(s.kind === 'groupInfo' ? 'session.kind.groupInfo.short' : 'session.kind.toets.short')}
          </span>
        </span>
        <span className="session__time">
          {s.start.slice(11, 16)}–{s.end.slice(11, 16)}
        </span>
      </div>
      <div className="session__line session__strong">
        {s.language ? languageLabel(s, t, lang) : null}
        {s.language ? ' · ' : null}
        {participantsLabel(s.participantCount, t)}
        {/* A toets never has an interpreter and is short: say so on this line to keep room. */}
        {s.kind === 'toets' && !s.interpreter && <span className="session__muted"> · {t('session.noInterpreter')}</span>}
      </div>
      <div className="session__line">
        {s.room.name}, {s.room.locationName}
      </div>
      {!(s.kind === 'toets' && !s.interpreter) && (
        <div className={s.interpreter ? 'session__line' : 'session__line session__muted'}>{interpreterLabel(s, t)}</div>
      )}
      <div className="session__line">{t('session.consultant', { name: s.consultant.name })}</div>
      <span className="sr-only">{statusLabel(s, t)}</span>
    </div>
  );
}

export function WeekCalendar({ weekStart, today, sessions, selectedId, onSelect }: Props) {
  const { t, lang } = useT();
  const ref = useRef<FullCalendar | null>(null);
  const events = useMemo(() => sessions.map((s) => toEvent(s, selectedId)), [sessions, selectedId]);
  const hours = useMemo(() => visibleHours(sessions), [sessions]);

  useEffect(() => {
    const api = ref.current?.getApi();
    if (api && api.getDate().toISOString().slice(0, 10) !== weekStart) api.gotoDate(weekStart);
  }, [weekStart]);

  return (
    <div className="calendar" aria-label={t('week.calendar')} role="region">
      <FullCalendar
        ref={ref}
        plugins={[timeGridPlugin, interactionPlugin]}
        initialView="timeGridWeek"
        initialDate={weekStart}
        timeZone="UTC"
        locales={[nlLocale, enGbLocale]}
        locale={lang === 'en' ? 'en-gb' : 'nl'}
        firstDay={1}
        weekNumbers={true}
        weekNumberCalculation="ISO"
        weekends={false}
        allDaySlot={false}
        headerToolbar={false}
        slotMinTime={hours.min}
        slotMaxTime={hours.max}
        slotDuration="00:30:00"
        slotLabelFormat={TIME_FORMAT}
        eventTimeFormat={TIME_FORMAT}
        dayHeaderContent={(arg) => {
          // In the UTC calendar the header date's UTC fields are the local calendar day.
          const day = arg.date.toISOString().slice(0, 10);
          return (
            <span className="dayhead">
              <span className="dayhead__dow">{formatDate(day, lang, 'EEEE')}</span>
              <span className="dayhead__date">{formatDate(day, lang, 'd MMMM')}</span>
            </span>
          );
        }}
        slotEventOverlap={false}
        nowIndicator={false}
        now={today ? `${today}T12:00:00` : undefined}
        height="auto"
        expandRows={true}
        eventInteractive={true}
        events={events}
        eventContent={(arg) => renderEvent(arg, t, lang)}
        eventClick={(arg: EventClickArg) => {
          arg.jsEvent.preventDefault();
          onSelect(arg.event.id);
        }}
      />
    </div>
  );
}
