// How many more clients fit in a toets session (SPEC rule 5): each needs a laptop of the kind
// laptopKindFor gives their digital skill, a touch laptop can serve anyone, and the room keeps
// a seat for the consultant.
import { DIGITAL_SKILLS, laptopKindFor, type DigitalSkill, type LaptopKind } from './kinds';

export interface ToetsRoomUse {
  capacity: number;
  laptopsTouch: number;
  laptopsMouse: number;
  /** Clients booked, per digital skill. */
  bySkill: Record<DigitalSkill, number>;
}

/** Laptops of each kind the booked clients need. */
export function laptopsNeeded(bySkill: Record<DigitalSkill, number>): Record<LaptopKind, number> {
  const need: Record<LaptopKind, number> = { touch: 0, mouse: 0 };
  for (const skill of DIGITAL_SKILLS) need[laptopKindFor(skill)] += bySkill[skill];
  return need;
}

/** Free laptops for one more client needing `kind`, bounded by room size and the region's maximum group size. */
export function freeLaptopsFor(s: ToetsRoomUse, kind: LaptopKind, maxSize: number | null): number {
  const need = laptopsNeeded(s.bySkill);
  const booked = need.touch + need.mouse;
  const total = s.laptopsTouch + s.laptopsMouse - booked;
  const byKind = kind === 'touch' ? Math.min(s.laptopsTouch - need.touch, total) : total;
  const room = s.capacity - 1 - booked;
  const max = maxSize === null ? Infinity : maxSize - booked;
  return Math.max(0, Math.min(byKind, room, max));
}
