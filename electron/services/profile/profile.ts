// Choosing a profile: held on the client's session (one per window or HTTP server), so every
// later call of that client is checked against it (shared/api/access.ts).
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { goneMsg, msg } from '../../../shared/messages';
import type { Profile } from '../../../shared/api/contract';
import { listConsultants, listSchools } from '../../../db/repositories/region';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

export function profileHandlers({ db }: ServiceDeps): Pick<Handlers<ApiCtx>, 'profile.options' | 'profile.select' | 'profile.current'> {
  return {
    'profile.options': (_input, ctx) => {
      // A signed-in account works as one profile: it sees no list of the other people.
      const own = ctx.session.account ? ctx.session.profile : null;
      if (own)
        return {
          consultants: own.kind === 'consultant' && own.id ? [{ id: own.id, name: own.name }] : [],
          schools: own.kind === 'liaison' && own.id ? [{ id: own.id, name: own.name }] : [],
        };
      return {
        consultants: listConsultants(db).map((c) => ({ id: c.id, name: c.name })),
        schools: listSchools(db).map((s) => ({ id: s.id, name: s.name })),
      };
    },
    'profile.select': (input, ctx) => {
      if (ctx.session.account) throw new ApiError({ code: 'forbidden', msg: msg('error.profileByAccount') });
      let profile: Profile;
      if (input.kind === 'coordinator') profile = { kind: 'coordinator', id: null, name: 'Coördinator' };
      else if (input.kind === 'consultant') {
        const c = listConsultants(db).find((x) => x.id === input.consultantId);
        if (!c) throw new ApiError({ code: 'not_found', msg: goneMsg('consultant'), field: 'consultantId' });
        profile = { kind: 'consultant', id: c.id, name: c.name };
      } else {
        const s = listSchools(db).find((x) => x.id === input.schoolId);
        if (!s) throw new ApiError({ code: 'not_found', msg: goneMsg('school'), field: 'schoolId' });
        profile = { kind: 'liaison', id: s.id, name: s.name };
      }
      ctx.session.profile = profile;
      return { profile };
    },
    'profile.current': (_input, ctx) => ({ profile: ctx.session.profile }),
  };
}
