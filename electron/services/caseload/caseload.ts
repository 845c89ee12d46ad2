// consultant.caseload: the consultant's own clients with next steps, bookings, the PIP and
// 4-week terms and the household context that matters when booking (household-context.ts);
// pip.set records the day a client's PIP was set.
import type { Handlers } from '../../../shared/api/dispatch';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import type { CaseloadItem } from '../../../shared/api/contract';
import { ApiError, invalidInput } from '../../../shared/api/errors';
import { compareUrgency, pipTermStart } from '../../../shared/domain/deadlines';
import { msg, p as param } from '../../../shared/messages';
import { nameMatches } from '../../../shared/domain/name-search';
import { addDays, mondayOf } from '../../../shared/domain/week';
import { listParticipants, updateParticipant } from '../../../db/repositories/participants';
import { listDemands } from '../../../db/repositories/demands';
import { listSchools } from '../../../db/repositories/region';
import { appointmentsOf, bookingStartOf } from '../../../db/repositories/appointments';
import { trialOutcomesOf } from '../../../db/repositories/trial-outcomes';
import { waitingPositionsByDemand } from '../../../db/repositories/waiting-list';
import { groupInfoListedOn } from '../../../db/repositories/audit';
import { nowOf, type ServiceDeps } from '../context';
import { termsOf } from '../deadlines/deadlines';
import { activityDates } from '../../../db/repositories/sessions';
import { ownClient, requireProfile } from '../caller';
import { profileAudit } from '../audit/profile-audit';
import { settleWaitingList } from '../bookings/startklas-waiting-list';
import { householdContext } from './household-context';
import { hintsAmong } from '../participants/hints';
import { overrideNotesOf } from '../bookings/override-note';

export function caseloadHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, 'consultant.caseload' | 'pip.set'> {
  const { db, env, events } = deps;
  return {
    'pip.set': ({ participantId, pipDate }, ctx) => {
      const me = requireProfile(ctx, 'consultant');
      const p = ownClient(db, me, participantId);
      const today = env.today();
      if (pipDate && pipDate > today) throw new ApiError({ code: 'invalid_input', msg: msg('caseload.pip.future'), field: 'pipDate' });
      const termStart = pipTermStart(p);
      if (pipDate && termStart && pipDate < termStart) {
        const code = p.migrantKind === 'gezinsmigrant' ? 'caseload.pip.beforeRegistration' : 'caseload.pip.beforeKoppeling';
        throw new ApiError({ code: 'invalid_input', msg: msg(code, { date: param.date(termStart, true) }), field: 'pipDate' });
      }
      updateParticipant(db, profileAudit(env, me, 'PIP vastgesteld'), p.id, { pipDate });
      events.emit({ type: 'data.changed', area: 'participants' });
      return { pip: termsOf({ ...p, pipDate }, today, new Map()).pip };
    },
    'consultant.caseload': (input, ctx) => {
      // The coordinator sees one participant at a time here, anyone's ("handmatig boeken").
      const profile = profileOf(ctx);
      const coordinator = profile?.kind === 'coordinator';
      if (coordinator && !input.participantId) throw invalidInput('participantId', msg('caseload.pickParticipant'));
      const me = coordinator ? profile : requireProfile(ctx, 'consultant');
      const today = env.today();
      // An intake that has passed makes room in the horizon: the caseload shows who moved up.
      // Only when there is someone to move does this read write (settleWaitingList looks first).
      settleWaitingList(deps, profileAudit(env, me, 'wachtlijst startklas'));
      const weekStart = input.weekStart ?? mondayOf(today);
      const everyone = new Map(listParticipants(db).map((p) => [p.id, p]));
      const mine = [...everyone.values()].filter((p) => (coordinator || p.consultantId === me.id) && p.endedOn === null && (!input.participantId || p.id === input.participantId));
      const first = activityDates(db);
      const hintOf = hintsAmong([...everyone.values()]);
      const waiting = waitingPositionsByDemand(db);
      const schools = new Map(listSchools(db).map((s) => [s.id, s.name]));
      const items: CaseloadItem[] = [];
      const now = nowOf(env).slice(0, 16);
      // Group information with nothing booked: since when the client is on the list for a session.
      const listedOf = (pid: string, demandId: string) => {
        const listedOn = groupInfoListedOn(db, pid, demandId);
        return listedOn ? { listedOn } : {};
      };
      for (const p of mine) {
        if (input.search && !nameMatches(p.name, input.search)) continue;
        const demands = listDemands(db, { participantId: p.id }).filter((d) => d.status !== 'done');
        const outcomes = trialOutcomesOf(db, p.id);
        const booked = appointmentsOf(db, p.id, addDays(weekStart, -7 * 8), 7 * 16);
        const overrides = overrideNotesOf(db, p.id);
        const bookingOf = (d: (typeof demands)[number]) => {
          const start = bookingStartOf(db, d.id);
          const a = start !== null ? (booked.find((x) => x.start === start && x.kind === d.kind) ?? null) : null;
          const override = overrides.get(d.id);
          return a && override ? { ...a, override } : a;
        };
        const steps = demands.map((d) => {
          const booking = bookingOf(d);
          const waitingPosition = waiting.get(d.id) ?? null;
          const noShow = booking !== null && d.kind === 'trialLesson' && outcomes.some((o) => o.schoolId === d.schoolId && o.lessonStart === booking.start && !o.attended);
          const state: CaseloadItem['steps'][number]['state'] = noShow ? 'noShow' : booking ? (booking.end <= now ? 'past' : 'booked') : waitingPosition ? 'waiting' : 'toBook';
          return {
            demandId: d.id,
            kind: d.kind,
            school: d.schoolId ? { id: d.schoolId, name: schools.get(d.schoolId) ?? d.schoolId } : null,
            status: d.status,
            booking,
            waitingPosition,
            state,
            ...(d.kind === 'groupInfo' && !booking ? listedOf(p.id, d.id) : {}),
          };
        });
        const stillToBook = (x: (typeof steps)[number]) => x.state === 'toBook' || x.state === 'noShow';
        if (input.step && !steps.some((x) => x.kind === input.step && stillToBook(x))) continue;
        if (input.toBook && !steps.some(stillToBook)) continue;
        const { pip, activity } = termsOf(p, today, first);
        const worst = compareUrgency(pip, activity) <= 0 ? pip : activity;
        if (input.urgency === 'urgent' && worst.state !== 'missed' && worst.state !== 'warning') continue;
        items.push({
          participant: {
            id: p.id,
            name: p.name,
            ...(hintOf(p.id) ? { hint: hintOf(p.id) } : {}),
            language: p.language,
            gemeente: p.gemeente,
            digitalSkill: p.digitalSkill,
            routeIndication: p.routeIndication,
            migrantKind: p.migrantKind,
            pipDate: p.pipDate,
          },
          steps,
          pip,
          activity,
          urgency: worst.state,
          trialOutcomes: outcomes,
          household: householdContext(db, p, everyone, weekStart, today),
        });
      }
      items.sort((a, b) => {
        const ua = compareUrgency(a.pip, a.activity) <= 0 ? a.pip : a.activity;
        const ub = compareUrgency(b.pip, b.activity) <= 0 ? b.pip : b.activity;
        return compareUrgency(ua, ub) || a.participant.name.localeCompare(b.participant.name, 'nl');
      });
      return { weekStart, items };
    },
  };
}
