// Words of the people screens that do not need React: a booking, a date, a weekly time.
import type { ParticipantDetail } from '../../../shared/api/contract';
import { formatDate, formatDayShort, dayOf, timeOf } from '../../i18n/format';
import { translate, type Lang } from '../../i18n/translate';
import { renderMsg } from '../../../shared/messages';

type Booking = ParticipantDetail['bookings']['past'][number];

/** "Proefles Taalschool Noord (B1-ochtend), di 1 dec 09:00–11:00, Gorinchem Centrum" in the reader's language, and "— niet gekomen" for a missed one. */
export function bookingText(b: Booking, lang: Lang): string {
  const text = `${renderMsg(b.labelMsg, lang)}, ${formatDayShort(dayOf(b.start), lang)} ${timeOf(b.start)}–${timeOf(b.end)}, ${b.locationName}`;
  return b.missed ? translate(lang, 'people.history.missed', { booking: text }) : text;
}

/** A stored date as the page shows it, or a dash. */
export function dateText(d: string | null, lang: Lang): string {
  return d ? formatDate(d, lang, 'd MMMM yyyy') : '—';
}

/** A moment of the audit log (UTC) in Amsterdam time: "2 december 2026 09:14". */
export function momentText(at: string, lang: Lang): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}
