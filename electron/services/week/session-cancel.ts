// Cancelling one session from the coordinator's week (a group information session, a toets).
// The session goes with its participants' bookings: their steps are open to book again and the
// consultant and interpreter are free. A published week keeps the session as it was published
// (published_sessions, migration 009), so week.changes names who must be told and the staff's
// calendars carry it as cancelled, same UID, higher SEQUENCE. Recorded for undo like every week
// edit: undone before publishing again, nothing was ever cancelled.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { whenNl } from '../../../shared/domain/dutch-dates';
import { writeTx } from '../../../db/connection';
import { writeAudit } from '../../../db/repositories/audit';
import { deleteSession, sessionParticipantIds } from '../../../db/repositories/sessions';
import { recordChange } from '../../../db/repositories/week-history';
import { auditContext, nowOf, type ServiceDeps } from '../context';
import { getSessionRow, refuseIfStale } from './session-edits';
import { guardPublished } from './week-edits';

const KIND_NL = { groupInfo: 'Groepsvoorlichting', toets: 'Toets' } as const;

export function sessionCancelHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'session.cancel'> {
  return {
    'session.cancel': ({ sessionId, reason, expectedVersion, confirmPublished }) => {
      const ctx = auditContext(env, 'Sessie geannuleerd in de weekplanning');
      const done = writeTx(db, () => {
        const s = getSessionRow(db, sessionId);
        refuseIfStale(db, env, s, expectedVersion);
        guardPublished(db, ctx, s.weekStart, confirmPublished, 'cancelSession', `sessie ${sessionId} annuleren`);
        const participants = sessionParticipantIds(db, sessionId);
        recordChange(db, s.weekStart, `${KIND_NL[s.kind]} van ${whenNl(s.start)} geannuleerd`, nowOf(env), () => {
          // Each participant's booking is removed with its own audit row; the session's row says why.
          deleteSession(db, ctx, sessionId);
          writeAudit(db, ctx, 'delete', 'session', sessionId, {
            what: 'cancelled',
            kind: s.kind,
            start: s.start,
            participants: participants.length,
            ...(reason ? { reason } : {}),
          });
        });
        return { weekStart: s.weekStart, participantCount: participants.length };
      });
      events.emit({ type: 'week.changed', weekStart: done.weekStart });
      return done;
    },
  };
}
