// Who may touch which client: the coordinator everyone, a consultant only their own clients.
// The refusal names nobody (not even whether the person exists for someone else).
import { ApiError } from '../../../shared/api/errors';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import type { Db } from '../../../db/connection';
import { getParticipant, type Participant } from '../../../db/repositories/participants';
import { msg } from '../../../shared/messages';

export const NOT_YOUR_CLIENT = 'Deze cliënt hoort niet bij uw caseload.';

export type Caller = { kind: 'coordinator' } | { kind: 'consultant'; id: string };

export function callerOf(ctx: ApiCtx): Caller {
  const p = profileOf(ctx);
  if (p?.kind === 'coordinator') return { kind: 'coordinator' };
  if (p?.kind === 'consultant' && p.id) return { kind: 'consultant', id: p.id };
  throw new ApiError({ code: 'forbidden', msg: msg('error.notThisProfile') });
}

/** The client, when the caller may see and change them; erased people only for reading. */
export function clientFor(db: Db, caller: Caller, id: string, opts: { field?: string; write?: boolean } = {}): Participant {
  const field = opts.field ?? 'id';
  const p = getParticipant(db, id);
  if (!p) {
    // A consultant learns nothing about ids outside their caseload, existing or not.
    if (caller.kind === 'consultant') throw new ApiError({ code: 'forbidden', msg: msg('error.notYourClient'), field });
    throw new ApiError({ code: 'not_found', msg: msg('error.participantGone'), field });
  }
  if (caller.kind === 'consultant' && p.consultantId !== caller.id) throw new ApiError({ code: 'forbidden', msg: msg('error.notYourClient'), field });
  if (opts.write && p.erasedOn) throw new ApiError({ code: 'conflict', msg: msg('error.participantErased'), field });
  return p;
}
