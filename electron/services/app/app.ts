import type { Handlers } from '../../../shared/api/dispatch';
import { schemaVersion } from '../../../db/migrations';
import { getRegion } from '../../../db/repositories/region';
import { setupState } from '../../../db/repositories/setup';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

export function appHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'app.info'> {
  return {
    'app.info': () => ({
      version: env.version,
      schemaVersion: schemaVersion(db),
      dataFile: env.dataFile,
      regionName: getRegion(db)?.name ?? 'Nog geen regio',
      today: env.today(),
      setup: setupState(db),
      demoAvailable: env.offerDemo !== false,
    }),
  };
}
