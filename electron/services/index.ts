// The services behind every API call, one module per area. No Electron here: the same
// services run in the desktop app (IPC) and in the browser-mode server (HTTP).
import type { Handlers } from '../../shared/api/dispatch';
import type { Db } from '../../db/connection';
import { createEventBus, type EventBus } from '../events';
import { appHandlers } from './app';
import { weekConflictHandlers } from './conflicts-handlers';
import type { ServiceEnv } from './context';
import { deadlineHandlers } from './deadlines';
import { exportHandlers } from './export';
import { participantHandlers } from './participants';
import { plannerHandlers } from './planner';
import { regionHandlers } from './region';
import { weekHandlers } from './week';
import { weekDataHandlers } from './week-data';
import { weekEditHandlers } from './week-edits';

export type { ServiceEnv } from './context';

/** `events` receives week.changed and planner.* events; the backend passes the transports' bus. */
export function createServices(db: Db, env: ServiceEnv, events: EventBus = createEventBus()): Handlers<unknown> {
  const deps = { db, env, events };
  return {
    ...appHandlers(deps),
    ...regionHandlers(deps),
    ...weekHandlers(deps),
    ...participantHandlers(deps),
    ...weekDataHandlers(deps),
    ...weekConflictHandlers(deps),
    ...plannerHandlers(deps),
    ...weekEditHandlers(deps),
    ...exportHandlers(deps),
    ...deadlineHandlers(deps),
  };
}
