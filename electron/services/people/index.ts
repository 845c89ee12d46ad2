// The people area (issue 10): participants, households, steps, ending and erasure.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import type { ServiceDeps } from '../context';
import { peopleReadHandlers } from './people-read';
import { peopleWriteHandlers } from './people-write';
import { stepHandlers } from './steps';
import { endEraseHandlers } from './end-erase';

type PeopleCall =
  | 'people.options'
  | 'participants.get'
  | 'participants.erasePreview'
  | 'participants.save'
  | 'households.save'
  | 'households.link'
  | 'steps.add'
  | 'steps.remove'
  | 'steps.reorder'
  | 'participants.end'
  | 'participants.erase';

export function peopleHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, PeopleCall> {
  return { ...peopleReadHandlers(deps), ...peopleWriteHandlers(deps), ...stepHandlers(deps), ...endEraseHandlers(deps) };
}
