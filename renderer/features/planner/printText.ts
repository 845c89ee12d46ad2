// The printed week overview is a table per day; this orders the sessions for it.
import type { PlannedSession } from '../../../shared/api/contract';
import { addDays, type IsoDate } from '../../../shared/domain/week';

export interface PrintDay {
  day: IsoDate;
  sessions: PlannedSession[];
}

/** Monday to Friday always (an empty day is worth seeing on paper), weekend days only when used. */
export function sessionsByDay(weekStart: IsoDate, sessions: readonly PlannedSession[]): PrintDay[] {
  const days: PrintDay[] = [];
  for (let i = 0; i < 7; i++) {
    const day = addDays(weekStart, i);
    const own = sessions
      .filter((s) => s.start.slice(0, 10) === day)
      .slice()
      .sort((a, b) => a.start.localeCompare(b.start) || a.room.name.localeCompare(b.room.name, 'nl'));
    if (i < 5 || own.length > 0) days.push({ day, sessions: own });
  }
  return days;
}
