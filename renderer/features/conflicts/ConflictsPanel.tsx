import { Fragment, memo, useMemo, useState } from 'react';
import type { Conflict, Fix } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/domain/week';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useMsg, useT } from '../../i18n';
import { formatDayShort, isoWeekNumber } from '../../i18n/format';
import '../../styles/planning.css';
import { PlanDetails } from '../planner/PlanDetails';
import { openPersonPage } from '../people/peopleStore';
import { useWeekStore } from '../week/weekStore';
import { categoryLabel, conflictTime, countHard, describeFix, groupConflicts, type ConflictGroup } from './conflictText';
import { useConflictsStore } from './conflictsStore';

/** The week's conflicts by category, each with its one-click fixes; a right-hand panel beside the calendar. */
export function ConflictsPanel({ weekStart }: { weekStart: IsoDate }) {
  const { t } = useT();
  const m = useMsg();
  const conflicts = useConflictsStore((s) => (s.weekStart === weekStart ? s.conflicts : null));
  const cost = useConflictsStore((s) => s.cost);
  const loading = useConflictsStore((s) => s.loading);
  const failed = useConflictsStore((s) => s.failed);
  const lastApplied = useConflictsStore((s) => s.lastApplied);
  const lastAppliedMsg = useConflictsStore((s) => s.lastAppliedMsg);
  const setOpen = useConflictsStore((s) => s.setOpen);
  const load = useConflictsStore((s) => s.load);
  const pending = useConflictsStore((s) => s.pending);
  const confirmPending = useConflictsStore((s) => s.confirmPending);
  const cancelPending = useConflictsStore((s) => s.cancelPending);
  const applying = useConflictsStore((s) => s.applying);
  const provisional = useConflictsStore((s) => s.provisional && s.weekStart === weekStart);
  const hard = countHard(conflicts ?? []);
  const warnings = (conflicts?.length ?? 0) - hard;
  const week = isoWeekNumber(weekStart);

  return (
    <aside
      id="conflicts-panel"
      className="conflicts-panel"
      data-testid="conflicts-panel"
      aria-labelledby="conflicts-title"
      aria-busy={loading}
      onKeyDown={(e) => {
        // Escape from inside the panel closes it and puts focus back on its button.
        if (e.key !== 'Escape' || pending) return;
        setOpen(false);
        document.querySelector<HTMLElement>('[data-testid="conflicts-toggle"]')?.focus();
      }}
    >
      <header className="conflicts-panel__head">
        <div>
          <h2 id="conflicts-title" className="conflicts-panel__title" tabIndex={-1}>
            {t('conflicts.title', { week })}
          </h2>
          <p className="conflicts-panel__sub">
            {conflicts && (
              <>
                <span className={hard > 0 ? 'conflicts-panel__hard' : undefined}>{hard === 1 ? t('conflicts.count.one') : t('conflicts.count', { count: hard })}</span>
                {warnings > 0 && <> · {warnings === 1 ? t('conflicts.warnings.one') : t('conflicts.warnings', { count: warnings })}</>}
                {cost !== null && (
                  <>
                    {' · '}
                    <PlanDetails cost={cost} />
                  </>
                )}
              </>
            )}
            {loading && <span className="spinner conflicts-panel__spinner" aria-label={t('conflicts.loading')} />}
          </p>
        </div>
        <button type="button" className="btn btn--ghost" aria-label={t('conflicts.close')} title={t('conflicts.close')} onClick={() => setOpen(false)}>
          ✕
        </button>
      </header>
      {provisional && (
        <p className="conflicts-panel__provisional muted" role="status" data-testid="conflicts-provisional">
          {t('conflicts.provisional')}
        </p>
      )}
      {lastApplied && (
        <p className="conflicts-panel__applied" role="status">
          ✓ {t('conflicts.fix.applied', { label: m(lastAppliedMsg, lastApplied) })}
        </p>
      )}
      <div className="conflicts-panel__body">
        {failed && !conflicts?.length ? (
          <div className="state state--error">
            <p>{t('conflicts.failed')}</p>
            <button type="button" className="btn btn--small" onClick={() => void load(weekStart)}>
              {t('error.retry')}
            </button>
          </div>
        ) : !conflicts || (loading && conflicts.length === 0 && cost === null) ? (
          <p className="state" role="status">
            <span className="spinner" aria-hidden="true" /> {t('conflicts.loading')}
          </p>
        ) : conflicts.length === 0 ? (
          <p className="conflicts-panel__none" data-testid="conflicts-none">
            <span aria-hidden="true">✓ </span>
            {t('conflicts.none')}
          </p>
        ) : (
          <ConflictGroups conflicts={conflicts} weekStart={weekStart} applying={applying} />
        )}
      </div>
      {pending && (
        <ConfirmDialog
          title={t('conflicts.published.title')}
          confirmLabel={t('conflicts.published.ok')}
          danger
          busy={applying !== null}
          onCancel={cancelPending}
          onConfirm={() => void confirmPending()}
        >
          <p>{t('conflicts.published.body', { week: isoWeekNumber(pending.weekStart) })}</p>
          <p className="confirm__detail">{m(pending.fix.msg, pending.fix.label)}</p>
        </ConfirmDialog>
      )}
    </aside>
  );
}

/** The grouped list itself, driven by props so it renders the same wherever the data comes from. */
export function ConflictGroups({ conflicts, weekStart, applying }: { conflicts: Conflict[]; weekStart: IsoDate; applying: string | null }) {
  const groups = useMemo(() => groupConflicts(conflicts), [conflicts]);
  const hard = countHard(conflicts);
  return (
    <>
      {groups.map((g) => (
        <Group key={g.category} group={g} weekStart={weekStart} hardNow={hard} applying={applying} />
      ))}
    </>
  );
}

/**
 * Items a group shows before "toon alle": a large region's week has hundreds of deadline
 * warnings, and rendering them all made every change to the list take a third of a second.
 */
export const GROUP_PAGE = 30;

function Group({ group, weekStart, hardNow, applying }: { group: ConflictGroup; weekStart: IsoDate; hardNow: number; applying: string | null }) {
  const { t } = useT();
  const [collapsed, setCollapsed] = useState(false);
  const [all, setAll] = useState(false);
  const shown = all ? group.items : group.items.slice(0, GROUP_PAGE);
  const headingId = `conflicts-group-${group.category}`;
  return (
    <section className={`conflict-group conflict-group--${group.category}`} aria-labelledby={headingId} data-testid="conflict-group" data-category={group.category}>
      <h3 id={headingId} className="conflict-group__title">
        <button type="button" className="conflict-group__toggle" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          <span className="conflict-group__chevron" aria-hidden="true">
            {collapsed ? '▸' : '▾'}
          </span>
          {categoryLabel(group.category, t)}
          <span className="conflict-group__count" aria-label={t('conflicts.count', { count: group.items.length })}>
            {group.items.length}
          </span>
        </button>
      </h3>
      {!collapsed && (
        <ul className="conflict-list">
          {shown.map((c) => (
            <ConflictItem key={c.id} conflict={c} weekStart={weekStart} hardNow={hardNow} applying={applying} />
          ))}
        </ul>
      )}
      {!collapsed && shown.length < group.items.length && (
        <button type="button" className="link conflict-group__more" data-testid="conflict-group-more" onClick={() => setAll(true)}>
          {t('conflicts.showAll', { count: group.items.length })}
        </button>
      )}
    </section>
  );
}

// Memoised: a change to the list keeps the objects of the conflicts it did not touch.
const ConflictItem = memo(function ConflictItem({ conflict, weekStart, hardNow, applying }: { conflict: Conflict; weekStart: IsoDate; hardNow: number; applying: string | null }) {
  const { t, lang } = useT();
  const m = useMsg();
  const applyFix = useConflictsStore((s) => s.applyFix);
  const selectSession = useWeekStore((s) => s.select);
  const when = conflictTime(conflict.start, conflict.end, (d) => formatDayShort(d, lang));
  return (
    <li
      className={`conflict conflict--${conflict.severity}`}
      data-testid="conflict-item"
      data-category={conflict.category}
      data-severity={conflict.severity}
      data-conflict-id={conflict.id}
    >
      <p className="conflict__message">
        {conflict.severity === 'warning' && <span className="conflict__tag">{t('conflicts.severity.warning')}</span>}
        {m(conflict.msg, conflict.message)}
      </p>
      {(when || conflict.participants.length > 0) && (
        <p className="conflict__meta">
          {when && <span className="conflict__when">{when}</span>}
          {conflict.participants.length > 0 && (
            <span className="conflict__people">
              {conflict.participants.map((p, i) => (
                <Fragment key={p.id}>
                  {i > 0 && ', '}
                  <button type="button" className="link" data-testid="open-person" title={t('deadlines.openPerson')} onClick={() => openPersonPage(p)}>
                    {p.name}
                  </button>
                </Fragment>
              ))}
            </span>
          )}
        </p>
      )}
      {conflict.sessionIds.length > 0 && (
        <button type="button" className="link conflict__show" onClick={() => selectSession(conflict.sessionIds[0])}>
          {t('conflicts.showSession')}
        </button>
      )}
      {conflict.fixes.length > 0 ? (
        <ul className="conflict__fixes" aria-label={t('conflicts.fixes')}>
          {conflict.fixes.map((f) => (
            <FixButton key={f.id} fix={f} hardNow={hardNow} busy={applying === f.id} disabled={applying !== null} onApply={() => void applyFix(weekStart, f)} />
          ))}
        </ul>
      ) : (
        conflict.severity === 'conflict' && <p className="conflict__nofix muted">{t(conflict.rule === 7 ? 'conflicts.noFix.seats' : 'conflicts.noFix')}</p>
      )}
    </li>
  );
});

function FixButton({ fix, hardNow, busy, disabled, onApply }: { fix: Fix; hardNow: number; busy: boolean; disabled: boolean; onApply(): void }) {
  const { t } = useT();
  const m = useMsg();
  const effect = describeFix(fix, hardNow, t);
  return (
    <li>
      <button
        type="button"
        className={effect.warning ? 'fix fix--worse' : 'fix'}
        data-testid="conflict-fix"
        data-fix-id={fix.id}
        data-conflicts-after={fix.conflictsAfter}
        disabled={disabled}
        aria-busy={busy}
        onClick={onApply}
      >
        <span className="fix__label">
          {busy && <span className="spinner" aria-hidden="true" />} {m(fix.msg, fix.label)}
        </span>
        <span className="fix__effect">{effect.text}</span>
        {effect.warning && (
          <span className="fix__warning">
            <span aria-hidden="true">⚠ </span>
            {effect.warning}
          </span>
        )}
      </button>
    </li>
  );
}

/** The toolbar button that opens the panel, with the number of hard conflicts as a badge. */
export function ConflictsToggle({ weekStart }: { weekStart: IsoDate }) {
  const conflicts = useConflictsStore((s) => (s.weekStart === weekStart ? s.conflicts : null));
  const open = useConflictsStore((s) => s.open);
  const toggleOpen = useConflictsStore((s) => s.toggleOpen);
  return <ConflictsToggleButton conflicts={conflicts} open={open} onToggle={toggleOpen} />;
}

/** `conflicts` is null while not yet loaded. */
export function ConflictsToggleButton({ conflicts, open, onToggle }: { conflicts: Conflict[] | null; open: boolean; onToggle(): void }) {
  const { t } = useT();
  const hard = countHard(conflicts ?? []);
  const total = conflicts?.length ?? 0;
  return (
    <button
      type="button"
      className={open ? 'btn conflicts-toggle conflicts-toggle--open' : 'btn conflicts-toggle'}
      data-testid="conflicts-toggle"
      // Absent until loaded, so a reader never mistakes "not yet known" for zero.
      data-count={conflicts ? hard : undefined}
      data-total={conflicts ? total : undefined}
      aria-expanded={open}
      aria-controls="conflicts-panel"
      title={t('conflicts.toggle.title')}
      onClick={() => {
        onToggle();
        // The panel that opens takes the focus (its heading), so keyboard users land in it.
        if (!open) requestAnimationFrame(() => document.getElementById('conflicts-title')?.focus());
      }}
    >
      {t('conflicts.toggle')}
      {/* Red with the number of conflicts; amber with the number of warnings when only those remain. */}
      <span
        className={hard > 0 ? 'count-badge count-badge--bad' : total > 0 ? 'count-badge count-badge--warn' : 'count-badge count-badge--ok'}
        aria-label={
          !conflicts
            ? t('conflicts.loading')
            : hard > 0
              ? hard === 1
                ? t('conflicts.count.one')
                : t('conflicts.count', { count: hard })
              : total > 0
                ? total === 1
                  ? t('conflicts.warnings.one')
                  : t('conflicts.warnings', { count: total })
                : t('conflicts.none')
        }
      >
        {conflicts ? (hard > 0 ? hard : total > 0 ? total : '✓') : '…'}
      </span>
    </button>
  );
}
