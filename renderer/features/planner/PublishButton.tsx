import { useState } from 'react';
import type { IsoDate } from '../../../shared/domain/week';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useT } from '../../i18n';
import { isoWeekNumber } from '../../i18n/format';
import { countHard } from '../conflicts/conflictText';
import { conflictsOfWeek, useConflictsStore } from '../conflicts/conflictsStore';
import { useWeekStore } from '../week/weekStore';
import { usePlannerStore } from './plannerStore';

/**
 * Concept → published, after a confirmation that names what is still open; a week changed
 * after publication is published again the same way ("Opnieuw publiceren").
 */
export function PublishButton({ weekStart, testId = 'publish-week', small = false }: { weekStart: IsoDate; testId?: string; small?: boolean }) {
  const { t } = useT();
  const view = useWeekStore((s) => (s.view && s.view.weekStart === weekStart ? s.view : null));
  const busy = usePlannerStore((s) => s.busy);
  const running = usePlannerStore((s) => s.run !== 'idle');
  const [asking, setAsking] = useState(false);
  const week = isoWeekNumber(weekStart);
  const published = view?.status === 'published';
  const changed = view?.status === 'changed';

  return (
    <>
      <button
        type="button"
        className={[published ? 'btn btn--done' : changed ? 'btn btn--primary' : 'btn', small ? 'btn--small' : ''].join(' ').trim()}
        data-testid={testId}
        data-status={view?.status ?? ''}
        disabled={!view || published || busy || running}
        title={published ? t('publish.published') : changed ? t('publish.again.title', { week }) : t('publish.title', { week })}
        onClick={() => setAsking(true)}
      >
        {published ? `✓ ${t('publish.published')}` : changed ? t('publish.again') : t('publish.button')}
      </button>
      {asking && <PublishDialog weekStart={weekStart} again={changed} onClose={() => setAsking(false)} />}
    </>
  );
}

function PublishDialog({ weekStart, again, onClose }: { weekStart: IsoDate; again: boolean; onClose(): void }) {
  const { t } = useT();
  const view = useWeekStore((s) => (s.view && s.view.weekStart === weekStart ? s.view : null));
  const conflicts = useConflictsStore(conflictsOfWeek(weekStart));
  const changes = usePlannerStore((s) => (s.changes?.weekStart === weekStart ? s.changes : null));
  const busy = usePlannerStore((s) => s.busy);
  const publish = usePlannerStore((s) => s.publish);
  const week = isoWeekNumber(weekStart);
  const proposed = view?.sessions.filter((s) => s.status === 'proposed').length ?? 0;
  const hard = countHard(conflicts);
  const staff = changes?.affected.filter((p) => p.role !== 'participant').length ?? 0;
  return (
    <ConfirmDialog
      title={t(again ? 'publish.again.confirm.title' : 'publish.confirm.title', { week })}
      confirmLabel={t(again ? 'publish.again' : 'publish.confirm.ok')}
      busy={busy}
      testId="publish-confirm"
      onCancel={onClose}
      onConfirm={() => {
        void publish(weekStart).then(onClose);
      }}
    >
      <p>{t(again ? 'publish.again.confirm.body' : 'publish.confirm.body')}</p>
      {(proposed > 0 || hard > 0 || (again && staff > 0)) && (
        <ul className="confirm__warnings">
          {again && staff > 0 && <li>{t('publish.again.confirm.staff', { count: staff })}</li>}
          {proposed > 0 && <li>{t('publish.confirm.proposals', { count: proposed })}</li>}
          {hard > 0 && <li>{t('publish.confirm.conflicts', { count: hard })}</li>}
        </ul>
      )}
    </ConfirmDialog>
  );
}
