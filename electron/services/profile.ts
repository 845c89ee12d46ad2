// Choosing a profile: held on the client's session (one per window or HTTP server), so every
// later call of that client is checked against it (shared/api/access.ts).
import type { Handlers } from '../../shared/api/dispatch';
import { sessionOf } from '../../shared/api/access';
import { ApiError } from '../../shared/api/errors';
import type { Profile } from '../../shared/api/contract';
import { listConsultants, listSchools } from '../../db/repositories/region';
import type { ServiceDeps } from './context';

export function profileHandlers({ db }: ServiceDeps): Pick<Handlers<unknown>, 'profile.options' | 'profile.select' | 'profile.current'> {
  return {
    'profile.options': () => ({
      consultants: listConsultants(db).map((c) => ({ id: c.id, name: c.name })),
      schools: listSchools(db).map((s) => ({ id: s.id, name: s.name })),
    }),
    'profile.select': (input, ctx) => {
      const session = sessionOf(ctx);
      if (!session) throw new ApiError({ code: 'internal', message: 'Deze verbinding kan geen profiel bewaren.' });
      let profile: Profile;
      if (input.kind === 'coordinator') profile = { kind: 'coordinator', id: null, name: 'Coördinator' };
      else if (input.kind === 'consultant') {
        const c = listConsultants(db).find((x) => x.id === input.consultantId);
        if (!c) throw new ApiError({ code: 'not_found', message: `Consulent ${input.consultantId} bestaat niet.`, field: 'consultantId' });
        profile = { kind: 'consultant', id: c.id, name: c.name };
      } else {
        const s = listSchools(db).find((x) => x.id === input.schoolId);
        if (!s) throw new ApiError({ code: 'not_found', message: `Taalschool ${input.schoolId} bestaat niet.`, field: 'schoolId' });
        profile = { kind: 'liaison', id: s.id, name: s.name };
      }
      session.profile = profile;
      return { profile };
    },
    'profile.current': (_input, ctx) => ({ profile: sessionOf(ctx)?.profile ?? null }),
  };
}
