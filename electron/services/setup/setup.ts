// First start (setup.*): an own region or the demo in an empty database, and the demo's removal.
// createRegion and loadDemo are open to anyone (no profile can exist before a region does) but
// only while the database has no region; the check and the write share one transaction, so two
// windows cannot both set the region up. Each call leaves an audit row and tells every window.
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { mondayOf } from '../../../shared/domain/week';
import { writeTx } from '../../../db/connection';
import { getRegion } from '../../../db/repositories/region';
import { auditDemoLoaded, createOwnRegion, plannerRunning, removeDemoRegion, setupState } from '../../../db/repositories/setup';
import { DEFAULT_DEMO_SEED, seedDemoRegion } from '../../../db/seed/demo-region';
import { auditContext, nowOf, type ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

type SetupCall = 'setup.createRegion' | 'setup.loadDemo' | 'setup.removeDemo';

function refuseWhenSetUp(db: ServiceDeps['db']): void {
  const region = getRegion(db);
  if (region) {
    throw new ApiError({
      code: 'conflict',
      message: `Deze app is al ingericht (${region.name}). Een tweede regio kan niet worden aangemaakt.`,
    });
  }
}

export function setupHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, SetupCall> {
  const changed = () => events.emit({ type: 'data.changed', area: 'setup' });
  return {
    'setup.createRegion': (input) => {
      const gemeenten = writeTx(db, () => {
        refuseWhenSetUp(db);
        return createOwnRegion(db, auditContext(env, 'Eigen regio ingericht bij eerste start'), input);
      });
      changed();
      return { name: input.name, gemeenten: gemeenten.map((g) => g.name) };
    },

    'setup.loadDemo': () => {
      if (env.offerDemo === false) {
        throw new ApiError({ code: 'conflict', message: 'Deze app is gestart om met een eigen, lege regio te beginnen; de demoregio is hier niet beschikbaar.' });
      }
      const today = env.today();
      const result = writeTx(db, () => {
        refuseWhenSetUp(db);
        const seeded = seedDemoRegion(db, { seed: DEFAULT_DEMO_SEED, anchorWeekStart: mondayOf(today), at: nowOf(env) });
        const name = getRegion(db)!.name;
        auditDemoLoaded(db, auditContext(env, 'Demoregio geladen bij eerste start'), { name, participants: seeded.participants });
        return { name, participants: seeded.participants };
      });
      changed();
      return result;
    },

    'setup.removeDemo': () => {
      const state = setupState(db);
      if (state === 'needed') throw new ApiError({ code: 'conflict', message: 'Er is geen demoregio om te verwijderen: de app is nog niet ingericht.' });
      if (state === 'own') throw new ApiError({ code: 'conflict', message: 'Dit is een eigen regio, geen demoregio. Een eigen regio wordt niet in één keer verwijderd.' });
      if (plannerRunning(db)) {
        throw new ApiError({ code: 'conflict', message: 'De planner is nog bezig. Stop hem of wacht tot hij klaar is, en verwijder de demoregio daarna.' });
      }
      const removed = removeDemoRegion(db, auditContext(env, 'Demoregio verwijderd'));
      changed();
      return { removed: removed.name };
    },
  };
}
