// SPEC rule 10, grid and working days: a session lies on a working day of the week, starts on
// the grid from dayStart and ends by dayEnd of the same day.
import { toMinutes } from '../../../domain/time';
import { sessionNl, spanNl } from '../messages';
import type { RuleInput, Violation } from '../types';

export function checkGridAndWorkingDays({ idx, sessions }: RuleInput, out: Violation[]): void {
  const { grid } = idx.instance;
  for (const { s, start, end } of sessions) {
    const day = s.start.slice(0, 10);
    const startOfDay = toMinutes(`${day}T00:00`);
    const fromDayStart = start - startOfDay - idx.dayStart;
    if (!idx.weekDays.has(day)) {
      out.push({ rule: 10, entities: [s.id], message: `De ${sessionNl(s)} op ${spanNl(start, end)} valt niet op een werkdag van deze week.` });
    }
    if (fromDayStart < 0 || fromDayStart % grid.slotMinutes !== 0) {
      out.push({
        rule: 10,
        entities: [s.id],
        message: `De ${sessionNl(s)} begint om ${s.start.slice(11, 16)}; sessies beginnen vanaf ${grid.dayStart} op een veelvoud van ${grid.slotMinutes} minuten.`,
      });
    }
    if (s.end.slice(0, 10) !== day || end - startOfDay > idx.dayEnd) {
      out.push({ rule: 10, entities: [s.id], message: `De ${sessionNl(s)} op ${spanNl(start, end)} eindigt na ${grid.dayEnd}.` });
    }
  }
}
