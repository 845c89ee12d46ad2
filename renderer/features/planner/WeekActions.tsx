import { useEffect, useRef } from 'react';
import type { IsoDate } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { isoWeekNumber } from '../../i18n/format';
import '../../styles/planning.css';
import { ConflictsToggle } from '../conflicts/ConflictsPanel';
import { ExportIcs } from './ExportIcs';
import { usePlannerStore } from './plannerStore';
import { percent, phaseLabel } from './plannerText';
import { PrintButton, PrintWeek } from './PrintWeek';
import { PublishButton } from './PublishButton';
import { PlanningLockNote, useOthersPlanningLock } from './PlanningLockNote';

/** The week toolbar's actions: plan (with live progress), conflicts, publish, export, print. */
export function WeekActions({ weekStart }: { weekStart: IsoDate }) {
  const { t } = useT();
  return (
    <div className="week-actions" role="group" aria-label={t('planning.actions')}>
      <div className="week-actions__plan">
        <PlanControl weekStart={weekStart} />
        <ConflictsToggle weekStart={weekStart} />
      </div>
      <div className="week-actions__out">
        <PublishButton weekStart={weekStart} />
        <ExportIcs weekStart={weekStart} />
        <PrintButton />
      </div>
      <PrintWeek weekStart={weekStart} />
      <PlanningLockNote weekStart={weekStart} />
    </div>
  );
}

function PlanControl({ weekStart }: { weekStart: IsoDate }) {
  const { t } = useT();
  const run = usePlannerStore((s) => s.run);
  const jobWeek = usePlannerStore((s) => s.weekStart);
  const fraction = usePlannerStore((s) => s.fraction);
  const phase = usePlannerStore((s) => s.phase);
  const start = usePlannerStore((s) => s.start);
  const cancel = usePlannerStore((s) => s.cancel);
  const running = run !== 'idle';
  // Another account plans this week: its run shows here, but only its holder starts or stops one.
  const lockedByOther = useOthersPlanningLock(weekStart) !== null;

  if (running && jobWeek === weekStart) {
    const pct = percent(fraction);
    return (
      <div className="plan-progress" data-testid="plan-progress" data-fraction={fraction.toFixed(3)} data-phase={phase}>
        <div className="plan-progress__bar" role="progressbar" aria-label={t('planning.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
          <span className="plan-progress__fill" style={{ width: `${pct}%` }} />
        </div>
        <span className="plan-progress__text" aria-live="polite">
          {run === 'cancelling'
            ? t('planning.cancelling')
            : run === 'starting'
              ? t('planning.starting')
              : t('planning.progress.text', { percent: pct, phase: phaseLabel(phase, t) })}
        </span>
        <button type="button" className="btn btn--small" data-testid="plan-cancel" disabled={run === 'cancelling' || lockedByOther} onClick={() => void cancel()}>
          {t('planning.cancel')}
        </button>
      </div>
    );
  }
  return <PlanButton weekStart={weekStart} running={running || lockedByOther} jobWeek={jobWeek} onPlan={() => void start(weekStart)} />;
}

/** The plan button; opened through "Inplannen in week N" it takes the focus, ready to run. */
function PlanButton({ weekStart, running, jobWeek, onPlan }: { weekStart: IsoDate; running: boolean; jobWeek: IsoDate | null; onPlan(): void }) {
  const { t } = useT();
  const ref = useRef<HTMLButtonElement>(null);
  const planReady = usePlannerStore((s) => s.planReady === weekStart);
  const planFocused = usePlannerStore((s) => s.planFocused);
  useEffect(() => {
    if (!planReady) return;
    ref.current?.focus();
    planFocused();
  }, [planReady, planFocused]);
  const week = isoWeekNumber(weekStart);
  return (
    <button
      ref={ref}
      type="button"
      className="btn btn--primary"
      data-testid="plan-week"
      // One planner run at a time; a run on another week blocks this one until it ends.
      disabled={running}
      title={running && jobWeek && jobWeek !== weekStart ? t('planning.busyOther', { week: isoWeekNumber(jobWeek) }) : t('planning.plan.title', { week })}
      onClick={onPlan}
    >
      <span aria-hidden="true">✦</span>
      {t('planning.plan')}
    </button>
  );
}
