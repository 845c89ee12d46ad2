// SPEC rule 5, laptops at the toets: a touchscreen laptop for everyone with no or basic digital
// skill, a laptop for everyone, and no more participants than the toets allows.
import { plural, roomName, sessionNl, spanNl } from '../messages';
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
    if (needTouch > room.laptopsTouch) {
      out.push({
        rule: 5,
        entities: [s.id, room.id],
        message: `Bij de ${sessionNl(s)} op ${spanNl(start, end)} ${needTouch === 1 ? 'heeft 1 deelnemer' : `hebben ${needTouch} deelnemers`} een touchscreen-laptop nodig, maar ${roomName(idx, room.id)} heeft er ${room.laptopsTouch}.`,
      });
    }
    if (total > room.laptopsTouch + room.laptopsMouse) {
      out.push({
        rule: 5,
        entities: [s.id, room.id],
        message: `De ${sessionNl(s)} op ${spanNl(start, end)} heeft ${plural(total, 'deelnemer', 'deelnemers')}, maar ${roomName(idx, room.id)} heeft ${plural(room.laptopsTouch + room.laptopsMouse, 'laptop', 'laptops')}.`,
      });
    }
    if (toets.maxSize !== null && total > toets.maxSize) {
      out.push({
        rule: 5,
        entities: [s.id],
        message: `De ${sessionNl(s)} op ${spanNl(start, end)} heeft ${plural(total, 'deelnemer', 'deelnemers')}; het maximum is ${toets.maxSize}.`,
      });
    }
  }
}
