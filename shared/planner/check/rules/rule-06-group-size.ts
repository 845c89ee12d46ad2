// SPEC rule 6, group size: a group information session has between minSize and maxSize
// participants.
import { plural, sessionNl, spanNl } from '../messages';
import type { RuleInput, Violation } from '../types';

export function checkGroupSize({ idx, sessions }: RuleInput, out: Violation[]): void {
  const { groupInfo } = idx.instance.activity;
  for (const { s, start, end } of sessions) {
    if (s.kind !== 'groupInfo') continue;
    const n = s.participants.length;
    if (n < groupInfo.minSize || n > groupInfo.maxSize) {
      out.push({
        rule: 6,
        entities: [s.id],
        message: `De ${sessionNl(s)} op ${spanNl(start, end)} heeft ${plural(n, 'deelnemer', 'deelnemers')}; een groep heeft er ${groupInfo.minSize} tot en met ${groupInfo.maxSize}.`,
      });
    }
  }
}
