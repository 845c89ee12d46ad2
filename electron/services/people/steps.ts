// The consultant manages a client's next steps: add one (dates from the terms unless given),
// remove one (a booking it has is named, and cancelled only with confirm), put them in order.
import type { Handlers } from '../../../shared/api/dispatch';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import { ApiError, invalidInput } from '../../../shared/api/errors';
import { KIND_NL } from '../../../shared/domain/kinds';
import { standardSteps } from '../../../shared/domain/standard-steps';
import { writeTx } from '../../../db/tx';
import { listSchools } from '../../../db/repositories/region';
import { addStep, bookingsOfPerson, cancelBooking, deleteStep, listSteps, setStepOrder } from '../../../db/repositories/people';
import type { Participant } from '../../../db/repositories/participants';
import type { ServiceDeps } from '../context';
import { profileAudit } from '../audit/profile-audit';
import { settleWaitingList } from '../bookings/startklas-waiting-list';
import { callerOf, clientFor } from './client-access';
import { bookingNl, bookingOut, stepsOf } from './people-read';
import { msg, p as param } from '../../../shared/messages';

function notEnded(p: Participant): void {
  if (p.endedOn) throw new ApiError({ code: 'conflict', msg: msg('error.trajectEnded'), field: 'participantId' });
}

export function stepHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, 'steps.add' | 'steps.remove' | 'steps.reorder'> {
  const { db, env, events } = deps;
  const changed = () => events.emit({ type: 'data.changed', area: 'participants' });
  return {
    'steps.add': (input, ctx) => {
      const caller = callerOf(ctx);
      const audit = profileAudit(env, profileOf(ctx), 'stappen bijwerken');
      return writeTx(db, () => {
        const p = clientFor(db, caller, input.participantId, { field: 'participantId', write: true });
        notEnded(p);
        const schools = listSchools(db);
        if (input.kind === 'trialLesson') {
          if (!input.schoolId || !schools.some((s) => s.id === input.schoolId)) throw invalidInput('schoolId', msg('clientForm.step.schoolNeeded'));
        } else if (input.schoolId) throw invalidInput('schoolId', msg('clientForm.step.schoolOnlyTrial'));
        const active = listSteps(db, p.id).filter((s) => s.status !== 'done');
        if (active.some((s) => s.kind === input.kind && s.schoolId === input.schoolId)) throw invalidInput('kind', msg('clientForm.step.alreadyOpen'));
        const std = standardSteps({
          migrantKind: p.migrantKind,
          koppelingDate: p.koppelingDate,
          registrationDate: p.registrationDate,
          housingDate: p.housingDate,
          today: env.today(),
          schoolIds: input.schoolId ? [input.schoolId] : ['-'],
        });
        // A gezinsmigrant's chain has no groepsvoorlichting or startklas; asked for, the terms still give the dates.
        const model = std.find((s) => s.kind === input.kind) ?? std[0];
        const earliestDate = input.earliestDate ?? model.earliestDate;
        const dueDate = input.dueDate ?? model.dueDate;
        if (dueDate < earliestDate) throw invalidInput('dueDate', msg('clientForm.step.dueBeforeEarliest'));
        addStep(db, audit, { participantId: p.id, kind: input.kind, schoolId: input.schoolId, earliestDate, dueDate });
        changed();
        return { applied: true, id: p.id, message: `Stap toegevoegd: ${KIND_NL[input.kind]}.`, bookings: [], steps: stepsOf(db, p.id) };
      });
    },

    'steps.remove': ({ participantId, demandId, confirm }, ctx) => {
      const caller = callerOf(ctx);
      const audit = profileAudit(env, profileOf(ctx), 'stappen bijwerken');
      const today = env.today();
      return writeTx(db, () => {
        const p = clientFor(db, caller, participantId, { field: 'participantId', write: true });
        const step = listSteps(db, p.id).find((s) => s.id === demandId);
        if (!step) throw new ApiError({ code: 'not_found', msg: msg('error.stepNotOfParticipant'), field: 'demandId' });
        if (step.status === 'done') throw new ApiError({ code: 'conflict', msg: msg('error.stepDone'), field: 'demandId' });
        const booking = bookingsOfPerson(db, p.id).find((b) => b.demandId === demandId);
        if (booking && booking.start.slice(0, 10) < today) {
          throw new ApiError({
            code: 'conflict',
            field: 'demandId',
            msg: msg('clientForm.step.pastBooking', { what: param.kind(step.kind), when: param.span(booking.start, booking.end) }),
          });
        }
        if (booking && !confirm) {
          return {
            applied: false,
            id: p.id,
            message: `Deze stap heeft een afspraak: ${bookingNl(booking)}. Bevestig om de afspraak te annuleren en de stap te verwijderen.`,
            bookings: [bookingOut(booking)],
            steps: stepsOf(db, p.id),
          };
        }
        if (booking) cancelBooking(db, audit, p.id, booking);
        deleteStep(db, audit, demandId);
        // A cancelled intake frees a seat: the first in line gets it in this same write.
        if (booking?.kind === 'startklasIntake') settleWaitingList(deps, profileAudit(env, profileOf(ctx), 'wachtlijst startklas'));
        changed();
        return {
          applied: true,
          id: p.id,
          message: booking ? `Stap verwijderd; de afspraak (${bookingNl(booking)}) is geannuleerd.` : 'Stap verwijderd.',
          bookings: booking ? [bookingOut(booking)] : [],
          steps: stepsOf(db, p.id),
        };
      });
    },

    'steps.reorder': ({ participantId, demandIds }, ctx) => {
      const caller = callerOf(ctx);
      const audit = profileAudit(env, profileOf(ctx), 'stappen bijwerken');
      return writeTx(db, () => {
        const p = clientFor(db, caller, participantId, { field: 'participantId', write: true });
        const active = listSteps(db, p.id)
          .filter((s) => s.status !== 'done')
          .map((s) => s.id)
          .sort();
        if (JSON.stringify([...demandIds].sort()) !== JSON.stringify(active)) throw invalidInput('demandIds', msg('clientForm.step.order'));
        setStepOrder(db, audit, p.id, demandIds);
        changed();
        return { applied: true, id: p.id, message: 'De volgorde van de stappen is opgeslagen.', bookings: [], steps: stepsOf(db, p.id) };
      });
    },
  };
}
