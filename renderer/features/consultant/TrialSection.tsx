import { useCallback, useEffect, useState } from 'react';
import type { CallOutput, TrialOption } from '../../../shared/api/contract';
import { addDays, isoWeekOf } from '../../../shared/domain/week';
import { useMsg, useT } from '../../i18n';
import { whenText } from './whenText';
import { useConsultantStore, type CaseloadItem, type TrialLesson } from './consultantStore';
import { useAction } from './useAction';
import { OverrideForm } from './OverrideForm';

type Options = CallOutput<'trial.options'>;

const keyOf = (o: TrialOption) => `${o.classId}@${o.start}`;

/** Proeflessen: one lesson at each school, chosen side by side and booked in one go. */
export function TrialSection({ item, weekStart: firstWeek, onChanged }: { item: CaseloadItem; weekStart: string; onChanged(): void }) {
  const { t, lang } = useT();
  const say = useMsg();
  const participantId = item.participant.id;
  // Options cover the chosen week and the next; a full school often has room a week later.
  const [weekStart, setWeekStart] = useState(firstWeek);
  const [data, setData] = useState<Options | null>(null);
  /** Per school: the chosen option's key. */
  const [chosen, setChosen] = useState<Record<string, string>>({});
  /** Option keys whose free childcare seat the consultant accepted. */
  const [withCare, setWithCare] = useState<Record<string, boolean>>({});
  const [notice, setNotice] = useState<string[] | null>(null);
  const { busy, error, overridable, run } = useAction();

  const load = useCallback(async () => {
    const res = await run(() => useConsultantStore.getState().trialOptions(participantId, weekStart));
    if (res) setData(res);
  }, [participantId, weekStart, run]);
  useEffect(() => {
    void load();
  }, [load]);

  const lessons: TrialLesson[] = [];
  for (const s of data?.schools ?? []) {
    const o = s.options.find((x) => keyOf(x) === chosen[s.school.id]);
    if (!o) continue;
    const care = withCare[keyOf(o)] ? o.childcareOffers.map((c) => ({ childId: c.childId, providerId: c.providerId, slotStart: c.slotStart })) : [];
    lessons.push({ classId: o.classId, start: o.start, childcare: care });
  }

  const book = async (overrideReason?: string) => {
    if (!lessons.length) return;
    const res = await run(() => useConsultantStore.getState().bookTrial(participantId, lessons, overrideReason));
    if (!res) return;
    setNotice([
      ...res.bookings.map((b) => t('consultant.trial.booked', { school: b.school.name, when: whenText(b.start, b.end, lang) })),
      ...res.childcare.map((c) =>
        t('consultant.trial.careBooked', { child: c.childName, provider: c.town ? `${c.providerName} (${c.town})` : c.providerName, when: whenText(c.slotStart, c.slotEnd, lang) }),
      ),
      ...res.warnings.map((w) => say(w.msg, w.message)),
    ]);
    setChosen({});
    setWithCare({});
    onChanged();
    await load();
  };
  const cancel = async (bookingId: string) => {
    const res = await run(() => useConsultantStore.getState().cancelTrial(bookingId));
    if (!res) return;
    setNotice([t('consultant.trial.cancelled')]);
    onChanged();
    await load();
  };

  return (
    <section className="client-section" data-testid="trial-section" aria-labelledby={`trial-${participantId}`} aria-busy={busy || (data === null && !error)}>
      <div className="client-section__head">
        <h4 id={`trial-${participantId}`} className="client-section__title">
          {t('consultant.trial.title')}
        </h4>
        <div className="mini-week" role="group" aria-label={t('consultant.week')}>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            data-testid="trial-week-prev"
            aria-label={t('week.prev')}
            onClick={() => setWeekStart(addDays(weekStart, -7))}
          >
            ‹
          </button>
          <span className="mini-week__label" data-testid="trial-week">
            {t('consultant.weeksN', { a: isoWeekOf(weekStart).week, b: isoWeekOf(addDays(weekStart, 7)).week })}
          </span>
          <button type="button" className="btn btn--ghost btn--small" data-testid="trial-week-next" aria-label={t('week.next')} onClick={() => setWeekStart(addDays(weekStart, 7))}>
            ›
          </button>
        </div>
      </div>
      {data && data.existing.length > 0 && (
        <div className="trial-existing" data-testid="trial-existing">
          <p className="cell-sub">{t('consultant.trial.existing')}</p>
          <ul>
            {data.existing.map((m, i) => (
              <li key={i} className="trial-warning trial-warning--childcare">
                {say(m)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="trial-schools">
        {data?.schools.map((s) => (
          <fieldset key={s.school.id} className="trial-school" data-testid={`trial-school-${s.school.id}`}>
            <legend className="trial-school__name">{s.school.name}</legend>
            {s.booked && (
              <div className="booked" data-testid="trial-booked">
                <span>
                  {t('consultant.trial.current')} <strong>{whenText(s.booked.start, s.booked.end, lang)}</strong> · {s.booked.className}
                </span>
                <button type="button" className="btn btn--small" disabled={busy} onClick={() => void cancel(s.booked!.bookingId)}>
                  {t('consultant.cancel')}
                </button>
              </div>
            )}
            <SchoolNote school={s} />
            {!s.booked &&
              s.options.map((o) => {
                const k = keyOf(o);
                const on = chosen[s.school.id] === k;
                return (
                  <div key={k} className={on ? 'choice choice--on' : 'choice'}>
                    <label className="choice__main" data-testid={`trial-option-${s.school.id}`} data-class-id={o.classId} data-start={o.start} data-warnings={o.warnings.length}>
                      <input type="radio" name={`trial-${participantId}-${s.school.id}`} checked={on} onChange={() => setChosen((c) => ({ ...c, [s.school.id]: k }))} />
                      <span>
                        <strong>{whenText(o.start, o.end, lang)}</strong> · {o.className} ({o.route})
                        <span className="cell-sub">
                          {o.locationName} · {t('consultant.trial.free', { n: o.trialFree })}
                        </span>
                      </span>
                    </label>
                    {o.warnings.map((w, i) => (
                      <p key={i} className={`trial-warning trial-warning--${w.kind}`} data-testid="trial-warning" role={on ? 'alert' : undefined}>
                        <span aria-hidden="true">⚠ </span>
                        {say(w.msg, w.message)}
                      </p>
                    ))}
                    {o.childcareOffers.length > 0 && (
                      <label className="care-offer">
                        <input
                          type="checkbox"
                          data-testid="trial-childcare"
                          checked={!!withCare[k]}
                          onChange={(e) => {
                            setWithCare((c) => ({ ...c, [k]: e.target.checked }));
                            if (e.target.checked) setChosen((c) => ({ ...c, [s.school.id]: k }));
                          }}
                        />
                        {t('consultant.trial.careOffer', {
                          offers: o.childcareOffers
                            .map((c) => `${c.childName}: ${c.providerName}${c.town ? ` (${c.town})` : ''} ${whenText(c.slotStart, c.slotEnd, lang)}`)
                            .join('; '),
                        })}
                      </label>
                    )}
                    {on && o.warnings.length > 0 && o.childcareOffers.length === 0 && <p className="cell-sub">{t('consultant.trial.otherDay')}</p>}
                  </div>
                );
              })}
          </fieldset>
        ))}
      </div>
      {data?.schools.some((s) => !s.booked && s.options.length > 0) && (
        <button type="button" className="btn btn--primary" data-testid="trial-book" disabled={busy || lessons.length === 0} onClick={() => void book()}>
          {lessons.length > 1 ? t('consultant.trial.bookBoth', { n: lessons.length }) : t('consultant.trial.book')}
        </button>
      )}
      {notice && (
        <ul className="notice notice--ok" role="status" data-testid="trial-notice">
          {notice.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {overridable && <OverrideForm testId="trial" busy={busy} onBook={(reason) => void book(reason)} />}
    </section>
  );
}

/**
 * What a school's options need said: why there are none, or (full in the weeks shown) that the
 * options are the first later ones, so "Week 50–51" above them is not taken for their week.
 */
export function SchoolNote({ school: s }: { school: Options['schools'][number] }) {
  const { t } = useT();
  const say = useMsg();
  if (s.booked) return null;
  if (s.options.length === 0) return <p className="notice notice--warn">{s.reasonMsg ? say(s.reasonMsg) : (s.reason ?? t('consultant.trial.none'))}</p>;
  if (!s.reasonMsg && !s.reason) return null;
  return (
    <p className="notice" data-testid="trial-later">
      {say(s.reasonMsg, s.reason ?? undefined)}
    </p>
  );
}
