import { describe, expect, it } from 'vitest';
import { renderMsg } from '../messages/render';
import { formatRowError } from './errors';
import {
  formatDayparts,
  formatExceptions,
  formatPatterns,
  parseDayparts,
  parseExceptions,
  parseNumber,
  parsePatterns,
  parseTime,
  parseWeekday,
  parseYesNo,
} from './resource-values';
import { NEW_GEMEENTE, parseResourceSheet } from './resources';
import { mapSheet } from './sheet';
import { recogniseList, TEMPLATES } from './templates';

const lookups = {
  gemeenten: [{ id: 'G1', name: 'Gorinchem' }],
  locations: [
    { id: 'L1', name: 'Gemeentehuis' },
    { id: 'L2', name: 'Taalhuis' },
  ],
  schools: [{ id: 'S1', name: 'Taalschool Rivierland' }],
};

describe('resource values', () => {
  it('reads yes/no, numbers, days and times as people type them', () => {
    expect(parseYesNo('Ja', false)).toEqual({ ok: true, value: true });
    expect(parseYesNo('', true)).toEqual({ ok: true, value: true });
    expect(parseYesNo('nee', true)).toEqual({ ok: true, value: false });
    expect(parseYesNo('misschien', true).ok).toBe(false);
    expect(parseNumber('62,50')).toEqual({ ok: true, value: 62.5 });
    expect(parseNumber('veel').ok).toBe(false);
    expect(parseWeekday('Dinsdag')).toEqual({ ok: true, value: 2 });
    expect(parseWeekday('di')).toEqual({ ok: true, value: 2 });
    expect(parseWeekday('feestdag').ok).toBe(false);
    expect(parseTime('9.30')).toEqual({ ok: true, value: '09:30' });
    expect(parseTime(0.4375)).toEqual({ ok: true, value: '10:30' });
    expect(parseTime(new Date(Date.UTC(1899, 11, 30, 14, 15)))).toEqual({ ok: true, value: '14:15' });
    expect(parseTime('25:00').ok).toBe(false);
  });

  it('reads weekly times with a validity and writes them back the same way', () => {
    const p = parsePatterns('ma-vr 09:00-17:00; za 10:00-12:00 vanaf 01-12-2026 t/m 31-12-2026');
    expect(p.ok && p.value.length).toBe(6);
    expect(p.ok && p.value[5]).toEqual({ weekday: 6, start: '10:00', end: '12:00', validFrom: '2026-12-01', validUntil: '2026-12-31' });
    expect(p.ok && formatPatterns(p.value)).toBe('ma-vr 09:00-17:00; za 10:00-12:00 vanaf 01-12-2026 t/m 31-12-2026');
    expect(parsePatterns('elke dag').ok).toBe(false);
    const bad = parsePatterns('ma 09:00-12:00 vanaf 31-02-2026');
    expect(!bad.ok && renderMsg(bad.reason, 'nl')).toContain('"31-02-2026": geen bestaande datum');
    expect(!bad.ok && renderMsg(bad.reason, 'en')).toContain('"31-02-2026": not an existing date');
  });

  it('reads dated exceptions with notes and day-parts with seats, and writes them back', () => {
    const e = parseExceptions('24-12-2026 dicht (Kerst); 03-12-2026 13:00-17:00 dicht; 02-12-2026 09:00-13:00 extra');
    expect(e).toEqual({
      ok: true,
      value: [
        { date: '2026-12-02', kind: 'add', start: '09:00', end: '13:00', note: null },
        { date: '2026-12-03', kind: 'remove', start: '13:00', end: '17:00', note: null },
        { date: '2026-12-24', kind: 'remove', start: null, end: null, note: 'Kerst' },
      ],
    });
    expect(e.ok && formatExceptions(e.value)).toBe('02-12-2026 09:00-13:00 extra; 03-12-2026 13:00-17:00 dicht; 24-12-2026 dicht (Kerst)');
    expect(parseExceptions('morgen dicht').ok).toBe(false);
    const d = parseDayparts('ma-vr 08:30-12:30 4 plaatsen; wo 13:00-17:00 1');
    expect(d.ok && d.value.filter((x) => x.weekday === 3)).toEqual([
      { weekday: 3, start: '08:30', end: '12:30', seats: 4 },
      { weekday: 3, start: '13:00', end: '17:00', seats: 1 },
    ]);
    expect(d.ok && formatDayparts(d.value)).toBe('ma-vr 08:30-12:30 4 plaatsen; wo 13:00-17:00 1 plaats');
    expect(parseDayparts('ma-vr 08:30-12:30').ok).toBe(false);
  });
});

describe('resource sheets', () => {
  it('recognises each list by its sheet name and by its headings', () => {
    for (const t of Object.values(TEMPLATES)) {
      expect(recogniseList(t.sheet, [])).toBe(t.list);
      expect(
        recogniseList(
          'Blad1',
          t.columns.map((c) => c.heading),
        ),
      ).toBe(t.list);
    }
  });

  it('maps rooms to the form input, locations by name, and names the bad cells', () => {
    const head = TEMPLATES.rooms.columns.map((c) => c.heading);
    const out = parseResourceSheet(
      'rooms',
      mapSheet(
        [
          head,
          ['gemeentehuis', 'Zaal 1', 12, 2, '', 'groepsvoorlichting', 'ma-vr 08:30-17:00', '', ''],
          ['Gemeentehuis', 'zaal 1', 12, 0, 0, 'toets', '', '', 'nee'],
          ['Taalhuis', 'Zaal 2', 12, 0, 0, 'koken', '', '', 'soms'],
        ],
        TEMPLATES.rooms,
      ),
      lookups,
    );
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0].form).toMatchObject({ locationId: 'L1', name: 'Zaal 1', laptopsTouch: 2, laptopsMouse: 0, kinds: ['groupInfo'], active: true, exceptions: [] });
    expect(out.errors.map(formatRowError)).toEqual([
      'Zalen rij 3, Naam "zaal 1": dezelfde zaal op deze locatie staat ook op rij 2',
      'Zalen rij 4, Soorten sessies "koken": kies groepsvoorlichting, leerbaarheidstoets of allebei',
      'Zalen rij 4, In gebruik "soms": kies ja of nee',
    ]);
  });

  it('a location with a gemeente the region does not know adds it; a class names its school', () => {
    const loc = parseResourceSheet(
      'locations',
      mapSheet(
        [
          ['Naam', 'Gemeente', 'Soort'],
          ['Dorpshuis', 'Molenlanden', 'woonkern'],
          ['Raadhuis', 'gorinchem', 'gemeentehuis'],
        ],
        TEMPLATES.locations,
      ),
      lookups,
    );
    expect(loc.errors).toEqual([]);
    expect(loc.rows.map((r) => [r.form.gemeenteId, r.newGemeente])).toEqual([
      [NEW_GEMEENTE, 'Molenlanden'],
      ['G1', undefined],
    ]);
    const classes = parseResourceSheet(
      'classes',
      mapSheet(
        [
          ['Taalschool', 'Naam', 'Locatie', 'Route', 'Capaciteit', 'Bezette plaatsen', 'Proefplekken per les', 'Lestijden'],
          ['Taalschool Rivierland', 'B1', 'Taalhuis', 'B1', 10, 12, 2, 'ma 09:00-12:00'],
          ['Andere school', 'B1', 'Taalhuis', '', 10, 0, 2, 'ma 09:00-12:00'],
        ],
        TEMPLATES.classes,
      ),
      lookups,
    );
    expect(classes.errors.map(formatRowError)).toEqual([
      'Klassen rij 2, Bezette plaatsen "12": Bezette plaatsen mag niet meer zijn dan de capaciteit.',
      'Klassen rij 3, Taalschool "Andere school": onbekende taalschool in deze regio (zet hem op het blad Taalscholen)',
      'Klassen rij 3, Route: verplicht',
    ]);
  });
});
