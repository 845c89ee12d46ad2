// The services behind every API call, grouped per area (app/, week/, planner/, deadlines/,
// export/ and the role services). They hold no SQL: db/repositories does. No Electron here: the same
// services run in the desktop app (IPC) and in the browser-mode server (HTTP).
import type { Handlers } from '../../shared/api/dispatch';
import type { Db } from '../../db/connection';
import { createEventBus, type EventBus } from '../events';
import { appHandlers } from './app/app';
import { weekConflictHandlers } from './week/conflicts-handlers';
import { currentActor, type ServiceDeps, type ServiceEnv } from './context';
import { profileOf } from '../../shared/api/access';
import { actorOf } from './audit/profile-audit';
import { auditRead } from './audit/read-audit';
import { deadlineHandlers } from './deadlines/deadlines';
import { unplannedHandlers } from './deadlines/unplanned';
import { exportHandlers } from './export/ics';
import { participantHandlers } from './participants/search';
import { plannerHandlers } from './planner/planner';
import { regionHandlers } from './app/region';
import { weekHandlers } from './week/week';
import { weekDataHandlers } from './week/week-data';
import { weekEditHandlers } from './week/week-edits';
import { publicationHandlers } from './week/publication';
import { sessionCancelHandlers } from './week/session-cancel';
import { caseloadHandlers } from './caseload/caseload';
import { startklasHandlers } from './bookings/startklas';
import { groupInfoHandlers } from './bookings/group-info';
import { slotRequestHandlers } from './requests/toets-slot-requests';
import { profileHandlers } from './profile/profile';
import { schoolHandlers } from './school/school';
import { setupHandlers } from './setup/setup';
import { toetsHandlers } from './bookings/toets';
import { trialHandlers } from './bookings/trial';
import { momentCancelHandlers } from './bookings/moment-cancel';
import { manageHandlers } from './manage';
import { peopleHandlers } from './people';
import { accountHandlers } from './accounts/accounts';
import { dataHandlers } from './data';
import type { ApiCtx } from '../../shared/api/access';

export type { ServiceEnv } from './context';

/** `events` receives week.changed and planner.* events; the backend passes the transports' bus. */
export function createServices(db: Db, env: ServiceEnv, events: EventBus = createEventBus()): Handlers<ApiCtx> {
  const deps = { db, env, events };
  const handlers: Handlers<ApiCtx> = {
    ...appHandlers(deps),
    ...regionHandlers(deps),
    ...weekHandlers(deps),
    ...participantHandlers(deps),
    ...weekDataHandlers(deps),
    ...weekConflictHandlers(deps),
    ...plannerHandlers(deps),
    ...unplannedHandlers(deps),
    ...weekEditHandlers(deps),
    ...publicationHandlers(deps),
    ...sessionCancelHandlers(deps),
    ...exportHandlers(deps),
    ...deadlineHandlers(deps),
    ...profileHandlers(deps),
    ...caseloadHandlers(deps),
    ...toetsHandlers(deps),
    ...slotRequestHandlers(deps),
    ...trialHandlers(deps),
    ...startklasHandlers(deps),
    ...groupInfoHandlers(deps),
    ...momentCancelHandlers(deps),
    ...dataHandlers(deps),
    ...schoolHandlers(deps),
    ...setupHandlers(deps),
    ...manageHandlers(deps),
    ...peopleHandlers(deps),
    ...accountHandlers(deps),
  };
  return withActor(handlers, deps);
}

/**
 * Runs each handler with the caller's profile as the audit actor (see currentActor); then logs
 * the participants whose data the answer shows (see READ_AUDITS).
 */
function withActor(handlers: Handlers<ApiCtx>, { db, env }: ServiceDeps): Handlers<ApiCtx> {
  const out: Record<string, (input: unknown, ctx: ApiCtx) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown, ctx: ApiCtx) => unknown][]) {
    out[name] = (input, ctx) => {
      const profile = profileOf(ctx);
      const logged = (output: unknown) => (auditRead(db, env, profile, name, input, output), output);
      const run = () => {
        const output = handler(input, ctx);
        return output instanceof Promise ? output.then(logged) : logged(output);
      };
      // On the team server the account is named too: one consultant may have several accounts.
      const account = ctx.session.account;
      return profile ? currentActor.run(account ? `${account.username} (${actorOf(profile)})` : actorOf(profile), run) : run();
    };
  }
  return out as Handlers<ApiCtx>;
}
