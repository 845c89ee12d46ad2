// planWeek: SPEC v1 instance in, plan out. Greedy construction (most constrained first), then a
// large neighbourhood search within the time limit; pure and synchronous so it can run in a
// worker thread. Same seed and enough time => the same plan.
import { mulberry32 } from '../../domain/rng';
import type { ChildcareBooking, Instance, Plan, PlanSession, Seat } from '../spec';
import { createCtx } from './context';
import { improve, closeUndersized } from './improve';
import { buildModel } from './model';
import { loadPinned } from './pinned';
import { planSeats, trySeat } from './seats';
import { joinExisting, planSessions } from './sessions';
import { NONE, State } from './state';
import { toPlan } from './output';
import { explainUnplanned } from './reasons';
import { lowerBound } from './bound';
import { moveMembers, polishSessions } from './polish';
import { swapSeats } from './swaps';

export interface PlanOptions {
  fixed?: { sessions?: PlanSession[]; seats?: Seat[]; childcare?: ChildcareBooking[] };
  timeLimitMs?: number;
  /** Search iterations; the run stops at whichever of this and the time limit comes first. */
  iterations?: number;
  seed?: number;
  onProgress?: (p: { fraction: number; phase: string; cost?: number }) => void;
  signal?: { readonly aborted: boolean };
  now?: () => number;
}

export function defaultTimeLimitMs(participants: number): number {
  // Small weeks get 2 s (a cold start spends part of it compiling); 400 participants stay
  // under 2 s, larger weeks get 4 ms per participant up to 15 s.
  return Math.min(15_000, Math.max(participants <= 200 ? 2_000 : 1_600, 4 * participants));
}

export function defaultIterations(participants: number): number {
  return Math.max(300, Math.round(60_000 / Math.max(1, participants)) * 10);
}

export function planWeek(instance: Instance, options: PlanOptions = {}): Plan {
  const now = options.now ?? (() => Date.now());
  const t0 = now();
  const n = instance.participants.length;
  const limit = options.timeLimitMs ?? defaultTimeLimitMs(n);
  // The search gets 75% of the time; moving sessions, reasons and the bound the rest.
  const shouldStop = () => (options.signal?.aborted ?? false) || now() - t0 >= 0.75 * limit;
  const progress = options.onProgress ?? (() => {});

  const m = buildModel(instance);
  const st = new State(m);
  loadPinned(m, st, options.fixed);
  // The seed is mixed with the golden ratio as it always was, so a seed keeps giving its plan.
  const rng = mulberry32((options.seed ?? 1) ^ 0x9e3779b9);
  // Larger weeks: candidate starts every other grid slot in the first construction keeps it
  // fast; the search afterwards uses every slot.
  const ctx = createCtx(m, st, rng, n > 200 ? 2 : 1);
  progress({ fraction: 0, phase: 'opbouwen' });

  const all = m.demands.map((_, i) => i);
  planSeats(ctx, all);
  progress({ fraction: 0.1, phase: 'opbouwen' });
  planSessions(ctx, all, () => options.signal?.aborted ?? false);
  for (const d of all) if (st.assignKind[d] === NONE && !joinExisting(ctx, d)) trySeat(ctx, d);
  closeUndersized(ctx);
  swapSeats(ctx, shouldStop);
  ctx.step = n > 600 ? 2 : 1;
  progress({ fraction: 0.2, phase: 'verbeteren', cost: st.cost() });

  const iterations = options.iterations ?? defaultIterations(n);
  improve(ctx, {
    iterations,
    maxIdle: Math.max(300, iterations / 2),
    shouldStop,
    elapsed: () => (now() - t0) / (0.75 * limit),
    onIteration: (it, cost) => {
      if (it % 50 === 0) progress({ fraction: 0.2 + 0.75 * Math.min(1, it / iterations, (now() - t0) / limit), phase: 'verbeteren', cost });
    },
  });

  const stopPolish = () => (options.signal?.aborted ?? false) || now() - t0 >= limit * 0.85;
  moveMembers(ctx, stopPolish);
  polishSessions(ctx, stopPolish);
  // A new session must have someone in it; no step should leave one empty, but never propose one.
  closeUndersized(ctx);
  const reasons = explainUnplanned(m, st, ctx);
  const plan = toPlan(m, st, options.fixed, reasons);
  plan.cost = st.cost() + unknownParticipantCost(instance, m);
  plan.bound = Math.min(plan.cost, lowerBound(m, ctx));
  progress({ fraction: 1, phase: 'klaar', cost: plan.cost });
  return plan;
}

function unknownParticipantCost(instance: Instance, m: ReturnType<typeof buildModel>): number {
  let c = 0;
  for (const d of instance.demands) if (!m.pIndex.has(d.participantId)) c += instance.weights.unplanned * d.priority;
  return c;
}
