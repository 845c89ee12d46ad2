// A consultant's request for an extra toets slot when none fits their client, and the
// coordinator's list of requests to answer by planning.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import { laptopKindFor } from '../../../shared/domain/kinds';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import { ensureOpenDemand, hasActiveDemand } from '../../../db/repositories/demands';
import { addSlotRequest, getSlotRequest, listSlotRequests, markSlotRequestDone, type SlotRequestRow } from '../../../db/repositories/slot-requests';
import { nowOf, type ServiceDeps } from '../context';
import { ownClient, requireProfile } from '../caller';
import { profileAudit } from '../audit/profile-audit';
import { bookedToetsSeat } from '../../../db/repositories/session-seats';
import { getToetsSession } from '../../../db/repositories/toets-slots';
import { isoWeekOf } from '../../../shared/domain/week';
import { msg, p as param } from '../../../shared/messages';

export function slotRequestHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'toets.requestSlot' | 'requests.list' | 'requests.resolve'> {
  const requestOf = (id: string): SlotRequestRow => {
    const r = getSlotRequest(db, id);
    if (!r) throw new ApiError({ code: 'not_found', msg: msg('error.requestGone'), field: 'requestId' });
    return r;
  };
  return {
    'toets.requestSlot': ({ participantId, weekStart, note }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const id = randomUUID();
      writeTx(db, () => {
        // One open request per client, and none for a client whose toets is booked (read here:
        // a second click or another window may have asked or booked meanwhile).
        const open = listSlotRequests(db, { status: 'open' }).find((r) => r.participant.id === p.id);
        if (open) {
          throw new ApiError({ code: 'conflict', msg: msg('error.requestOpen', { who: param.person(p.name), week: isoWeekOf(open.weekStart).week }) });
        }
        const booked = bookedToetsSeat(db, p.id);
        const session = booked ? getToetsSession(db, booked.sessionId) : null;
        if (session && session.start.slice(0, 10) >= env.today()) {
          throw new ApiError({
            code: 'conflict',
            msg: msg('error.toetsAlreadyBooked', { who: param.person(p.name), when: param.span(session.start, session.end) }),
          });
        }
        // The request is answered by planning: a client without a toets step gets one, from the
        // requested week, so "Week plannen" includes them. A booked toets is left as it is.
        if (!hasActiveDemand(db, p.id, 'toets')) {
          ensureOpenDemand(db, profileAudit(env, me, 'verzoek extra toetsmoment'), p.id, 'toets', weekStart > env.today() ? weekStart : env.today());
        }
        addSlotRequest(db, { id, participantId: p.id, consultantId: me.id, weekStart, laptopKind: laptopKindFor(p.digitalSkill), note, createdAt: nowOf(env) });
        writeAudit(db, profileAudit(env, me, 'verzoek extra toetsmoment'), 'create', 'slot_request', id, { participantId: p.id, weekStart });
      });
      events.emit({ type: 'data.changed', area: 'requests' });
      return { request: requestOf(id) };
    },
    'requests.list': ({ status }) => ({ items: listSlotRequests(db, status === 'open' ? { status: 'open' } : {}) }),
    'requests.resolve': ({ requestId }, ctx) => {
      requestOf(requestId);
      writeTx(db, () => {
        markSlotRequestDone(db, requestId);
        writeAudit(db, profileAudit(env, profileOf(ctx), 'verzoek afgehandeld'), 'update', 'slot_request', requestId, { fields: ['status'] });
      });
      events.emit({ type: 'data.changed', area: 'requests' });
      return { request: requestOf(requestId) };
    },
  };
}
