// The planning lock on the team server (issue 12): while another account plans this week, its
// name and since when show in the week toolbar, and planning or accepting here waits for it.
import type { IsoDate } from '../../../shared/domain/week';
import { useMsg, useT } from '../../i18n';
import type { Msg } from '../../../shared/messages';
import { isoWeekNumber } from '../../i18n/format';
import { useWeekStore } from '../week/weekStore';
import { useAuthStore } from '../auth/authStore';
import { usePlannerStore } from './plannerStore';

/** On the team server: another account plans this week (its lock), or null. */
export function useOthersPlanningLock(weekStart: IsoDate): { holder: string; holderMsg?: Msg; since: string } | null {
  return useWeekStore((s) => (s.view?.weekStart === weekStart && s.view.planningLock && !s.view.planningLock.mine ? s.view.planningLock : null));
}

/** "Week 50 wordt gepland door fatima (coördinator) sinds 10:12", shown to everyone but its holder. */
export function PlanningLockNote({ weekStart }: { weekStart: IsoDate }) {
  const { t } = useT();
  const m = useMsg();
  const lock = useOthersPlanningLock(weekStart);
  // A lock someone left behind: the beheerder can end it.
  const isBeheerder = useAuthStore((s) => s.who?.account.role === 'beheerder');
  const release = usePlannerStore((s) => s.releaseLock);
  if (!lock) return null;
  return (
    <p className="planning-lock" role="status" data-testid="planning-lock">
      {t('planning.lock', { week: isoWeekNumber(weekStart), holder: lock.holderMsg ? m(lock.holderMsg) : lock.holder, time: lock.since.slice(11, 16) })}
      {isBeheerder && (
        <>
          {' '}
          <button type="button" className="btn btn--small" data-testid="planning-lock-release" onClick={() => void release(weekStart)}>
            {t('planning.lock.release')}
          </button>
        </>
      )}
    </p>
  );
}
