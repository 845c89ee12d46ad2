import { useT } from '../../i18n';
import { formatDayShort } from '../../i18n/format';
import { CancelMomentButton, CancelMomentDialog, CancelMomentNotice } from '../moments/CancelMoment';
import { useSchoolStore, type Capacity } from './schoolStore';

/**
 * The school's coming trial lessons with visitors, each with "Moment annuleren" (the school is
 * closed that day): every visitor loses their place and their consultant books anew.
 */
export function SchoolMoments({ data, today }: { data: Capacity; today: string }) {
  const { t, lang } = useT();
  const reload = useSchoolStore((s) => s.load);
  const lessons = new Map<string, { classId: string; className: string; start: string; end: string; booked: number }>();
  for (const v of data.trialVisitors) {
    if (v.outcome || v.start.slice(0, 10) < today) continue;
    const key = `${v.classId}|${v.start}`;
    const l = lessons.get(key) ?? { classId: v.classId, className: v.className, start: v.start, end: v.end, booked: 0 };
    l.booked++;
    lessons.set(key, l);
  }
  const rows = [...lessons.entries()].sort(([a], [b]) => a.localeCompare(b)).sort(([, a], [, b]) => a.start.localeCompare(b.start));
  return (
    <section className="school-card" aria-labelledby="school-moments-title" data-testid="school-moments">
      <h3 id="school-moments-title" className="school-card__title">
        {t('school.moments.title')}
      </h3>
      <CancelMomentNotice />
      {rows.length === 0 ? (
        <p className="muted">{t('school.moments.none')}</p>
      ) : (
        <ul className="week-moments__list">
          {rows.map(([key, l]) => {
            const when = `${formatDayShort(l.start.slice(0, 10), lang)} ${l.start.slice(11, 16)}–${l.end.slice(11, 16)}`;
            const what = t('school.moments.lesson', { klas: l.className });
            return (
              <li key={key} className="week-moments__item" data-testid="school-moment">
                <span>
                  {when} · {what} · {t('week.moments.booked', { count: l.booked })}
                </span>
                <CancelMomentButton moment={{ kind: 'trial', classId: l.classId, start: l.start }} what={`${what}, ${when}`} />
              </li>
            );
          })}
        </ul>
      )}
      <CancelMomentDialog onCancelled={() => void reload()} />
    </section>
  );
}
