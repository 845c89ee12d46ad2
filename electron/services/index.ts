// The services behind every API call, one module per area. No Electron here: the same
// services run in the desktop app (IPC) and in the browser-mode server (HTTP).
import type { Handlers } from '../../shared/api/dispatch';
import type { Db } from '../../db/connection';
import { appHandlers } from './app';
import type { ServiceEnv } from './context';
import { participantHandlers } from './participants';
import { regionHandlers } from './region';
import { weekHandlers } from './week';

export type { ServiceEnv } from './context';

export function createServices(db: Db, env: ServiceEnv): Handlers<unknown> {
  const deps = { db, env };
  return {
    ...appHandlers(deps),
    ...regionHandlers(deps),
    ...weekHandlers(deps),
    ...participantHandlers(deps),
  };
}
