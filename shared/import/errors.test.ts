// The import's row errors as messages (issue 13): the same error written in Dutch and in English,
// with the sheet, column and value as the file has them, and no internal id in either.
import { describe, expect, it } from 'vitest';
import { msg } from '../messages/types';
import { renderMsg } from '../messages/render';
import { formatRowError, rowErrorMsg, rowErrorText, type RowError } from './errors';
import { parseChildSheet, parseParticipantSheet } from './lists';
import { parseResourceSheet } from './resources';
import { mapSheet } from './sheet';
import { TEMPLATES } from './templates';

const ID = /\b[A-Z]{1,4}-[A-Z0-9]*\d|\bG\d\b|\bC\d\b|\bL\d\b/;
const both = (errors: readonly RowError[]) => ({ nl: errors.map((e) => rowErrorText(e, 'nl')), en: errors.map((e) => rowErrorText(e, 'en')) });

describe('a row error', () => {
  it('is one line in the reader’s language around the file’s own names', () => {
    const e: RowError = { sheet: 'Deelnemers', row: 17, column: 'Datum huisvesting', value: '31-02-2026', msg: msg('import.noSuchDate') };
    expect(rowErrorText(e, 'nl')).toBe('Deelnemers rij 17, Datum huisvesting "31-02-2026": geen bestaande datum');
    expect(rowErrorText(e, 'en')).toBe('Deelnemers row 17, Datum huisvesting "31-02-2026": not an existing date');
    expect(formatRowError(e)).toBe(rowErrorText(e, 'nl'));
    expect(rowErrorMsg(e).code).toBe('import.lineValue');
  });

  it('leaves out what it does not have: the value, the column, the row, the sheet', () => {
    const required: RowError = { sheet: 'Deelnemers', row: 7, column: 'Clientnummer', value: '', msg: msg('import.required') };
    expect(rowErrorText(required, 'en')).toBe('Deelnemers row 7, Clientnummer: required');
    const sheet: RowError = { sheet: 'Kinderen', row: 0, column: '', value: '', msg: msg('import.sheetEmpty') };
    expect([rowErrorText(sheet, 'nl'), rowErrorText(sheet, 'en')]).toEqual(['Kinderen: het blad is leeg', 'Kinderen: the sheet is empty']);
    const file: RowError = { sheet: '', row: 0, column: '', value: '', msg: msg('import.noList') };
    expect(rowErrorText(file, 'nl')).toMatch(/^Bestand: geen lijst herkend; /);
    expect(rowErrorText(file, 'en')).toMatch(/^File: no list recognised; /);
  });

  it('shortens a long value', () => {
    const e: RowError = { sheet: 'Zalen', row: 2, column: 'Openingstijden', value: 'x'.repeat(80), msg: msg('import.patternsHelp') };
    expect(rowErrorText(e, 'en')).toContain(`"${'x'.repeat(57)}..."`);
  });
});

describe('the sheets’ errors in both languages', () => {
  it('participants: a duplicate, a date, unknown names, a missing column', () => {
    const head = TEMPLATES.participants.columns.map((c) => c.heading);
    const base: Record<string, string> = {
      Clientnummer: 'Z-1',
      Voornaam: 'Amina',
      Gemeente: 'Gorinchem',
      Soort: 'statushouder',
      'Datum koppeling': '02-11-2026',
      Taal: 'Arabisch',
      'Digitale vaardigheid': 'basis',
    };
    const row = (over: Record<string, string>) => head.map((h) => ({ ...base, ...over })[h] ?? '');
    const lookups = { gemeenten: [{ id: 'G1', name: 'Gorinchem' }], consultants: [{ id: 'C1', name: 'Els de Vries' }] };
    const out = parseParticipantSheet(
      mapSheet(
        [head, row({}), row({}), row({ Clientnummer: 'Z-3', 'Datum huisvesting': '31-02-2026', Gemeente: 'Utrecht', Taal: 'Klingon', 'Route-indicatie': 'Hoog' })],
        TEMPLATES.participants,
      ),
      lookups,
    );
    const text = both(out.errors);
    expect(text.nl).toEqual([
      'Deelnemers rij 3, Clientnummer "Z-1": staat ook op rij 2',
      'Deelnemers rij 4, Gemeente "Utrecht": onbekende gemeente in deze regio',
      'Deelnemers rij 4, Datum huisvesting "31-02-2026": geen bestaande datum',
      'Deelnemers rij 4, Taal "Klingon": onbekende taal (gebruik de Nederlandse naam of de ISO-code)',
      'Deelnemers rij 4, Route-indicatie "Hoog": kies B1, Z, Onderwijs, Alfa of laat leeg',
    ]);
    expect(text.en).toEqual([
      'Deelnemers row 3, Clientnummer "Z-1": also on row 2',
      'Deelnemers row 4, Gemeente "Utrecht": unknown municipality in this region',
      'Deelnemers row 4, Datum huisvesting "31-02-2026": not an existing date',
      'Deelnemers row 4, Taal "Klingon": unknown language (use the Dutch name or the ISO code)',
      'Deelnemers row 4, Route-indicatie "Hoog": choose B1, Z, Onderwijs, Alfa or leave it empty',
    ]);
    for (const line of [...text.nl, ...text.en]) expect(line.replace(/"Z-\d"/, '')).not.toMatch(ID);

    const missing = parseParticipantSheet(mapSheet([head.filter((h) => h !== 'Gemeente')], TEMPLATES.participants), lookups);
    expect(both(missing.errors)).toEqual({ nl: ['Deelnemers rij 1, Gemeente: deze kolom ontbreekt'], en: ['Deelnemers row 1, Gemeente: this column is missing'] });
  });

  it('children: an unknown household and care times that cannot be read', () => {
    const out = parseChildSheet(
      mapSheet(
        [
          ['Huishouden', 'Voornaam', 'Geboortedatum', 'Opvang geregeld'],
          ['H9', 'Noor', '2020-01-01', ''],
          ['H1', 'Yonas', '01-01-2021', 'altijd'],
        ],
        TEMPLATES.children,
      ),
      new Set(['H1']),
    );
    expect(both(out.errors).en).toEqual([
      'Kinderen row 2, Huishouden "H9": no participant has this household code',
      'Kinderen row 3, Opvang geregeld "altijd": write days and times as "ma-vr 08:30-14:30" (more times with ; between them)',
    ]);
  });

  it('resource lists: a reference, a duplicate, a choice and a date inside weekly times', () => {
    const out = parseResourceSheet(
      'rooms',
      mapSheet(
        [
          ['Locatie', 'Naam', 'Capaciteit', 'Soorten sessies', 'Openingstijden', 'In gebruik'],
          ['Taalhuis', 'Zaal 1', 12, 'toets', 'ma 09:00-12:00 vanaf 31-02-2026', ''],
          ['Nergens', 'Zaal 2', 12, 'toets', '', 'soms'],
          ['Taalhuis', 'Zaal 3', 12, 'toets', '', ''],
          ['Taalhuis', 'zaal 3', 12, 'toets', '', ''],
        ],
        TEMPLATES.rooms,
      ),
      { gemeenten: [], locations: [{ id: 'L1', name: 'Taalhuis' }], schools: [] },
    );
    const text = both(out.errors);
    expect(text.en).toEqual([
      'Zalen row 2, Openingstijden "ma 09:00-12:00 vanaf 31-02-2026": write days and times as "ma-vr 09:00-17:00" (more times with ; between them, optionally with "vanaf dd-mm-jjjj" or "t/m dd-mm-jjjj"); "31-02-2026": not an existing date',
      'Zalen row 3, Locatie "Nergens": unknown location in this region (put it on the sheet Locaties)',
      'Zalen row 3, In gebruik "soms": choose ja or nee',
      'Zalen row 5, Naam "zaal 3": the same room at this location is also on row 4',
    ]);
    expect(text.nl[3]).toBe('Zalen rij 5, Naam "zaal 3": dezelfde zaal op deze locatie staat ook op rij 4');
    for (const line of [...text.nl, ...text.en]) expect(line).not.toMatch(ID);
  });

  it('every reason has its sentence in the catalogue in both languages', () => {
    const reasons = ['import.required', 'import.noSuchDate', 'import.sheetEmpty', 'import.same.rooms', 'import.file.notXlsx', 'backup.restored'];
    for (const code of reasons) {
      expect(renderMsg(msg(code), 'nl'), code).not.toBe('Onbekende melding.');
      expect(renderMsg(msg(code), 'en'), code).not.toBe('Unknown message.');
    }
  });
});
