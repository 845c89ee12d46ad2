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
