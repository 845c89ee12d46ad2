// The data calls through dispatch on the demo region, with access checked.
import { describe, expect, it } from 'vitest';
import { listGemeenten } from '../../../db/repositories/region';
import { listParticipants } from '../../../db/repositories/participants';
import { as, call, db, events, fail, useDemoProfiles } from '../../../test/support/demo-profiles';
import { renderMsg } from '../../../shared/messages';

useDemoProfiles();

const b64 = (s: string) => Buffer.from(s).toString('base64');
const HEAD = 'Clientnummer;Voornaam;Achternaam;Gemeente;Soort;Datum koppeling;Taal;Digitale vaardigheid;Consulent';

describe('data calls', () => {
  it('the coordinator previews, then imports; a consultant may not', async () => {
    const coord = await as('coordinator');
    const g = listGemeenten(db)[0].name;
    const file = {
      fileName: 'deelnemers.csv',
      base64: b64(`${HEAD}\nX-1;Hawa;Noor;${g};statushouder;02-11-2026;Somalisch;basis;\nX-2;Fout;;${g};statushouder;31-02-2026;Somalisch;basis;\n`),
    };
    const preview = await call(coord, 'data.importPreview', file);
    expect(preview).toMatchObject({ applied: false, errorCount: 1, message: 'Niets geïmporteerd: 1 fout. Verbeter het bestand en probeer het opnieuw.' });
    expect(preview.errors.map((e) => e.text)).toEqual(['Deelnemers rij 3, Datum koppeling "31-02-2026": geen bestaande datum']);
    const before = listParticipants(db).length;
    const good = { fileName: 'deelnemers.csv', base64: b64(`${HEAD}\nX-1;Hawa;Noor;${g};statushouder;02-11-2026;Somalisch;basis;\n`) };
    expect(await call(coord, 'data.importPreview', good)).toMatchObject({ applied: false, errorCount: 0, lists: [{ list: 'participants', new: 1 }] });
    expect(listParticipants(db).length).toBe(before);
    const done = await call(coord, 'data.import', good);
    expect(done).toMatchObject({ applied: true, message: 'Geïmporteerd: Deelnemers 1 nieuw, 0 gewijzigd.' });
    expect(listParticipants(db).length).toBe(before + 1);
    expect(events).toContainEqual({ type: 'data.changed', area: 'participants' });
    expect(await call(coord, 'data.import', good)).toMatchObject({ applied: true, message: 'Er was niets nieuws of gewijzigd.' });

    const consultant = await as('consultant', 'C-01');
    expect((await fail(consultant, 'data.import', good)).code).toBe('forbidden');
  });

  it('refuses an unreadable file with its message; exports and templates are .xlsx; a backup needs a file', async () => {
    const coord = await as('coordinator');
    const bad = await fail(coord, 'data.import', { fileName: 'x.xlsx', base64: b64('geen excel') });
    expect(bad).toMatchObject({ code: 'invalid_input', field: 'base64' });
    expect(bad.message).toContain('geen leesbaar Excel-bestand');
    for (const [name, input] of [
      ['data.exportRegion', {}],
      ['data.template', {}],
      ['data.exportWeek', { weekStart: '2026-11-23' }],
    ] as const) {
      const f = await call(coord, name, input as never);
      expect(f.filename).toMatch(/\.xlsx$/);
      expect(Buffer.from(f.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    }
    expect((await fail(coord, 'data.backup', {})).code).toBe('conflict');
  });

  it('a template per list, and a resource list imported through the call tells the screens', async () => {
    const coord = await as('coordinator');
    expect((await call(coord, 'data.template', { list: 'participants' })).filename).toBe('sjabloon-deelnemers.xlsx');
    expect((await call(coord, 'data.template', { list: 'rooms' })).filename).toBe('sjabloon-zalen.xlsx');
    expect((await call(coord, 'data.template', {})).filename).toBe('sjabloon-regio.xlsx');
    expect((await fail(coord, 'data.template', { list: 'tafels' } as never)).code).toBe('invalid_input');
    const place = listGemeenten(db).length > 0 ? (await call(coord, 'locations.list', {})).items[0].name : '';
    const rooms = { fileName: 'zalen.csv', base64: b64(`Locatie;Naam;Capaciteit;Soorten sessies\n${place};Nieuwe zaal;10;groepsvoorlichting\n`) };
    expect(await call(coord, 'data.importPreview', rooms)).toMatchObject({ errorCount: 0, lists: [{ list: 'rooms', sheet: 'Zalen', new: 1 }] });
    expect(await call(coord, 'data.import', rooms)).toMatchObject({ applied: true, message: 'Geïmporteerd: Zalen 1 nieuw, 0 gewijzigd.' });
    expect((await call(coord, 'rooms.list', {})).items.some((r) => r.name === 'Nieuwe zaal' && r.locationName === place)).toBe(true);
    expect(events).toContainEqual({ type: 'data.changed', area: 'rooms' });
    expect(events).toContainEqual({ type: 'week.changed', weekStart: '2026-11-23' });
  });

  it('a bad file answers with messages, so the screen writes it in English too (issue 13)', async () => {
    const coord = await as('coordinator');
    const g = listGemeenten(db)[0].name;
    const bad = {
      fileName: 'deelnemers.csv',
      base64: b64(`${HEAD}\nX-1;Hawa;Noor;${g};statushouder;31-02-2026;Somalisch;basis;\nX-2;Sami;;Nergensdorp;statushouder;02-11-2026;Somalisch;veel;\n`),
    };
    const preview = await call(coord, 'data.importPreview', bad);
    expect(preview.errorCount).toBe(3);
    expect(preview.errors.map((e) => e.msg.code)).toEqual(['import.noSuchDate', 'import.unknownGemeente', 'import.chooseSkill']);
    expect(preview.errors.map((e) => renderMsg(e.lineMsg, 'en'))).toEqual([
      'Deelnemers row 2, Datum koppeling "31-02-2026": not an existing date',
      'Deelnemers row 3, Gemeente "Nergensdorp": unknown municipality in this region',
      'Deelnemers row 3, Digitale vaardigheid "veel": choose geen, basis or goed',
    ]);
    // The Dutch stays beside it for the log, the same sentence.
    expect(preview.errors.map((e) => e.text)).toEqual(preview.errors.map((e) => renderMsg(e.lineMsg, 'nl')));
    expect(preview.errors[0]).toMatchObject({ sheet: 'Deelnemers', row: 2, column: 'Datum koppeling', value: '31-02-2026', reason: 'geen bestaande datum' });
    expect(renderMsg(preview.msg, 'en')).toBe('Nothing imported: 3 errors. Correct the file and try again.');
    expect(renderMsg(preview.msg, 'nl')).toBe(preview.message);

    const unreadable = await fail(coord, 'data.importPreview', { fileName: 'x.xlsx', base64: b64('geen excel') });
    expect(unreadable.msg && renderMsg(unreadable.msg, 'en')).toBe('The file is not a readable Excel file (.xlsx).');
    const old = await fail(coord, 'data.importPreview', { fileName: 'oud.xls', base64: b64('\u00d0\u00cf oud') });
    expect(old.msg && renderMsg(old.msg, 'en')).toBe('oud.xls is an old Excel file (.xls); save it as .xlsx or .csv.');

    const good = { fileName: 'deelnemers.csv', base64: b64(`${HEAD}\nX-9;Hawa;Noor;${g};statushouder;02-11-2026;Somalisch;basis;\n`) };
    expect(renderMsg((await call(coord, 'data.importPreview', good)).msg, 'en')).toBe('Ready to import; nothing has been written yet.');
    expect(renderMsg((await call(coord, 'data.import', good)).msg, 'en')).toBe('Imported: Deelnemers 1 new, 0 changed.');
    expect(renderMsg((await call(coord, 'data.import', good)).msg, 'en')).toBe('There was nothing new or changed.');
    expect((await fail(coord, 'data.backup', {})).msg?.code).toBe('backup.notInFile');
  });
});
