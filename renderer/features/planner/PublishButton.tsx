import { useState } from 'react';
import type { IsoDate } from '../../../shared/domain/week';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useT } from '../../i18n';
import { isoWeekNumber } from '../../i18n/format';
import { countHard } from '../conflicts/conflictText';
import { conflictsOfWeek, useConflictsStore } from '../conflicts/conflictsStore';
import { useWeekStore } from '../week/weekStore';
import { usePlannerStore } from './plannerStore';

/** Concept → published, after a confirmation that names what is still open. */
export function PublishButton({ weekStart }: { weekStart: IsoDate }) {
  const { t } = useT();
  const view = useWeekStore((s) => (s.view && s.view.weekStart === weekStart ? s.view : null));
  const conflicts = useConflictsStore(conflictsOfWeek(weekStart));
  const busy = usePlannerStore((s) => s.busy);
  const running = usePlannerStore((s) => s.run !== 'idle');
  const publish = usePlannerStore((s) => s.publish);
  const [asking, setAsking] = useState(false);
  const week = isoWeekNumber(weekStart);
  const published = view?.status === 'published';
  const proposed = view?.sessions.filter((s) => s.status === 'proposed').length ?? 0;
  const hard = countHard(conflicts);

  return (
    <>
      <button
        type="button"
        className={published ? 'btn btn--done' : 'btn'}
        data-testid="publish-week"
        data-status={view?.status ?? ''}
        disabled={!view || published || busy || running}
        title={published ? t('publish.published') : t('publish.title', { week })}
        onClick={() => setAsking(true)}
      >
        {published ? `✓ ${t('publish.published')}` : t('publish.button')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('publish.confirm.title', { week })}
          confirmLabel={t('publish.confirm.ok')}
          busy={busy}
          testId="publish-confirm"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            void publish(weekStart).then(() => setAsking(false));
          }}
        >
          <p>{t('publish.confirm.body')}</p>
          {(proposed > 0 || hard > 0) && (
            <ul className="confirm__warnings">
              {proposed > 0 && <li>{t('publish.confirm.proposals', { count: proposed })}</li>}
              {hard > 0 && <li>{t('publish.confirm.conflicts', { count: hard })}</li>}
            </ul>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}
