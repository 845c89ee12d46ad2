import { isoWeekLabel, mondayOf, mondayOfIsoWeek } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { formatWeekRange, isoWeekNumber } from '../../i18n/format';
import { WeekActions } from '../planner/WeekActions';
import { useWeekEditStore } from './weekEditStore';
import { useWeekStore } from './weekStore';

function UndoIcon({ flip }: { flip?: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" style={flip ? { transform: 'scaleX(-1)' } : undefined}>
      <path d="M6 3 2 7l4 4V8h4.5a2.5 2.5 0 0 1 0 5H8v2h2.5a4.5 4.5 0 0 0 0-9H6z" fill="currentColor" />
    </svg>
  );
}

interface HistoryButtonProps {
  which: 'undo' | 'redo';
  label: string;
  title: string;
  disabled: boolean;
  onClick(): void;
}

function HistoryButton({ which, label, title, disabled, onClick }: HistoryButtonProps) {
  return (
    <button type="button" className="btn btn--icon" data-testid={which} disabled={disabled} title={title} aria-label={title} onClick={onClick}>
      <UndoIcon flip={which === 'redo'} />
      <span className="sr-only">{label}</span>
    </button>
  );
}

/** Undo and redo of the coordinator's changes to this week; the tooltips say what they would do. */
function HistoryButtons() {
  const { t } = useT();
  const history = useWeekEditStore((s) => s.history);
  const undo = useWeekEditStore((s) => s.undo);
  const redo = useWeekEditStore((s) => s.redo);
  const undoTitle = history.canUndo && history.undoLabel ? t('week.undo.label', { label: history.undoLabel }) : t('week.undo.none');
  const redoTitle = history.canRedo && history.redoLabel ? t('week.redo.label', { label: history.redoLabel }) : t('week.redo.none');
  return (
    <div className="history-buttons" role="group" aria-label={t('week.history')}>
      <HistoryButton which="undo" label={t('week.undo')} title={undoTitle} disabled={!history.canUndo} onClick={() => void undo()} />
      <HistoryButton which="redo" label={t('week.redo')} title={redoTitle} disabled={!history.canRedo} onClick={() => void redo()} />
    </div>
  );
}

export function WeekToolbar() {
  const { t, lang } = useT();
  const weekStart = useWeekStore((s) => s.weekStart);
  const today = useWeekStore((s) => s.today);
  const view = useWeekStore((s) => s.view);
  const loading = useWeekStore((s) => s.loading);
  const prev = useWeekStore((s) => s.prev);
  const next = useWeekStore((s) => s.next);
  const thisWeek = useWeekStore((s) => s.thisWeek);
  const goTo = useWeekStore((s) => s.goTo);

  if (!weekStart) return null;
  const week = isoWeekNumber(weekStart);
  const isThisWeek = today !== null && mondayOf(today) === weekStart;
  const status = view && view.weekStart === weekStart ? view.status : null;
  const statusText = status ? t(`week.status.${status}`) : null;

  return (
    <div className="week-toolbar" role="toolbar" aria-label={t('week.navigation')}>
      <div className="week-toolbar__nav">
        <button type="button" className="btn" data-testid="week-prev" onClick={() => void prev()}>
          <span aria-hidden="true">‹ </span>
          {t('week.prev')}
        </button>
        <button
          type="button"
          data-testid="week-today"
          onClick={() => void thisWeek()}
          className={isThisWeek ? 'btn btn--current' : 'btn'}
          aria-current={isThisWeek ? 'date' : undefined}
        >
          {t('week.today')}
        </button>
        <button type="button" className="btn" data-testid="week-next" onClick={() => void next()}>
          {t('week.next')}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <h2 className="week-toolbar__heading" data-testid="week-heading" aria-live="polite">
        {t('week.heading', { week, range: formatWeekRange(weekStart, lang) })}
      </h2>
      <div className="week-toolbar__status">
        <HistoryButtons />
        <label className="week-picker">
          <span className="sr-only">{t('week.goto')}</span>
          <input
            type="week"
            className="week-picker__input"
            data-testid="week-picker"
            value={isoWeekLabel(weekStart)}
            onChange={(e) => {
              // The browser gives "2026-W48"; an emptied field is ignored.
              const m = /^(\d{4})-W(\d{2})$/.exec(e.target.value);
              if (m) void goTo(mondayOfIsoWeek(Number(m[1]), Number(m[2])));
            }}
          />
        </label>
        {loading && <span className="spinner" aria-hidden="true" />}
        {statusText && (
          <span
            className={`badge badge--${status}`}
            data-testid="week-status"
            title={t('week.status.label', { status: statusText })}
            aria-label={t('week.status.label', { status: statusText })}
          >
            {statusText}
          </span>
        )}
      </div>
      {/* Plan, publish and export (the planner feature's buttons) sit on their own row. */}
      <div className="week-toolbar__actions">
        <WeekActions weekStart={weekStart} />
      </div>
    </div>
  );
}
