// "Traject beëindigen" and "Gegevens verwijderen" (the AVG right to erasure). Both list the
// bookings they cancel; ending asks for a confirmation when there are any, erasure always has
// one (its preview, participants.erasePreview, says what will go).
import type { Handlers } from '../../../shared/api/dispatch';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import { ApiError } from '../../../shared/api/errors';
import { msg, p as param } from '../../../shared/messages';
import { formatDateNl } from '../../../shared/domain/dutch-dates';
import { writeTx } from '../../../db/tx';
import { bookingsOfPerson, endTrajectory, erasurePlan, eraseParticipant, listSteps } from '../../../db/repositories/people';
import type { ServiceDeps } from '../context';
import { profileAudit } from '../audit/profile-audit';
import { settleWaitingList } from '../bookings/startklas-waiting-list';
import { callerOf, clientFor } from './client-access';
import { bookingNl, bookingOut } from './people-read';

const many = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export function endEraseHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, 'participants.end' | 'participants.erase'> {
  const { db, env, events } = deps;
  const changed = () => events.emit({ type: 'data.changed', area: 'participants' });
  return {
    'participants.end': ({ id, date, reason, confirm }, ctx) => {
      const caller = callerOf(ctx);
      const audit = profileAudit(env, profileOf(ctx), `traject beëindigen: ${reason}`);
      return writeTx(db, () => {
        const p = clientFor(db, caller, id, { write: true });
        if (p.endedOn) throw new ApiError({ code: 'conflict', msg: msg('clientForm.alreadyEnded', { date: param.date(p.endedOn, true) }), field: 'id' });
        const cancel = bookingsOfPerson(db, p.id).filter((b) => b.start.slice(0, 10) >= date);
        if (cancel.length > 0 && !confirm) {
          return {
            applied: false,
            id: p.id,
            message: `Vanaf ${formatDateNl(date)} staan nog ${many(cancel.length, 'afspraak', 'afspraken')}: ${cancel.map(bookingNl).join('; ')}. Bevestig om ze te annuleren en het traject te beëindigen.`,
            bookings: cancel.map(bookingOut),
          };
        }
        const open = listSteps(db, p.id).filter((s) => s.status === 'open').length + cancel.length;
        endTrajectory(db, audit, p.id, { date, reason }, cancel);
        // A cancelled intake frees a seat: the first in line gets it in this same write.
        if (cancel.some((b) => b.kind === 'startklasIntake')) settleWaitingList(deps, profileAudit(env, profileOf(ctx), 'wachtlijst startklas'));
        changed();
        return {
          applied: true,
          id: p.id,
          message: `Traject beëindigd op ${formatDateNl(date)}: ${many(open, 'open stap', 'open stappen')} gesloten${cancel.length > 0 ? `, ${many(cancel.length, 'afspraak', 'afspraken')} geannuleerd` : ''}. De geschiedenis blijft bewaard.`,
          bookings: cancel.map(bookingOut),
        };
      });
    },

    'participants.erase': ({ id }, ctx) => {
      const caller = callerOf(ctx);
      const audit = profileAudit(env, profileOf(ctx), 'recht op verwijdering (AVG)');
      const today = env.today();
      return writeTx(db, () => {
        const p = clientFor(db, caller, id, { write: true });
        const future = erasurePlan(db, p.id, today).future;
        const r = eraseParticipant(db, audit, p.id, today);
        if (future.some((b) => b.kind === 'startklasIntake')) settleWaitingList(deps, profileAudit(env, profileOf(ctx), 'wachtlijst startklas'));
        changed();
        return {
          applied: true,
          id: null,
          message: `De gegevens zijn verwijderd.${r.futureRemoved > 0 ? ` ${many(r.futureRemoved, 'afspraak', 'afspraken')} vanaf vandaag geannuleerd.` : ''}${r.pastKept > 0 ? ` ${many(r.pastKept, 'afspraak', 'afspraken')} in het verleden staan er nog als "Verwijderde deelnemer".` : ''}`,
          bookings: future.map(bookingOut),
        };
      });
    },
  };
}
