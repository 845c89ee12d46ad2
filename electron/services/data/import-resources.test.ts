// The resource lists in and out (issue 11): the demo region exported and imported into an
// empty region gives the same SPEC instance of a demo week (ids mapped to names); the same file
// twice changes nothing; references by name; malformed files rejected with sheet, row and
// column, nothing written; a multi-sheet workbook in dependency order, one transaction.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../db/connection';
import { listAudit } from '../../../db/repositories/audit';
import { createRegion, listLocations } from '../../../db/repositories/region';
import { householdsByCode, participantsByClientNumber } from '../../../db/repositories/import-keys';
import { listClassItems, listSchoolItems } from '../../../db/repositories/manage-schools';
import { listRoomItems } from '../../../db/repositories/manage-places';
import { listConsultantItems } from '../../../db/repositories/manage-staff';
import { testAudit } from '../../../db/repositories/test-helpers';
import { seedDemoRegion } from '../../../db/seed/demo-region';
import { buildInstance } from '../../../db/instance/instance-from-db';
import type { Instance } from '../../../shared/planner/spec';
import { formatRowError } from '../../../shared/import/errors';
import { RESOURCE_LISTS, TEMPLATES } from '../../../shared/import/templates';
import { regionWorkbook, templateWorkbook } from './export';
import { importFile } from './import';
import { readImportFile } from './read-file';

const TODAY = '2026-11-25';
const WEEK = '2026-11-23';

async function xlsx(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const counts = (o: { lists: { list: string; new: number; changed: number; unchanged: number; rejected: number }[] }) =>
  Object.fromEntries(o.lists.map((l) => [l.list, [l.new, l.changed, l.unchanged, l.rejected]]));

function emptyRegion(): Db {
  const db = openDatabase(':memory:');
  createRegion(db, 'Lege regio');
  return db;
}

/** The week's instance with every id replaced by what the files name it by; demands and busy times left out (not in the templates). */
function canonical(db: Db, i: Instance) {
  const loc = new Map(listLocations(db).map((l) => [l.id, l.name]));
  const school = new Map(listSchoolItems(db, WEEK).map((s) => [s.id, s.name]));
  const klass = new Map(listClassItems(db, WEEK).map((c) => [c.id, `${c.schoolName}/${c.name}`]));
  const room = new Map(listRoomItems(db, WEEK).map((r) => [r.id, `${r.locationName}/${r.name}`]));
  const person = new Map([...participantsByClientNumber(db)].map(([k, id]) => [id, k]));
  const household = new Map([...householdsByCode(db)].map(([k, id]) => [id, k]));
  const consultant = new Map(listConsultantItems(db, WEEK).map((c) => [c.id, c.name]));
  const L = (id: string) => loc.get(id) ?? `?${id}`;
  const sortBy = <T>(xs: T[], k: (x: T) => string) => [...xs].sort((a, b) => k(a).localeCompare(k(b)));
  return {
    week: i.week,
    grid: i.grid,
    weights: i.weights,
    activity: i.activity,
    locations: sortBy(
      i.locations.map((l) => ({ ...l, id: L(l.id) })),
      (l) => l.id,
    ),
    travel: sortBy(
      i.travelMinutes.map((t) => ({ pair: [L(t.from), L(t.to)].sort().join(' - '), minutes: t.minutes })),
      (t) => t.pair,
    ),
    rooms: sortBy(
      i.rooms.map((r) => ({ ...r, id: room.get(r.id), locationId: L(r.locationId) })),
      (r) => r.id ?? '',
    ),
    consultants: sortBy(
      i.consultants.map((c) => ({ ...c, id: consultant.get(c.id) })),
      (c) => c.name,
    ),
    interpreters: sortBy(
      i.interpreters.map(({ id: _id, ...t }) => t),
      (t) => JSON.stringify(t),
    ),
    classes: sortBy(
      i.classes.map((c) => ({ ...c, id: klass.get(c.id), schoolId: school.get(c.schoolId), locationId: L(c.locationId) })),
      (c) => c.id ?? '',
    ),
    startklas: sortBy(
      i.startklasIntakes.map(({ id: _id, ...s }) => ({ ...s, locationId: L(s.locationId) })),
      (s) => JSON.stringify(s),
    ),
    childcare: sortBy(
      i.childcare.map(({ id: _id, ...c }) => ({ ...c, locationId: L(c.locationId) })),
      (c) => JSON.stringify(c),
    ),
    participants: sortBy(
      i.participants.map(({ busy: _b, ...p }) => ({ ...p, id: person.get(p.id), householdId: p.householdId && household.get(p.householdId), homeLocationId: L(p.homeLocationId) })),
      (p) => p.id ?? '',
    ),
    children: sortBy(
      i.households.flatMap((h) => h.children.map(({ id: _id, ...c }) => ({ ...c, household: household.get(h.id) }))),
      (c) => JSON.stringify(c),
    ),
  };
}

describe('the resource lists in and out', () => {
  it('export the demo region, import it into an empty region: the same week instance; importing again changes nothing', async () => {
    const demo = openDatabase(':memory:');
    seedDemoRegion(demo, { seed: 2021, anchorWeekStart: WEEK });
    const bytes = new Uint8Array(await regionWorkbook(demo).xlsx.writeBuffer());
    const sheets = await readImportFile(bytes, 'regio.xlsx');
    expect(sheets.map((s) => s.name)).toEqual([...RESOURCE_LISTS.map((l) => TEMPLATES[l].sheet), 'Deelnemers', 'Kinderen']);
    for (const s of sheets) {
      const list = Object.values(TEMPLATES).find((t) => t.sheet === s.name)!;
      expect(s.rows[0]).toEqual(list.columns.map((c) => c.heading));
    }

    const fresh = emptyRegion();
    const preview = await importFile(fresh, testAudit(), TODAY, { bytes, name: 'regio.xlsx' }, { apply: false });
    expect(preview.errors.map(formatRowError)).toEqual([]);
    expect(listLocations(fresh)).toEqual([]);
    const done = await importFile(fresh, testAudit(), TODAY, { bytes, name: 'regio.xlsx' }, { apply: true });
    expect(done.errors.map(formatRowError)).toEqual([]);
    expect(done.applied).toBe(true);
    expect(counts(done)).toEqual(counts(preview));
    for (const l of done.lists) expect([l.list, l.changed, l.unchanged, l.rejected]).toEqual([l.list, 0, 0, 0]);
    expect(done.lists.find((l) => l.list === 'rooms')!.new).toBe(listRoomItems(demo, WEEK).length);

    expect(canonical(fresh, buildInstance(fresh, WEEK))).toEqual(canonical(demo, buildInstance(demo, WEEK)));

    // Again: every row unchanged, no audit row written; and the demo's own export into the demo changes nothing.
    const audit = listAudit(fresh, { limit: 100_000 }).length;
    const again = await importFile(fresh, testAudit(), TODAY, { bytes, name: 'regio.xlsx' }, { apply: true });
    expect(again.errors).toEqual([]);
    for (const l of again.lists) expect([l.list, l.new, l.changed, l.rejected]).toEqual([l.list, 0, 0, 0]);
    expect(listAudit(fresh, { limit: 100_000 }).length).toBe(audit);
    const self = await importFile(demo, testAudit(), TODAY, { bytes, name: 'regio.xlsx' }, { apply: false });
    for (const l of self.lists) expect([l.list, l.new, l.changed, l.rejected]).toEqual([l.list, 0, 0, 0]);
  });

  it('imports a workbook of several lists in dependency order whatever the sheet order, references by name', async () => {
    const db = emptyRegion();
    const file = await xlsx({
      // Sheets out of order on purpose: the import sorts them.
      Zalen: [
        ['Locatie', 'Naam', 'Capaciteit', 'Soorten sessies', 'Openingstijden', 'Uitzonderingen'],
        ['Gemeentehuis', 'Zaal 1', 12, 'groepsvoorlichting, toets', 'ma-vr 08:30-17:00', '24-12-2026 dicht (Kerst); 03-12-2026 13:00-17:00 dicht'],
      ],
      Locaties: [
        ['Naam', 'Gemeente', 'Soort', 'Adres'],
        ['Gemeentehuis', 'Gorinchem', 'gemeentehuis', 'Raadhuisstraat 1'],
        ['Taalhuis', 'gorinchem', 'Taalschool', ''],
      ],
      Reistijden: [
        ['Van', 'Naar', 'Minuten'],
        ['Gemeentehuis', 'Taalhuis', 12],
      ],
      Consulenten: [
        ['Naam', 'Talen', 'Gecertificeerd voor de toets', 'Gemeente', 'Uren per week', 'Werktijden'],
        ['Els de Vries', 'Nederlands, Arabisch', 'ja', 'Gorinchem', '32,5', 'ma-do 09:00-17:00 vanaf 01-12-2026'],
      ],
      Tolken: [
        ['Naam', 'Talen', 'Kosten per uur', 'Werkwijze', 'Beschikbaarheid'],
        ['Tolk Tigrinya', 'ti', '55', 'telefonisch', 'di 09:00-12:00'],
      ],
      Taalscholen: [
        ['Naam', 'Locatie'],
        ['Taalschool Rivierland', 'Taalhuis'],
      ],
      Klassen: [
        ['Taalschool', 'Naam', 'Locatie', 'Route', 'Capaciteit', 'Proefplekken per les', 'Lestijden', 'Eerste lesdag'],
        ['Taalschool Rivierland', 'B1 ochtend', 'Taalhuis', 'B1', 14, 2, 'ma, wo 09:00-12:00', '01-09-2026'],
      ],
      Startklas: [
        ['Locatie', 'Dag', 'Begintijd', 'Eindtijd', 'Plaatsen'],
        ['Taalhuis', 'dinsdag', '10:00', '11:30', 6],
      ],
      Kinderopvang: [
        ['Naam', 'Locatie', 'Soort', 'Leeftijd vanaf (maanden)', 'Leeftijd tot en met (maanden)', 'Dagdelen'],
        ['De Boomhut', 'Taalhuis', 'kinderopvang', 3, 48, 'ma-vr 08:30-12:30 4 plaatsen; wo 13:00-17:00 2'],
      ],
    });
    const out = await importFile(db, testAudit(), TODAY, { bytes: file, name: 'regio.xlsx' }, { apply: true });
    expect(out.errors.map(formatRowError)).toEqual([]);
    expect(out.lists.map((l) => l.list)).toEqual(RESOURCE_LISTS);
    expect(counts(out)).toEqual(Object.fromEntries(RESOURCE_LISTS.map((l) => [l, [l === 'locations' ? 2 : 1, 0, 0, 0]])));
    const i = buildInstance(db, '2026-11-30');
    expect(i.locations.map((l) => [l.name, l.gemeente]).sort()).toEqual([
      ['Gemeentehuis', 'Gorinchem'],
      ['Taalhuis', 'Gorinchem'],
    ]);
    expect(i.travelMinutes.map((t) => t.minutes)).toEqual([12]);
    expect(i.rooms[0]).toMatchObject({ name: 'Zaal 1', kinds: ['groupInfo', 'toets'], capacity: 12, laptopsTouch: 0 });
    // Thursday 3 December closed from 13:00.
    expect(i.rooms[0].available.filter((a) => a.start.startsWith('2026-12-03'))).toEqual([{ start: '2026-12-03T08:30', end: '2026-12-03T13:00' }]);
    expect(i.consultants[0]).toMatchObject({ name: 'Els de Vries', languages: ['nl', 'ar'], toetsCertified: true });
    expect(i.consultants[0].available.map((a) => a.start.slice(0, 10))).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(listConsultantItems(db, WEEK)[0]).toMatchObject({ hoursPerWeek: 32.5, gemeente: 'Gorinchem' });
    expect(i.interpreters[0]).toMatchObject({ languages: ['ti'], costPerHour: 55 });
    expect(i.classes[0]).toMatchObject({ route: 'B1', trialSeats: 2 });
    expect(i.classes[0].sessions).toHaveLength(2);
    expect(i.startklasIntakes.map((s) => [s.start, s.end, s.seats])).toEqual([['2026-12-01T10:00', '2026-12-01T11:30', 6]]);
    expect(i.childcare[0].slots).toHaveLength(6);
    expect(i.childcare[0].slots.find((s) => s.start === '2026-12-02T13:00')).toMatchObject({ free: 2 });

    // A changed row is counted as changed; the others as unchanged.
    const changed = await importFile(
      db,
      testAudit(),
      TODAY,
      {
        bytes: await xlsx({
          Reistijden: [
            ['Van', 'Naar', 'Minuten'],
            ['Taalhuis', 'Gemeentehuis', 15],
          ],
          Locaties: [
            ['Naam', 'Gemeente', 'Soort', 'Adres'],
            ['Gemeentehuis', 'Gorinchem', 'gemeentehuis', 'Raadhuisstraat 1'],
            ['Taalhuis', 'Gorinchem', 'taalschool', 'Haven 2'],
          ],
        }),
        name: 'x.xlsx',
      },
      { apply: true },
    );
    expect(counts(changed)).toEqual({ locations: [0, 1, 1, 0], travelTimes: [0, 1, 0, 0] });
  });

  it('rejects malformed resource rows with sheet, row and column, and writes nothing', async () => {
    const db = emptyRegion();
    const audit = listAudit(db, { limit: 10_000 }).length;
    const file = await xlsx({
      Locaties: [
        ['Naam', 'Gemeente', 'Soort'],
        ['Gemeentehuis', 'Gorinchem', 'gemeentehuis'],
        ['Gemeentehuis', 'Gorinchem', 'gemeentehuis'],
        ['Kasteel', 'Gorinchem', 'burcht'],
      ],
      Zalen: [
        ['Locatie', 'Naam', 'Capaciteit', 'Soorten sessies', 'Openingstijden'],
        ['Nergens', 'Zaal 1', 12, 'toets', ''],
        ['Gemeentehuis', 'Zaal 2', 'veel', 'toets', 'elke dag'],
        ['Gemeentehuis', 'Zaal 3', 900, 'toets', ''],
      ],
      Consulenten: [
        ['Naam', 'Talen', 'Gemeente'],
        ['Els', '', 'Utrecht'],
      ],
      Klassen: [['Taalschool', 'Naam', 'Locatie', 'Route', 'Capaciteit', 'Lestijden']],
    });
    const out = await importFile(db, testAudit(), TODAY, { bytes: file, name: 'fout.xlsx' }, { apply: true });
    expect(out.applied).toBe(false);
    expect(out.errors.map(formatRowError)).toEqual([
      'Locaties rij 3, Naam "Gemeentehuis": dezelfde locatie staat ook op rij 2',
      'Locaties rij 4, Soort "burcht": kies gemeentehuis, taalschool, startklas, kinderopvang, woonkern, overig',
      'Zalen rij 2, Locatie "Nergens": onbekende locatie in deze regio (zet hem op het blad Locaties)',
      'Zalen rij 3, Capaciteit "veel": geen heel getal',
      expect.stringMatching(/^Zalen rij 3, Openingstijden "elke dag": schrijf dagen en tijden als/),
      'Zalen rij 4, Capaciteit "900": Capaciteit (personen) mag hoogstens 500 zijn.',
      'Consulenten rij 2, Talen: verplicht',
      'Consulenten rij 2, Gemeente "Utrecht": onbekende gemeente in deze regio',
      'Klassen rij 1, Proefplekken per les: deze kolom ontbreekt',
    ]);
    expect(counts(out)).toMatchObject({ locations: [1, 0, 0, 2], rooms: [0, 0, 0, 3], consultants: [0, 0, 0, 1] });
    expect(listLocations(db)).toEqual([]);
    expect(listAudit(db, { limit: 10_000 }).length).toBe(audit);
  });

  it('a row the Beheer form would refuse is refused the same way (a consultant with clients taken out of service)', async () => {
    const demo = openDatabase(':memory:');
    seedDemoRegion(demo, { seed: 2021, anchorWeekStart: WEEK });
    const busy = listConsultantItems(demo, WEEK).find((c) => c.clients > 0 && c.active)!;
    const sheets = await readImportFile(new Uint8Array(await regionWorkbook(demo).xlsx.writeBuffer()), 'regio.xlsx');
    const staff = sheets.find((s) => s.name === 'Consulenten')!;
    const col = (h: string) => staff.rows[0].indexOf(h);
    const row = staff.rows.findIndex((r) => r[col('Naam')] === busy.name);
    staff.rows[row][col('In dienst')] = 'nee';
    const out = await importFile(demo, testAudit(), TODAY, { bytes: await xlsx({ Consulenten: staff.rows }), name: 'consulenten.xlsx' }, { apply: true });
    expect(out.applied).toBe(false);
    expect(out.errors.map(formatRowError)).toEqual([expect.stringMatching(new RegExp(`^Consulenten rij ${row + 1}, In dienst: ${busy.name} heeft nog \\d+ cliënt`))]);
    expect(counts(out).consultants[3]).toBe(1);
    expect(listConsultantItems(demo, WEEK).find((c) => c.id === busy.id)!.active).toBe(true);
  });

  it('offers a template per list, recognised again by its sheet name', async () => {
    for (const list of RESOURCE_LISTS) {
      const wb = templateWorkbook([list]);
      expect(wb.worksheets.map((w) => w.name)).toEqual([TEMPLATES[list].sheet, 'Uitleg', ...(TEMPLATES[list].columns.some((c) => c.values) ? ['Keuzelijsten'] : ['Keuzelijsten'])]);
      expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, ...TEMPLATES[list].columns.map((c) => c.heading)]);
      const out = await importFile(emptyRegion(), testAudit(), TODAY, { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name: 'sjabloon.xlsx' }, { apply: true });
      expect(out.errors).toEqual([]);
      expect(out.lists.map((l) => l.list)).toEqual([list]);
    }
  });

  it('a generator of malformed resource files: every column of every list with a value it cannot hold, and each required column missing', async () => {
    const demo = openDatabase(':memory:');
    seedDemoRegion(demo, { seed: 2021, anchorWeekStart: WEEK });
    const sheets = await readImportFile(new Uint8Array(await regionWorkbook(demo).xlsx.writeBuffer()), 'regio.xlsx');
    const audit = listAudit(demo, { limit: 100_000 }).length;
    // Free text (a new name is a new row; a new gemeente on Locaties is added): any value goes.
    const free = new Set(['Naam', 'Adres', 'Bureau', 'Locaties/Gemeente']);
    let cases = 0;
    for (const list of RESOURCE_LISTS) {
      const t = TEMPLATES[list];
      const rows = sheets.find((x) => x.name === t.sheet)!.rows;
      expect(rows.length).toBeGreaterThan(1);
      for (const [i, c] of t.columns.entries()) {
        if (free.has(c.heading) || free.has(`${t.sheet}/${c.heading}`)) continue;
        const bad = rows.map((r, n) => (n === 1 ? r.map((x, k) => (k === i ? '???' : x)) : r));
        const out = await importFile(demo, testAudit(), TODAY, { bytes: await xlsx({ [t.sheet]: bad }), name: 'fout.xlsx' }, { apply: true });
        expect(out.applied, `${t.sheet} ${c.heading}`).toBe(false);
        expect(out.errors.map(formatRowError), `${t.sheet} ${c.heading}`).toContainEqual(
          expect.stringMatching(new RegExp(`^${t.sheet} rij 2, ${c.heading.replace(/[()]/g, '\\$&')} "\\?\\?\\?": \\S`)),
        );
        cases++;
        if (!c.required) continue;
        const missing = rows.map((r) => r.filter((_, k) => k !== i));
        const gone = await importFile(demo, testAudit(), TODAY, { bytes: await xlsx({ [t.sheet]: missing }), name: 'fout.xlsx' }, { apply: true });
        expect(gone.errors.map(formatRowError)).toContain(`${t.sheet} rij 1, ${c.heading}: deze kolom ontbreekt`);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(60);
    expect(listAudit(demo, { limit: 100_000 }).length).toBe(audit);
  });
});
