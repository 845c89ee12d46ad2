// When no toets slot fits: the reason, and the consultant's request the coordinator resolves.
import { describe, expect, it } from 'vitest';
import { clientsWithoutBookedToets, setDigitalSkill, demandsOfKind, deleteDemandsOfKind, setTouchLaptopsEverywhere } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant', () => {
  it('says why no toets slot fits and lets the consultant ask the coordinator for one', async () => {
    const c4 = await as('consultant', 'C-04');
    setDigitalSkill(db, 'P-029', 'basic');
    setTouchLaptopsEverywhere(db, 0);
    const none = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(none.slots).toEqual([]);
    expect(none.reason).toMatch(/touchscreen/);
    const { request } = await call(c4, 'toets.requestSlot', { participantId: 'P-029', weekStart: NEXT_WEEK, note: 'Liefst ochtend' });
    expect(request).toMatchObject({ participant: { id: 'P-029' }, consultant: { id: 'C-04' }, laptopKind: 'touch', status: 'open' });
    // The client has an open toets step from that week on, so "Week plannen" takes them along.
    const steps = demandsOfKind(db, 'P-029', 'toets');
    expect(steps.filter((d) => d.status === 'open' || d.status === 'planned')).toHaveLength(1);
    const coord = await as('coordinator');
    expect((await call(coord, 'requests.list', {})).items.map((r) => r.id)).toEqual([request.id]);
    await call(coord, 'requests.resolve', { requestId: request.id });
    expect((await call(coord, 'requests.list', {})).items).toEqual([]);
    expect((await call(coord, 'requests.list', { status: 'all' })).items[0]!.status).toBe('done');
  });

  it('gives a client without a toets step one when the consultant asks for a slot', async () => {
    const c4 = await as('consultant', 'C-04');
    // A client whose toets is not booked: their open toets step is taken away first.
    const [p] = clientsWithoutBookedToets(db, 'C-04').map((id) => ({ id }));
    deleteDemandsOfKind(db, p!.id, 'toets');
    await call(c4, 'toets.requestSlot', { participantId: p!.id, weekStart: '2027-01-04' });
    const after = demandsOfKind(db, p!.id, 'toets');
    expect(after).toEqual([{ status: 'open', earliest: '2027-01-04' }]);
  });
});
