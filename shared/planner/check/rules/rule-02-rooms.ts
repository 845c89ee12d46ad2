// SPEC rule 2, rooms: a session fits its room (participants, consultant and interpreter), the
// room is meant for its kind and available then, and holds one session at a time.
import { insideAny } from '../../../domain/intervals';
import { msg, p } from '../../../messages';
import { roomP, sessionP, spanP, violation } from '../msg-params';
import type { RuleInput, Violation } from '../types';
import { doubleBookings, sessionsPer } from './double-bookings';

export function checkRooms({ idx, sessions }: RuleInput, out: Violation[]): void {
  for (const { s, start, end } of sessions) {
    const room = idx.rooms.get(s.roomId);
    if (!room) continue;
    const people = s.participants.length + 1 + (s.interpreterId !== null ? 1 : 0);
    if (people > room.capacity) {
      out.push(
        violation(
          2,
          [s.id, room.id],
          msg(s.interpreterId ? 'check.r2.tooSmallInterpreter' : 'check.r2.tooSmall', {
            what: sessionP(idx, s, false),
            when: spanP(start, end),
            n: people,
            room: roomP(idx, room.id),
            capacity: room.capacity,
          }),
        ),
      );
    }
    if (!room.kinds.includes(s.kind)) {
      out.push(violation(2, [s.id, room.id], msg('check.r2.wrongKind', { room: roomP(idx, room.id), kind: p.kind(s.kind), when: spanP(start, end) })));
    }
    if (!insideAny(idx.roomAvailable.get(room.id)!, start, end)) {
      out.push(violation(2, [s.id, room.id], msg('check.r2.unavailable', { room: roomP(idx, room.id), when: spanP(start, end), what: sessionP(idx, s, false) })));
    }
  }

  doubleBookings(
    sessionsPer(sessions, (t) => t.s.roomId),
    (a, b, id) =>
      violation(
        2,
        [a.s.id, b.s.id, id],
        msg('check.r2.double', { room: roomP(idx, id), a: sessionP(idx, a.s, false), aWhen: spanP(a.start, a.end), b: sessionP(idx, b.s, false), bWhen: spanP(b.start, b.end) }),
      ),
    out,
  );
}
