// Enlisting a client for group information: the next session in one of their languages with a
// seat left, or the list the coordinator plans a new session from.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { mondayOf } from '../../../shared/domain/week';
import { writeTx } from '../../../db/tx';
import { writeAudit } from '../../../db/repositories/audit';
import { getRegion } from '../../../db/repositories/region';
import { ensureOpenDemand, markDemandPlanned } from '../../../db/repositories/demands';
import { addSessionSeat, listGroupInfoSessionsAfter, type GroupInfoSessionRow } from '../../../db/repositories/session-seats';
import type { ServiceDeps } from '../context';
import { ownClient, requireProfile } from '../caller';
import { profileAudit } from '../audit/profile-audit';

export function groupInfoHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'groupInfo.enlist'> {
  return {
    'groupInfo.enlist': ({ participantId }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'aanmelden groepsvoorlichting');
      const languages = [p.language, ...p.otherLanguages];
      const session = (r: GroupInfoSessionRow) => ({ sessionId: r.sessionId, start: r.start, end: r.end, language: r.language, locationName: r.locationName });
      const when = (r: GroupInfoSessionRow) => `${r.start.slice(8, 10)}-${r.start.slice(5, 7)}-${r.start.slice(0, 4)} om ${r.start.slice(11, 16)} in ${r.locationName}`;
      // Seats are counted inside the transaction that books one: another window or process may
      // have filled the session since.
      const done = writeTx(db, (): { already: GroupInfoSessionRow } | { booked: GroupInfoSessionRow | null } => {
        const maxSize = getRegion(db)?.groupInfo.maxSize ?? 12;
        const rows = listGroupInfoSessionsAfter(db, p.id, today);
        const already = rows.find((r) => r.mine);
        if (already) return { already };
        const next = rows.find((r) => languages.includes(r.language) && r.booked < maxSize);
        const demand = ensureOpenDemand(db, audit, p.id, 'groupInfo', today);
        if (!next) {
          writeAudit(db, audit, 'update', 'participant', p.id, { list: 'groupInfo', language: p.language });
          return { booked: null };
        }
        addSessionSeat(db, next.sessionId, p.id, demand.id);
        markDemandPlanned(db, demand.id);
        writeAudit(db, audit, 'create', 'booking', p.id, { type: 'session', sessionId: next.sessionId, demandId: demand.id });
        return { booked: next };
      });
      if ('already' in done) return { session: session(done.already), message: `${p.name} staat al op de groepsvoorlichting van ${when(done.already)}.` };
      const next = done.booked;
      if (!next) {
        events.emit({ type: 'data.changed', area: 'groupInfo' });
        return {
          session: null,
          message: `${p.name} staat op de lijst voor groepsvoorlichting; er is nog geen sessie met plaats in die taal gepland. De coördinator plant er een.`,
        };
      }
      events.emit({ type: 'week.changed', weekStart: mondayOf(next.start.slice(0, 10)) });
      return { session: session(next), message: `Aangemeld voor de groepsvoorlichting van ${when(next)}.` };
    },
  };
}
