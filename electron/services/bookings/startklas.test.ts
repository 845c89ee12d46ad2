// Startklas registration with a waiting list that moves up when a seat frees.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { clientIds, setIntakeSeatsEverywhere, intakeSeatsTakenAfter, loneIntakeBookingAfter, setIntakeBookingStatus } from '../../../db/repositories/test-helpers-demo';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { useDemoProfiles, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant', () => {
  it('registers for the startklas with a waiting list that moves up when a seat frees', async () => {
    setIntakeSeatsEverywhere(db, 1);
    const c1 = await as('consultant', 'C-01');
    const clients = clientIds(db, 'C-01');
    const booked: string[] = [];
    const waiting: string[] = [];
    for (const id of clients) {
      const r = await call(c1, 'startklas.register', { participantId: id });
      if (r.status === 'booked') booked.push(id);
      else {
        waiting.push(id);
        expect(r.waitingPosition).toBe(waiting.length);
      }
      if (waiting.length === 2) break;
    }
    expect(waiting).toHaveLength(2);
    // Every intake moment in the horizon is full now.
    const full = intakeSeatsTakenAfter(db, DEMO_TODAY);
    expect(full.every((r) => r.n >= 1)).toBe(true);
    const freed = await call(c1, 'startklas.cancel', { participantId: booked[booked.length - 1]! });
    expect(freed.cancelled).toBe(true);
    expect(freed.movedUp?.id).toBe(waiting[0]);
    expect((await call(c1, 'startklas.register', { participantId: waiting[0]! })).status).toBe('booked');
    expect(await call(c1, 'startklas.register', { participantId: waiting[1]! })).toMatchObject({ status: 'waiting', waitingPosition: 1 });

    // The coordinator discards a proposal that held an intake seat: the next in line gets it at
    // once, without anyone registering again.
    const held = loneIntakeBookingAfter(db, DEMO_TODAY);
    expect(held, 'een intakemoment met één plaats bezet').toBeDefined();
    setIntakeBookingStatus(db, held!.id, 'proposed');
    const coord = await as('coordinator');
    await call(coord, 'proposal.discard', { weekStart: held!.week, confirmPublished: true });
    const after = (await call(c1, 'consultant.caseload', {})).items.find((i) => i.participant.id === waiting[1])!;
    const step = after.steps.find((x) => x.kind === 'startklasIntake')!;
    expect(step.waitingPosition).toBeNull();
    expect(step.booking).not.toBeNull();
    const moved = listAudit(db, { entityId: waiting[1]! }).find((a) => a.purpose === 'wachtlijst startklas' && a.action === 'create');
    expect(moved?.actor).toBe('coordinator');
  });
});
