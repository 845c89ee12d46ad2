// SPEC rule 2, rooms: a session fits its room (participants, consultant and interpreter), the
// room is meant for its kind and available then, and holds one session at a time.
import { insideAny } from '../../../domain/intervals';
import { KIND_NL } from '../../../domain/kinds';
import { roomName, sessionNl, spanNl } from '../messages';
import type { RuleInput, Violation } from '../types';
import { doubleBookings, sessionsPer } from './double-bookings';

export function checkRooms({ idx, sessions }: RuleInput, out: Violation[]): void {
  for (const { s, start, end } of sessions) {
    const room = idx.rooms.get(s.roomId);
    if (!room) continue;
    const people = s.participants.length + 1 + (s.interpreterId !== null ? 1 : 0);
    if (people > room.capacity) {
      out.push({
        rule: 2,
        entities: [s.id, room.id],
        message: `De ${sessionNl(s)} op ${spanNl(start, end)} heeft ${people} personen (deelnemers, consulent${s.interpreterId ? ', tolk' : ''}), maar ${roomName(idx, room.id)} biedt plaats aan ${room.capacity}.`,
      });
    }
    if (!room.kinds.includes(s.kind)) {
      out.push({
        rule: 2,
        entities: [s.id, room.id],
        message: `${roomName(idx, room.id)} is niet geschikt voor een ${KIND_NL[s.kind]} (${sessionNl(s)} op ${spanNl(start, end)}).`,
      });
    }
    if (!insideAny(idx.roomAvailable.get(room.id)!, start, end)) {
      out.push({ rule: 2, entities: [s.id, room.id], message: `${roomName(idx, room.id)} is op ${spanNl(start, end)} niet beschikbaar voor de ${sessionNl(s)}.` });
    }
  }

  doubleBookings(
    sessionsPer(sessions, (t) => t.s.roomId),
    (a, b, id) => ({
      rule: 2,
      entities: [a.s.id, b.s.id, id],
      message: `${roomName(idx, id)} is dubbel geboekt: ${sessionNl(a.s)} (${spanNl(a.start, a.end)}) en ${sessionNl(b.s)} (${spanNl(b.start, b.end)}).`,
    }),
    out,
  );
}
