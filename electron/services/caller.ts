// Who is calling: the consultant or school liaison profile a call needs (dispatch's access check
// normally refuses earlier), and a consultant's own client.
import { ApiError } from '../../shared/api/errors';
import { msg } from '../../shared/messages';
import { profileOf, type ApiCtx } from '../../shared/api/access';
import type { Profile, ProfileKind } from '../../shared/api/contract';
import type { Db } from '../../db/connection';
import { getParticipant, type Participant } from '../../db/repositories/participants';

/** A profile that stands for one consultant or one language school, so it has an id. */
export interface StaffProfile<K extends StaffKind = StaffKind> {
  kind: K;
  id: string;
  name: string;
}
export type StaffKind = Exclude<ProfileKind, 'coordinator'>;

/** The caller's profile of the given kind. */
export function requireProfile<K extends StaffKind>(ctx: ApiCtx, kind: K): StaffProfile<K> {
  const p = profileOf(ctx);
  if (!p) throw new ApiError({ code: 'forbidden', msg: msg('error.chooseProfile') });
  if (p.kind !== kind || !p.id) throw new ApiError({ code: 'forbidden', msg: msg('error.notThisProfile') });
  return { kind, id: p.id, name: p.name };
}

/** A client of this consultant, or a clear refusal. */
export function ownClient(db: Db, consultant: StaffProfile<'consultant'>, participantId: string): Participant {
  const p = getParticipant(db, participantId);
  // One answer whether the person exists or not, and no name: a consultant must not learn who
  // else is in the region by trying ids.
  if (!p || p.consultantId !== consultant.id) {
    throw new ApiError({ code: 'forbidden', msg: msg('error.notYourClient'), field: 'participantId' });
  }
  return p;
}

/**
 * Who books for a client, and the client: a consultant their own clients (ownClient), the
 * coordinator anyone in the region ("handmatig boeken" from the not-planned list). The same
 * checks before booking run for both; the audit names who booked.
 */
export function bookingClient(db: Db, ctx: ApiCtx, participantId: string): { me: Profile; p: Participant } {
  const profile = profileOf(ctx);
  if (profile?.kind === 'coordinator') {
    const p = getParticipant(db, participantId);
    if (!p) throw new ApiError({ code: 'not_found', msg: msg('error.participantGoneNow'), field: 'participantId' });
    return { me: profile, p };
  }
  const me = requireProfile(ctx, 'consultant');
  return { me, p: ownClient(db, me, participantId) };
}
