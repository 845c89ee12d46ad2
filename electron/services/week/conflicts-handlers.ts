import type { Handlers } from '../../../shared/api/dispatch';
import type { ServiceDeps } from '../context';
import { weekConflicts } from './conflicts';
import type { ApiCtx } from '../../../shared/api/access';

export function weekConflictHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'week.conflicts'> {
  return { 'week.conflicts': ({ weekStart }) => weekConflicts(db, weekStart, env.today()) };
}
