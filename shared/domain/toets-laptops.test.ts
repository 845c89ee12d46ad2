import { describe, expect, it } from 'vitest';
import { freeLaptopsFor, laptopsNeeded } from './toets-laptops';

const room = { capacity: 14, laptopsTouch: 4, laptopsMouse: 4 };

describe('toets laptops (SPEC rule 5)', () => {
  it('counts a touch laptop for no or basic digital skill and a mouse laptop for good', () => {
    expect(laptopsNeeded({ none: 2, basic: 1, good: 3 })).toEqual({ touch: 3, mouse: 3 });
  });

  it('gives a client with low skill only the free touch laptops, others any free laptop', () => {
    const use = { ...room, bySkill: { none: 3, basic: 0, good: 2 } };
    expect(freeLaptopsFor(use, 'touch', null)).toBe(1);
    expect(freeLaptopsFor(use, 'mouse', null)).toBe(3);
  });

  it('is bounded by the room (one seat for the consultant) and the maximum group size', () => {
    const small = { capacity: 4, laptopsTouch: 4, laptopsMouse: 4, bySkill: { none: 0, basic: 0, good: 2 } };
    expect(freeLaptopsFor(small, 'mouse', null)).toBe(1);
    expect(freeLaptopsFor({ ...room, bySkill: { none: 0, basic: 0, good: 5 } }, 'mouse', 6)).toBe(1);
    expect(freeLaptopsFor({ ...room, bySkill: { none: 0, basic: 0, good: 8 } }, 'touch', null)).toBe(0);
  });
});
