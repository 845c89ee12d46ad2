// Startklas registration by the consultant: the first free intake seat within the horizon, or a
// place on the first-come waiting list; cancelling gives the seat to the first in line at once.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { mondayOf } from '../../../shared/domain/week';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import { getParticipant } from '../../../db/repositories/participants';
import { addIntakeBooking, deleteIntakeBooking } from '../../../db/repositories/bookings';
import { ensureOpenDemand, reopenDemand } from '../../../db/repositories/demands';
import { addToWaitingList, removeFromWaitingList, waitingPosition } from '../../../db/repositories/waiting-list';
import { nowOf, type ServiceDeps } from '../context';
import { ownClient, requireProfile } from '../caller';
import { profileAudit } from '../audit/profile-audit';
import { currentIntake, intakeRef, nextFreeIntake } from './startklas-intakes';
import { moveUpWaitingList } from './startklas-waiting-list';

export function startklasHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'startklas.register' | 'startklas.cancel'> {
  return {
    'startklas.register': ({ participantId }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'aanmelden startklas');
      // A seat freed elsewhere (an undo, a removed proposal) goes to those already waiting first.
      moveUpWaitingList(db, profileAudit(env, me, 'wachtlijst startklas'), today);
      const booked = currentIntake(db, p.id, today);
      if (booked) return { status: 'booked' as const, intake: intakeRef(booked), waitingPosition: null };
      const pos = waitingPosition(db, p.id);
      if (pos !== null) return { status: 'waiting' as const, intake: null, waitingPosition: pos };
      const m = nextFreeIntake(db, today);
      const result = writeTx(db, () => {
        const demand = ensureOpenDemand(db, audit, p.id, 'startklasIntake', today);
        if (m) {
          addIntakeBooking(db, audit, { intakeId: m.intakeId, date: m.date, participantId: p.id, demandId: demand.id, status: 'accepted' });
          return { status: 'booked' as const, intake: intakeRef(m), waitingPosition: null };
        }
        addToWaitingList(db, p.id, demand.id, nowOf(env));
        writeAudit(db, audit, 'create', 'waiting_list', p.id, { list: 'startklas' });
        return { status: 'waiting' as const, intake: null, waitingPosition: waitingPosition(db, p.id) };
      });
      if (m) events.emit({ type: 'week.changed', weekStart: mondayOf(m.date) });
      events.emit({ type: 'data.changed', area: 'startklas' });
      return result;
    },
    'startklas.cancel': ({ participantId }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'afmelden startklas');
      const booked = currentIntake(db, p.id, today);
      const waiting = waitingPosition(db, p.id) !== null;
      if (!booked && !waiting) return { cancelled: false, movedUp: null };
      const moved = writeTx(db, () => {
        if (booked) {
          deleteIntakeBooking(db, booked.bookingId);
          reopenDemand(db, booked.demandId);
          writeAudit(db, audit, 'delete', 'booking', p.id, { type: 'startklasIntake', intakeId: booked.intakeId, date: booked.date });
        } else {
          removeFromWaitingList(db, p.id);
          writeAudit(db, audit, 'delete', 'waiting_list', p.id, { list: 'startklas' });
        }
        return moveUpWaitingList(db, profileAudit(env, me, 'wachtlijst startklas'), today);
      });
      if (booked) events.emit({ type: 'week.changed', weekStart: mondayOf(booked.date) });
      events.emit({ type: 'data.changed', area: 'startklas' });
      const first = moved[0] ? getParticipant(db, moved[0]) : null;
      return { cancelled: true, movedUp: first ? { id: first.id, name: first.name } : null };
    },
  };
}
