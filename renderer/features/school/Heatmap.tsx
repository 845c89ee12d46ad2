import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { isoWeekOf } from '../../../shared/domain/week';
import { heatGrid, heatLevel } from './heatmap';
import type { Capacity } from './schoolStore';

/** Occupancy per day-part: a grid with a colour scale and the numbers in each cell. */
export function Heatmap({ data }: { data: Capacity }) {
  const { t, lang } = useT();
  const { dates, rows } = heatGrid(data.heatmap);
  if (!dates.length) return null;
  return (
    <section className="school-card" aria-labelledby="school-heatmap-title">
      <h3 id="school-heatmap-title" className="school-card__title">
        {t('school.heatmap')}
      </h3>
      <div
        className="heatmap"
        data-testid="school-heatmap"
        role="table"
        tabIndex={0}
        aria-label={t('school.heatmap')}
        style={{ gridTemplateColumns: `auto repeat(${dates.length}, minmax(44px, 1fr))` }}
      >
        <div role="row" className="heatmap__row">
          <span role="columnheader" className="heatmap__corner" />
          {dates.map((d, i) => {
            const newWeek = i === 0 || isoWeekOf(d).week !== isoWeekOf(dates[i - 1]!).week;
            return (
              <span key={d} role="columnheader" className={newWeek ? 'heatmap__head heatmap__head--week' : 'heatmap__head'}>
                {newWeek && <span className="heatmap__week">{t('consultant.weekN', { n: isoWeekOf(d).week })}</span>}
                {formatDate(d, lang, 'EEEEEE d')}
              </span>
            );
          })}
        </div>
        {rows.map((r) => (
          <div role="row" className="heatmap__row" key={r.dayPart}>
            <span role="rowheader" className="heatmap__part">
              {t(`school.part.${r.dayPart}`)}
            </span>
            {r.cells.map((c) => {
              const level = heatLevel(c.ratio);
              const label =
                c.ratio === null
                  ? t('school.heat.none', { day: formatDate(c.date, lang, 'EEEE d MMMM'), part: t(`school.part.${r.dayPart}`) })
                  : t(level === 5 ? 'school.heat.overCell' : 'school.heat.cell', {
                      day: formatDate(c.date, lang, 'EEEE d MMMM'),
                      part: t(`school.part.${r.dayPart}`),
                      occupied: c.occupied,
                      capacity: c.capacity,
                      over: c.occupied - c.capacity,
                    });
              return (
                <span key={c.date} role="cell" className={`heat heat--${level < 0 ? 'none' : level}`} title={label} aria-label={label} data-date={c.date} data-part={c.dayPart}>
                  {c.ratio === null ? '' : `${c.occupied}/${c.capacity}`}
                  {level === 5 && <span className="heat__over"> +{c.occupied - c.capacity}</span>}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <p className="heat-legend" aria-hidden="true">
        <span className="heat heat--0">&lt;30%</span>
        <span className="heat heat--1">30%</span>
        <span className="heat heat--2">60%</span>
        <span className="heat heat--3">85%</span>
        <span className="heat heat--4">{t('school.heat.full')}</span>
        <span className="heat heat--5">{t('school.heat.over')}</span>
      </p>
    </section>
  );
}
