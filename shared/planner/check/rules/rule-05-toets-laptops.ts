// SPEC rule 5, laptops at the toets: a touchscreen laptop for everyone with no or basic digital
// skill, a laptop for everyone, and no more participants than the toets allows.
import { msg } from '../../../messages';
import { roomP, sessionP, spanP, violation } from '../msg-params';
import type { RuleInput, Violation } from '../types';

export function checkToetsLaptops({ idx, sessions }: RuleInput, out: Violation[]): void {
  const { toets } = idx.instance.activity;
  for (const { s, start, end } of sessions) {
    if (s.kind !== 'toets') continue;
    const room = idx.rooms.get(s.roomId);
    if (!room) continue;
    let needTouch = 0;
    for (const pid of s.participants) {
      const skill = idx.participants.get(pid)?.digitalSkill;
      if (skill === 'none' || skill === 'basic') needTouch++;
    }
    const total = s.participants.length;
    const what = sessionP(idx, s, false);
    const when = spanP(start, end);
    if (needTouch > room.laptopsTouch) {
      out.push(violation(5, [s.id, room.id], msg('check.r5.touch', { what, when, n: needTouch, room: roomP(idx, room.id), have: room.laptopsTouch })));
    }
    if (total > room.laptopsTouch + room.laptopsMouse) {
      out.push(violation(5, [s.id, room.id], msg('check.r5.laptops', { what, when, n: total, room: roomP(idx, room.id), have: room.laptopsTouch + room.laptopsMouse })));
    }
    if (toets.maxSize !== null && total > toets.maxSize) {
      out.push(violation(5, [s.id], msg('check.r5.max', { what, when, n: total, max: toets.maxSize })));
    }
  }
}
