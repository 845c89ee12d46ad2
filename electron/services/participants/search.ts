import type { Handlers } from '../../../shared/api/dispatch';
import { profileOf } from '../../../shared/api/access';
import { PIP_TERM_DAYS } from '../../../shared/domain/deadlines';
import { addDays } from '../../../shared/domain/week';
import { searchParticipants } from '../../../db/repositories/participants';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

export function participantHandlers({ db }: ServiceDeps): Pick<Handlers<ApiCtx>, 'participants.search'> {
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
      return {
        total,
        items: items.map((p) => ({
          id: p.id,
          name: p.name,
          language: p.language,
          otherLanguages: p.otherLanguages,
          gemeente: p.gemeente,
          householdId: p.householdId,
          digitalSkill: p.digitalSkill,
          routeIndication: p.routeIndication,
          housingDate: p.housingDate,
          pipDeadline: p.koppelingDate ? addDays(p.koppelingDate, PIP_TERM_DAYS) : null,
          openDemands: p.openDemands,
        })),
      };
    },
  };
}
