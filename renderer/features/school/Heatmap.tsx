import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { isoWeekOf } from '../../../shared/domain/week';
import { holidayMsg, holidayOn } from '../../../shared/domain/holidays';
import { renderMsg } from '../../../shared/messages';
import { heatGrid, heatLevel } from './heatmap';
import type { Capacity } from './schoolStore';

/** Occupancy per day-part: a grid with a colour scale and the numbers in each cell. */
export function Heatmap({ data }: { data: Capacity }) {
  const { t, lang } = useT();
  const { dates, rows } = heatGrid(data.heatmap, { weekStart: data.weekStart, weeks: data.weeks });
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
            // A public holiday is named in words above its day, not shown by colour alone.
            const holiday = holidayOn(d);
            return (
              <span key={d} role="columnheader" className={newWeek ? 'heatmap__head heatmap__head--week' : 'heatmap__head'}>
                {newWeek && <span className="heatmap__week">{t('consultant.weekN', { n: isoWeekOf(d).week })}</span>}
                {formatDate(d, lang, 'EEEEEE d')}
                {holiday && (
                  <span className="heatmap__holiday" data-testid="heatmap-holiday">
                    {renderMsg(holidayMsg(holiday.code), lang)}
                  </span>
                )}
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
              const label = c.holiday
                ? t('school.heat.holiday', { day: formatDate(c.date, lang, 'EEEE d MMMM'), part: t(`school.part.${r.dayPart}`), holiday: renderMsg(holidayMsg(c.holiday), lang) })
                : c.ratio === null
                  ? t('school.heat.none', { day: formatDate(c.date, lang, 'EEEE d MMMM'), part: t(`school.part.${r.dayPart}`) })
                  : t(level === 5 ? 'school.heat.overCell' : 'school.heat.cell', {
                      day: formatDate(c.date, lang, 'EEEE d MMMM'),
                      part: t(`school.part.${r.dayPart}`),
                      occupied: c.occupied,
                      capacity: c.capacity,
                      over: c.occupied - c.capacity,
                    });
              return (
                <span
                  key={c.date}
                  role="cell"
                  className={c.holiday ? 'heat heat--holiday' : `heat heat--${level < 0 ? 'none' : level}`}
                  title={label}
                  aria-label={label}
                  data-date={c.date}
                  data-part={c.dayPart}
                  data-holiday={c.holiday ?? undefined}
                >
                  {c.holiday ? t('school.heat.holidayShort') : c.ratio === null ? '' : `${c.occupied}/${c.capacity}`}
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
