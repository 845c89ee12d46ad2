// Beheer saves on a stale form (issue 12): two coordinators on one database file through two
// connections. A form opened before the other's save is refused with who saved it and when, and
// nothing of it is stored; saved again on the current stamp it goes through. So for every
// stamped list, and for a liaison saving their own school's class.
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../shared/api/dispatch';
import { renderMsg } from '../../../shared/messages';
import { authorizeCall, type ApiCtx } from '../../../shared/api/access';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { Db } from '../../../db/connection';
import { addSignedInAccount } from '../../../db/repositories/test-helpers';
import { openTwice, type DatabaseTemplate, type TwoConnections } from '../../../db/repositories/test-helpers-two-connections';
import { createEventBus } from '../../events';
import { createServices } from '../index';
import { demoTemplate } from '../../../test/support/two-connections';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { classForm, consultantForm, gemeenteForm, intakeForm, interpreterForm, locationForm, providerForm, roomForm, schoolForm } from '../../../test/support/manage-forms';

const worker = {
  file: fileURLToPath(new URL('../../../test/support/ts-worker.mjs', import.meta.url)),
  extraData: { __tsEntry: fileURLToPath(new URL('../../planner-jobs/plan-worker.ts', import.meta.url)) },
};

function side(db: Db, now: string): Dispatch<ApiCtx> {
  const services = createServices(db, { version: 't', dataFile: 't', today: () => DEMO_TODAY, now: () => now, planWorker: worker }, createEventBus());
  return createDispatch(services, { authorize: authorizeCall });
}

const coordinatorCtx = (id: string, username: string): ApiCtx => ({
  transport: 'test',
  session: { profile: { kind: 'coordinator', id: null, name: 'Coördinator' }, account: { id, username, role: 'coordinator' } },
});
const liaisonCtx = (id: string, username: string, schoolId: string): ApiCtx => ({
  transport: 'test',
  session: { profile: { kind: 'liaison', id: schoolId, name: 'Taalschool' }, account: { id, username, role: 'liaison' } },
});

let template: DatabaseTemplate;
let conns: TwoConnections;
let a: Dispatch<ApiCtx>;
let b: Dispatch<ApiCtx>;
const fatima = coordinatorCtx('A-1', 'fatima');
const joris = coordinatorCtx('A-2', 'joris');

beforeAll(() => {
  template = demoTemplate();
});
afterAll(() => template.remove());
afterEach(() => conns?.close());

async function ok<N extends CallName>(s: Dispatch<ApiCtx>, ctx: ApiCtx, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await s(name, input, ctx);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.data as CallOutput<N>;
}

describe('a Beheer form saved on a stale stamp', () => {
  it('is refused with who saved it and when, and goes through on the current stamp', async () => {
    conns = openTwice(template);
    addSignedInAccount(conns.a, 'A-1', 'fatima', 'coordinator');
    addSignedInAccount(conns.a, 'A-2', 'joris', 'coordinator');
    a = side(conns.a, '2026-11-25T10:42:00');
    b = side(conns.b, '2026-11-25T10:50:00');

    // Both open the same room's form.
    const seenByA = (await ok(a, fatima, 'rooms.list', {})).items[0]!;
    const seenByB = (await ok(b, joris, 'rooms.list', {})).items.find((r) => r.id === seenByA.id)!;
    expect(seenByB.stamp).toBe(seenByA.stamp);

    // Fatima saves a new capacity.
    const saved = await ok(a, fatima, 'rooms.save', { ...roomForm(seenByA), capacity: seenByA.capacity + 1, expectedStamp: seenByA.stamp, confirm: true });
    expect(saved.applied).toBe(true);

    // Joris, on the form he opened before, renames it: refused, told who and when, nothing written.
    const r = await b('rooms.save', { ...roomForm(seenByB), name: 'Zaal Joris', expectedStamp: seenByB.stamp, confirm: true }, joris);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'stale', message: 'fatima (coördinator) heeft deze ruimte om 10:42 gewijzigd; het scherm toont nu de huidige stand.' });
    // The refusal is a message: the English interface writes it in English.
    expect(r.ok ? null : renderMsg(r.error.msg!, 'en')).toBe('fatima (coordinator) changed this room at 10:42; the screen now shows the current state.');
    const now = (await ok(b, joris, 'rooms.list', {})).items.find((x) => x.id === seenByB.id)!;
    expect(now.name).toBe(seenByB.name);
    expect(now.capacity).toBe(seenByA.capacity + 1);
    expect(now.stamp).toBeGreaterThan(seenByB.stamp ?? 0);

    // On the current stamp his save goes through; without a stamp a save is not checked.
    const again = await ok(b, joris, 'rooms.save', { ...roomForm(now), name: 'Zaal Joris', expectedStamp: now.stamp, confirm: true });
    expect(again.applied).toBe(true);
    const late = await a('rooms.save', { ...roomForm(seenByA), expectedStamp: seenByA.stamp, confirm: true }, fatima);
    expect(late.ok ? null : late.error).toMatchObject({ code: 'stale', message: expect.stringContaining('joris (coördinator) heeft deze ruimte om 10:50 gewijzigd') });
    const unchecked = await ok(a, fatima, 'rooms.save', { ...roomForm(now), confirm: true });
    expect(unchecked.applied).toBe(true);
  });
});

/** One stamped list: its row's form, an edit per caller, and what shows whose edit was stored. */
interface Case<N extends StampedList> {
  list: N;
  what: string;
  form(item: Row<N>): Record<string, unknown>;
  edit(form: Record<string, unknown>, by: 'A' | 'B'): Record<string, unknown>;
  shown(item: Row<N>): unknown;
}
type StampedList = 'gemeenten' | 'locations' | 'consultants' | 'interpreters' | 'schools' | 'classes' | 'startklasIntakes' | 'childcareProviders';
type Row<N extends StampedList> = CallOutput<`${N}.list`>['items'][number];

const renamed = (form: Record<string, unknown>, by: 'A' | 'B') => ({ ...form, name: `${String(form.name)} ${by}` });
const byName = (item: { name: string }) => item.name;

const CASES: Case<StampedList>[] = [
  { list: 'gemeenten', what: 'deze gemeente', form: (i) => gemeenteForm(i as Row<'gemeenten'>), edit: renamed, shown: (i) => byName(i as Row<'gemeenten'>) },
  { list: 'locations', what: 'deze locatie', form: (i) => locationForm(i as Row<'locations'>), edit: renamed, shown: (i) => byName(i as Row<'locations'>) },
  { list: 'consultants', what: 'deze consulent', form: (i) => consultantForm(i as Row<'consultants'>), edit: renamed, shown: (i) => byName(i as Row<'consultants'>) },
  { list: 'interpreters', what: 'deze tolk', form: (i) => interpreterForm(i as Row<'interpreters'>), edit: renamed, shown: (i) => byName(i as Row<'interpreters'>) },
  { list: 'schools', what: 'deze taalschool', form: (i) => schoolForm(i as Row<'schools'>), edit: renamed, shown: (i) => byName(i as Row<'schools'>) },
  { list: 'classes', what: 'deze klas', form: (i) => classForm(i as Row<'classes'>), edit: renamed, shown: (i) => byName(i as Row<'classes'>) },
  {
    list: 'startklasIntakes',
    what: 'dit intakemoment',
    form: (i) => intakeForm(i as Row<'startklasIntakes'>),
    edit: (f, by) => ({ ...f, seats: Number(f.seats) + (by === 'A' ? 1 : 2) }),
    shown: (i) => (i as Row<'startklasIntakes'>).seats,
  },
  {
    list: 'childcareProviders',
    what: 'deze opvangaanbieder',
    form: (i) => providerForm(i as Row<'childcareProviders'>),
    edit: renamed,
    shown: (i) => byName(i as Row<'childcareProviders'>),
  },
];

describe('every stamped Beheer list', () => {
  it.each(CASES)('refuses a stale save of $list with who and when, and stores nothing of it', async ({ list, what, form, edit, shown }) => {
    conns = openTwice(template);
    addSignedInAccount(conns.a, 'A-1', 'fatima', 'coordinator');
    addSignedInAccount(conns.a, 'A-2', 'joris', 'coordinator');
    a = side(conns.a, '2026-11-25T10:42:00');
    b = side(conns.b, '2026-11-25T10:50:00');
    const listOf = async (s: Dispatch<ApiCtx>, ctx: ApiCtx) => (await ok(s, ctx, `${list}.list` as CallName, {} as never)) as { items: (Row<StampedList> & { stamp?: number })[] };
    const save = (s: Dispatch<ApiCtx>, ctx: ApiCtx, input: Record<string, unknown>) => s(`${list}.save` as CallName, { ...input, confirm: true }, ctx);

    const seenByA = (await listOf(a, fatima)).items[0]!;
    const seenByB = (await listOf(b, joris)).items.find((r) => r.id === seenByA.id)!;
    expect(seenByB.stamp).toBe(seenByA.stamp);

    const saved = await save(a, fatima, { ...edit(form(seenByA), 'A'), expectedStamp: seenByA.stamp });
    expect(saved).toMatchObject({ ok: true, data: { applied: true } });

    const r = await save(b, joris, { ...edit(form(seenByB), 'B'), expectedStamp: seenByB.stamp });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'stale', message: `fatima (coördinator) heeft ${what} om 10:42 gewijzigd; het scherm toont nu de huidige stand.` });
    expect(r.ok ? null : renderMsg(r.error.msg!, 'en')).toMatch(/^fatima \(coordinator\) changed this [a-z ]+ at 10:42; the screen now shows the current state\.$/);
    const now = (await listOf(b, joris)).items.find((x) => x.id === seenByB.id)!;
    expect(shown(now)).toEqual(shown((await listOf(a, fatima)).items.find((x) => x.id === seenByA.id)!));
    expect(shown(now)).not.toEqual(shown(seenByB));
    expect(now.stamp).toBeGreaterThan(seenByB.stamp ?? 0);

    // Filled in again on what the list shows now, his save goes through.
    const again = await save(b, joris, { ...edit(form(now), 'B'), expectedStamp: now.stamp });
    expect(again).toMatchObject({ ok: true, data: { applied: true } });
  });

  it("refuses a liaison's save of their class after the coordinator changed it", async () => {
    conns = openTwice(template);
    addSignedInAccount(conns.a, 'A-1', 'fatima', 'coordinator');
    a = side(conns.a, '2026-11-25T10:42:00');
    b = side(conns.b, '2026-11-25T10:50:00');
    const sara = liaisonCtx('A-3', 'sara', 'S-MERW');

    const seenBySara = (await ok(b, sara, 'classes.list', {})).items[0]!;
    expect(seenBySara.schoolId).toBe('S-MERW');
    const seenByFatima = (await ok(a, fatima, 'classes.list', {})).items.find((c) => c.id === seenBySara.id)!;
    await ok(a, fatima, 'classes.save', { ...classForm(seenByFatima), capacity: seenByFatima.capacity + 1, expectedStamp: seenByFatima.stamp, confirm: true });

    const r = await b('classes.save', { ...classForm(seenBySara), trialSeats: seenBySara.trialSeats + 1, expectedStamp: seenBySara.stamp, confirm: true }, sara);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'stale', message: 'fatima (coördinator) heeft deze klas om 10:42 gewijzigd; het scherm toont nu de huidige stand.' });
    const now = (await ok(b, sara, 'classes.list', {})).items.find((c) => c.id === seenBySara.id)!;
    expect({ capacity: now.capacity, trialSeats: now.trialSeats }).toEqual({ capacity: seenBySara.capacity + 1, trialSeats: seenBySara.trialSeats });

    // And the other way round: the coordinator's form from before the liaison's save is refused, naming the liaison.
    await ok(b, sara, 'classes.save', { ...classForm(now), trialSeats: now.trialSeats + 1, expectedStamp: now.stamp, confirm: true });
    const late = await a('classes.save', { ...classForm(now), name: 'Klas F', expectedStamp: now.stamp, confirm: true }, fatima);
    expect(late.ok ? null : late.error).toMatchObject({ code: 'stale', message: expect.stringContaining('sara (taalschool) heeft deze klas om 10:50 gewijzigd') });
  });
});

describe('the region settings', () => {
  it('refuses a save on stale settings with who and when, and stores nothing of it', async () => {
    conns = openTwice(template);
    addSignedInAccount(conns.a, 'A-1', 'fatima', 'coordinator');
    addSignedInAccount(conns.a, 'A-2', 'joris', 'coordinator');
    a = side(conns.a, '2026-11-25T10:42:00');
    b = side(conns.b, '2026-11-25T10:50:00');
    const formOf = ({ preset: _p, weightValues: _v, stamp: _s, ...form }: CallOutput<'settings.get'>) => form;
    const seenByA = await ok(a, fatima, 'settings.get', {});
    const seenByB = await ok(b, joris, 'settings.get', {});
    expect(seenByB.stamp).toBe(seenByA.stamp);

    const saved = await ok(a, fatima, 'settings.save', { ...formOf(seenByA), name: 'Regio A', expectedStamp: seenByA.stamp, confirm: true });
    expect(saved.applied).toBe(true);

    const r = await b('settings.save', { ...formOf(seenByB), name: 'Regio B', expectedStamp: seenByB.stamp, confirm: true }, joris);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'stale', message: 'fatima (coördinator) heeft de instellingen om 10:42 gewijzigd; het scherm toont nu de huidige stand.' });
    expect(r.ok ? null : renderMsg(r.error.msg!, 'en')).toBe('fatima (coordinator) changed the settings at 10:42; the screen now shows the current state.');
    const now = await ok(b, joris, 'settings.get', {});
    expect(now.name).toBe('Regio A');
    expect(now.stamp).toBeGreaterThan(seenByB.stamp);

    const again = await ok(b, joris, 'settings.save', { ...formOf(now), name: 'Regio B', expectedStamp: now.stamp, confirm: true });
    expect(again.applied).toBe(true);
    expect((await ok(a, fatima, 'settings.get', {})).name).toBe('Regio B');
  });
});
