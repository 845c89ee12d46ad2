import type { Handlers } from '../../../shared/api/dispatch';
import { profileOf } from '../../../shared/api/access';
import { activityDates } from '../../../db/repositories/sessions';
import { searchParticipants } from '../../../db/repositories/participants';
import type { ServiceDeps } from '../context';
import { termsOf } from '../deadlines/deadlines';
import type { ApiCtx } from '../../../shared/api/access';
import { participantHints } from './hints';

export function participantHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'participants.search'> {
  return {
    'participants.search': ({ query, limit, offset }, ctx) => {
      const profile = profileOf(ctx);
      // A consultant finds only their own clients; the coordinator finds everyone.
      const { total, items } =
        profile?.kind === 'consultant'
          ? (() => {
              const mine = searchParticipants(db, { query, limit: 1_000_000, offset: 0 }).items.filter((p) => p.consultantId === profile.id);
              return { total: mine.length, items: mine.slice(offset, offset + limit) };
            })()
          : searchParticipants(db, { query, limit, offset });
      const today = env.today();
      const first = activityDates(db);
      const hintOf = participantHints(db);
      return {
        total,
        items: items.map((p) => ({
          id: p.id,
          name: p.name,
          ...(hintOf(p.id) ? { hint: hintOf(p.id) } : {}),
          language: p.language,
          otherLanguages: p.otherLanguages,
          gemeente: p.gemeente,
          householdId: p.householdId,
          digitalSkill: p.digitalSkill,
          routeIndication: p.routeIndication,
          housingDate: p.housingDate,
          // The same terms Termijnen and the caseload show (one calculation, shared/domain/deadlines).
          pip: termsOf(p, today, first).pip,
          openDemands: p.openDemands,
        })),
      };
    },
  };
}
