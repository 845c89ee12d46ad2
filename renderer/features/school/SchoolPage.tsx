import { useEffect } from 'react';
import { addDays, isoWeekOf, mondayOf } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { ClassTable } from './ClassTable';
import { Heatmap } from './Heatmap';
import { useSchoolStore } from './schoolStore';
import { VisitorList } from './VisitorList';
import { SchoolMoments } from './SchoolMoments';

/** Taalschool: Capaciteit — the liaison's own school only. */
export function SchoolPage({ today }: { today: string }) {
  const { t } = useT();
  const data = useSchoolStore((s) => s.data);
  const status = useSchoolStore((s) => s.status);
  const error = useSchoolStore((s) => s.error);
  const weekStart = useSchoolStore((s) => s.weekStart);
  const weeks = useSchoolStore((s) => s.weeks);
  const load = useSchoolStore((s) => s.load);
  const followChanges = useSchoolStore((s) => s.followChanges);

  useEffect(() => {
    useSchoolStore.setState({ data: null, status: 'idle' });
    void load(mondayOf(today));
    return followChanges();
  }, [today, load, followChanges]);

  const first = weekStart ? isoWeekOf(weekStart).week : null;
  const last = weekStart ? isoWeekOf(addDays(weekStart, 7 * (weeks - 1))).week : null;

  return (
    <div className="role-page" data-testid="school-capacity">
      <div className="role-page__head">
        <div>
          <h2 className="page-title">{data ? t('school.title', { school: data.school.name }) : t('nav.school.sub')}</h2>
          {first !== null && <p className="muted">{t('school.weeks', { first, last: last ?? first })}</p>}
        </div>
        {weekStart && (
          <div className="mini-week" role="group" aria-label={t('consultant.week')}>
            <button type="button" className="btn btn--small" data-testid="school-prev" onClick={() => void load(addDays(weekStart, -7))}>
              ‹ {t('week.prev')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => void load(mondayOf(today))}>
              {t('week.today')}
            </button>
            <button type="button" className="btn btn--small" data-testid="school-next" onClick={() => void load(addDays(weekStart, 7))}>
              {t('week.next')} ›
            </button>
          </div>
        )}
      </div>
      {status === 'error' && (
        <div className="state state--error" role="alert">
          <p className="state__title">{error}</p>
          <button type="button" className="btn" onClick={() => void load()}>
            {t('error.retry')}
          </button>
        </div>
      )}
      {!data && status === 'loading' && (
        <p className="state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('school.loading')}
        </p>
      )}
      {data && (
        <div className={status === 'loading' ? 'school-grid school-grid--loading' : 'school-grid'}>
          <ClassTable data={data} />
          <Heatmap data={data} />
          <VisitorList data={data} today={today} />
          <SchoolMoments data={data} today={today} />
        </div>
      )}
    </div>
  );
}
