// The one "what this booking changes" diff: a care gap that is there with or without the change is
// not the change's doing, even when its sentence changed; only new time without care, and new
// conflicts by rule and entities, are.
import { describe, expect, it } from 'vitest';
import { msg } from '../../messages';
import type { CareGap, Violation } from '../check';
import { violation } from '../check/msg-params';
import { addedBy } from './violation-diff';

const v = (rule: number, entities: string[], text: string): Violation => violation(rule, entities, msg('booking.asIs', { text }));
const gapOf = (x: Violation, childId: string, start: number, end: number): CareGap => ({
  violation: x,
  householdId: 'H',
  childId,
  gap: { start, end },
  adults: ['A', 'B'],
  sessionIds: [],
  sessionAdult: new Map(),
});
const result = (gaps: [Violation, string, number, number][], others: Violation[] = []) => ({
  violations: [...gaps.map((g) => g[0]), ...others],
  careGaps: gaps.map(([x, c, s, e]) => gapOf(x, c, s, e)),
});

describe('addedBy', () => {
  it('does not repeat a care gap that exists with or without the change, also when it reads differently', () => {
    const existing = v(9, ['A', 'B', 'H', 'K'], 'Salma heeft geen opvang tijdens de proefles op maandag en de toets.');
    const sameGapOtherWords = v(9, ['A', 'B', 'H', 'K'], 'Salma heeft geen opvang tijdens de toets.');
    const before = result([[existing, 'K', 540, 720]]);
    expect(addedBy(before, result([[sameGapOtherWords, 'K', 540, 690]]))).toEqual([]);
    expect(addedBy(before, result([[existing, 'K', 540, 720]]))).toEqual([]);
  });

  it('reports a gap that leaves a child without care at a new time, once', () => {
    const existing = v(9, ['A', 'B', 'H', 'K'], 'maandag');
    const grown = v(9, ['A', 'B', 'H', 'K'], 'maandag, langer');
    const otherDay = v(9, ['A', 'B', 'H', 'K'], 'dinsdag');
    const otherChild = v(9, ['A', 'B', 'H', 'L'], 'maandag, ander kind');
    const after = result([
      [grown, 'K', 480, 720],
      [otherDay, 'K', 1980, 2100],
      [otherChild, 'L', 540, 720],
    ]);
    expect(addedBy(result([[existing, 'K', 540, 720]]), after)).toEqual([grown, otherDay, otherChild]);
  });

  it('compares other conflicts by rule and entities, and keeps only those the filter accepts', () => {
    const clash = v(1, ['P', 'S1', 'S2'], 'tegelijk');
    const newClash = v(1, ['P', 'S1', 'S3'], 'tegelijk, nieuw');
    const room = v(2, ['R', 'S3'], 'lokaal dubbel');
    const after = result([], [clash, newClash, room]);
    expect(addedBy(result([], [clash]), after)).toEqual([newClash, room]);
    expect(addedBy(result([], [clash]), after, (x) => x.rule === 1)).toEqual([newClash]);
  });
});
