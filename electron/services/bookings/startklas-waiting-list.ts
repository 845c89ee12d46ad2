// The startklas waiting list moves up: a freed intake seat goes to the first in line at once,
// first come, first served (the list itself: db/repositories/waiting-list.ts).
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/tx';
import { writeAudit, type AuditContext } from '../../../db/repositories/audit';
import { addIntakeBooking } from '../../../db/repositories/bookings';
import { firstWaiting, removeWaitingEntry } from '../../../db/repositories/waiting-list';
import type { ServiceDeps } from '../context';
import { currentIntake, nextFreeIntake } from './startklas-intakes';

/** Gives freed seats to the waiting list in order; returns who moved up. */
export function moveUpWaitingList(db: Db, audit: AuditContext, today: string): string[] {
  const moved: string[] = [];
  writeTx(db, () => {
    for (;;) {
      const first = firstWaiting(db);
      if (!first) break;
      // Booked meanwhile (the coordinator accepted a planner proposal for them): done waiting.
      if (currentIntake(db, first.participantId, today)) {
        removeWaitingEntry(db, first.id);
        writeAudit(db, audit, 'delete', 'waiting_list', first.participantId, { list: 'startklas', reason: 'al ingedeeld' });
        continue;
      }
      const m = nextFreeIntake(db, today);
      if (!m) break;
      removeWaitingEntry(db, first.id);
      addIntakeBooking(db, audit, { intakeId: m.intakeId, date: m.date, participantId: first.participantId, demandId: first.demandId, status: 'accepted' });
      moved.push(first.participantId);
    }
  });
  return moved;
}

/**
 * Whether moving up would change anything: the first in line has been booked meanwhile, or a
 * seat is free for them. Reads only, so a read can look without taking the write lock.
 */
export function waitingListCanMove(db: Db, today: string): boolean {
  const first = firstWaiting(db);
  if (!first) return false;
  return currentIntake(db, first.participantId, today) !== null || nextFreeIntake(db, today) !== null;
}

/**
 * Moves the waiting list up after anything that may have freed an intake seat without a
 * consultant cancelling (a discarded proposal, undo or redo, an intake that has passed, more
 * seats); tells the screens when someone moved. Takes the write lock only when the cheap look
 * finds something to move (the write checks again inside its transaction).
 */
export function settleWaitingList({ db, env, events }: ServiceDeps, audit: AuditContext): string[] {
  const today = env.today();
  if (!waitingListCanMove(db, today)) return [];
  const moved = moveUpWaitingList(db, audit, today);
  if (moved.length > 0) events.emit({ type: 'data.changed', area: 'startklas' });
  return moved;
}
