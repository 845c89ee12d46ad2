// The import service on a small region and on the demo region: preview, one transaction,
// idempotent by Clientnummer, errors named, CSV as Dutch Excel writes it, export comes back.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { listAudit } from '../../../db/repositories/audit';
import { listChildren, listHouseholds, listParticipants } from '../../../db/repositories/participants';
import { participantsForExport } from '../../../db/repositories/import-keys';
import { testAudit, tinyRegion } from '../../../db/repositories/test-helpers';
import { seedDemoRegion } from '../../../db/seed/demo-region';
import { formatRowError } from '../../../shared/import/errors';
import { standardSteps } from '../../../shared/domain/standard-steps';
import { listSteps } from '../../../db/repositories/people';
import { regionWorkbook, templateWorkbook, WEEK_PLAN_COLUMNS, weekPlanWorkbook } from './export';
import { listWeekSessions } from '../../../db/repositories/sessions';
import { importFile, importSheets } from './import';
import { readImportFile, UnreadableFileError } from './read-file';

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
const people = [
  ['Z-1', 'Amina', 'Haddad', 'Gorinchem', 'statushouder', '02-11-2026', '16-11-2026', 'Arabisch', 'Engels', 'basis', 'B1', 'H1', 'Els de Vries'],
  ['Z-2', 'Omar', 'Haddad', 'gorinchem', 'Statushouder', '2026-11-02', '', 'ar', '', 'geen', '', 'H1', ''],
  ['Z-3', 'Selam', 'Tesfay', 'Gorinchem', 'gezinsmigrant', '3-11-2026', '', 'Tigrinya', '', 'goed', 'Z', '', 'Els de Vries'],
];
const kids = [
  ['Huishouden', 'Voornaam', 'Geboortedatum', 'Opvang geregeld'],
  ['H1', 'Yara', '01-09-2022', 'ma-vr 08:30-14:30'],
];

async function xlsx(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const counts = (o: { lists: { list: string; new: number; changed: number; unchanged: number; rejected: number }[] }) =>
  Object.fromEntries(o.lists.map((l) => [l.list, [l.new, l.changed, l.unchanged, l.rejected]]));

describe('importing participants and children', () => {
  it('previews, then writes all rows in one go; the same file again changes nothing', async () => {
    const db = tinyRegion();
    const file = { bytes: await xlsx({ Deelnemers: [HEAD, ...people], Kinderen: kids }), name: 'regio.xlsx' };
    const preview = await importFile(db, testAudit(), TODAY, file, { apply: false });
    expect(preview).toMatchObject({ applied: false, errors: [], unknownColumns: [], ignoredSheets: [] });
    expect(counts(preview)).toEqual({ participants: [3, 0, 0, 0], children: [1, 0, 0, 0] });
    expect(listParticipants(db)).toEqual([]);

    const done = await importFile(db, testAudit(), TODAY, file, { apply: true });
    expect(done.applied).toBe(true);
    const ps = listParticipants(db);
    expect(ps.map((p) => [p.givenName, p.gemeenteId, p.language, p.consultantId, p.migrantKind, p.koppelingDate, p.registrationDate])).toEqual(
      expect.arrayContaining([
        ['Amina', 'G1', 'ar', 'C1', 'statushouder', '2026-11-02', null],
        ['Omar', 'G1', 'ar', null, 'statushouder', '2026-11-02', null],
        ['Selam', 'G1', 'ti', 'C1', 'gezinsmigrant', null, '2026-11-03'],
      ]),
    );
    const hh = listHouseholds(db);
    expect(hh).toHaveLength(1);
    expect(hh[0].adults).toHaveLength(2);
    expect(listChildren(db).map((c) => [c.givenName, c.birthDate, c.householdId])).toEqual([['Yara', '2022-09-01', hh[0].id]]);

    // A new participant gets the standard steps, ranked in order, as the form gives them.
    const amina = ps.find((p) => p.givenName === 'Amina')!;
    const expected = standardSteps({
      migrantKind: 'statushouder',
      koppelingDate: '2026-11-02',
      registrationDate: null,
      housingDate: '2026-11-16',
      today: TODAY,
      schoolIds: ['S1'],
    });
    expect(listSteps(db, amina.id).map((x) => ({ kind: x.kind, schoolId: x.schoolId, earliestDate: x.earliestDate, dueDate: x.dueDate, rank: x.rank, status: x.status }))).toEqual(
      expected.map((x, rank) => ({ ...x, rank, status: 'open' })),
    );
    expect(listAudit(db, { entity: 'demand', limit: 10_000 }).filter((a) => (a.details as { participantId: string }).participantId === amina.id)).toHaveLength(expected.length);

    const audit = listAudit(db, { limit: 10_000 }).length;
    const again = await importFile(db, testAudit(), TODAY, file, { apply: true });
    expect(counts(again)).toEqual({ participants: [0, 0, 3, 0], children: [0, 0, 1, 0] });
    expect(listAudit(db, { limit: 10_000 }).length).toBe(audit);
    expect(listParticipants(db)).toHaveLength(3);

    const changedFile = { bytes: await xlsx({ Deelnemers: [HEAD, people[0], people[1], [...people[2].slice(0, 9), 'basis', ...people[2].slice(10)]] }), name: 'x.xlsx' };
    const changed = await importFile(db, testAudit(), TODAY, changedFile, { apply: true });
    expect(counts(changed)).toEqual({ participants: [0, 1, 2, 0] });
    expect(listParticipants(db).find((p) => p.givenName === 'Selam')!.digitalSkill).toBe('basic');
  });

  it('a file with errors in three rows writes nothing and names the three rows', async () => {
    const db = tinyRegion();
    const bad = [
      people[0],
      ['Z-2', 'Omar', 'Haddad', 'Gorinchem', 'statushouder', '02-11-2026', '31-02-2026', 'ar', '', 'geen', '', 'H1', ''],
      ['Z-3', 'Selam', 'Tesfay', 'Utrecht', 'gezinsmigrant', '3-11-2026', '', 'Tigrinya', '', 'goed', 'Z', '', ''],
      ['Z-1', 'Dubbel', '', 'Gorinchem', 'statushouder', '02-11-2026', '', 'ar', '', 'geen', '', '', ''],
    ];
    const audit = listAudit(db, { limit: 10_000 }).length;
    const out = await importFile(db, testAudit(), TODAY, { bytes: await xlsx({ Deelnemers: [HEAD, ...bad] }), name: 'f.xlsx' }, { apply: true });
    expect(out.applied).toBe(false);
    expect(counts(out)).toEqual({ participants: [1, 0, 0, 3] });
    expect(out.errors.map(formatRowError)).toEqual([
      'Deelnemers rij 3, Datum huisvesting "31-02-2026": geen bestaande datum',
      'Deelnemers rij 4, Gemeente "Utrecht": onbekende gemeente in deze regio',
      'Deelnemers rij 5, Clientnummer "Z-1": staat ook op rij 2',
    ]);
    expect(listParticipants(db)).toEqual([]);
    expect(listAudit(db, { limit: 10_000 }).length).toBe(audit);
  });

  it('reads CSV as Dutch Excel writes it (; and Windows-1252) and with , and a BOM', async () => {
    const db = tinyRegion();
    const line = (r: string[], sep: string) => r.join(sep);
    const semi = [HEAD, ['Z-9', 'Zoë', 'Müller', 'Gorinchem', 'statushouder', '02-11-2026', '', 'Oekraïens', '', 'goed', '', '', '']].map((r) => line(r, ';')).join('\r\n');
    const cp1252 = Uint8Array.from([...semi].map((ch) => ({ ë: 0xeb, ü: 0xfc, ï: 0xef })[ch] ?? ch.charCodeAt(0)));
    const sheets = await readImportFile(cp1252, 'clienten.csv');
    expect(sheets[0].rows[1].slice(0, 3)).toEqual(['Z-9', 'Zoë', 'Müller']);
    const comma = new TextEncoder().encode(
      `\uFEFF${[
        [...HEAD, 'Opmerking'],
        [...people[0], 'x'],
      ]
        .map((r) => line(r, ','))
        .join('\n')}\n\n`,
    );
    const out = await importFile(db, testAudit(), TODAY, { bytes: comma, name: 'export.csv' }, { apply: true });
    expect(out).toMatchObject({ applied: true, errors: [], unknownColumns: [{ sheet: 'Deelnemers', columns: ['Opmerking'] }] });
    expect(listParticipants(db).map((p) => p.givenName)).toEqual(['Amina']);
    const kidsCsv = new TextEncoder().encode(kids.map((r) => line(r, ';')).join('\n'));
    const k = await importFile(db, testAudit(), TODAY, { bytes: kidsCsv, name: 'kinderen.csv' }, { apply: true });
    expect(counts(k)).toEqual({ children: [1, 0, 0, 0] });
  });

  it('refuses what is not a spreadsheet with a message, and an empty or unrecognised file names why', async () => {
    const db = tinyRegion();
    await expect(readImportFile(Uint8Array.from([0, 1, 2, 255, 0, 7]), 'x.csv')).rejects.toThrow(UnreadableFileError);
    await expect(readImportFile(new TextEncoder().encode('PK\u0003\u0004rommel'), 'x.xlsx')).rejects.toThrow('geen leesbaar Excel-bestand');
    await expect(readImportFile(new Uint8Array(), 'x.csv')).rejects.toThrow('is leeg');
    const empty = importSheets(db, testAudit(), TODAY, [{ name: 'leeg', rows: Array.from({ length: 100_000 }, () => []) }], { apply: true });
    expect(empty.errors.map(formatRowError)).toEqual(['leeg: het bestand is leeg']);
    const other = importSheets(
      db,
      testAudit(),
      TODAY,
      [
        {
          name: 'Blad1',
          rows: [
            ['Naam', 'Adres'],
            ['a', 'b'],
          ],
        },
      ],
      { apply: true },
    );
    expect(other.applied).toBe(false);
    expect(other.errors[0].msg.code).toBe('import.noList');
    expect(formatRowError(other.errors[0])).toMatch(/^Blad1: geen lijst herkend/);
  });
});

describe('export', () => {
  it('the demo region’s export comes back unchanged, and into a region without people as the same people', async () => {
    const db = openDatabase(':memory:');
    seedDemoRegion(db, { seed: 2021, anchorWeekStart: '2026-11-23' });
    // The demo's gezinsmigranten carry their registration date (their PIP term runs from it),
    // which the form and so the import require.
    const undated = listParticipants(db).filter((p) => p.migrantKind === 'gezinsmigrant' && !p.registrationDate && !p.koppelingDate);
    expect(undated).toEqual([]);
    const bytes = new Uint8Array(await regionWorkbook(db).xlsx.writeBuffer());
    const back = await importFile(db, testAudit(), TODAY, { bytes, name: 'export.xlsx' }, { apply: false });
    expect(back.errors.map(formatRowError)).toEqual([]);
    const n = participantsForExport(db).length;
    expect(n).toBeGreaterThan(50);
    expect(counts(back).participants).toEqual([0, 0, n, 0]);
    expect(counts(back).children[0] + counts(back).children[1]).toBe(0);

    // The same resources without people: the import brings the people, and exports the same again.
    const fresh = openDatabase(':memory:');
    seedDemoRegion(fresh, { seed: 2021, anchorWeekStart: '2026-11-23', participants: 0 });
    expect(listParticipants(fresh)).toEqual([]);
    const into = await importFile(fresh, testAudit(), TODAY, { bytes, name: 'export.xlsx' }, { apply: true });
    expect(into.errors).toEqual([]);
    expect(counts(into).participants).toEqual([n, 0, 0, 0]);
    const strip = (rows: ReturnType<typeof participantsForExport>) =>
      rows.map(({ id: _id, householdCode, koppelingDate, registrationDate, ...r }) => ({ ...r, first: registrationDate ?? koppelingDate, hasHousehold: householdCode !== null }));
    expect(strip(participantsForExport(fresh))).toEqual(strip(participantsForExport(db)));
    const again = await readImportFile(new Uint8Array(await regionWorkbook(fresh).xlsx.writeBuffer()), 'e.xlsx');
    const first = await readImportFile(bytes, 'e.xlsx');
    const sheetText = (s: typeof first, name: string, drop: number) =>
      s
        .find((x) => x.name === name)!
        .rows.map((r) => r.filter((_, k) => k !== drop).join('|'))
        .sort();
    expect(sheetText(again, 'Deelnemers', 11)).toEqual(sheetText(first, 'Deelnemers', 11));
    expect(sheetText(again, 'Kinderen', 0)).toEqual(sheetText(first, 'Kinderen', 0));
  });

  it('a template has the headings, an explanation sheet and drop-downs, and imports as empty', async () => {
    const wb = templateWorkbook(['participants', 'children']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Deelnemers', 'Kinderen', 'Uitleg', 'Keuzelijsten']);
    // The headings, and the participant's Woonplaats (optional) after them.
    expect(wb.getWorksheet('Deelnemers')!.getRow(1).values).toEqual([undefined, ...HEAD, 'Woonplaats']);
    expect(wb.getWorksheet('Deelnemers')!.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['Keuzelijsten!$A$2:$A$3'] });
    const sheets = await readImportFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'sjabloon.xlsx');
    const out = importSheets(tinyRegion(), testAudit(), TODAY, sheets, { apply: true });
    expect(out).toMatchObject({ applied: true, errors: [], ignoredSheets: [] });
    expect(counts(out)).toEqual({ participants: [0, 0, 0, 0], children: [0, 0, 0, 0] });
  });

  it('the week’s plan: a sheet per working day with every session of that day', async () => {
    const db = openDatabase(':memory:');
    seedDemoRegion(db, { seed: 2021, anchorWeekStart: '2026-11-23' });
    const sessions = listWeekSessions(db, '2026-11-23');
    expect(sessions.length).toBeGreaterThan(0);
    const sheets = await readImportFile(new Uint8Array(await weekPlanWorkbook(db, '2026-11-23').xlsx.writeBuffer()), 'week.xlsx');
    expect(sheets.slice(0, 5).map((x) => x.name)).toEqual(['ma 23-11', 'di 24-11', 'wo 25-11', 'do 26-11', 'vr 27-11']);
    for (const sheet of sheets) expect(sheet.rows[0]).toEqual([...WEEK_PLAN_COLUMNS]);
    const first = sessions[0];
    const day = sheets.find((x) => x.name.endsWith(`${first.start.slice(8, 10)}-${first.start.slice(5, 7)}`))!;
    expect(day.rows).toContainEqual([
      `${first.start.slice(11, 16)}-${first.end.slice(11, 16)}`,
      first.kind === 'toets' ? 'leerbaarheidstoets' : 'groepsvoorlichting',
      first.status === 'accepted' ? 'vast' : 'voorstel',
      ...(first.language ? [expect.any(String)] : ['']),
      first.room.name,
      first.room.locationName,
      first.consultant.name,
      first.interpreter?.name ?? '',
      first.participants.map((p) => p.name).join(', '),
    ]);
    const rows = sheets.reduce((n, x) => n + x.rows.filter((r) => /^\d\d:\d\d-/.test(String(r[0]))).length, 0);
    expect(rows).toBe(sessions.length);
  });
});
