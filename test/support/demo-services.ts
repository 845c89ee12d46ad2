// Test support, not used by the app: the services over a fresh in-memory demo region, called
// through dispatch the way the transports call them, with every emitted event recorded.
import { createDispatch, type Dispatch } from '../../shared/api/dispatch';
import { contract, type AppEvent, type CallInput, type CallName, type CallOutput } from '../../shared/api/contract';
import { openDatabase, type Db } from '../../db/connection';
import { seedDemoRegion } from '../../db/seed/demo-region';
import { createEventBus, type EventBus } from '../../electron/events';
import type { ServiceEnv } from '../../electron/services/context';
import { createServices } from '../../electron/services/index';
import { anonymousCtx, type ApiCtx } from '../../shared/api/access';

/** The demo's anchor week (a Monday) and the day the tests pretend it is. */
export const DEMO_WEEK = '2026-11-23';
export const DEMO_TODAY = '2026-11-25';

export interface DemoServices {
  db: Db;
  bus: EventBus;
  events: AppEvent[];
  dispatch: Dispatch<ApiCtx>;
}

export function demoServices(env: Partial<ServiceEnv> = {}, opts: Parameters<typeof createDispatch<ApiCtx>>[1] = {}): DemoServices {
  const db = openDatabase(':memory:');
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: DEMO_WEEK });
  const bus = createEventBus();
  const events: AppEvent[] = [];
  bus.on((e) => events.push(e));
  const dispatch = createDispatch(createServices(db, { version: 't', dataFile: 't', today: () => DEMO_TODAY, ...env }, bus), opts);
  return { db, bus, events, dispatch };
}

/** Calls through dispatch; a refusal throws with its code, and the answer is checked against the contract. */
export async function callOk<N extends CallName>(dispatch: Dispatch<ApiCtx>, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, anonymousCtx());
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return contract[name].output.parse(r.data) as CallOutput<N>;
}

/** Calls through dispatch where a refusal is expected; throws when the call succeeds. */
export async function callFails(dispatch: Dispatch<ApiCtx>, name: CallName, input: unknown) {
  const r = await dispatch(name, input, anonymousCtx());
  if (r.ok) throw new Error(`${name} had moeten falen`);
  return r.error;
}

/** The demo services with internal errors thrown, so a service bug fails the test loudly. */
export function strictDemoServices(env: Partial<ServiceEnv> = {}): DemoServices {
  return demoServices(env, {
    onInternalError: (name, err) => {
      throw new Error(`${name}: ${String(err)}`);
    },
  });
}

/**
 * The demo services as the coordinator's week tests use them: a clock that moves a second per
 * reading (so history and audit rows keep their order), a named actor, and internal errors thrown.
 */
export function coordinatorServices(): DemoServices {
  let tick = 0;
  const now = () => `2026-11-25T10:${String(Math.floor(tick / 60) % 60).padStart(2, '0')}:${String(tick++ % 60).padStart(2, '0')}`;
  return demoServices(
    { now, actor: 'test-coördinator' },
    {
      onInternalError: (name, err) => {
        throw new Error(`${name}: ${String(err)}`);
      },
    },
  );
}
