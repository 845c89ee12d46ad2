// Enlisting a client for group information: the next session in one of their languages with a
// seat left, or the list the coordinator plans a new session from.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { mondayOf } from '../../../shared/domain/week';
import { writeTx } from '../../../db/tx';
import { groupInfoListedOn, writeAudit } from '../../../db/repositories/audit';
import { getRegion } from '../../../db/repositories/region';
import { ensureOpenDemand, markDemandPlanned } from '../../../db/repositories/demands';
import { addSessionSeat, listGroupInfoSessionsAfter, type GroupInfoSessionRow } from '../../../db/repositories/session-seats';
import type { ServiceDeps } from '../context';
import { bookingClient } from '../caller';
import { profileAudit } from '../audit/profile-audit';
import { ApiError } from '../../../shared/api/errors';
import {
  BreaksRules,
  candidateViolations,
  overrideDetails,
  partnerWarnings,
  sentences,
  storedChangeProblems,
  toWarnings,
  weekCheck,
  wouldWarnings,
  type HouseholdWarning,
  type WeekCheck,
} from './household-warnings';
import { listParticipants, type Participant } from '../../../db/repositories/participants';

/** What putting the client in this session would break for their household (checked on the stored week). */
function sessionProblems(wc: WeekCheck, p: Participant, sessionId: string): HouseholdWarning[] {
  return toWarnings(
    candidateViolations(wc, p, (_i, plan) => {
      for (const s of plan.sessions) if (s.id === sessionId && !s.participants.includes(p.id)) s.participants = [...s.participants, p.id];
    }),
  );
}
import { msg, p as param, renderMsg, type Msg } from '../../../shared/messages';

export function groupInfoHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'groupInfo.preview' | 'groupInfo.enlist'> {
  return {
    'groupInfo.preview': ({ participantId }, ctx) => {
      // Audited as a read (READ_AUDITS).
      const { p } = bookingClient(db, ctx, participantId);
      const languages = [p.language, ...p.otherLanguages];
      const maxSize = getRegion(db)?.groupInfo.maxSize ?? 12;
      const rows = listGroupInfoSessionsAfter(db, p.id, env.today());
      const out = (r: GroupInfoSessionRow) => ({
        sessionId: r.sessionId,
        start: r.start,
        end: r.end,
        language: r.language,
        locationName: r.locationName,
        freeSeats: Math.max(0, maxSize - r.booked),
      });
      const already = rows.find((r) => r.mine);
      if (already) return { already: true, session: out(already), problems: [], warnings: [] };
      const open = rows.filter((r) => languages.includes(r.language) && r.booked < maxSize);
      if (open.length === 0) return { already: false, session: null, problems: [], warnings: [] };
      // The same choice as groupInfo.enlist: the first that breaks nothing, else the first.
      const weeks = new Map<string, WeekCheck>();
      const checkOf = (week: string) => weeks.get(week) ?? weeks.set(week, weekCheck(db, week)).get(week)!;
      let chosen: { r: GroupInfoSessionRow; problems: HouseholdWarning[] } | null = null;
      for (const r of open) {
        const problems = sessionProblems(checkOf(mondayOf(r.start.slice(0, 10))), p, r.sessionId);
        chosen ??= { r, problems };
        if (problems.length === 0) {
          chosen = { r, problems };
          break;
        }
      }
      const partners = p.householdId ? listParticipants(db).filter((x) => x.householdId === p.householdId && x.id !== p.id) : [];
      return {
        already: false,
        session: out(chosen!.r),
        problems: wouldWarnings(chosen!.problems),
        warnings: wouldWarnings(partnerWarnings(db, p, partners, chosen!.r.start, chosen!.r.end)),
      };
    },
    'groupInfo.enlist': ({ participantId, sessionId, override }, ctx) => {
      const { me, p } = bookingClient(db, ctx, participantId);
      const today = env.today();
      const audit = profileAudit(env, me, 'aanmelden groepsvoorlichting');
      const languages = [p.language, ...p.otherLanguages];
      const session = (r: GroupInfoSessionRow) => ({ sessionId: r.sessionId, start: r.start, end: r.end, language: r.language, locationName: r.locationName });
      const when = (r: GroupInfoSessionRow) => ({ when: param.span(r.start, r.end), place: r.locationName });
      const said = (m: Msg) => ({ message: renderMsg(m, 'nl'), msg: m });
      // Seats are counted inside the transaction that books one: another window or process may
      // have filled the session since.
      const done = writeTx(db, (): { already: GroupInfoSessionRow } | { listedOn: string } | { booked: GroupInfoSessionRow | null; warnings: HouseholdWarning[] } => {
        const maxSize = getRegion(db)?.groupInfo.maxSize ?? 12;
        const rows = listGroupInfoSessionsAfter(db, p.id, today);
        const already = rows.find((r) => r.mine);
        if (already) return { already };
        let open = rows.filter((r) => languages.includes(r.language) && r.booked < maxSize);
        // The session the preview showed, and only that one: it may have filled up meanwhile.
        if (sessionId !== undefined) {
          const shown = rows.find((r) => r.sessionId === sessionId && languages.includes(r.language));
          if (!shown) throw new ApiError({ code: 'not_found', msg: msg('booking.groupInfo.gone'), field: 'sessionId' });
          open = open.filter((r) => r.sessionId === sessionId);
          if (open.length === 0) throw new ApiError({ code: 'conflict', msg: msg('booking.groupInfo.full', when(shown)), field: 'sessionId' });
        }
        const demand = ensureOpenDemand(db, audit, p.id, 'groupInfo', today);
        if (open.length === 0) {
          // Already on the list for this step: nothing changes, so nothing is logged again.
          const listedOn = groupInfoListedOn(db, p.id, demand.id);
          if (listedOn) return { listedOn };
          writeAudit(db, audit, 'update', 'participant', p.id, { list: 'groupInfo', language: p.language, demandId: demand.id });
          return { booked: null, warnings: [] };
        }
        // Each session is tried in a savepoint and checked against the household: the first that
        // breaks nothing is kept; when all break something, the first needs a reason.
        const trySession = (r: GroupInfoSessionRow, reason: string | null): HouseholdWarning[] =>
          writeTx(db, () => {
            addSessionSeat(db, r.sessionId, p.id, demand.id);
            markDemandPlanned(db, demand.id);
            const problems = storedChangeProblems(db, p, mondayOf(r.start.slice(0, 10)), (plan) => {
              for (const s of plan.sessions) if (s.id === r.sessionId) s.participants = s.participants.filter((x) => x !== p.id);
            });
            if (problems.length > 0 && reason === null) throw new BreaksRules(problems);
            writeAudit(db, audit, 'create', 'booking', p.id, {
              type: 'session',
              sessionId: r.sessionId,
              demandId: demand.id,
              ...(problems.length > 0 && reason !== null ? { override: overrideDetails(reason, problems) } : {}),
            });
            return problems;
          });
        let first: { r: GroupInfoSessionRow; problems: HouseholdWarning[] } | null = null;
        for (const r of open) {
          try {
            return { booked: r, warnings: trySession(r, null) };
          } catch (err) {
            if (!(err instanceof BreaksRules)) throw err;
            first ??= { r, problems: err.problems };
          }
        }
        if (!override) {
          throw new ApiError({
            code: 'conflict',
            field: 'override',
            msg: msg('booking.groupInfo.doesNotFit', { ...when(first!.r), problems: sentences(wouldWarnings(first!.problems)) }),
          });
        }
        return { booked: first!.r, warnings: trySession(first!.r, override.reason) };
      });
      if ('already' in done)
        return { session: session(done.already), ...said(msg('booking.groupInfo.already', { who: param.person(p.name), ...when(done.already) })), warnings: [] };
      if ('listedOn' in done)
        return { session: null, ...said(msg('booking.groupInfo.alreadyListed', { who: param.person(p.name), since: param.date(done.listedOn) })), warnings: [] };
      const next = done.booked;
      if (!next) {
        events.emit({ type: 'data.changed', area: 'groupInfo' });
        return {
          warnings: [],
          session: null,
          ...said(msg('booking.groupInfo.listed', { who: param.person(p.name) })),
        };
      }
      events.emit({ type: 'week.changed', weekStart: mondayOf(next.start.slice(0, 10)) });
      return { session: session(next), ...said(msg('booking.groupInfo.booked', when(next))), warnings: done.warnings };
    },
  };
}
