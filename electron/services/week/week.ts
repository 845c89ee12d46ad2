import type { Handlers } from '../../../shared/api/dispatch';
import type { PlannedSession } from '../../../shared/api/contract';
import { isoWeekOf } from '../../../shared/domain/week';
import { listWeekSessions, proposedSeats, type WeekSessionRow } from '../../../db/repositories/sessions';
import { sessionState } from '../../../db/repositories/publication';
import { viewStatus } from './publication';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';
import { lockView } from '../planner/planning-lock';
import { participantHints, withHint, type HintOf } from '../participants/hints';

/**
 * A stored session as the renderer sees it: participants by name only (with what sets same-named
 * people apart, when `hintOf` is given), demand ids stay in the main process.
 */
export function plannedSession(s: WeekSessionRow, hintOf?: HintOf): PlannedSession {
  return {
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
    participants: s.participants.map((p) => (hintOf ? withHint(hintOf, { id: p.id, name: p.name }) : { id: p.id, name: p.name })),
    version: s.version,
  };
}

export function weekHandlers({ db }: ServiceDeps): Pick<Handlers<ApiCtx>, 'week.get'> {
  return {
    'week.get': ({ weekStart }, ctx) => {
      const { year, week } = isoWeekOf(weekStart);
      const rows = listWeekSessions(db, weekStart);
      const hintOf = participantHints(db);
      // 'changed': published, and different from what was published since.
      const status = viewStatus(db, weekStart, rows.map(sessionState));
      // What accepting the proposal books besides its sessions, so the proposal view can show it all.
      const seats = proposedSeats(db, weekStart);
      const proposal = seats.trials.length + seats.intakes.length + seats.care.length > 0 ? seats : undefined;
      // On the team server: who plans this week now, if anyone.
      const planningLock = lockView(db, weekStart, ctx);
      return {
        weekStart,
        isoYear: year,
        isoWeek: week,
        status,
        sessions: rows.map((s) => plannedSession(s, hintOf)),
        ...(proposal ? { proposal } : {}),
        ...(planningLock ? { planningLock } : {}),
      };
    },
  };
}
