// npm run data as a process: exit codes and what it prints, the database unchanged after a
// rejected file, backup and restore, the SPEC instance of a stored week.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { listGemeenten } from '../db/repositories/region';
import { seedDemoRegion } from '../db/seed/demo-region';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let dir = '';
let data = '';

function run(...args: string[]) {
  const r = spawnSync(tsx, ['scripts/data.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

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

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-data-cli-'));
  data = path.join(dir, 'regio');
  fs.mkdirSync(data);
  const db = openDatabase(path.join(data, 'keten-planner.sqlite'));
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: '2026-11-23' });
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run data', { timeout: 180_000 }, () => {
  it('a file with three bad rows: exit 1, the three rows named, the database unchanged; the export comes back with nothing new or changed', async () => {
    const instance = path.join(dir, 'voor.json');
    expect(run('instance', '--week', '2026-W48', '--data-dir', data, '-o', instance).code).toBe(0);
    const week = JSON.parse(fs.readFileSync(instance, 'utf8')) as { weekStart?: string; demands?: unknown[] };
    expect(JSON.stringify(week)).toContain('2026-11-23');

    const db = openDatabase(path.join(data, 'keten-planner.sqlite'));
    const gemeente = listGemeenten(db)[0].name;
    db.close();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Deelnemers').addRows([
      HEAD,
      ['N-1', 'Goed', '', gemeente, 'statushouder', '02-11-2026', '', 'Arabisch', '', 'basis', '', '', ''],
      ['N-2', 'Fout', '', gemeente, 'statushouder', '02-11-2026', '31-02-2026', 'Arabisch', '', 'basis', '', '', ''],
      ['N-3', 'Fout', '', 'Atlantis', 'statushouder', '02-11-2026', '', 'Arabisch', '', 'basis', '', '', ''],
      ['N-4', 'Fout', '', gemeente, 'statushouder', '02-11-2026', '', 'Arabisch', '', 'heel veel', '', '', ''],
    ]);
    const bad = path.join(dir, 'fout.xlsx');
    await wb.xlsx.writeFile(bad);
    const r = run('import', bad, '--data-dir', data);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter((l) => l.startsWith('Deelnemers rij'))).toEqual([
      'Deelnemers rij 3, Datum huisvesting "31-02-2026": geen bestaande datum',
      'Deelnemers rij 4, Gemeente "Atlantis": onbekende gemeente in deze regio',
      'Deelnemers rij 5, Digitale vaardigheid "heel veel": kies geen, basis of goed',
    ]);
    expect(r.out).toContain('Deelnemers: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 3 afgewezen');
    const after = path.join(dir, 'na.json');
    expect(run('instance', '--week', '2026-W48', '--data-dir', data, '-o', after).code).toBe(0);
    expect(fs.readFileSync(after, 'utf8')).toBe(fs.readFileSync(instance, 'utf8'));

    const exported = path.join(dir, 'regio.xlsx');
    expect(run('export', exported, '--data-dir', data).code).toBe(0);
    const dry = run('import', exported, '--data-dir', data, '--dry-run');
    // Nothing new, changed or rejected: the export is the import's own format.
    expect(dry.out).toMatch(/Deelnemers: 0 nieuw, 0 gewijzigd, \d+ ongewijzigd, 0 afgewezen/);
    expect(dry.out).toMatch(/Kinderen: 0 nieuw, 0 gewijzigd, \d+ ongewijzigd, 0 afgewezen/);
    expect(dry.err.split('\n').filter((l) => l.includes(' rij '))).toEqual([]);
    expect(dry.code).toBe(0);

    // The same workbook (every list on its own sheet) into a new folder: a region from files.
    const start = path.join(dir, 'uit-bestanden');
    const into = run('import', exported, '--data-dir', start);
    expect(into.err.split('\n').filter((l) => l.includes(' rij '))).toEqual([]);
    expect(into.code).toBe(0);
    for (const sheet of ['Locaties', 'Reistijden', 'Zalen', 'Consulenten', 'Tolken', 'Taalscholen', 'Klassen', 'Startklas', 'Kinderopvang', 'Deelnemers', 'Kinderen'])
      expect(into.out).toMatch(new RegExp(`^${sheet}: [1-9]\\d* nieuw, 0 gewijzigd, 0 ongewijzigd, 0 afgewezen$`, 'm'));
    const started = path.join(dir, 'gestart.json');
    expect(run('instance', '--week', '2026-W48', '--data-dir', start, '-o', started).code).toBe(0);
    const sizes = (file: string) => {
      const i = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      return Object.fromEntries(
        ['locations', 'travelMinutes', 'rooms', 'consultants', 'interpreters', 'classes', 'startklasIntakes', 'childcare', 'participants', 'households'].map((k) => [
          k,
          (i[k] as unknown[]).length,
        ]),
      );
    };
    expect(sizes(started)).toEqual(sizes(instance));
  });

  it('an unreadable file exits 2; backup and restore; a new folder starts an empty region', () => {
    const garbage = path.join(dir, 'rommel.xlsx');
    fs.writeFileSync(garbage, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 9, 9, 9]));
    const g = run('import', garbage, '--data-dir', data);
    expect(g.code).toBe(2);
    expect(g.err).toContain('geen leesbaar Excel-bestand');

    const copy = path.join(dir, 'kopie.sqlite');
    expect(run('backup', copy, '--data-dir', data)).toMatchObject({ code: 0, out: expect.stringContaining('Back-up gemaakt') });
    const back = run('restore', copy, '--data-dir', data);
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/De vorige database staat in .*voor-herstel-/);
    const refused = run('restore', garbage, '--data-dir', data);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('geen leesbare Keten Planner-database');

    const csv = path.join(dir, 'deelnemers.csv');
    fs.writeFileSync(csv, `${HEAD.join(';')}\nN-1;Ali;;Gorinchem;statushouder;02-11-2026;;ar;;geen;;;\n`);
    const fresh = run('import', csv, '--data-dir', path.join(dir, 'nieuw'));
    expect(fresh.code).toBe(1);
    expect(fresh.err).toContain('Deelnemers rij 2, Gemeente "Gorinchem": onbekende gemeente in deze regio');
  });
});
