import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlannedSession, SessionChange } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { isoWeekNumber } from '../../i18n/format';
import { PublishedChanges } from '../planner/PublishedChanges';
import { LAYERS, useCalendarPrefs } from './calendarPrefs';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { combinedDraft, useDraftStore } from './draftStore';
import { DragPreview } from './DragPreview';
import { CALENDAR_MODES } from './resourceView';
import { SessionPanel } from './SessionPanel';
import { useWeekEditStore } from './weekEditStore';
import { WeekCalendar } from './WeekCalendar';
import { WeekList } from './WeekList';
import { WeekMoments } from './WeekMoments';
import { WeekToolbar } from './WeekToolbar';
import { useWeekStore } from './weekStore';

// Stable while the week loads, so the calendar's memoised events are not rebuilt on every render.
const NO_SESSIONS: PlannedSession[] = [];

export function WeekPage() {
  const { t } = useT();
  const weekStart = useWeekStore((s) => s.weekStart);
  const today = useWeekStore((s) => s.today);
  const view = useWeekStore((s) => s.view);
  const loading = useWeekStore((s) => s.loading);
  const failed = useWeekStore((s) => s.failed);
  const selectedId = useWeekStore((s) => s.selectedSessionId);
  const select = useWeekStore((s) => s.select);
  const reload = useWeekStore((s) => s.reload);
  const viewMode = useWeekStore((s) => s.viewMode);
  const setViewMode = useWeekStore((s) => s.setViewMode);
  // Another session or none: with unsaved choices in the panel, ask first (leaving holds where to).
  const [leaving, setLeaving] = useState<{ to: string | null } | null>(null);
  const choose = useCallback(
    (id: string | null) => {
      if (id === useWeekStore.getState().selectedSessionId) return;
      if (Object.keys(useDraftStore.getState().drafts).length > 0) setLeaving({ to: id });
      else select(id);
    },
    [select],
  );
  const close = useCallback(() => choose(null), [choose]);
  const drafts = useDraftStore((s) => s.drafts);
  const mode = useCalendarPrefs((s) => s.mode);
  const setMode = useCalendarPrefs((s) => s.setMode);
  const shownLayers = useCalendarPrefs((s) => s.layers);
  const toggleLayer = useCalendarPrefs((s) => s.toggleLayer);
  const resources = useWeekEditStore((s) => s.resources);
  const layers = useWeekEditStore((s) => s.layers);
  const loadEdit = useWeekEditStore((s) => s.load);
  const update = useWeekEditStore((s) => s.update);
  const [pending, setPending] = useState<{ change: SessionChange; resolve(ok: boolean): void } | null>(null);

  useEffect(() => {
    if (weekStart) void loadEdit(weekStart);
  }, [weekStart, loadEdit]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      // Inside a text field the browser's own undo is meant.
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      const key = e.key.toLowerCase();
      const edit = useWeekEditStore.getState();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void edit.undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void edit.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  /** Saves a change; a published week first asks whether the coordinator is sure. */
  const save = useCallback(
    async (change: SessionChange): Promise<boolean> => {
      const result = await update(change);
      if (result !== 'needsConfirm') return result === 'saved';
      return new Promise<boolean>((resolve) => setPending({ change, resolve }));
    },
    [update],
  );
  const saveRef = useRef(save);
  saveRef.current = save;
  const confirmPending = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    pending.resolve((await update(pending.change, true)) === 'saved');
  }, [pending, update]);
  const draft = combinedDraft(drafts);
  const leave = useCallback(
    async (save: boolean) => {
      if (!leaving) return;
      const change = combinedDraft(useDraftStore.getState().drafts);
      setLeaving(null);
      // Not saved (refused, or the published week's question answered no): the panel stays, with the choices.
      if (save && change && !(await saveRef.current(change))) return;
      select(leaving.to);
    },
    [leaving, select],
  );
  const cancelPending = useCallback(() => {
    pending?.resolve(false);
    setPending(null);
  }, [pending]);

  if (!weekStart) return <p className="state">{t('app.loading')}</p>;
  const week = isoWeekNumber(weekStart);
  const current = view && view.weekStart === weekStart ? view : null;
  const selected = current?.sessions.find((s) => s.id === selectedId) ?? null;
  const participantTotal = current?.sessions.reduce((n, s) => n + s.participantCount, 0) ?? 0;

  let status;
  if (current && current.sessions.length === 0) {
    status = (
      <div className="week-meta week-meta--empty" data-testid="week-empty" role="status">
        <span>
          <strong className="week-meta__empty">{t('week.empty', { week })}</strong>
          <span className="muted"> · {t('week.empty.hint')}</span>
        </span>
      </div>
    );
  } else if (current) {
    status = (
      <div className="week-meta">
        <span data-testid="week-summary" role="status">
          {current.sessions.length === 1
            ? t('week.summary.one', { participants: participantTotal })
            : t('week.summary', { sessions: current.sessions.length, participants: participantTotal })}
        </span>
        <span className="legend" role="list" aria-label={t('week.legend')}>
          <span className="legend__item" role="listitem">
            <span className="legend__swatch legend__swatch--groupInfo" aria-hidden="true" />
            {t('session.kind.groupInfo')}
          </span>
          <span className="legend__item" role="listitem">
            <span className="legend__swatch legend__swatch--toets" aria-hidden="true" />
            {t('session.kind.toets')}
          </span>
          <span className="legend__item" role="listitem">
            <span className="legend__swatch legend__swatch--proposed" aria-hidden="true" />
            {t('week.legend.proposed')}
          </span>
        </span>
      </div>
    );
  } else if (failed) {
    status = (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('week.failed', { week })}</p>
        <button type="button" className="btn" onClick={() => void reload()}>
          {t('error.retry')}
        </button>
      </div>
    );
  } else {
    status = (
      <div className="state" role="status" data-testid="week-loading">
        <span className="spinner" aria-hidden="true" /> {t('week.loading', { week })}
      </div>
    );
  }

  const viewSwitch = (
    <div className="segmented" role="group" aria-label={t('week.view')}>
      {(['calendar', 'list'] as const).map((mode) => (
        <button
          key={mode}
          type="button"
          className={viewMode === mode ? 'segmented__btn segmented__btn--active' : 'segmented__btn'}
          aria-pressed={viewMode === mode}
          data-testid={`week-view-${mode}`}
          onClick={() => setViewMode(mode)}
        >
          {t(mode === 'calendar' ? 'week.view.calendar' : 'week.view.list')}
        </button>
      ))}
    </div>
  );

  const modeSwitch = (
    <div className="segmented" role="group" aria-label={t('week.modes')}>
      {CALENDAR_MODES.map((m) => (
        <button
          key={m}
          type="button"
          className={mode === m ? 'segmented__btn segmented__btn--active' : 'segmented__btn'}
          aria-pressed={mode === m}
          data-testid={`view-${m}`}
          disabled={viewMode === 'list' || (m !== 'week' && !resources)}
          onClick={() => setMode(m)}
        >
          {t(`week.mode.${m}`)}
        </button>
      ))}
    </div>
  );

  const layerToggles = (
    <div className="layer-toggles" role="group" aria-label={t('week.layers')}>
      <span className="layer-toggles__label">{t('week.layers')}:</span>
      {LAYERS.map((l) => (
        <label key={l} className={`layer-toggle layer-toggle--${l}`}>
          <input type="checkbox" data-testid={`layer-${l}`} checked={shownLayers[l]} disabled={!layers} onChange={() => toggleLayer(l)} />
          <span className="layer-toggle__swatch" aria-hidden="true" />
          {t(`week.layer.${l}`)}
        </label>
      ))}
    </div>
  );

  return (
    <section className="week-page" aria-busy={loading}>
      <WeekToolbar />
      <PublishedChanges weekStart={weekStart} />
      <div className="week-status-row">
        {status}
        {viewSwitch}
      </div>
      <div className="week-controls">
        {modeSwitch}
        {layerToggles}
      </div>
      {/* The calendar stays mounted while weeks load, so paging does not flash. */}
      <div className={selected ? 'week-body week-body--with-panel' : 'week-body'}>
        {viewMode === 'list' && current && current.sessions.length > 0 ? (
          <WeekList sessions={current.sessions} selectedId={selectedId} onSelect={choose} />
        ) : (
          <div className={current ? 'week-calendar' : 'week-calendar week-calendar--pending'}>
            <WeekCalendar
              weekStart={weekStart}
              today={today}
              sessions={current?.sessions ?? NO_SESSIONS}
              selectedId={selectedId}
              onSelect={choose}
              mode={mode}
              resources={resources}
              layers={layers}
              shownLayers={shownLayers}
              onChange={save}
            />
          </div>
        )}
        {selected && <SessionPanel session={selected} onClose={close} onChange={save} />}
      </div>
      <WeekMoments layers={layers} today={today} />
      <DragPreview />
      {leaving && (
        <ConfirmDialog
          testId="confirm-unsaved"
          warning
          title={t('week.unsaved.title')}
          cancelLabel={t('week.unsaved.keep')}
          {...(draft
            ? {
                confirmLabel: t('week.unsaved.save'),
                onConfirm: () => void leave(true),
                alt: { label: t('week.unsaved.discard'), testId: 'confirm-discard', onClick: () => void leave(false) },
              }
            : { confirmLabel: t('week.unsaved.discard'), danger: true, onConfirm: () => void leave(false) })}
          onCancel={() => setLeaving(null)}
        >
          <p>{t(draft ? 'week.unsaved.text' : 'week.unsaved.invalid')}</p>
        </ConfirmDialog>
      )}
      {pending && (
        <ConfirmDialog
          testId="confirm-published"
          warning
          title={t('week.confirm.title')}
          confirmLabel={t('week.confirm.ok')}
          cancelLabel={t('week.confirm.cancel')}
          onConfirm={() => void confirmPending()}
          onCancel={cancelPending}
        >
          <p>{t('week.confirm.text', { week })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
