// Beheer saves on a stale form (issue 12): two coordinators on one database file through two
// connections. A room form opened before the other's save is refused with who saved it and when;
// saved again on the current stamp it goes through.
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../shared/api/dispatch';
import { authorizeCall, type ApiCtx } from '../../../shared/api/access';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { Db } from '../../../db/connection';
import { addSignedInAccount } from '../../../db/repositories/test-helpers';
import { openTwice, type DatabaseTemplate, type TwoConnections } from '../../../db/repositories/test-helpers-two-connections';
import { createEventBus } from '../../events';
import { createServices } from '../index';
import { demoTemplate } from '../../../test/support/two-connections';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { roomForm } from '../../../test/support/manage-forms';

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
    expect(r.ok ? null : r.error).toEqual({ code: 'stale', message: 'fatima (coördinator) heeft deze ruimte om 10:42 gewijzigd; het scherm toont nu de huidige stand.' });
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
