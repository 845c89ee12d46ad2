import type { Handlers } from '../../shared/api/dispatch';
import type { ServiceDeps } from './context';
import { weekConflicts } from './conflicts';

export function weekConflictHandlers({ db, env }: ServiceDeps): Pick<Handlers<unknown>, 'week.conflicts'> {
  return { 'week.conflicts': ({ weekStart }) => weekConflicts(db, weekStart, env.today()) };
}
