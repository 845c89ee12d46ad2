// A sentence about a booking not yet made reads as its consequence: the checker says what *is*
// ("staat tegelijk in …"), an option shown before booking says what it *would* bring ("zou dan
// tegelijk in … staan"). After a booking (and in the "Toch boeken" mark) the checker's own
// sentence stays. The parameters are the same, so only the code changes.
import type { Msg } from './types';

/** The checker's (and the booking flows') codes with a sentence of their own before booking. */
export const WOULD_CODES: Readonly<Record<string, string>> = {
  'check.r1.unreachable': 'booking.would.r1.unreachable',
  'check.r1.busy': 'booking.would.r1.busy',
  'check.r1.overlap': 'booking.would.r1.overlap',
  'check.r1.noRoute': 'booking.would.r1.noRoute',
  'check.r1.tooClose': 'booking.would.r1.tooClose',
  'check.r9.gap': 'booking.would.r9.gap',
  'check.r9.gapDay': 'booking.would.r9.gapDay',
  'booking.partnerOverlap': 'booking.would.partnerOverlap',
};

/** The message as what a booking would bring; a message without such a sentence as it is. */
export function wouldMsg(m: Msg): Msg {
  const code = WOULD_CODES[m.code];
  return code ? { code, params: m.params } : m;
}
