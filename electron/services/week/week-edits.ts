// Changes to the coordinator's week: accepting and discarding proposals, editing and pinning
// sessions, applying a fix, and undo/redo (publishing: publication.ts). Every change runs in one transaction,
// is recorded for undo with a Dutch label, writes audit rows for personal data and emits
// week.changed. A published week changes only with confirmPublished: true, and that is logged.
import type { Handlers } from '../../../shared/api/dispatch';
import type { PlannedSession } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { msg, p, type Msg } from '../../../shared/messages';
import { isoWeekOf } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/connection';
import { writeAudit, type AuditContext } from '../../../db/repositories/audit';
import {
  acceptProposedSeats,
  acceptProposedSessions,
  deleteProposals,
  getWeekStatus,
  listWeekSessions,
  proposedSeats,
  proposedSessionIds,
  pinnedProposalIds,
  noteSessionChange,
  setSessionPinned,
} from '../../../db/repositories/sessions';
import { historyState, recordChange, redoNext, undoLast } from '../../../db/repositories/week-history';
import { clearUnplannedReasons } from '../../../db/repositories/planner-runs';
import { auditContext, nowOf, type ServiceDeps } from '../context';
import { applySessionChange, bookChildcare, getSessionRow, refuseIfStale } from './session-edits';
import { plannedSession } from './week';
import { settleWaitingList } from '../bookings/startklas-waiting-list';
import type { ApiCtx } from '../../../shared/api/access';
import { endLock, refuseIfLockedByOther } from '../planner/planning-lock';

export function sessionView(db: Db, id: string): PlannedSession {
  const row = getSessionRow(db, id);
  const s = listWeekSessions(db, row.weekStart).find((x) => x.id === id);
  if (!s) throw new ApiError({ code: 'not_found', field: 'sessionId', msg: msg('weekEdit.sessionGone') });
  return plannedSession(s);
}

/** What a change to a published week is, in the question to confirm it (catalog/week-edits.ts). */
export type PublishedChange = 'undo' | 'redo' | 'acceptProposal' | 'rejectProposal' | 'editSession' | 'applyFix' | 'cancelSession';

/** The audit log's Dutch for each change. */
const PUBLISHED_CHANGE_NL: Record<PublishedChange, string> = {
  undo: 'ongedaan maken',
  redo: 'opnieuw uitvoeren',
  acceptProposal: 'voorstel accepteren',
  rejectProposal: 'voorstel verwerpen',
  editSession: 'sessie wijzigen',
  applyFix: 'oplossing toepassen',
  cancelSession: 'sessie annuleren',
};

/**
 * Refuses a change to a published week unless confirmed (code 'conflict', message
 * 'weekEdit.published'); a confirmed one is logged with its purpose (`auditNote`: what the log keeps).
 */
export function guardPublished(db: Db, audit: AuditContext, weekStart: string, confirmed: boolean, what: PublishedChange, auditNote = PUBLISHED_CHANGE_NL[what]): void {
  if (getWeekStatus(db, weekStart) !== 'published') return;
  if (!confirmed) {
    throw new ApiError({
      code: 'conflict',
      msg: msg('weekEdit.published', { week: isoWeekOf(weekStart).week, what: p.msg(msg(`weekEdit.what.${what}`)) }),
    });
  }
  writeAudit(db, { ...audit, purpose: 'Wijziging in een gepubliceerde week' }, 'update', 'week', weekStart, { change: auditNote });
}

/**
 * A restore can no longer apply when data it names was removed since (a room, a participant):
 * the database refuses it and nothing changes; the user gets that in words, not an internal error.
 */
function stale<T>(restore: () => T, refusal: Msg): T {
  try {
    return restore();
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_CONSTRAINT')) throw err;
    throw new ApiError({ code: 'conflict', msg: refusal });
  }
}

/** Undo and redo are the same walk through the week's history, in opposite directions. */
interface HistoryStep {
  purpose: string;
  what: PublishedChange;
  staleWhat: Msg;
  nothingLeft: Msg;
  possible(h: ReturnType<typeof historyState>): boolean;
  run: typeof undoLast;
}

const UNDO: HistoryStep = {
  purpose: 'Wijziging in de weekplanning ongedaan gemaakt',
  what: 'undo',
  staleWhat: msg('weekEdit.undoStale'),
  nothingLeft: msg('weekEdit.nothingToUndo'),
  possible: (h) => h.canUndo,
  run: undoLast,
};

const REDO: HistoryStep = {
  purpose: 'Wijziging in de weekplanning opnieuw uitgevoerd',
  what: 'redo',
  staleWhat: msg('weekEdit.redoStale'),
  nothingLeft: msg('weekEdit.nothingToRedo'),
  possible: (h) => h.canRedo,
  run: redoNext,
};

export function weekEditHandlers(
  deps: ServiceDeps,
): Pick<Handlers<ApiCtx>, 'proposal.accept' | 'proposal.discard' | 'session.update' | 'session.pin' | 'fix.apply' | 'history.state' | 'history.undo' | 'history.redo'> {
  const { db, env, events } = deps;
  const audit = (purpose: string) => auditContext(env, purpose);
  const changed = (weekStart: string) => events.emit({ type: 'week.changed', weekStart });

  function historyStep(weekStart: string, confirmPublished: boolean, step: HistoryStep) {
    const ctx = audit(step.purpose);
    const done = writeTx(db, () => {
      if (!step.possible(historyState(db, weekStart))) return null;
      guardPublished(db, ctx, weekStart, confirmPublished, step.what);
      return stale(() => step.run(db, weekStart, ctx), step.staleWhat);
    });
    if (done === null) throw new ApiError({ code: 'conflict', msg: step.nothingLeft });
    changed(weekStart);
    // Going back or forth may free an intake seat: the waiting list gets it.
    settleWaitingList(deps, audit('wachtlijst startklas'));
    return historyState(db, weekStart);
  }

  return {
    'proposal.accept': ({ weekStart, sessionIds, confirmPublished }, caller) => {
      const ctx = audit('Voorstel weekplanning geaccepteerd');
      const accepted = writeTx(db, () => {
        refuseIfLockedByOther(db, env, weekStart, caller);
        guardPublished(db, ctx, weekStart, confirmPublished, 'acceptProposal');
        const ids = sessionIds ?? proposedSessionIds(db, weekStart);
        for (const id of ids) {
          const s = getSessionRow(db, id, 'sessionIds');
          if (s.weekStart !== weekStart) throw new ApiError({ code: 'not_found', field: 'sessionIds', msg: msg('weekEdit.sessionOtherWeek', { week: p.date(weekStart, true) }) });
        }
        const label = sessionIds ? (ids.length === 1 ? 'Voorgestelde sessie geaccepteerd' : `${ids.length} voorgestelde sessies geaccepteerd`) : 'Voorstel geaccepteerd';
        // "Accept all" also accepts the proposal's seats and childcare bookings: counted per kind
        // so the notice names all of it, as the proposal view showed it.
        const seats = sessionIds ? null : proposedSeats(db, weekStart);
        const done = recordChange(db, weekStart, label, nowOf(env), () => {
          const sessions = acceptProposedSessions(db, ctx, ids);
          const n = sessions + (seats ? acceptProposedSeats(db, ctx, weekStart) : 0);
          return { n, counts: { sessions, trials: seats?.trials.length ?? 0, intakes: seats?.intakes.length ?? 0, care: seats?.care.length ?? 0 } };
        });
        // Accepted: the week's planning is free for others again.
        endLock(db, weekStart);
        return done;
      });
      changed(weekStart);
      return { accepted: accepted.n, counts: accepted.counts };
    },

    'proposal.discard': ({ weekStart, confirmPublished }, caller) => {
      const ctx = audit('Voorstel weekplanning verworpen');
      const discarded = writeTx(db, () => {
        refuseIfLockedByOther(db, env, weekStart, caller);
        guardPublished(db, ctx, weekStart, confirmPublished, 'rejectProposal');
        // Pinned proposed sessions stay: pinning says "keep this", also when the rest goes.
        const seats = proposedSeats(db, weekStart);
        const pinned = new Set(pinnedProposalIds(db, weekStart));
        const counts = {
          sessions: proposedSessionIds(db, weekStart).filter((id) => !pinned.has(id)).length,
          trials: seats.trials.length,
          intakes: seats.intakes.length,
          care: seats.care.length,
        };
        const n = recordChange(db, weekStart, 'Voorstel verworpen', nowOf(env), () => deleteProposals(db, ctx, weekStart, { keepPinned: true }));
        // The run's reasons were about the discarded proposal: without them every demand left
        // unplanned gets one reason, that the week's last planning no longer applies.
        clearUnplannedReasons(db, weekStart);
        endLock(db, weekStart);
        return { n, counts };
      });
      changed(weekStart);
      // Intake seats the proposal held go to those waiting.
      settleWaitingList(deps, audit('wachtlijst startklas'));
      return { discarded: discarded.n, counts: discarded.counts };
    },

    'session.update': ({ confirmPublished, ...change }) => {
      const ctx = audit('Weekplanning aangepast');
      const weekStart = getSessionRow(db, change.sessionId).weekStart;
      writeTx(db, () => {
        guardPublished(db, ctx, weekStart, confirmPublished, 'editSession', `sessie ${change.sessionId} wijzigen`);
        recordChange(
          db,
          weekStart,
          (r: { label: string }) => r.label,
          nowOf(env),
          () => applySessionChange(db, ctx, change, '', env),
        );
      });
      changed(weekStart);
      return { session: sessionView(db, change.sessionId) };
    },

    'session.pin': ({ sessionId, pinned, expectedVersion }) => {
      const s = getSessionRow(db, sessionId);
      const ctx = audit('Weekplanning aangepast');
      writeTx(db, () => {
        refuseIfStale(db, env, getSessionRow(db, sessionId), expectedVersion);
        recordChange(db, s.weekStart, pinned ? 'Sessie vastgezet' : 'Sessie losgemaakt', nowOf(env), () => {
          setSessionPinned(db, sessionId, pinned);
          noteSessionChange(db, ctx, sessionId, pinned ? 'pinned' : 'unpinned');
        });
      });
      changed(s.weekStart);
      return { session: sessionView(db, sessionId) };
    },

    'fix.apply': ({ weekStart, action, confirmPublished }) => {
      const ctx = audit('Conflict opgelost in de weekplanning');
      writeTx(db, () => {
        guardPublished(db, ctx, weekStart, confirmPublished, 'applyFix');
        if (action.type === 'changeSession') {
          const s = getSessionRow(db, action.change.sessionId, 'action.change.sessionId');
          if (s.weekStart !== weekStart)
            throw new ApiError({ code: 'not_found', field: 'action.change.sessionId', msg: msg('weekEdit.sessionOtherWeek', { week: p.date(weekStart, true) }) });
          recordChange(
            db,
            weekStart,
            (r: { label: string }) => r.label,
            nowOf(env),
            () => applySessionChange(db, ctx, action.change, 'action.change.', env),
          );
        } else {
          recordChange(
            db,
            weekStart,
            (label: string) => label,
            nowOf(env),
            () => bookChildcare(db, ctx, weekStart, action),
          );
        }
      });
      changed(weekStart);
      return { ok: true as const };
    },

    'history.state': ({ weekStart }) => historyState(db, weekStart),

    'history.undo': ({ weekStart, confirmPublished }) => historyStep(weekStart, confirmPublished, UNDO),
    'history.redo': ({ weekStart, confirmPublished }) => historyStep(weekStart, confirmPublished, REDO),
  };
}
