// Beheer: the coordinator's management of the region's lasting data, one file per group of
// entities; change.ts runs every save and remove (plans checked, preview and confirm, audit).
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import type { manageCalls } from '../../../shared/api/contract';
import type { ServiceDeps } from '../context';
import { manageCareHandlers } from './care';
import { managePlaceHandlers } from './places';
import { manageSchoolHandlers } from './schools';
import { manageSettingsHandlers } from './settings';
import { manageStaffHandlers } from './staff';

export function manageHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, keyof typeof manageCalls> {
  return {
    ...managePlaceHandlers(deps),
    ...manageStaffHandlers(deps),
    ...manageSchoolHandlers(deps),
    ...manageCareHandlers(deps),
    ...manageSettingsHandlers(deps),
  };
}
