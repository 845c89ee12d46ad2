import { useRef } from 'react';
import type { DatedExceptionForm } from '../../../shared/api/contract';
import { useT, type MessageKey } from '../../i18n';
import { Field, GroupError } from './FormFrame';

/** A row of a weekly pattern: a weekday with a start and end (and, in patterns, validity dates). */
export interface WeeklyTime {
  weekday: number;
  start: string;
  end: string;
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const dayKey = (d: number) => `manage.day.${d}` as MessageKey;

/** After adding a row: the focus on its first field. */
function focusLast(list: HTMLElement | null) {
  requestAnimationFrame(() => {
    const rows = list?.querySelectorAll('[data-row]');
    rows?.[rows.length - 1]?.querySelector<HTMLElement>('select, input')?.focus();
  });
}

/** Weekly times: a row per weekday with start and end; rows added and removed. */
export function PatternEditor<R extends WeeklyTime>({
  name,
  legend,
  rows,
  onChange,
  plain,
  seats,
}: {
  name: string;
  legend: string;
  rows: R[];
  onChange(rows: R[]): void;
  /** Lesson times: no "valid from/until" keys on a row. */
  plain?: boolean;
  /** Childcare day-parts: seats per row (implies plain). */
  seats?: boolean;
}) {
  const { t } = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const put = (i: number, patch: Partial<WeeklyTime> & { seats?: number }) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="manage-rows" data-testid={`pattern-${name}`}>
      <legend className="field__label">{legend}</legend>
      <GroupError name={name} />
      <div ref={listRef}>
        {rows.length === 0 && <p className="muted">{t('manage.pattern.none')}</p>}
        {rows.map((r, i) => (
          <div key={i} className="manage-rows__row" data-row>
            <Field name={`${name}.${i}.weekday`} label={t('manage.pattern.day')}>
              {(a) => (
                <select {...a} value={r.weekday} onChange={(e) => put(i, { weekday: Number(e.target.value) })}>
                  {WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {t(dayKey(d))}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name={`${name}.${i}.start`} label={t('manage.pattern.start')}>
              {(a) => <input {...a} type="time" value={r.start} onChange={(e) => put(i, { start: e.target.value })} />}
            </Field>
            <Field name={`${name}.${i}.end`} label={t('manage.pattern.end')}>
              {(a) => <input {...a} type="time" value={r.end} onChange={(e) => put(i, { end: e.target.value })} />}
            </Field>
            {seats && (
              <Field name={`${name}.${i}.seats`} label={t('manage.field.seats')}>
                {(a) => (
                  <input
                    {...a}
                    type="number"
                    min={0}
                    max={100}
                    value={(r as { seats?: number }).seats ?? ''}
                    onChange={(e) => put(i, { seats: e.target.value === '' ? undefined : Number(e.target.value) })}
                  />
                )}
              </Field>
            )}
            <button
              type="button"
              className="btn btn--ghost manage-rows__remove"
              aria-label={t('manage.pattern.removeOf', { day: t(dayKey(r.weekday)), start: r.start, end: r.end })}
              data-testid={`pattern-${name}-remove-${i}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('manage.rowRemove')}
            </button>
          </div>
        ))}
      </div>
      <button
        type="button"
        className="btn"
        data-testid={`pattern-${name}-add`}
        onClick={() => {
          const last = rows[rows.length - 1];
          const row = { weekday: last ? Math.min(7, last.weekday + 1) : 1, start: last?.start ?? '09:00', end: last?.end ?? '17:00' };
          onChange([...rows, (seats ? { ...row, seats: 1 } : plain ? row : { ...row, validFrom: null, validUntil: null }) as R]);
          focusLast(listRef.current);
        }}
      >
        {t('manage.pattern.add')}
      </button>
    </fieldset>
  );
}

/** Dated exceptions: closed (a whole day or some hours) or extra open, with a note. */
export function ExceptionsEditor({
  name,
  legend,
  rows,
  onChange,
  today,
}: {
  name: string;
  legend: string;
  rows: DatedExceptionForm[];
  onChange(rows: DatedExceptionForm[]): void;
  today: string;
}) {
  const { t } = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const put = (i: number, patch: Partial<DatedExceptionForm>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="manage-rows" data-testid={`exceptions-${name}`}>
      <legend className="field__label">{legend}</legend>
      <GroupError name={name} />
      <div ref={listRef}>
        {rows.length === 0 && <p className="muted">{t('manage.exceptions.none')}</p>}
        {rows.map((r, i) => (
          <div key={i} className="manage-rows__row" data-row>
            <Field name={`${name}.${i}.date`} label={t('manage.exceptions.date')}>
              {(a) => <input {...a} type="date" value={r.date} onChange={(e) => put(i, { date: e.target.value })} />}
            </Field>
            <Field name={`${name}.${i}.kind`} label={t('manage.exceptions.kind')}>
              {(a) => (
                <select {...a} value={r.kind} onChange={(e) => put(i, { kind: e.target.value as 'add' | 'remove' })}>
                  <option value="remove">{t('manage.exceptions.remove')}</option>
                  <option value="add">{t('manage.exceptions.add')}</option>
                </select>
              )}
            </Field>
            <Field name={`${name}.${i}.start`} label={t('manage.pattern.start')}>
              {(a) => <input {...a} type="time" value={r.start ?? ''} onChange={(e) => put(i, { start: e.target.value || null })} />}
            </Field>
            <Field name={`${name}.${i}.end`} label={t('manage.pattern.end')}>
              {(a) => <input {...a} type="time" value={r.end ?? ''} onChange={(e) => put(i, { end: e.target.value || null })} />}
            </Field>
            <Field name={`${name}.${i}.note`} label={t('manage.exceptions.note')}>
              {(a) => <input {...a} type="text" maxLength={120} value={r.note ?? ''} onChange={(e) => put(i, { note: e.target.value })} />}
            </Field>
            <button
              type="button"
              className="btn btn--ghost manage-rows__remove"
              aria-label={t('manage.exceptions.removeOf', { date: r.date })}
              data-testid={`exceptions-${name}-remove-${i}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('manage.rowRemove')}
            </button>
          </div>
        ))}
      </div>
      <button
        type="button"
        className="btn"
        data-testid={`exceptions-${name}-add`}
        onClick={() => {
          onChange([...rows, { date: today, kind: 'remove', start: null, end: null, note: null }]);
          focusLast(listRef.current);
        }}
      >
        {t('manage.exceptions.addRow')}
      </button>
    </fieldset>
  );
}

/** "ma 09:00-17:00, wo 13:00-17:00 +2" for a list cell. */
export function patternText(rows: WeeklyTime[], t: (key: MessageKey) => string): string {
  if (rows.length === 0) return t('manage.pattern.noneShort');
  return rows
    .slice(0, 3)
    .map((p) => `${t(dayKey(p.weekday)).slice(0, 2)} ${p.start}-${p.end}`)
    .join(', ')
    .concat(rows.length > 3 ? ` +${rows.length - 3}` : '');
}
