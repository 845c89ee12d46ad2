import type { Handlers } from '../../shared/api/dispatch';
import { isoWeekOf } from '../../shared/domain/week';
import { getWeekStatus, listWeekSessions } from '../../db/repositories/sessions';
import type { ServiceDeps } from './context';

export function weekHandlers({ db }: ServiceDeps): Pick<Handlers<unknown>, 'week.get'> {
  return {
    'week.get': ({ weekStart }) => {
      const { year, week } = isoWeekOf(weekStart);
      const sessions = listWeekSessions(db, weekStart).map((s) => ({
        id: s.id,
        kind: s.kind,
        status: s.status,
        start: s.start,
        end: s.end,
        language: s.language,
        room: s.room,
        consultant: s.consultant,
        interpreter: s.interpreter,
        pinned: s.pinned,
        participantCount: s.participants.length,
        participants: s.participants.map((p) => ({ id: p.id, name: p.name })),
      }));
      return { weekStart, isoYear: year, isoWeek: week, status: getWeekStatus(db, weekStart), sessions };
    },
  };
}
