// export.ics on the seeded demo week: an interpreter's sessions without participant names.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { parseIcs } from '../../../shared/export/ics';
import type { Db } from '../../../db/connection';
import { listAudit } from '../../../db/repositories/audit';
import { resourceName } from '../../../db/repositories/region';
import { participantNamesIn, weekSessionRows } from '../../../db/repositories/week-test-queries';
import { callFails, callOk, coordinatorServices, DEMO_WEEK as W } from '../../../test/support/demo-services';
import type { ApiCtx } from '../../../shared/api/access';

let db: Db;
let dispatch: Dispatch<ApiCtx>;

beforeEach(() => {
  ({ db, dispatch } = coordinatorServices());
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);
const fail = (name: CallName, input: unknown) => callFails(dispatch, name, input);
const weekSessions = () => weekSessionRows(db, W);

describe('export.ics', () => {
  it('export.ics gives an interpreter their sessions without participant names, and logs the export', async () => {
    const s = weekSessions().find((x) => x.interp)!;
    const mine = weekSessions().filter((x) => x.interp === s.interp);
    const name = resourceName(db, 'interpreter', s.interp!)!;
    const out = await call('export.ics', { weekStart: W, person: { kind: 'interpreter', id: s.interp! } });
    expect(out.filename).toMatch(/^keten-planner-2026-W48-tolk-[a-z0-9-]+\.ics$/);
    const cal = parseIcs(out.content);
    const vevents = cal.components[0].components.filter((c) => c.type === 'VEVENT');
    expect(vevents).toHaveLength(mine.length);
    const description = vevents[0].properties.find((p) => p.name === 'DESCRIPTION')!.value;
    expect(description).toMatch(/Aantal deelnemers: \d+/);
    expect(out.content).toMatch(/SUMMARY:Groepsvoorlichting /);
    const people = participantNamesIn(
      db,
      mine.map((m) => m.id),
    );
    const flat = out.content.replace(/\r\n /g, '');
    for (const p of people) expect(flat).not.toContain(`${p.given} ${p.family}`);
    expect(flat).toContain(name.replace(/,/g, '\\,'));
    expect(listAudit(db, { entity: 'interpreter', entityId: s.interp! })[0]).toMatchObject({ action: 'export' });
    expect(await fail('export.ics', { weekStart: W, person: { kind: 'consultant', id: 'C-X' } })).toMatchObject({ code: 'not_found', field: 'person.id' });
  });
});

describe("export in the reader's language", () => {
  it('writes the entries in English when asked, without raising their SEQUENCE', async () => {
    const s = weekSessions().find((x) => x.interp)!;
    const person = { kind: 'interpreter' as const, id: s.interp! };
    const nl = await call('export.ics', { weekStart: W, person });
    const en = await call('export.ics', { weekStart: W, person, lang: 'en' });
    expect(en.content).toMatch(/SUMMARY:(Group information session|Learnability test)/);
    expect(en.content).not.toMatch(/Groepsvoorlichting|Leerbaarheidstoets|Aantal deelnemers|Consulent:/);
    const vevents = (text: string) => parseIcs(text).components[0].components.filter((c) => c.type === 'VEVENT');
    const prop = (e: ReturnType<typeof vevents>[number], name: string) => e.properties.find((p) => p.name === name)!.value;
    expect(prop(vevents(en.content)[0], 'DESCRIPTION')).toMatch(/Consultant: .+\nInterpreter: .+\nNumber of participants: \d+/);
    // Reading the same week in another language is no change: the same UIDs and SEQUENCEs.
    expect(vevents(en.content).map((e) => [prop(e, 'UID'), prop(e, 'SEQUENCE')])).toEqual(vevents(nl.content).map((e) => [prop(e, 'UID'), prop(e, 'SEQUENCE')]));
    expect(nl.content).toMatch(/SUMMARY:(Groepsvoorlichting|Leerbaarheidstoets)/);
  });

  it("names the files in the reader's language, without ids", async () => {
    const s = weekSessions().find((x) => x.interp)!;
    const person = { kind: 'interpreter' as const, id: s.interp! };
    const en = await call('export.ics', { weekStart: W, person, lang: 'en' });
    expect(en.filename).toMatch(/^keten-planner-2026-W48-interpreter-[a-z0-9-]+\.ics$/);
    expect(en.filename).not.toContain(s.interp!.toLowerCase());
    const zip = await call('export.zip', { weekStart: W, scope: 'all', lang: 'en' });
    expect(zip.filename).toBe('keten-planner-2026-W48-calendars.zip');
    expect(zip.files.map((f) => f.filename).every((f) => /-(interpreter|consultant)-[a-z0-9-]+(-\d+)?\.ics$/.test(f))).toBe(true);
    expect((await call('export.zip', { weekStart: W, scope: 'all' })).filename).toBe('keten-planner-2026-W48-agendas.zip');
    expect((await call('export.zip', { weekStart: W, scope: 'all', lang: 'nl' })).files.some((f) => /-(tolk|consulent)-/.test(f.filename))).toBe(true);
  });
});
