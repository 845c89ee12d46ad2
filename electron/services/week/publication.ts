// Publishing a week and what changed since: publishing (again) records the week as it is now
// and hands out every session's calendar version; a published week whose sessions differ from
// what was published reads 'changed', and week.changes lists the changes and who is affected.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import type { SessionSnapshot, WeekChanges } from '../../../shared/api/contract';
import { affectedPeople, diffPublished, sessionVersion, type SessionState } from '../../../shared/export/published-week';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/connection';
import { writeAudit } from '../../../db/repositories/audit';
import { getWeekStatus, setWeekStatus, publishedAtOf } from '../../../db/repositories/sessions';
import { currentSessionStates, issueSequences, participantsWithConsultant, publishedSessions, replacePublished } from '../../../db/repositories/publication';
import { auditContext, nowOf, type ServiceDeps } from '../context';

export type ViewStatus = WeekChanges['status'];

/** The week's sessions that differ from what was published (none for a week not published). */
function changesOf(db: Db, weekStart: string, current: readonly SessionState[]) {
  if (getWeekStatus(db, weekStart) !== 'published') return null;
  return diffPublished(
    publishedSessions(db, weekStart).filter((s) => !s.cancelled),
    current,
  );
}

/** concept, published, or changed: published and different from what was published since. */
export function viewStatus(db: Db, weekStart: string, current: readonly SessionState[]): ViewStatus {
  const changes = changesOf(db, weekStart, current);
  return changes === null ? 'concept' : changes.length > 0 ? 'changed' : 'published';
}

const snapshot = (s: SessionState | null): SessionSnapshot | null =>
  s && {
    start: s.start,
    end: s.end,
    status: s.status,
    room: s.room,
    consultant: s.consultant,
    interpreter: s.interpreter,
    participantCount: s.participantIds.length,
  };

const ROLE_ORDER = { consultant: 0, interpreter: 1, participant: 2 } as const;

export function publicationHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'week.publish' | 'week.changes'> {
  return {
    'week.publish': ({ weekStart }) => {
      const published = writeTx(db, () => {
        const current = currentSessionStates(db, weekStart);
        const again = getWeekStatus(db, weekStart) === 'published';
        const changes = again ? changesOf(db, weekStart, current)! : [];
        if (again && changes.length === 0) return false;
        setWeekStatus(db, weekStart, 'published', nowOf(env));
        replacePublished(db, weekStart, current);
        // Publishing hands the week out: every session's calendar version gets its SEQUENCE
        // (the next number for one that changed since it was handed out).
        const cancelled = publishedSessions(db, weekStart).filter((s) => s.cancelled);
        issueSequences(db, [
          ...current.map((s) => ({ sessionId: s.id, version: sessionVersion(s, null) })),
          ...cancelled.map((s) => ({ sessionId: s.id, version: sessionVersion(null, s) })),
        ]);
        const ctx = auditContext(env, again ? 'Weekplanning opnieuw gepubliceerd na wijzigingen' : 'Weekplanning gepubliceerd');
        writeAudit(db, ctx, 'update', 'week', weekStart, again ? { status: 'published', republished: true, changedSessions: changes.length } : { status: 'published' });
        return true;
      });
      if (published) events.emit({ type: 'week.changed', weekStart });
      return { status: viewStatus(db, weekStart, currentSessionStates(db, weekStart)) };
    },

    'week.changes': ({ weekStart }) => {
      const current = currentSessionStates(db, weekStart);
      const changes = changesOf(db, weekStart, current) ?? [];
      const status = viewStatus(db, weekStart, current);
      const people = affectedPeople(changes);
      const participants = participantsWithConsultant(
        db,
        people.filter((p) => p.role === 'participant').map((p) => p.id),
      );
      const staffName = new Map<string, string>();
      for (const c of changes) {
        for (const s of [c.before, c.after]) {
          if (!s) continue;
          if (!staffName.has(`consultant:${s.consultant.id}`)) staffName.set(`consultant:${s.consultant.id}`, s.consultant.name);
          if (s.interpreter && !staffName.has(`interpreter:${s.interpreter.id}`)) staffName.set(`interpreter:${s.interpreter.id}`, s.interpreter.name);
        }
      }
      const affected = people
        .map((p) => {
          if (p.role === 'participant') {
            const who = participants.get(p.id);
            // Someone removed from the register since has no one to tell.
            return who ? { role: p.role, id: p.id, name: who.name, consultant: who.consultant, changes: p.changes } : null;
          }
          return { role: p.role, id: p.id, name: staffName.get(`${p.role}:${p.id}`) ?? p.id, consultant: null, changes: p.changes };
        })
        .filter((p) => p !== null)
        .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
      return {
        weekStart,
        status,
        publishedAt: status === 'concept' ? null : publishedAtOf(db, weekStart),
        changes: changes.map((c) => {
          const s = (c.after ?? c.before)!;
          return { sessionId: c.sessionId, what: c.what, kind: s.kind, language: s.language, before: snapshot(c.before), after: snapshot(c.after) };
        }),
        affected,
      };
    },
  };
}
