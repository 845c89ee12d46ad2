// SPEC rule 10, grid and working days: a session lies on a working day of the week, starts on
// the grid from dayStart and ends by dayEnd of the same day.
import { toMinutes } from '../../../domain/time';
import { msg, p } from '../../../messages';
import { dayP, sessionP, spanP, violation } from '../msg-params';
import type { RuleInput, Violation } from '../types';

export function checkGridAndWorkingDays({ idx, sessions }: RuleInput, out: Violation[]): void {
  const { grid } = idx.instance;
  for (const { s, start, end } of sessions) {
    const day = s.start.slice(0, 10);
    const startOfDay = toMinutes(`${day}T00:00`);
    const fromDayStart = start - startOfDay - idx.dayStart;
    if (!idx.weekDays.has(day)) {
      out.push(violation(10, [s.id], msg('check.r10.notWorkday', { what: sessionP(idx, s), when: spanP(start, end) })));
    }
    if (fromDayStart < 0 || fromDayStart % grid.slotMinutes !== 0) {
      out.push(
        violation(
          10,
          [s.id],
          msg('check.r10.offGrid', { what: sessionP(idx, s), day: dayP(start), start: p.time(s.start.slice(11, 16)), dayStart: p.time(grid.dayStart), slot: grid.slotMinutes }),
        ),
      );
    }
    if (s.end.slice(0, 10) !== day || end - startOfDay > idx.dayEnd) {
      out.push(violation(10, [s.id], msg('check.r10.late', { what: sessionP(idx, s), when: spanP(start, end), dayEnd: p.time(grid.dayEnd) })));
    }
  }
}
