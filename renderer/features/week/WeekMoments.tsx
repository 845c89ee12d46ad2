import type { WeekLayers } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { formatDayShort } from '../../i18n/format';
import { CancelMomentButton, CancelMomentDialog, CancelMomentNotice } from '../moments/CancelMoment';
import { useWeekEditStore } from './weekEditStore';
import { useWeekStore } from './weekStore';

interface Row {
  key: string;
  start: string;
  end: string;
  what: string;
  booked: number;
  moment: Parameters<typeof CancelMomentButton>[0]['moment'];
}

/**
 * The week's trial lessons and startklas intake moments that someone is booked for, each with
 * "Moment annuleren" (a school closed that day, a teacher ill): the coordinator's place to cancel
 * one as a whole. Folded away unless opened.
 */
export function WeekMoments({ layers, today }: { layers: WeekLayers | null; today: string | null }) {
  const { t, lang } = useT();
  const reloadLayers = useWeekEditStore((s) => s.reload);
  const reloadWeek = useWeekStore((s) => s.reload);
  if (!layers) return null;
  const rows: Row[] = [
    ...layers.classSessions
      .filter((c) => c.trialBooked.length > 0)
      .map((c) => ({
        key: `t|${c.classId}|${c.start}`,
        start: c.start,
        end: c.end,
        what: t('week.moments.trial', { route: c.route, school: c.schoolName }),
        booked: c.trialBooked.length,
        moment: { kind: 'trial' as const, classId: c.classId, start: c.start },
      })),
    ...layers.intakes
      .filter((i) => i.booked.length > 0)
      .map((i) => ({
        key: `i|${i.id}`,
        start: i.start,
        end: i.end,
        what: t('week.moments.intake', { place: i.locationName }),
        booked: i.booked.length,
        moment: { kind: 'intake' as const, intakeId: i.intakeId, date: i.start.slice(0, 10) },
      })),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));

  return (
    <details className="week-moments" data-testid="week-moments">
      <summary>{t('week.moments.title')}</summary>
      <CancelMomentNotice />
      {rows.length === 0 ? (
        <p className="muted">{t('week.moments.none')}</p>
      ) : (
        <ul className="week-moments__list">
          {rows.map((r) => {
            const when = `${formatDayShort(r.start.slice(0, 10), lang)} ${r.start.slice(11, 16)}–${r.end.slice(11, 16)}`;
            return (
              <li
                key={r.key}
                className="week-moments__item"
                data-testid="week-moment"
                data-start={r.start}
                data-class-id={r.moment.kind === 'trial' ? r.moment.classId : undefined}
              >
                <span>
                  {when} · {r.what} · {t('week.moments.booked', { count: r.booked })}
                </span>
                <CancelMomentButton moment={r.moment} what={`${r.what}, ${when}`} disabled={today !== null && r.start.slice(0, 10) < today} />
              </li>
            );
          })}
        </ul>
      )}
      <CancelMomentDialog
        onCancelled={() => {
          void reloadLayers();
          void reloadWeek();
        }}
      />
    </details>
  );
}
