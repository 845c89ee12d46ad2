// SPEC rule 6, group size: a group information session has between minSize and maxSize
// participants.
import { msg } from '../../../messages';
import { sessionP, spanP, violation } from '../msg-params';
import type { RuleInput, Violation } from '../types';

export function checkGroupSize({ idx, sessions }: RuleInput, out: Violation[]): void {
  const { groupInfo } = idx.instance.activity;
  for (const { s, start, end } of sessions) {
    if (s.kind !== 'groupInfo') continue;
    const n = s.participants.length;
    if (n < groupInfo.minSize || n > groupInfo.maxSize) {
      out.push(violation(6, [s.id], msg('check.r6.size', { what: sessionP(idx, s), when: spanP(start, end), n, min: groupInfo.minSize, max: groupInfo.maxSize })));
    }
  }
}
