import { renderMsg } from '../../../shared/messages';
import { holidayMsg, holidayOn } from '../../../shared/domain/holidays';
import type { CalendarOptions, DateSpanApi, EventApi, EventClickArg, EventContentArg, EventDropArg, EventInput } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import nlLocale from '@fullcalendar/core/locales/nl';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useEffect, useMemo, useRef } from 'react';
import type { PlannedSession, SessionChange, WeekLayers, WeekResources } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/translate';
import type { LayerName } from './calendarPrefs';
import { useDragPreview } from './dragPreviewStore';
import { PinIcon } from './PinIcon';
import { layerEvents, type LayerItem } from './layerEvents';
import { useWeekEditStore } from './weekEditStore';
import { localOf, previewChange, sessionConflicts, type Preview } from './preview';
import { resourceChange, resourceIdOf, resourcesFor, type CalendarMode } from './resourceView';
import { interpreterLabel, kindLabel, languageLabel, participantsLabel, sessionSummary, statusLabel } from './sessionText';
import { visibleHours } from './visibleHours';

interface Props {
  weekStart: string;
  /** Today in Europe/Amsterdam from the server, so the highlighted day never follows the machine's zone. */
  today: string | null;
  sessions: PlannedSession[];
  selectedId: string | null;
  onSelect(id: string): void;
  mode?: CalendarMode;
  resources?: WeekResources | null;
  layers?: WeekLayers | null;
  shownLayers?: Record<LayerName, boolean>;
  /** A drop or resize; resolve false to put the session back. */
  onChange?(change: SessionChange): Promise<boolean>;
}

const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

// Options as constants: a new array or object on every render makes FullCalendar process its
// options again and build new date formatters, which cost a drop a fifth of a second.
const PLUGINS = [timeGridPlugin, interactionPlugin, resourceTimelinePlugin];
const LOCALES = [nlLocale, enGbLocale];
const VIEWS: CalendarOptions['views'] = {
  timeGridWeek: { slotDuration: '00:30:00', slotLabelFormat: TIME_FORMAT },
  resourceTimelineWeek: {
    slotDuration: '01:00:00',
    slotMinWidth: 18,
    slotLabelFormat: [
      { weekday: 'short', day: 'numeric', month: 'short' },
      { hour: '2-digit', hour12: false },
    ],
  },
};

function toEvent(s: PlannedSession, selectedId: string | null, mode: CalendarMode, conflicts: string[]): EventInput {
  const resourceId = resourceIdOf(mode, s);
  return {
    id: s.id,
    // Wall-clock strings without offset; the calendar runs in UTC so no zone can move them.
    start: `${s.start}:00`,
    end: `${s.end}:00`,
    ...(resourceId ? { resourceId } : {}),
    classNames: [
      'session',
      `session--${s.kind}`,
      `session--${s.status}`,
      ...(s.pinned ? ['session--pinned'] : []),
      ...(conflicts.length > 0 ? ['session--conflict'] : []),
      ...(s.id === selectedId ? ['session--selected'] : []),
    ],
    extendedProps: { session: s, conflicts },
  };
}

function ConflictMark({ messages }: { messages: string[] }) {
  return (
    <span className="session__conflict" data-testid="session-conflict" title={messages.join('\n')} aria-label={messages.join(' ')} role="img">
      ⚠{messages.length > 1 ? messages.length : ''}
    </span>
  );
}

function renderLayer(item: LayerItem) {
  const text = [item.title, ...item.lines.map((l) => l.text)].join('\n');
  return (
    <div className={`layer__body layer__body--${item.layer}`} data-testid="layer-event" data-layer={item.layer} title={text}>
      <div className="layer__title">{item.title}</div>
      {item.lines.map((l, i) => (
        <div key={i} className={l.full ? 'layer__line layer__line--full' : 'layer__line'}>
          {l.text}
        </div>
      ))}
    </div>
  );
}

function renderEvent(arg: EventContentArg, t: Translate, lang: Lang, compact: boolean) {
  const layerItem = arg.event.extendedProps.layerItem as LayerItem | undefined;
  if (layerItem) return renderLayer(layerItem);
  const stored = arg.event.extendedProps.session as PlannedSession;
  // While dragging, the mirror shows where the session would land, not where it is.
  const s = arg.isMirror && arg.event.start && arg.event.end ? { ...stored, start: localOf(arg.event.start), end: localOf(arg.event.end) } : stored;
  const summary = sessionSummary(s, t, lang);
  const conflicts = (arg.event.extendedProps.conflicts as string[] | undefined) ?? [];
  const pin = (
    <>
      {conflicts.length > 0 && !arg.isMirror ? <ConflictMark messages={conflicts} /> : null}
      {s.pinned ? <PinIcon label={t('session.pinned')} testId="session-pin-icon" className="session__pin" /> : null}
    </>
  );
  const common = {
    'data-testid': 'session-event',
    'data-session-id': s.id,
    'data-start': s.start,
    'data-kind': s.kind,
    'data-status': s.status,
    'data-pinned': s.pinned ? 'true' : 'false',
    title: summary,
  };
  if (compact) {
    // A timeline cell is narrow: language (or "Toets") and head count; the rest is in the tooltip.
    return (
      <div className="session__body session__body--compact" {...common}>
        {pin}
        {/* A toets cell is too narrow for its name; the colour and the tooltip say it. */}
        {s.kind === 'groupInfo' && s.language ? <span className="session__kind">{s.language.toUpperCase()} </span> : null}
        <span className="session__count">{s.participantCount}</span>
        <span className="sr-only">
          {kindLabel(s, t)} · {s.start.slice(11, 16)}–{s.end.slice(11, 16)} · {statusLabel(s, t)}
        </span>
      </div>
    );
  }
  return (
    <div className="session__body" {...common}>
      <div className="session__head">
        <span className="session__kind">
          {pin}
          <span className="session__kind-full">{kindLabel(s, t)}</span>
          <span className="session__kind-short">{t(s.kind === 'groupInfo' ? 'session.kind.groupInfo.short' : 'session.kind.toets.short')}</span>
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
      {!(s.kind === 'toets' && !s.interpreter) && <div className={s.interpreter ? 'session__line' : 'session__line session__muted'}>{interpreterLabel(s, t)}</div>}
      <div className="session__line">{t('session.consultant', { name: s.consultant.name })}</div>
      <span className="sr-only">{statusLabel(s, t)}</span>
    </div>
  );
}

/** "di 24 nov 10:00–12:00": where a drag would land. */
function targetLabel(start: string, end: string, lang: Lang): string {
  return `${formatDate(start.slice(0, 10), lang, 'EEEEEE d MMM')} ${start.slice(11, 16)}–${end.slice(11, 16)}`;
}

export function WeekCalendar({ weekStart, today, sessions, selectedId, onSelect, mode = 'week', resources = null, layers = null, shownLayers, onChange }: Props) {
  const { t, lang } = useT();
  const ref = useRef<FullCalendar | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const resourceMode = mode !== 'week' && resources !== null;
  const activeMode: CalendarMode = resourceMode ? mode : 'week';
  const baseline = useWeekEditStore((x) => x.baseline);
  // The stored week's own conflicts, per session, so a coordinator sees where to look.
  const conflictsBySession = useMemo(() => sessionConflicts(sessions, baseline, (v) => (v.msg ? renderMsg(v.msg, lang) : v.message)), [sessions, baseline, lang]);
  const sessionEvents = useMemo(
    () => sessions.map((s) => toEvent(s, selectedId, activeMode, conflictsBySession.get(s.id) ?? [])),
    [sessions, selectedId, activeMode, conflictsBySession],
  );
  const shown = useMemo(() => shownLayers ?? { classes: false, intakes: false, childcare: false }, [shownLayers]);
  const layerEventList = useMemo(() => (layers ? layerEvents(layers, shown, t) : []), [layers, shown, t]);
  const events = useMemo(() => [...layerEventList, ...sessionEvents], [layerEventList, sessionEvents]);
  const hours = useMemo(() => visibleHours(sessions), [sessions]);
  const calendarResources = useMemo(
    () =>
      resources && resourceMode
        ? resourcesFor(activeMode, resources, t('week.noInterpreterRow'), (n) => t('week.resource.capacity', { count: n })).map((r, order) => ({ ...r, order }))
        : [],
    [resources, resourceMode, activeMode, t],
  );
  const planning = useWeekEditStore((s) => s.planning);
  const editable = Boolean(onChange) && planning !== null;
  const slotMinutes = planning?.instance.grid.slotMinutes ?? 30;
  const snap = `00:${String(Math.min(slotMinutes, 59)).padStart(2, '0')}:00`;

  // Latest props for the calendar's callbacks, which FullCalendar keeps from the first render.
  const live = useRef({ mode: activeMode, resources, lang, t, onChange });
  live.current = { mode: activeMode, resources, lang, t, onChange };
  const lastPreview = useRef<{ key: string; preview: Preview | null }>({ key: '', preview: null });

  useEffect(() => {
    const api = ref.current?.getApi();
    if (api && api.getDate().toISOString().slice(0, 10) !== weekStart) api.gotoDate(weekStart);
  }, [weekStart]);

  useEffect(() => {
    const api = ref.current?.getApi();
    if (!api) return;
    const view = resourceMode ? 'resourceTimelineWeek' : 'timeGridWeek';
    if (api.view.type !== view) api.changeView(view);
  }, [resourceMode]);

  // One check as soon as the week is there: the checker indexes the instance on first use, so
  // the coordinator's first drag does not pay for it; its time is the first data-check-ms.
  useEffect(() => {
    if (!planning || planning.plan.sessions.length === 0) return;
    const first = planning.plan.sessions[0]!;
    const p = previewChange(planning.instance, planning.plan, useWeekEditStore.getState().baseline, {
      sessionId: first.id,
      start: first.start,
      end: first.end,
    });
    rootRef.current?.setAttribute('data-check-ms', p.ms.toFixed(2));
  }, [planning]);

  /** The change a drag to this span would make to the session. */
  function changeFor(session: PlannedSession, start: Date, end: Date | null, resourceId: string | null): SessionChange {
    const { mode: m, resources: r } = live.current;
    const startStr = localOf(start);
    const endStr = end ? localOf(end) : session.end;
    const change: SessionChange = { sessionId: session.id };
    if (startStr !== session.start) change.start = startStr;
    if (endStr !== session.end) change.end = endStr;
    if (resourceId && r && m !== 'week') {
      const pl = useWeekEditStore.getState();
      Object.assign(
        change,
        resourceChange(m, session, resourceId, r, (roomIds) => {
          // The room at the new location that adds the fewest conflicts.
          if (!pl.planning) return roomIds[0] ?? null;
          let best: string | null = null;
          let bestCount = Infinity;
          for (const roomId of roomIds) {
            const n = previewChange(pl.planning.instance, pl.planning.plan, pl.baseline, { ...change, roomId }).introduced.length;
            if (n < bestCount) {
              best = roomId;
              bestCount = n;
            }
          }
          return best;
        }),
      );
    }
    return change;
  }

  function preview(change: SessionChange): Preview | null {
    const pl = useWeekEditStore.getState();
    if (!pl.planning) return null;
    const key = JSON.stringify(change);
    if (lastPreview.current.key === key) return lastPreview.current.preview;
    const p = previewChange(pl.planning.instance, pl.planning.plan, pl.baseline, change);
    lastPreview.current = { key, preview: p };
    rootRef.current?.setAttribute('data-check-ms', p.ms.toFixed(2));
    return p;
  }

  function showPreview(session: PlannedSession, change: SessionChange, p: Preview | null) {
    const { lang: l, t: tr, resources: r } = live.current;
    const start = change.start ?? session.start;
    const end = change.end ?? session.end;
    let target = targetLabel(start, end, l);
    if (change.roomId && r) target += ` · ${r.rooms.find((x) => x.id === change.roomId)?.name ?? ''}`;
    if (change.consultantId && r) target += ` · ${r.consultants.find((x) => x.id === change.consultantId)?.name ?? ''}`;
    if (change.interpreterId !== undefined && r)
      target += ` · ${change.interpreterId ? (r.interpreters.find((x) => x.id === change.interpreterId)?.name ?? '') : tr('week.noInterpreterRow')}`;
    const introduced = p?.introduced ?? [];
    const state = introduced.length > 0 ? 'conflict' : 'ok';
    rootRef.current?.setAttribute('data-drag-state', state);
    useDragPreview.getState().show({
      state,
      target,
      messages: introduced.map((v) => (v.msg ? renderMsg(v.msg, l) : v.message)),
      resolvedCount: p?.resolved.length ?? 0,
    });
  }

  const onPointer = useRef((e: PointerEvent | MouseEvent) => useDragPreview.getState().move(e.clientX, e.clientY));

  function startTracking(e: MouseEvent | PointerEvent | TouchEvent | KeyboardEvent | null) {
    lastPreview.current = { key: '', preview: null };
    if (e && 'clientX' in e) useDragPreview.getState().move(e.clientX, e.clientY);
    document.addEventListener('pointermove', onPointer.current);
    document.addEventListener('mousemove', onPointer.current);
  }

  function stopTracking() {
    document.removeEventListener('pointermove', onPointer.current);
    document.removeEventListener('mousemove', onPointer.current);
    rootRef.current?.removeAttribute('data-drag-state');
    useDragPreview.getState().hide();
  }

  useEffect(() => () => stopTracking(), []);

  function allow(span: DateSpanApi, moving: EventApi | null): boolean {
    const session = moving?.extendedProps.session as PlannedSession | undefined;
    if (!session) return true;
    const resourceId = (span as DateSpanApi & { resource?: { id: string } }).resource?.id ?? null;
    const change = changeFor(session, span.start, span.end, resourceId);
    showPreview(session, change, preview(change));
    // Never block the drop: the coordinator may knowingly accept a conflict and resolve it later.
    return true;
  }

  async function commit(session: PlannedSession, change: SessionChange, revert: () => void) {
    const handler = live.current.onChange;
    if (!handler || Object.keys(change).length === 1) {
      revert();
      return;
    }
    const ok = await handler(change);
    if (!ok) revert();
  }

  const resourceHead = activeMode === 'week' ? '' : t(`week.resourceHead.${activeMode}`);

  return (
    <div className="calendar" aria-label={t('week.calendar')} role="region" ref={rootRef} data-testid="week-calendar" data-mode={activeMode}>
      <FullCalendar
        ref={ref}
        plugins={PLUGINS}
        schedulerLicenseKey="GPL-My-Project-Is-Open-Source"
        initialView={resourceMode ? 'resourceTimelineWeek' : 'timeGridWeek'}
        initialDate={weekStart}
        timeZone="UTC"
        locales={LOCALES}
        locale={lang === 'en' ? 'en-gb' : 'nl'}
        firstDay={1}
        weekNumbers={true}
        weekNumberCalculation="ISO"
        weekends={false}
        allDaySlot={false}
        headerToolbar={false}
        slotMinTime={hours.min}
        slotMaxTime={hours.max}
        eventTimeFormat={TIME_FORMAT}
        // Our event content writes its own times; FullCalendar's time text built a new
        // Intl.DateTimeFormat per event on every render (most of a drop's 250 ms).
        displayEventTime={false}
        views={VIEWS}
        resources={calendarResources}
        resourceOrder="order"
        resourceGroupField={activeMode === 'room' ? 'group' : ''}
        resourceAreaWidth="170px"
        resourceAreaHeaderContent={resourceHead}
        resourceLabelContent={(arg) => {
          const detail = (arg.resource.extendedProps as { detail?: string }).detail;
          return (
            <span className="resource-label" data-testid="resource-label" data-resource-id={arg.resource.id}>
              <span className="resource-label__title">{arg.resource.title}</span>
              {detail ? <span className="resource-label__detail">{detail}</span> : null}
            </span>
          );
        }}
        dayHeaderContent={(arg) => {
          // In the UTC calendar the header date's UTC fields are the local calendar day.
          const day = arg.date.toISOString().slice(0, 10);
          // A public holiday says so: nothing is offered or planned on it.
          const holiday = holidayOn(day);
          return (
            <span className="dayhead">
              <span className="dayhead__dow">{formatDate(day, lang, 'EEEE')}</span>
              <span className="dayhead__date">{formatDate(day, lang, 'd MMMM')}</span>
              {holiday ? (
                <span className="dayhead__holiday" data-testid="holiday-note">
                  {renderMsg(holidayMsg(holiday.code), lang)}
                </span>
              ) : null}
            </span>
          );
        }}
        slotEventOverlap={false}
        nowIndicator={false}
        now={today ? `${today}T12:00:00` : undefined}
        height="auto"
        expandRows={!resourceMode}
        eventInteractive={true}
        editable={editable}
        eventStartEditable={editable}
        eventDurationEditable={editable}
        eventResourceEditable={editable && resourceMode}
        snapDuration={snap}
        dragScroll={true}
        eventAllow={allow}
        eventDragStart={(arg) => startTracking(arg.jsEvent)}
        eventResizeStart={(arg) => startTracking(arg.jsEvent)}
        eventDragStop={stopTracking}
        eventResizeStop={stopTracking}
        eventDrop={(arg: EventDropArg) => {
          stopTracking();
          const session = arg.event.extendedProps.session as PlannedSession;
          const resourceId = (arg as EventDropArg & { newResource?: { id: string } }).newResource?.id ?? null;
          void commit(session, changeFor(session, arg.event.start!, arg.event.end, resourceId), arg.revert);
        }}
        eventResize={(arg: EventResizeDoneArg) => {
          stopTracking();
          const session = arg.event.extendedProps.session as PlannedSession;
          void commit(session, changeFor(session, arg.event.start!, arg.event.end, null), arg.revert);
        }}
        events={events}
        eventContent={(arg) => renderEvent(arg, t, lang, resourceMode)}
        eventClick={(arg: EventClickArg) => {
          arg.jsEvent.preventDefault();
          if (arg.event.extendedProps.session) onSelect(arg.event.id);
        }}
      />
    </div>
  );
}
