// Test support, not used by the app: the demo services called through dispatch with the access
// check, as a chosen profile. A test file calls useDemoProfiles() once; `db`, `events` and
// `dispatch` are then a fresh demo region for each of its tests (live bindings).
import { beforeEach } from 'vitest';
import type { Dispatch } from '../../shared/api/dispatch';
import { contract, type AppEvent, type CallInput, type CallName, type CallOutput } from '../../shared/api/contract';
import { authorizeCall, type ApiCtx } from '../../shared/api/access';
import type { Db } from '../../db/connection';
import { demoServices } from './demo-services';

export const NEXT_WEEK = '2026-11-30';
export let db: Db;
export let events: AppEvent[];
export let dispatch: Dispatch<ApiCtx>;

export function useDemoProfiles(): void {
  beforeEach(() => {
    let tick = 0;
    const now = () => `2026-11-25T11:${String(Math.floor(tick / 60) % 60).padStart(2, '0')}:${String(tick++ % 60).padStart(2, '0')}`;
    ({ db, events, dispatch } = demoServices(
      { now },
      {
        authorize: authorizeCall,
        onInternalError: (name, err) => {
          throw new Error(`${name}: ${String(err)}`);
        },
      },
    ));
  });
}

/** A new client (window or browser) without a profile. */
export function client(): ApiCtx {
  return { transport: 'test', session: { profile: null } };
}

export async function call<N extends CallName>(ctx: ApiCtx, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, ctx);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return contract[name].output.parse(r.data) as CallOutput<N>;
}

export async function fail(ctx: ApiCtx, name: string, input: unknown) {
  const r = await dispatch(name, input, ctx);
  if (r.ok) throw new Error(`${name} had moeten falen`);
  return r.error;
}

/** A client that has chosen this profile. */
export async function as(kind: 'coordinator'): Promise<ApiCtx>;
export async function as(kind: 'consultant' | 'liaison', id: string): Promise<ApiCtx>;
export async function as(kind: 'coordinator' | 'consultant' | 'liaison', id?: string): Promise<ApiCtx> {
  const ctx = client();
  const input = kind === 'coordinator' ? { kind } : kind === 'consultant' ? { kind, consultantId: id! } : { kind, schoolId: id! };
  await call(ctx, 'profile.select', input as CallInput<'profile.select'>);
  return ctx;
}
