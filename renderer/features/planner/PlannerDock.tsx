import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlannedSession, ProposalCounts, ProposalSeats } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/domain/week';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useMsg, useT, type Translate } from '../../i18n';
import { formatDayShort, isoWeekNumber, langName, timeOf } from '../../i18n/format';
import { useNavStore } from '../../stores/appStore';
import '../../styles/planning.css';
import { useWeekStore } from '../week/weekStore';
import { usePlannerStore, type PlannerFinished } from './plannerStore';
import { PlanDetails } from './PlanDetails';
import { useOthersPlanningLock } from './PlanningLockNote';
import { proposalCountsText } from './plannerText';

/**
 * Below the calendar and sticky at the bottom of the window: the planner's result and the
 * proposal that waits for a decision, so the coordinator sees both while looking at the week.
 */
export function PlannerDock({ weekStart }: { weekStart: IsoDate }) {
  const view = useWeekStore((s) => s.view);
  const result = usePlannerStore((s) => s.result);
  const notice = usePlannerStore((s) => s.notice);
  const proposed = useMemo(() => (view && view.weekStart === weekStart ? view.sessions.filter((s) => s.status === 'proposed') : []), [view, weekStart]);
  const seats = view && view.weekStart === weekStart ? (view.proposal ?? NO_SEATS) : NO_SEATS;
  const seatCount = seats.trials.length + seats.intakes.length + seats.care.length;
  const showResult = result && result.weekStart === weekStart;
  if (!showResult && proposed.length === 0 && seatCount === 0 && !notice) return null;
  return (
    <div className="plan-dock">
      {notice && <Notice />}
      {showResult && <ResultSummary result={result} />}
      {proposed.length + seatCount > 0 && <ProposalBar weekStart={weekStart} proposed={proposed} seats={seats} />}
    </div>
  );
}

const NO_SEATS: ProposalSeats = { trials: [], intakes: [], care: [] };

/** The proposal's counts per kind; `sessions` as given (discard leaves pinned sessions). */
export function countsOf(sessions: number, seats: ProposalSeats): ProposalCounts {
  return { sessions, trials: seats.trials.length, intakes: seats.intakes.length, care: seats.care.length };
}

function Notice() {
  const { t } = useT();
  const notice = usePlannerStore((s) => s.notice);
  const dismiss = usePlannerStore((s) => s.dismissNotice);
  const weekStart = useWeekStore((s) => s.weekStart);
  useEffect(() => {
    if (!notice) return;
    // A confirmation needs no action; it goes away by itself.
    const timer = window.setTimeout(dismiss, 6000);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  // Without the service's counts (an older answer) the total is all there is to say.
  const what = notice.counts ? proposalCountsText(notice.counts, t) : t('planning.count.sessions', { count: notice.count });
  const text =
    notice.key === 'accepted'
      ? t('planning.proposal.accepted', { what })
      : notice.key === 'discarded'
        ? t('planning.proposal.discarded', { what })
        : t(notice.key === 'republished' ? 'publish.redone' : 'publish.done', { week: weekStart ? isoWeekNumber(weekStart) : '' });
  return (
    <div className="plan-notice" role="status" data-testid="plan-notice">
      <span className="plan-notice__icon" aria-hidden="true">
        ✓
      </span>
      {text}
      <button type="button" className="btn btn--ghost btn--small" aria-label={t('planning.proposal.close')} onClick={dismiss}>
        ✕
      </button>
    </div>
  );
}

function ResultSummary({ result }: { result: PlannerFinished }) {
  const { t } = useT();
  const m = useMsg();
  const dismiss = usePlannerStore((s) => s.dismissResult);
  const setSection = useNavStore((s) => s.setSection);
  const week = isoWeekNumber(result.weekStart);
  const title =
    result.state === 'done' ? t('planning.result.done', { week }) : result.state === 'cancelled' ? t('planning.result.cancelled', { week }) : t('planning.result.failed', { week });
  return (
    <div className={`plan-result plan-result--${result.state}`} data-testid="plan-result" data-state={result.state} role={result.state === 'failed' ? 'alert' : 'status'}>
      <div className="plan-result__main">
        <strong>{title}</strong>
        {result.message && <span className="plan-result__message">{m(result.msg, result.message ?? '')}</span>}
      </div>
      {result.state !== 'failed' && (
        <ul className="plan-result__facts">
          <li data-testid="plan-result-planned">{t('planning.result.planned', { count: result.planned })}</li>
          <li data-testid="plan-result-unplanned" className={result.unplanned > 0 ? 'plan-result__warn' : undefined}>
            {t('planning.result.unplanned', { count: result.unplanned })}
          </li>
          {result.cost !== null && (
            <li>
              <PlanDetails cost={result.cost} bound={result.bound} />
            </li>
          )}
        </ul>
      )}
      <div className="plan-result__actions">
        {result.unplanned > 0 && (
          <button type="button" className="btn btn--small" onClick={() => setSection('unplanned')}>
            {t('planning.result.showUnplanned')}
          </button>
        )}
        <button type="button" className="btn btn--ghost btn--small" aria-label={t('planning.result.close')} title={t('planning.result.close')} onClick={dismiss}>
          ✕
        </button>
      </div>
    </div>
  );
}

function ProposalBar({ weekStart, proposed, seats }: { weekStart: IsoDate; proposed: PlannedSession[]; seats: ProposalSeats }) {
  const { t } = useT();
  const busy = usePlannerStore((s) => s.busy);
  const drawerOpen = usePlannerStore((s) => s.drawerOpen);
  const selected = usePlannerStore((s) => s.selected);
  const openDrawer = usePlannerStore((s) => s.openDrawer);
  const closeDrawer = usePlannerStore((s) => s.closeDrawer);
  const setSelected = usePlannerStore((s) => s.setSelected);
  const acceptAll = usePlannerStore((s) => s.acceptAll);
  const acceptSelected = usePlannerStore((s) => s.acceptSelected);
  const discard = usePlannerStore((s) => s.discard);
  const running = usePlannerStore((s) => s.run !== 'idle');
  const pendingConfirm = usePlannerStore((s) => s.pendingConfirm);
  const confirmPending = usePlannerStore((s) => s.confirmPending);
  const cancelPending = usePlannerStore((s) => s.cancelPending);
  const published = useWeekStore((s) => s.view?.weekStart === weekStart && (s.view.status === 'published' || s.view.status === 'changed'));
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const lockedByOther = useOthersPlanningLock(weekStart) !== null;
  const week = isoWeekNumber(weekStart);

  // Sessions that disappeared (accepted elsewhere, week reloaded) leave the selection.
  const ids = proposed.map((s) => s.id);
  const liveSelected = selected.filter((id) => ids.includes(id));
  useEffect(() => {
    if (liveSelected.length !== selected.length) setSelected(liveSelected);
  }, [liveSelected, selected.length, setSelected]);

  // On the team server another account may be planning this week: only its holder accepts or discards.
  const disabled = busy || running || lockedByOther;
  return (
    <div className="proposal" aria-label={t('planning.proposal.label')} role="region">
      {drawerOpen && <ProposalDrawer weekStart={weekStart} proposed={proposed} seats={seats} selected={liveSelected} onClose={closeDrawer} onSelect={setSelected} />}
      <div className="proposal-bar" data-testid="proposal-bar" data-count={proposed.length}>
        <span className="proposal-bar__swatch" aria-hidden="true" />
        {/* Everything "Alles accepteren" books: sessions, trial and startklas seats, childcare. */}
        <strong className="proposal-bar__title" data-testid="proposal-summary">
          {t('planning.proposal.summary', { what: proposalCountsText(countsOf(proposed.length, seats), t) })}
        </strong>
        <span className="proposal-bar__sep" aria-hidden="true">
          —
        </span>
        <button type="button" className="btn btn--primary btn--small" data-testid="proposal-accept-all" disabled={disabled} onClick={() => void acceptAll(weekStart)}>
          {t('planning.proposal.acceptAll')}
        </button>
        {drawerOpen ? (
          <button
            type="button"
            className="btn btn--small"
            data-testid="proposal-accept-selected"
            disabled={disabled || liveSelected.length === 0}
            onClick={() => void acceptSelected(weekStart)}
          >
            {t('planning.proposal.acceptSelectedCount', { count: liveSelected.length })}
          </button>
        ) : (
          <button type="button" className="btn btn--small" data-testid="proposal-accept-selected" aria-expanded={false} disabled={disabled} onClick={() => openDrawer(ids)}>
            {t('planning.proposal.acceptSelected')}…
          </button>
        )}
        <button type="button" className="btn btn--small btn--danger-outline" data-testid="proposal-discard" disabled={disabled} onClick={() => setConfirmDiscard(true)}>
          {t('planning.proposal.discard')}
        </button>
        {busy && <span className="spinner" aria-label={t('planning.busy')} />}
      </div>
      {confirmDiscard && (
        <ConfirmDialog
          title={t('planning.proposal.discard.title')}
          confirmLabel={t('planning.proposal.discard')}
          danger
          busy={busy}
          onCancel={() => setConfirmDiscard(false)}
          onConfirm={() => {
            setConfirmDiscard(false);
            // The dialog already says the week is published, so this answer confirms that too.
            void discard(weekStart, published);
          }}
        >
          {/* Pinned sessions stay: the count is what discarding removes. */}
          <p data-testid="proposal-discard-body">
            {t('planning.proposal.discard.body', { week, what: proposalCountsText(countsOf(proposed.filter((s) => !s.pinned).length, seats), t) })}
          </p>
          {published && <p>{t('conflicts.published.body', { week })}</p>}
        </ConfirmDialog>
      )}
      {pendingConfirm && pendingConfirm.weekStart === weekStart && (
        <ConfirmDialog
          title={t('conflicts.published.title')}
          confirmLabel={t('conflicts.published.ok')}
          danger
          busy={busy}
          onCancel={cancelPending}
          onConfirm={() => void confirmPending()}
        >
          <p>{t('conflicts.published.body', { week })}</p>
          <p className="confirm__detail">
            {pendingConfirm.action === 'discard'
              ? t('planning.proposal.discard')
              : pendingConfirm.action === 'acceptAll'
                ? t('planning.proposal.acceptAll')
                : t('planning.proposal.acceptSelectedCount', { count: liveSelected.length })}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function sessionLine(s: PlannedSession, t: Translate, lang: 'nl' | 'en'): string {
  const kind = t(s.kind === 'groupInfo' ? 'session.kind.groupInfo' : 'session.kind.toets');
  const language = s.language ? ` · ${langName(s.language, lang)}` : '';
  return `${kind}${language}`;
}

function ProposalDrawer({
  weekStart,
  proposed,
  seats,
  selected,
  onClose,
  onSelect,
}: {
  weekStart: IsoDate;
  proposed: PlannedSession[];
  seats: ProposalSeats;
  selected: string[];
  onClose(): void;
  onSelect(ids: string[]): void;
}) {
  const { t, lang } = useT();
  const select = useWeekStore((s) => s.select);
  const sorted = useMemo(() => proposed.slice().sort((a, b) => a.start.localeCompare(b.start)), [proposed]);
  const toggle = (id: string) => onSelect(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  // The drawer takes the focus when it opens; Escape closes it and the focus goes back to the bar.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  const close = () => {
    onClose();
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="proposal-accept-selected"]')?.focus());
  };
  return (
    <div
      className="proposal-drawer"
      data-testid="proposal-drawer"
      role="region"
      aria-labelledby="proposal-drawer-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
    >
      <div className="proposal-drawer__head">
        <h3 id="proposal-drawer-title" className="proposal-drawer__title" ref={titleRef} tabIndex={-1}>
          {t('planning.proposal.drawer', { week: isoWeekNumber(weekStart) })}
        </h3>
        <span className="muted">{t('planning.proposal.selected', { count: selected.length, total: proposed.length })}</span>
        <button type="button" className="link" onClick={() => onSelect(proposed.map((s) => s.id))}>
          {t('planning.proposal.selectAll')}
        </button>
        <button type="button" className="link" onClick={() => onSelect([])}>
          {t('planning.proposal.selectNone')}
        </button>
        <button type="button" className="btn btn--ghost btn--small proposal-drawer__close" aria-label={t('planning.proposal.close')} onClick={close}>
          ✕
        </button>
      </div>
      <ul className="proposal-list">
        {sorted.map((s) => (
          <li key={s.id} className="proposal-list__item">
            <label className="proposal-list__label">
              <input type="checkbox" data-testid="proposal-item" data-session-id={s.id} checked={selected.includes(s.id)} onChange={() => toggle(s.id)} />
              <span className={`kind-dot kind-dot--${s.kind}`} aria-hidden="true" />
              <span className="proposal-list__when">
                {formatDayShort(s.start.slice(0, 10), lang)} {timeOf(s.start)}–{timeOf(s.end)}
              </span>
              <span className="proposal-list__what">{sessionLine(s, t, lang)}</span>
              <span className="proposal-list__where muted">
                {s.room.name}, {s.room.locationName} · {s.consultant.name}
                {s.interpreter ? ` · ${t('session.interpreter', { name: s.interpreter.name })}` : ''}
              </span>
              <span className="proposal-list__count">{t('planning.proposal.participants', { count: s.participantCount })}</span>
            </label>
            <button type="button" className="link proposal-list__show" onClick={() => select(s.id)}>
              {t('conflicts.showSession')}
            </button>
          </li>
        ))}
      </ul>
      <ProposalSeatsList seats={seats} />
    </div>
  );
}

/** The seats the proposal books besides its sessions: accepted with "Alles accepteren", removed with "Verwerpen". */
function ProposalSeatsList({ seats }: { seats: ProposalSeats }) {
  const { t, lang } = useT();
  if (seats.trials.length + seats.intakes.length + seats.care.length === 0) return null;
  const when = (start: string, end: string) => `${formatDayShort(start.slice(0, 10), lang)} ${timeOf(start)}–${timeOf(end)}`;
  const groups = [
    { key: 'trials', title: t('planning.proposal.seats.trials'), rows: seats.trials.map((s) => ({ when: when(s.start, s.end), who: s.participant.name, where: s.school })) },
    { key: 'intakes', title: t('planning.proposal.seats.intakes'), rows: seats.intakes.map((s) => ({ when: when(s.start, s.end), who: s.participant.name, where: s.location })) },
    { key: 'care', title: t('planning.proposal.seats.care'), rows: seats.care.map((s) => ({ when: when(s.start, s.end), who: s.child, where: s.provider })) },
  ].filter((g) => g.rows.length > 0);
  return (
    <section className="proposal-seats" data-testid="proposal-seats" aria-labelledby="proposal-seats-title" tabIndex={0}>
      <h4 id="proposal-seats-title" className="proposal-drawer__title">
        {t('planning.proposal.seats')}
      </h4>
      {groups.map((g) => (
        <div key={g.key} data-testid={`proposal-seats-${g.key}`} data-count={g.rows.length}>
          <h5 className="proposal-seats__kind">
            {g.title} ({g.rows.length})
          </h5>
          <ul className="proposal-list">
            {g.rows.map((r, i) => (
              <li key={i} className="proposal-list__item">
                <span className="proposal-list__when">{r.when}</span>
                <span className="proposal-list__what">{r.who}</span>
                <span className="proposal-list__where muted">{r.where}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
