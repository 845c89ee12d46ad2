import type { ProfileKind } from '../../../shared/api/contract';
import type { Role } from '../../stores/appStore';

/** The one area of the app a profile works in. */
export function roleOfProfile(kind: ProfileKind): Role {
  return kind === 'coordinator' ? 'coordinator' : kind === 'consultant' ? 'consultant' : 'school';
}
