import { describe, expect, it } from 'vitest';
import { normalizeHeading } from './cells';
import { excelSerialToIso, parseDateCell } from './dates';
import { msg } from '../messages/types';
import { formatRowError } from './errors';
import { parseChildSheet, parseParticipantSheet } from './lists';
import { mapSheet } from './sheet';
import { recogniseList, TEMPLATES } from './templates';
import { formatWeeklyTimes, parseDigitalSkill, parseLanguage, parseLanguageList, parseRoute, parseWeeklyTimes } from './values';

const lookups = {
  gemeenten: [
    { id: 'G1', name: 'Gorinchem' },
    { id: 'G2', name: 'Molenlanden' },
  ],
  consultants: [{ id: 'C1', name: 'Els de Vries' }],
};
const HEAD = TEMPLATES.participants.columns.map((c) => c.heading);
const row = (over: Record<string, unknown> = {}) => {
  const base: Record<string, unknown> = {
    Clientnummer: 'Z-1',
    Voornaam: 'Amina',
    Achternaam: 'Haddad',
    Gemeente: 'Gorinchem',
    Soort: 'statushouder',
    'Datum koppeling': '02-11-2026',
    'Datum huisvesting': '',
    Taal: 'Arabisch',
    'Andere talen': 'Engels',
    'Digitale vaardigheid': 'basis',
    'Route-indicatie': 'B1',
    Huishouden: 'H1',
    Consulent: 'Els de Vries',
    ...over,
  };
  return HEAD.map((h) => base[h] as string);
};
const participants = (rows: unknown[][], head: unknown[] = HEAD) => parseParticipantSheet(mapSheet([head as string[], ...(rows as string[][])], TEMPLATES.participants), lookups);

describe('cells and values', () => {
  it('compares headings in any case and with extra spaces', () => {
    expect(normalizeHeading('  DATUM   Koppeling ')).toBe('datum koppeling');
  });

  it('reads the date forms people type and Excel serials, and names a date that does not exist', () => {
    expect(parseDateCell('02-11-2026')).toEqual({ ok: true, value: '2026-11-02' });
    expect(parseDateCell('2-1-2026')).toEqual({ ok: true, value: '2026-01-02' });
    expect(parseDateCell('2026-11-02')).toEqual({ ok: true, value: '2026-11-02' });
    expect(parseDateCell('2/1/2026')).toEqual({ ok: true, value: '2026-01-02' });
    expect(parseDateCell(46328)).toEqual({ ok: true, value: '2026-11-02' });
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(parseDateCell(new Date(Date.UTC(2026, 10, 2)))).toEqual({ ok: true, value: '2026-11-02' });
    expect(parseDateCell('31-02-2026')).toEqual({ ok: false, reason: msg('import.noSuchDate') });
    expect(parseDateCell('morgen').ok).toBe(false);
    expect(parseDateCell(3).ok).toBe(false);
  });

  it('finds languages by Dutch name, English name or code, in any case', () => {
    expect(parseLanguage('Arabisch')).toEqual({ ok: true, value: 'ar' });
    expect(parseLanguage('tigrinya')).toEqual({ ok: true, value: 'ti' });
    expect(parseLanguage('Dari')).toEqual({ ok: true, value: 'prs' });
    expect(parseLanguage('TI')).toEqual({ ok: true, value: 'ti' });
    expect(parseLanguage('Oekraïens')).toEqual({ ok: true, value: 'uk' });
    expect(parseLanguage('Klingon').ok).toBe(false);
    expect(parseLanguageList('Engels, Frans;ar')).toEqual({ ok: true, value: ['en', 'fr', 'ar'] });
    expect(parseLanguageList('')).toEqual({ ok: true, value: [] });
    expect(parseLanguageList('Engels, Klingon')).toEqual({ ok: false, reason: msg('import.unknownLanguageNamed', { name: 'Klingon' }) });
  });

  it('reads digital skill and route', () => {
    expect(parseDigitalSkill('Basis')).toEqual({ ok: true, value: 'basic' });
    expect(parseDigitalSkill('geen')).toEqual({ ok: true, value: 'none' });
    expect(parseDigitalSkill('veel').ok).toBe(false);
    expect(parseRoute('onderwijs')).toEqual({ ok: true, value: 'Onderwijs' });
    expect(parseRoute('z-route')).toEqual({ ok: true, value: 'Z' });
    expect(parseRoute('')).toEqual({ ok: true, value: null });
    expect(parseRoute('C2').ok).toBe(false);
  });

  it('reads weekly care times and writes them back the same way', () => {
    const p = parseWeeklyTimes('ma-vr 08:30-14:30');
    expect(p).toEqual({ ok: true, value: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:30', end: '14:30' })) });
    const q = parseWeeklyTimes('ma, di, do 8.30-14:30; wo 08:30-12:00');
    expect(q.ok && q.value.map((x) => `${x.weekday} ${x.start}-${x.end}`)).toEqual(['1 08:30-14:30', '2 08:30-14:30', '3 08:30-12:00', '4 08:30-14:30']);
    expect(q.ok && formatWeeklyTimes(q.value)).toBe('ma-di 08:30-14:30; wo 08:30-12:00; do 08:30-14:30');
    expect(p.ok && formatWeeklyTimes(p.value)).toBe('ma-vr 08:30-14:30');
    expect(parseWeeklyTimes('').ok).toBe(true);
    expect(parseWeeklyTimes('elke dag').ok).toBe(false);
    expect(parseWeeklyTimes('ma 14:00-09:00')).toEqual({ ok: false, reason: msg('import.endAfterStart') });
  });

  it('recognises a list by sheet name or headings', () => {
    expect(recogniseList('Deelnemers', [])).toBe('participants');
    expect(recogniseList('kinderen.csv', [])).toBe('children');
    expect(recogniseList('Blad1', ['  clientnummer', 'VOORNAAM', 'Gemeente', 'Soort', 'Taal', 'Digitale vaardigheid'])).toBe('participants');
    expect(recogniseList('Blad1', ['Huishouden', 'Voornaam', 'Geboortedatum'])).toBe('children');
    expect(recogniseList('Blad1', ['Naam', 'Adres'])).toBeNull();
  });

  it('names an error as the issue writes it', () => {
    expect(formatRowError({ sheet: 'Deelnemers', row: 17, column: 'Datum huisvesting', value: '31-02-2026', msg: msg('import.noSuchDate') })).toBe(
      'Deelnemers rij 17, Datum huisvesting "31-02-2026": geen bestaande datum',
    );
  });
});

describe('the participants sheet', () => {
  it('maps a good row to the form input, with gemeente and consultant found by name', () => {
    const out = participants([row()]);
    expect(out.errors).toEqual([]);
    expect(out.rows).toEqual([
      {
        row: 2,
        clientNumber: 'Z-1',
        householdCode: 'H1',
        form: expect.objectContaining({
          givenName: 'Amina',
          familyName: 'Haddad',
          gemeenteId: 'G1',
          migrantKind: 'statushouder',
          koppelingDate: '2026-11-02',
          registrationDate: null,
          housingDate: null,
          language: 'ar',
          otherLanguages: ['en'],
          digitalSkill: 'basic',
          routeIndication: 'B1',
          consultantId: 'C1',
        }),
      },
    ]);
  });

  it('takes a gezinsmigrant’s date as the registration and accepts messy headings, skipping empty rows', () => {
    const head = HEAD.map((h) => `  ${h.toUpperCase()} `);
    const out = participants([[], row({ Soort: 'Gezinsmigrant', Consulent: '' }), ['', '  ', null]], [...head, 'Opmerking']);
    expect(out.errors).toEqual([]);
    expect(out.rows[0].row).toBe(3);
    expect(out.rows[0].form).toMatchObject({ migrantKind: 'gezinsmigrant', koppelingDate: null, registrationDate: '2026-11-02', consultantId: null });
    const m = mapSheet([[...head, 'Opmerking', ''], row()], TEMPLATES.participants);
    expect(m.unknownColumns).toEqual(['Opmerking']);
  });

  it('names every bad row with sheet, row, column, value and the reason in Dutch', () => {
    const out = participants([
      row({ Clientnummer: 'Z-1' }),
      row({ Clientnummer: 'Z-1' }),
      row({ Clientnummer: 'Z-3', 'Datum huisvesting': '31-02-2026' }),
      row({ Clientnummer: 'Z-4', Gemeente: 'Utrecht', Consulent: 'Jan' }),
      row({ Clientnummer: 'Z-5', Soort: 'statushouder', 'Datum koppeling': '' }),
      row({ Clientnummer: '', Taal: 'Klingon', 'Digitale vaardigheid': 'veel' }),
      row({ Clientnummer: 'Z-7', Voornaam: '' }),
    ]);
    expect(out.rows.map((r) => r.clientNumber)).toEqual(['Z-1']);
    expect(out.errors.map(formatRowError)).toEqual([
      'Deelnemers rij 3, Clientnummer "Z-1": staat ook op rij 2',
      'Deelnemers rij 4, Datum huisvesting "31-02-2026": geen bestaande datum',
      'Deelnemers rij 5, Gemeente "Utrecht": onbekende gemeente in deze regio',
      'Deelnemers rij 5, Consulent "Jan": onbekende consulent in deze regio',
      'Deelnemers rij 6, Datum koppeling: Datum koppeling is verplicht voor een statushouder.',
      'Deelnemers rij 7, Clientnummer: verplicht',
      'Deelnemers rij 7, Taal "Klingon": onbekende taal (gebruik de Nederlandse naam of de ISO-code)',
      'Deelnemers rij 7, Digitale vaardigheid "veel": kies geen, basis of goed',
      'Deelnemers rij 8, Voornaam: Voornaam is verplicht.',
    ]);
  });

  it('rejects a sheet without a required column as a whole', () => {
    const head = HEAD.filter((h) => h !== 'Gemeente');
    const out = participants([row().slice(0, head.length)], head);
    expect(out.rows).toEqual([]);
    expect(out.errors.map(formatRowError)).toEqual(['Deelnemers rij 1, Gemeente: deze kolom ontbreekt']);
    expect(parseParticipantSheet(mapSheet([], TEMPLATES.participants), lookups).errors.map(formatRowError)).toEqual(['Deelnemers: het blad is leeg']);
  });
});

describe('the children sheet', () => {
  const head = ['Huishouden', 'Voornaam', 'Geboortedatum', 'Opvang geregeld'];
  it('reads children with their care times and checks the household code', () => {
    const out = parseChildSheet(
      mapSheet([head, ['H1', 'Selam', '01-09-2024', 'ma-vr 08:30-14:30'], ['H9', 'Noor', '2020-01-01', ''], ['H1', 'Yonas', '30-02-2020', 'altijd']], TEMPLATES.children),
      new Set(['H1']),
    );
    expect(out.rows).toEqual([
      { row: 2, householdCode: 'H1', givenName: 'Selam', birthDate: '2024-09-01', covered: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:30', end: '14:30' })) },
    ]);
    expect(out.errors.map(formatRowError)).toEqual([
      'Kinderen rij 3, Huishouden "H9": geen deelnemer heeft deze huishoudcode',
      'Kinderen rij 4, Geboortedatum "30-02-2020": geen bestaande datum',
      'Kinderen rij 4, Opvang geregeld "altijd": schrijf dagen en tijden als "ma-vr 08:30-14:30" (meer tijden met ; ertussen)',
    ]);
  });
});
