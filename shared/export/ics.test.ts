import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, foldLine, parseIcs } from './ics';

const cal = {
  name: 'Tolk Tigrinya — week 48',
  stamp: '2026-11-25T10:00:00Z',
  events: [
    {
      uid: 'S12@ketenplanner',
      start: '2026-11-24T09:00',
      end: '2026-11-24T11:00',
      summary: 'Groepsvoorlichting Tigrinya',
      location: 'Gemeentehuis Gorinchem, Zaal 1',
      description: 'Deelnemers: 7\nConsulent: Anna de Vries; tolk nodig',
      sequence: 2,
    },
  ],
};

describe('iCalendar export', () => {
  it('writes events in Europe/Amsterdam local time with a VTIMEZONE', () => {
    const text = buildIcs(cal);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const root = parseIcs(text);
    const vcal = root.components[0]!;
    expect(vcal.type).toBe('VCALENDAR');
    expect(vcal.components.map((c) => c.type)).toEqual(['VTIMEZONE', 'VEVENT']);
    const ev = vcal.components[1]!;
    const prop = (n: string) => ev.properties.find((p) => p.name === n)!;
    expect(prop('DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Amsterdam' }, value: '20261124T090000' });
    expect(prop('DTEND').value).toBe('20261124T110000');
    expect(prop('DESCRIPTION').value).toBe('Deelnemers: 7\nConsulent: Anna de Vries; tolk nodig');
    expect(prop('LOCATION').value).toBe('Gemeentehuis Gorinchem, Zaal 1');
    expect(prop('SEQUENCE').value).toBe('2');
    expect(prop('DTSTAMP').value).toBe('20261125T100000Z');
  });

  it('folds long lines without splitting UTF-8 characters', () => {
    const long = `SUMMARY:${'Oekraïens '.repeat(20)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('rejects times it cannot write', () => {
    expect(() => buildIcs({ ...cal, events: [{ ...cal.events[0]!, start: '24-11-2026 09:00' }] })).toThrow(/Ongeldige tijd/);
  });

  it('reports a malformed file with its line', () => {
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toThrow(/Regel 3/);
  });
});

// The same files read by ical.js, an independent parser: what Outlook and Google Calendar see.
describe('iCalendar export read by ical.js', () => {
  const two = {
    name: 'Consulent — week 48',
    stamp: '2026-11-25T10:00:00.123Z',
    events: [
      { ...cal.events[0]!, uid: 'SES-2026W48-01@5f0c2b7e9a1d4c3b8e6f0a1b2c3d4e5f', description: 'Consulent: Anna de Vries, tolk; 7 deelnemers\nNog een voorstel' },
      {
        uid: 'SES-2026W27-02@5f0c2b7e9a1d4c3b8e6f0a1b2c3d4e5f',
        start: '2026-07-01T13:30',
        end: '2026-07-01T15:00',
        summary: `Leerbaarheidstoets ${'Oekraïens '.repeat(12)}`.trim(),
        sequence: 3,
        status: 'CANCELLED' as const,
      },
    ],
  };
  const read = () => {
    const root = new ICAL.Component(ICAL.parse(buildIcs(two)) as unknown[]);
    const zone = new ICAL.Timezone(root.getFirstSubcomponent('vtimezone')!);
    return { root, zone, events: root.getAllSubcomponents('vevent') };
  };

  it('gives every event its UID, SEQUENCE and STATUS', () => {
    const { events } = read();
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(two.events.map((e) => e.uid));
    expect(events.map((e) => e.getFirstPropertyValue('sequence'))).toEqual([2, 3]);
    expect(events.map((e) => e.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(events[0]!.getFirstPropertyValue('description')).toBe('Consulent: Anna de Vries, tolk; 7 deelnemers\nNog een voorstel');
    expect(events[1]!.getFirstPropertyValue('summary')).toBe(two.events[1]!.summary);
  });

  it('writes DTSTART and DTEND in Europe/Amsterdam, which its VTIMEZONE turns into the right instant in winter and summer', () => {
    const { zone, events } = read();
    expect(zone.tzid).toBe('Europe/Amsterdam');
    const instants = events.map((e) => {
      const start = e.getFirstProperty('dtstart')!;
      expect(start.getParameter('tzid')).toBe('Europe/Amsterdam');
      expect(e.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Amsterdam');
      const t = start.getFirstValue() as InstanceType<typeof ICAL.Time>;
      return ICAL.Time.fromData({ year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute }, zone).toJSDate().toISOString();
    });
    expect(instants).toEqual(['2026-11-24T08:00:00.000Z', '2026-07-01T11:30:00.000Z']);
    expect(String(events[1]!.getFirstPropertyValue('dtend'))).toBe('2026-07-01T15:00:00');
  });
});
