import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { msg } from '../../../shared/messages';
import { getRegion, listGemeenten, regionCounts } from '../../../db/repositories/region';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

export function regionHandlers({ db }: ServiceDeps): Pick<Handlers<ApiCtx>, 'region.overview'> {
  return {
    'region.overview': () => {
      const region = getRegion(db);
      if (!region) throw new ApiError({ code: 'not_found', msg: msg('error.noRegion') });
      return { name: region.name, gemeenten: listGemeenten(db).map((g) => g.name), counts: regionCounts(db) };
    },
  };
}
