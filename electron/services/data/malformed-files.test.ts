// A generator of malformed import files (issue 11): wrong types, missing columns, bad dates,
// duplicate ids, unknown gemeente or consultant, binary garbage, an empty file, 100,000 empty
// rows. Every one is rejected with a message, and none is half-imported: each file also holds
// good rows, and the database stays exactly as it was.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { listChildren, listHouseholds, listParticipants } from '../../../db/repositories/participants';
import { testAudit, tinyRegion } from '../../../db/repositories/test-helpers';
import { mulberry32 } from '../../../shared/domain/rng';
import { formatRowError } from '../../../shared/import/errors';
import { importFile } from './import';
import { UnreadableFileError } from './read-file';

const TODAY = '2026-11-25';
const HEAD = [
  'Clientnummer',
  'Voornaam',
  'Achternaam',
  'Gemeente',
  'Soort',
  'Datum koppeling',
  'Datum huisvesting',
  'Taal',
  'Andere talen',
  'Digitale vaardigheid',
  'Route-indicatie',
  'Huishouden',
  'Consulent',
];
type Row = unknown[];
const good = (n: number): Row => [`Z-${n}`, `Naam${n}`, 'Achter', 'Gorinchem', 'statushouder', '02-11-2026', '', 'Arabisch', '', 'basis', '', `H${n % 3}`, 'Els de Vries'];
const col = (h: string) => HEAD.indexOf(h);
const withCell = (r: Row, h: string, v: unknown): Row => r.map((x, i) => (i === col(h) ? v : x));

interface Case {
  name: string;
  file: () => Promise<{ bytes: Uint8Array; name: string }>;
}

async function xlsx(rows: Row[], name = 'Deelnemers', children?: Row[]): Promise<{ bytes: Uint8Array; name: string }> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(name).addRows(rows);
  if (children) wb.addWorksheet('Kinderen').addRows(children);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name: 'bestand.xlsx' };
}
const csv = (text: string, name = 'deelnemers.csv') => Promise.resolve({ bytes: new TextEncoder().encode(text), name });
const goodRows = [good(1), good(2), good(3)];
const rng = mulberry32(11);
const garbage = (n: number) => Uint8Array.from({ length: n }, () => rng.int(0, 255));

const cases: Case[] = [
  ...[
    ['Datum koppeling', true],
    ['Datum koppeling', 3.5],
    ['Taal', 42],
    ['Soort', new Date(Date.UTC(2026, 0, 1))],
    ['Digitale vaardigheid', false],
    ['Voornaam', 'x'.repeat(200)],
    ['Andere talen', 'Engels, Engels, Klingon'],
    ['Route-indicatie', 'C1'],
  ].map(([h, v]) => ({ name: `wrong type: ${h} = ${String(v).slice(0, 20)}`, file: () => xlsx([HEAD, ...goodRows, withCell(good(4), h as string, v)]) })),
  ...HEAD.filter((h) => ['Clientnummer', 'Voornaam', 'Gemeente', 'Soort', 'Taal', 'Digitale vaardigheid'].includes(h)).map((h) => ({
    name: `missing column ${h}`,
    file: () => xlsx([HEAD, ...goodRows].map((r) => r.filter((_, i) => i !== col(h)))),
  })),
  ...['31-02-2026', '2026-13-01', '00-00-0000', 'gisteren', '12/31/2026', '1-1-26', 5, -3].map((d) => ({
    name: `bad date ${String(d)}`,
    file: () => xlsx([HEAD, ...goodRows, withCell(good(4), 'Datum huisvesting', d)]),
  })),
  { name: 'duplicate ids', file: () => xlsx([HEAD, ...goodRows, withCell(good(4), 'Clientnummer', 'Z-2')]) },
  { name: 'empty id', file: () => xlsx([HEAD, ...goodRows, withCell(good(4), 'Clientnummer', '')]) },
  { name: 'unknown gemeente', file: () => xlsx([HEAD, ...goodRows, withCell(good(4), 'Gemeente', 'Atlantis')]) },
  { name: 'unknown consultant', file: () => xlsx([HEAD, ...goodRows, withCell(good(4), 'Consulent', 'Niemand')]) },
  {
    name: 'child of an unknown household',
    file: () =>
      xlsx([HEAD, ...goodRows], 'Deelnemers', [
        ['Huishouden', 'Voornaam', 'Geboortedatum'],
        ['H1', 'Kind', '01-01-2020'],
        ['H7', 'Kind', '01-01-2020'],
      ]),
  },
  {
    name: 'child with a bad birth date',
    file: () =>
      xlsx([HEAD, ...goodRows], 'Deelnemers', [
        ['Huishouden', 'Voornaam', 'Geboortedatum'],
        ['H1', 'Kind', '30-02-2020'],
      ]),
  },
  {
    name: 'two sheets with participants',
    file: async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Deelnemers').addRows([HEAD, ...goodRows]);
      wb.addWorksheet('Blad2').addRows([HEAD, good(5)]);
      return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name: 'twee.xlsx' };
    },
  },
  { name: 'binary garbage as .xlsx', file: () => Promise.resolve({ bytes: garbage(5000), name: 'rommel.xlsx' }) },
  { name: 'binary garbage as .csv', file: () => Promise.resolve({ bytes: garbage(5000), name: 'rommel.csv' }) },
  { name: 'a zip that is no workbook', file: () => Promise.resolve({ bytes: Uint8Array.from([0x50, 0x4b, 3, 4, ...garbage(300)]), name: 'rommel.xlsx' }) },
  { name: 'an empty file', file: () => csv('') },
  { name: 'an old .xls', file: () => Promise.resolve({ bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, ...garbage(100)]), name: 'oud.xls' }) },
  { name: '100,000 empty CSV rows', file: () => csv(';;;;;\n'.repeat(100_000)) },
  { name: '100,000 empty xlsx rows', file: () => xlsx(Array.from({ length: 100_000 }, () => ['', ' '])) },
  { name: 'CSV with broken quotes', file: () => csv(`${HEAD.join(';')}\n"Z-1;Naam;"x\n`) },
  { name: 'headings nobody knows', file: () => csv('Naam;Adres;Telefoon\nA;B;C\n', 'lijst.csv') },
];

describe('malformed import files', () => {
  it.each(cases)('$name: rejected with a message, nothing written', async (c) => {
    const db = tinyRegion();
    const before = { p: listParticipants(db).length, h: listHouseholds(db).length, k: listChildren(db).length, a: listAudit(db, { limit: 100_000 }).length };
    let message: string;
    try {
      const out = await importFile(db, testAudit(), TODAY, await c.file(), { apply: true });
      expect(out.applied).toBe(false);
      expect(out.errors.length).toBeGreaterThan(0);
      message = out.errors.map(formatRowError).join('\n');
    } catch (err) {
      expect(err).toBeInstanceOf(UnreadableFileError);
      message = (err as Error).message;
    }
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/undefined|null|\[object|Error:/);
    expect({ p: listParticipants(db).length, h: listHouseholds(db).length, k: listChildren(db).length, a: listAudit(db, { limit: 100_000 }).length }).toEqual(before);
  });

  it('the same good rows alone are imported (so the rejections above are the bad rows’ doing)', async () => {
    const db = tinyRegion();
    const out = await importFile(db, testAudit(), TODAY, await xlsx([HEAD, ...goodRows]), { apply: true });
    expect(out.errors).toEqual([]);
    expect(listParticipants(db)).toHaveLength(3);
  });
});
