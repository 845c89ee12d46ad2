// Test support: reads a calendar file with ical.js, an independent iCalendar parser, not the
// app's own reader, so a test sees the file as Outlook or Google Calendar would.
import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  location: string;
  /** Local wall-clock time as written, "YYYY-MM-DDTHH:MM". */
  start: string;
  end: string;
  startTzid: string;
  endTzid: string;
  /** The start as an instant, through the file's own VTIMEZONE. */
  startUtc: string;
}

export interface ReadCalendar {
  name: string;
  method: string;
  timezones: string[];
  events: ReadEvent[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function readCalendar(ics: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  if (root.name !== 'vcalendar') throw new Error(`Geen VCALENDAR maar ${root.name}`);
  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    zones.set(tz.tzid, tz);
  }
  const events = root.getAllSubcomponents('vevent').map((ev) => {
    const dtstart = ev.getFirstProperty('dtstart')!;
    const dtend = ev.getFirstProperty('dtend')!;
    const start = dtstart.getFirstValue() as InstanceType<typeof ICAL.Time>;
    const end = dtend.getFirstValue() as InstanceType<typeof ICAL.Time>;
    const startTzid = text(dtstart.getParameter('tzid'));
    const zone = zones.get(startTzid);
    if (!zone) throw new Error(`DTSTART noemt tijdzone ${startTzid}, die niet in het bestand staat`);
    const local = ICAL.Time.fromData({ year: start.year, month: start.month, day: start.day, hour: start.hour, minute: start.minute, second: start.second }, zone);
    const sequence = ev.getFirstPropertyValue('sequence');
    return {
      uid: text(ev.getFirstPropertyValue('uid')),
      sequence: typeof sequence === 'number' ? sequence : Number.NaN,
      status: text(ev.getFirstPropertyValue('status')),
      summary: text(ev.getFirstPropertyValue('summary')),
      description: text(ev.getFirstPropertyValue('description')),
      location: text(ev.getFirstPropertyValue('location')),
      start: start.toString().slice(0, 16),
      end: end.toString().slice(0, 16),
      startTzid,
      endTzid: text(dtend.getParameter('tzid')),
      startUtc: local.toJSDate().toISOString(),
    };
  });
  return {
    name: text(root.getFirstPropertyValue('x-wr-calname')),
    method: text(root.getFirstPropertyValue('method')),
    timezones: [...zones.keys()],
    events,
  };
}
