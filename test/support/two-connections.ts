// Test support, not used by the app: the demo region in one database file opened twice, each
// connection with its own services and dispatch, as two app processes on one data folder have
// when the folder lock is off. raceAtEveryWrite lets the second side make its call right before
// each write transaction of the first side's call in turn, and once after it.
import { createDispatch, type Dispatch } from '../../shared/api/dispatch';
import { authorizeCall, type ApiCtx } from '../../shared/api/access';
import type { CallInput, CallName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { Db } from '../../db/connection';
import { seedDemoRegion } from '../../db/seed/demo-region';
import { databaseTemplate, interleaveBeforeWrites, openTwice, type DatabaseTemplate } from '../../db/repositories/test-helpers-two-connections';
import { createServices } from '../../electron/services/index';
import { DEMO_TODAY, DEMO_WEEK } from './demo-services';

/** The demo region as a database file to copy for each race. */
export function demoTemplate(): DatabaseTemplate {
  return databaseTemplate((db) => seedDemoRegion(db, { seed: 2021, anchorWeekStart: DEMO_WEEK }));
}

export interface Side {
  db: Db;
  /** A new client that has chosen this profile. */
  as(kind: 'coordinator'): Promise<ApiCtx>;
  as(kind: 'consultant' | 'liaison', id: string): Promise<ApiCtx>;
  /** The handler runs at once, synchronously, like every booking handler; the answer follows as a promise. */
  call<N extends CallName>(ctx: ApiCtx, name: N, input: CallInput<N>): Promise<ApiResult<unknown>>;
}

export interface TwoSides {
  /** The side under test: its connection lets an armed step run before a write transaction. */
  a: Side;
  /** The other process. */
  b: Side;
  arm(n: number, step: () => void): void;
  fired(): boolean;
  close(): void;
}

function side(db: Db): Side {
  const dispatch: Dispatch<ApiCtx> = createDispatch(createServices(db, { version: 't', dataFile: 't', today: () => DEMO_TODAY }), {
    authorize: authorizeCall,
    onInternalError: (name, err) => {
      throw new Error(`${name}: ${String(err)}`);
    },
  });
  const as = async (kind: 'coordinator' | 'consultant' | 'liaison', id?: string) => {
    const ctx: ApiCtx = { transport: 'test', session: { profile: null } };
    const input = kind === 'coordinator' ? { kind } : kind === 'consultant' ? { kind, consultantId: id } : { kind, schoolId: id };
    const r = await dispatch('profile.select', input, ctx);
    if (!r.ok) throw new Error(`profile.select: ${r.error.message}`);
    return ctx;
  };
  return { db, as: as as Side['as'], call: (ctx, name, input) => dispatch(name, input, ctx) };
}

/** A fresh copy of the template opened twice, with services on each connection. */
export function twoSides(template: DatabaseTemplate): TwoSides {
  const conns = openTwice(template);
  const hooked = interleaveBeforeWrites(conns.a);
  return { a: side(hooked.db), b: side(conns.b), arm: hooked.arm, fired: hooked.fired, close: conns.close };
}

export interface Race {
  /** Prepares the fresh copy (seats, profiles); nothing is armed yet. */
  setup(sides: TwoSides): Promise<void> | void;
  /** The call under test, on side a. */
  first(sides: TwoSides): Promise<ApiResult<unknown>>;
  /** The competing call, on side b. */
  second(sides: TwoSides): Promise<ApiResult<unknown>>;
  /** What must hold; `secondFirst` says whether the second call committed before the first began writing. */
  check(sides: TwoSides, first: ApiResult<unknown>, second: ApiResult<unknown>, secondFirst: boolean, moment: string): void;
}

/**
 * Plays the race on a fresh copy once for every write transaction the first call begins, with
 * the second call committing right before it, and once with the second call after the first.
 * Returns the number of plays. A check made before the transaction that relies on it fails here:
 * the second call has changed what it read.
 */
export async function raceAtEveryWrite(template: DatabaseTemplate, race: Race): Promise<number> {
  for (let n = 1; ; n++) {
    const sides = twoSides(template);
    try {
      await race.setup(sides);
      let second: Promise<ApiResult<unknown>> | undefined;
      sides.arm(n, () => {
        second = race.second(sides);
      });
      const first = await race.first(sides);
      const fired = sides.fired();
      if (!fired) second = race.second(sides);
      race.check(sides, first, await second!, fired, fired ? `vóór schrijftransactie ${n}` : 'erna');
      if (!fired) return n;
    } finally {
      sides.close();
    }
  }
}
