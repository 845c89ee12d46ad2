// Same-named people told apart (issue 13: three "Mohammed Mansour"): per participant of the region
// the least that sets them apart from others with the same name (their gemeente, else also their
// client number), sent with the name in every list a person reads; the renderer writes
// "Mohammed Mansour (Leerdam)" or "Onur Yıldız (Molenlanden, cliëntnr. KL-48213)".
import type { Db } from '../../../db/connection';
import { listParticipants } from '../../../db/repositories/participants';
import { distinguishPeople, type PersonHint } from '../../../shared/messages';

export type HintOf = (participantId: string) => PersonHint | undefined;

/** The hints over all the region's participants (a name is compared with everyone's, not one list's). */
export function participantHints(db: Db): HintOf {
  return hintsAmong(listParticipants(db));
}

/** The same, for a caller that has already read the region's participants. */
export function hintsAmong(participants: readonly { id: string; name: string; gemeente: string; clientNumber?: string | null }[]): HintOf {
  const hints = distinguishPeople(participants.map((p) => ({ id: p.id, name: p.name, gemeente: p.gemeente, ...(p.clientNumber ? { clientNumber: p.clientNumber } : {}) })));
  return (id) => hints.get(id);
}

/** A person reference with its hint, when the name needs one. */
export function withHint<T extends { id: string }>(hintOf: HintOf, ref: T): T & { hint?: PersonHint } {
  const hint = hintOf(ref.id);
  return hint ? { ...ref, hint } : ref;
}
