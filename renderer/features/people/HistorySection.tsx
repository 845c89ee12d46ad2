import type { ParticipantDetail } from '../../../shared/api/contract';
import { useMsg, useT } from '../../i18n';
import { formatDate, dayOf, timeOf } from '../../i18n/format';
import { bookingText, momentText } from './peopleText';

type Booking = ParticipantDetail['bookings']['past'][number];

/** One booking, coming or past, with its "toch geboekt" mark when it was booked against a rule. */
function BookingItem({ booking }: { booking: Booking }) {
  const { lang } = useT();
  const m = useMsg();
  return (
    <li>
      {bookingText(booking, lang)}
      {booking.override && (
        <span className="people-override" data-testid="client-booking-override">
          {' '}
          ⚠ {m(booking.override.msg, booking.override.note)}
        </span>
      )}
    </li>
  );
}

/** Bookings (coming and past), proefles outcomes and the changes from the audit log, newest first. */
export function HistorySection({ detail }: { detail: ParticipantDetail }) {
  const { t, lang } = useT();
  const m = useMsg();
  const { bookings, trialOutcomes, history } = detail;
  return (
    <section className="people-section people-section--wide" aria-labelledby="people-history-title" data-testid="client-history">
      <h3 id="people-history-title" className="people-section__title">
        {t('people.history.title')}
      </h3>
      <h4 className="people-section__sub">{t('people.history.coming')}</h4>
      {bookings.coming.length === 0 ? (
        <p className="muted">{t('people.history.noBookings')}</p>
      ) : (
        <ul className="people-list" data-testid="client-bookings-coming">
          {bookings.coming.map((b, i) => (
            <BookingItem key={i} booking={b} />
          ))}
        </ul>
      )}
      <h4 className="people-section__sub">{t('people.history.past')}</h4>
      {bookings.past.length === 0 ? (
        <p className="muted">{t('people.history.noBookings')}</p>
      ) : (
        <ul className="people-list" data-testid="client-bookings-past">
          {bookings.past.map((b, i) => (
            <BookingItem key={i} booking={b} />
          ))}
        </ul>
      )}
      {trialOutcomes.length > 0 && (
        <>
          <h4 className="people-section__sub">{t('people.history.outcomes')}</h4>
          <ul className="people-list" data-testid="client-outcomes">
            {trialOutcomes.map((o) => (
              <li key={o.bookingId}>
                {t(o.attended ? 'people.history.attended' : 'people.history.absent', {
                  school: o.schoolName,
                  date: `${formatDate(dayOf(o.lessonStart), lang, 'd MMMM yyyy')} ${timeOf(o.lessonStart)}`,
                })}
                {o.routeAdvice && ` ${t('people.history.advice', { route: t(`route.${o.routeAdvice}`) })}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4 className="people-section__sub">{t('people.history.changes')}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('people.history.noChanges')}</p>
      ) : (
        <table className="table people-history" data-testid="client-changes">
          <thead>
            <tr>
              <th scope="col">{t('people.history.when')}</th>
              <th scope="col">{t('people.history.who')}</th>
              <th scope="col">{t('people.history.what')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={i} data-testid="client-change">
                <td className="nowrap">{momentText(h.at, lang)}</td>
                <td>{m(h.whoMsg, h.who)}</td>
                <td>
                  {m(h.whatMsg, h.what)}
                  {h.why && <span className="cell-sub">{t('people.history.why', { why: m(h.whyMsg, h.why) })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
