// The caseload is a read: once today's view rows are logged it takes no write lock, so it answers
// while another process writes, and the startklas waiting list still moves up when a seat frees.
import { afterAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { listAudit } from '../../../db/repositories/audit';
import { clientIds, setIntakeSeatsEverywhere } from '../../../db/repositories/test-helpers-demo';
import { clientsWithoutIntake, holdWriteLock, setBusyTimeout, totalChanges } from '../../../db/repositories/test-helpers-two-connections';
import { demoTemplate, twoSides, type Side } from '../../../test/support/two-connections';
import type { ApiCtx } from '../../../shared/api/access';
import { DEMO_TODAY } from '../../../test/support/demo-services';

const template = demoTemplate();
afterAll(() => template.remove());

type Caseload = CallOutput<'consultant.caseload'>;

function answer<T>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.data as T;
}

async function caseload(side: Side, ctx: ApiCtx): Promise<Caseload> {
  return answer<Caseload>(await side.call(ctx, 'consultant.caseload', {}));
}

const intakeStep = (c: Caseload, participantId: string) => c.items.find((i) => i.participant.id === participantId)!.steps.find((s) => s.kind === 'startklasIntake')!;

describe('consultant.caseload', () => {
  it('writes nothing and takes no write lock once logged, even with a waiting list; the list moves up when a seat frees', async () => {
    const sides = twoSides(template);
    try {
      const { a, b } = sides;
      // One seat per intake moment, and C-01's clients register until two wait.
      setIntakeSeatsEverywhere(a.db, 1);
      const c1 = await a.as('consultant', 'C-01');
      const booked: string[] = [];
      const waiting: string[] = [];
      for (const id of clientIds(a.db, 'C-01')) {
        const r = answer<CallOutput<'startklas.register'>>(await a.call(c1, 'startklas.register', { participantId: id }));
        (r.status === 'booked' ? booked : waiting).push(id);
        if (waiting.length === 2) break;
      }
      expect(waiting).toHaveLength(2);

      // The first read of the day logs who was seen; the next one writes nothing.
      await caseload(a, c1);
      const changes = totalChanges(a.db);
      sides.arm(1, () => {});
      const again = await caseload(a, c1);
      expect(sides.fired(), 'een schrijftransactie bij het lezen').toBe(false);
      expect(totalChanges(a.db)).toBe(changes);
      expect(intakeStep(again, waiting[0]!)).toMatchObject({ state: 'waiting', waitingPosition: 1 });

      // Another process holds the write lock mid-write: the read still answers at once.
      setBusyTimeout(a.db, 50);
      const release = holdWriteLock(b.db);
      try {
        expect(intakeStep(await caseload(a, c1), waiting[1]!)).toMatchObject({ state: 'waiting', waitingPosition: 2 });
      } finally {
        release();
      }
      expect(totalChanges(a.db)).toBe(changes);

      // A cancellation gives the seat to the first in line at once.
      const freed = answer<CallOutput<'startklas.cancel'>>(await a.call(c1, 'startklas.cancel', { participantId: booked[booked.length - 1]! }));
      expect(freed.movedUp?.id).toBe(waiting[0]);
      const afterCancel = await caseload(a, c1);
      expect(intakeStep(afterCancel, waiting[0]!)).toMatchObject({ waitingPosition: null, booking: expect.objectContaining({ kind: 'startklasIntake' }) });
      expect(intakeStep(afterCancel, waiting[1]!)).toMatchObject({ state: 'waiting', waitingPosition: 1 });

      // More seats, saved by another process that does not settle the list: the next read finds
      // the free seat and moves the first in line up.
      setIntakeSeatsEverywhere(b.db, 2);
      const afterSeats = await caseload(a, c1);
      expect(intakeStep(afterSeats, waiting[1]!)).toMatchObject({ waitingPosition: null, booking: expect.objectContaining({ kind: 'startklasIntake' }) });
      expect(listAudit(a.db, { entityId: waiting[1]! }).some((r) => r.purpose === 'wachtlijst startklas' && r.action === 'create')).toBe(true);
    } finally {
      sides.close();
    }
  });

  it('moves the waiting list up in the same write when a removed step or an ended trajectory cancels an intake', async () => {
    const sides = twoSides(template);
    try {
      const { a } = sides;
      setIntakeSeatsEverywhere(a.db, 1);
      const c1 = await a.as('consultant', 'C-01');
      const booked: string[] = [];
      const waiting: string[] = [];
      // Only clients without an intake: each booking takes a seat that was free.
      for (const id of clientsWithoutIntake(a.db, 'C-01')) {
        const r = answer<CallOutput<'startklas.register'>>(await a.call(c1, 'startklas.register', { participantId: id }));
        (r.status === 'booked' ? booked : waiting).push(id);
        if (waiting.length === 2) break;
      }
      expect(waiting).toHaveLength(2);
      const movedUp = (id: string) => listAudit(a.db, { entityId: id }).some((r) => r.purpose === 'wachtlijst startklas' && r.action === 'create');

      const step = intakeStep(await caseload(a, c1), booked[0]!);
      const removed = answer<CallOutput<'steps.remove'>>(await a.call(c1, 'steps.remove', { participantId: booked[0]!, demandId: step.demandId, confirm: true }));
      expect(removed.applied).toBe(true);
      expect([movedUp(waiting[0]!), movedUp(waiting[1]!)]).toEqual([true, false]);

      const ended = answer<CallOutput<'participants.end'>>(await a.call(c1, 'participants.end', { id: booked[1]!, date: DEMO_TODAY, reason: 'Verhuisd', confirm: true }));
      expect(ended.applied).toBe(true);
      expect(movedUp(waiting[1]!)).toBe(true);
    } finally {
      sides.close();
    }
  });

  it('moves the waiting list up as soon as Beheer gives an intake moment more seats, before anyone reads', async () => {
    const sides = twoSides(template);
    try {
      const { a } = sides;
      setIntakeSeatsEverywhere(a.db, 1);
      const c1 = await a.as('consultant', 'C-01');
      let waiting: string | undefined;
      for (const id of clientIds(a.db, 'C-01')) {
        const r = answer<CallOutput<'startklas.register'>>(await a.call(c1, 'startklas.register', { participantId: id }));
        if (r.status === 'waiting') {
          waiting = id;
          break;
        }
      }
      expect(waiting).toBeDefined();
      const coord = await a.as('coordinator');
      const [item] = answer<CallOutput<'startklasIntakes.list'>>(await a.call(coord, 'startklasIntakes.list', {})).items;
      const { id, locationId, weekday, start, end, validFrom, validUntil, active } = item!;
      const saved = answer<CallOutput<'startklasIntakes.save'>>(
        await a.call(coord, 'startklasIntakes.save', { id, locationId, weekday, start, end, seats: 2, validFrom, validUntil, active, confirm: true }),
      );
      expect(saved.applied).toBe(true);
      const moved = listAudit(a.db, { entityId: waiting! }).find((r) => r.purpose === 'wachtlijst startklas' && r.action === 'create');
      expect(moved?.actor).toBe('coordinator');
    } finally {
      sides.close();
    }
  });
});
