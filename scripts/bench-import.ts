// npm run bench:import [-- <participants>]: imports a generated workbook of participants (default
// 5,000) with households and children into a demo region without people, in a database file, and
// prints the time of reading, preview and import and the peak memory (issue 11: under 10 s and
// 500 MB on a 2-core machine). Prints; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '../db/connection';
import { listConsultants, listGemeenten } from '../db/repositories/region';
import { seedDemoRegion } from '../db/seed/demo-region';
import { importSheets } from '../electron/services/data/import';
import { readImportFile } from '../electron/services/data/read-file';
import { LANGUAGES } from '../shared/domain/languages';
import { mulberry32 } from '../shared/domain/rng';

const n = Number(process.argv[2] ?? 5000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-bench-import-'));
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
// Wall time and the process's own CPU time: on a shared, busy machine the second tells more.
const time = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = await fn();
  const cpu = process.cpuUsage(c);
  console.log(`${label.padEnd(40)} ${((performance.now() - t) / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`);
  return r;
};

try {
  const db = openDatabase(path.join(dir, 'keten-planner.sqlite'));
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: '2026-11-23', participants: 0 });
  const gemeenten = listGemeenten(db).map((g) => g.name);
  const consultants = listConsultants(db).map((c) => c.name);
  const rng = mulberry32(5);
  const people: unknown[][] = [
    [
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
    ],
  ];
  const kids: unknown[][] = [['Huishouden', 'Voornaam', 'Geboortedatum', 'Opvang geregeld']];
  let household = 0;
  for (let i = 0; i < n;) {
    const code = `HH-${++household}`;
    const adults = Math.min(n - i, rng.int(1, 2));
    const gemeente = rng.pick(gemeenten);
    for (let a = 0; a < adults; a++, i++) {
      people.push([
        `C-${100000 + i}`,
        `Voornaam${i}`,
        `Familie${household}`,
        gemeente,
        'statushouder',
        `${String(rng.int(1, 28)).padStart(2, '0')}-${String(rng.int(1, 11)).padStart(2, '0')}-2026`,
        '',
        rng.pick(LANGUAGES).nl,
        '',
        rng.pick(['geen', 'basis', 'goed']),
        rng.pick(['', 'B1', 'Z', 'Alfa']),
        code,
        rng.pick(consultants),
      ]);
    }
    for (let k = rng.int(0, 2); k > 0; k--)
      kids.push([code, `Kind${household}-${k}`, `0${rng.int(1, 9)}-0${rng.int(1, 9)}-20${rng.int(10, 24)}`, rng.chance(0.5) ? 'ma-vr 08:30-14:30' : '']);
  }
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Deelnemers').addRows(people);
  wb.addWorksheet('Kinderen').addRows(kids);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  console.log(`${n} deelnemers in ${household} huishoudens, ${kids.length - 1} kinderen; bestand ${mb(bytes.length)}`);
  const audit = { actor: 'bench', purpose: 'bench', now: () => '2026-11-25T09:00:00' };
  const t0 = performance.now();
  const sheets = await time('lezen (exceljs)', () => readImportFile(bytes, 'bench.xlsx'));
  const preview = await time('voorbeeld (controle, niets geschreven)', () => importSheets(db, audit, '2026-11-25', sheets, { apply: false }));
  const done = await time('import (één transactie)', () => importSheets(db, audit, '2026-11-25', sheets, { apply: true }));
  console.log(`${'totaal lezen + voorbeeld + import'.padEnd(40)} ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const again = await time('zelfde bestand nog eens', () => importSheets(db, audit, '2026-11-25', sheets, { apply: true }));
  for (const o of [preview, done, again])
    console.log(
      o.lists.map((l) => `${l.sheet}: ${l.new} nieuw, ${l.changed} gewijzigd, ${l.unchanged} ongewijzigd, ${l.rejected} afgewezen`).join('; '),
      `fouten: ${o.errors.length}`,
    );
  db.close();
} finally {
  clearInterval(sample);
  console.log(`piekgeheugen (rss) ${mb(Math.max(peak, process.memoryUsage().rss))}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
