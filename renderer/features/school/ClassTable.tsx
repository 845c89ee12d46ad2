import { useState } from 'react';
import { isoWeekdayNl } from '../../../shared/domain/dutch-dates';
import { isoWeekOf } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { dayOf, formatDate, timeOf } from '../../i18n/format';
import { messageOf } from '../../stores/errorStore';
import { ApiError } from '../../../shared/api/errors';
import { useSchoolStore, type Capacity } from './schoolStore';

type Klass = Capacity['classes'][number];
const WEEKDAY_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A number edited in place: saved on Enter or when the field loses focus, Escape undoes. */
function InlineNumber(props: { value: number; min: number; max: number; label: string; testId: string; onSave(v: number): Promise<void> }) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(props.value);
  const commit = async () => {
    if (text === null) return;
    const v = Number(text);
    if (!Number.isInteger(v) || v < props.min || v > props.max || v === props.value) {
      setText(null);
      return;
    }
    await props.onSave(v);
    setText(null);
  };
  return (
    <input
      className="inline-number"
      type="number"
      min={props.min}
      max={props.max}
      value={shown}
      aria-label={props.label}
      data-testid={props.testId}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit();
        if (e.key === 'Escape') setText(null);
      }}
    />
  );
}

function ClassRow({ k }: { k: Klass }) {
  const { t, lang } = useT();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  /** A change the server asked to confirm first (fewer trial seats than booked). */
  const [pending, setPending] = useState<{ trialSeats?: number; capacity?: number } | null>(null);
  const dayName = (isoWeekday: number) => (lang === 'en' ? WEEKDAY_EN[isoWeekday] : isoWeekdayNl(isoWeekday));
  const save = async (change: { trialSeats?: number; capacity?: number }, confirm = false) => {
    setError(null);
    setSaved(false);
    setPending(null);
    try {
      await useSchoolStore.getState().updateClass(k.id, change, confirm);
      setSaved(true);
      await useSchoolStore.getState().load();
    } catch (err) {
      setError(messageOf(err) ?? t('error.unexpected'));
      if (err instanceof ApiError && err.field === 'confirm') setPending(change);
    }
  };
  // Trial seats per lesson, grouped by ISO week.
  const byWeek = new Map<number, Klass['lessons']>();
  for (const l of k.lessons) {
    const w = isoWeekOf(dayOf(l.start)).week;
    byWeek.set(w, [...(byWeek.get(w) ?? []), l]);
  }
  return (
    <tr data-testid="school-class-row" data-class-id={k.id}>
      <td>
        <span className="cell-name">{k.name}</span>
        <span className="cell-sub">
          <span className="route-tag">{k.route}</span> {k.locationName}
        </span>
        <span className="cell-sub">{k.lessonTimes.map((lt) => `${dayName(lt.weekday)} ${lt.start}–${lt.end}`).join(', ')}</span>
      </td>
      <td>
        <InlineNumber value={k.capacity} min={1} max={200} label={t('school.capacityOf', { name: k.name })} testId="school-capacity-input" onSave={(v) => save({ capacity: v })} />
        <span className="cell-sub">{t('school.taken', { taken: k.placesTaken, free: k.placesFree })}</span>
      </td>
      <td>
        <InlineNumber
          value={k.trialSeats}
          min={0}
          max={50}
          label={t('school.trialSeatsOf', { name: k.name })}
          testId="school-trial-seats"
          onSave={(v) => save({ trialSeats: v })}
        />
        {saved && (
          <span className="cell-sub cell-sub--ok" role="status">
            {t('school.saved')}
          </span>
        )}
        {error && (
          <span className={pending ? 'confirm-box' : 'inline-error'} role="alert" data-testid={pending ? 'school-confirm' : undefined}>
            {error}
            {pending && (
              <span className="confirm-box__actions">
                <button type="button" className="btn btn--small btn--danger" data-testid="school-confirm-save" onClick={() => void save(pending, true)}>
                  {t('school.confirmSave')}
                </button>
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => {
                    setPending(null);
                    setError(null);
                  }}
                >
                  {t('school.confirmCancel')}
                </button>
              </span>
            )}
          </span>
        )}
      </td>
      <td>
        {[...byWeek.entries()].map(([week, lessons]) => (
          <div key={week} className="lesson-week">
            <span className="lesson-week__label">{t('consultant.weekN', { n: week })}</span>
            {lessons.map((l) => {
              // Seats lowered below what was booked: shown as over, not as full.
              const over = l.trialBooked > k.trialSeats;
              const when = `${formatDate(dayOf(l.start), lang, 'EEEE d MMM')} ${timeOf(l.start)}`;
              return (
                <span
                  key={l.start}
                  className={over ? 'lesson-chip lesson-chip--over' : l.trialFree === 0 ? 'lesson-chip lesson-chip--full' : 'lesson-chip'}
                  title={
                    over
                      ? t('school.lessonOver', { when, booked: l.trialBooked, seats: k.trialSeats })
                      : t('school.lessonTitle', { when, booked: l.trialBooked, free: l.trialFree })
                  }
                  data-testid="school-lesson"
                  data-start={l.start}
                  data-trial-booked={l.trialBooked}
                  data-over={over ? 'true' : undefined}
                >
                  {formatDate(dayOf(l.start), lang, 'EEEEEE')} {l.trialBooked}/{over ? k.trialSeats : l.trialBooked + l.trialFree}
                  {over && <span className="lesson-chip__over"> {t('school.over')}</span>}
                </span>
              );
            })}
          </div>
        ))}
      </td>
    </tr>
  );
}

export function ClassTable({ data }: { data: Capacity }) {
  const { t } = useT();
  const routes = [...new Set(data.classes.map((c) => c.route))];
  return (
    <section className="school-card school-card--classes" aria-labelledby="school-classes-title">
      <h3 id="school-classes-title" className="school-card__title">
        {t('school.classes')}
      </h3>
      <div className="table-wrap table-wrap--flat" tabIndex={0} role="region" aria-label={t('school.classes')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('school.col.class')}</th>
              <th scope="col">{t('school.col.capacity')}</th>
              <th scope="col">{t('school.col.trialSeats')}</th>
              <th scope="col">{t('school.col.lessons')}</th>
            </tr>
          </thead>
          {routes.map((route) => (
            <tbody key={route}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={4}>
                  {t('school.route', { route })}
                </th>
              </tr>
              {data.classes
                .filter((c) => c.route === route)
                .map((k) => (
                  <ClassRow key={k.id} k={k} />
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
