// Planner jobs: planWeek runs in a worker thread on the week's instance, with the accepted
// bookings and the pinned sessions as fixed input, so "opnieuw plannen" keeps them. Progress and
// the end arrive as planner.* events. The stored plan replaces the week's earlier proposal and is
// recorded for undo ("Voorstel van de planner"); its reasons for unplanned demands are kept.
//
// Each run takes a core and, for a large region, a few hundred MB: at most MAX_RUNNING run at once
// (one per week), the rest wait in a queue in the order asked ("wacht op een andere planning"),
// and the queue itself is bounded. A waiting job builds its instance only when it starts, so it
// plans on the week as it is then and holds no memory while it waits.
//
// Cancelling keeps the best plan found so far: the planner always ends with a valid plan, and a
// coordinator who stops a long run wants what it found, not nothing. The finished event says so.
import { msg, renderMsg, type Msg } from '../../../shared/messages';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import { isoWeekOf } from '../../../shared/domain/week';
import type { Plan } from '../../../shared/planner/spec';
import { storedPlan, storeProposal } from '../../../db/instance/instance-from-db';
import { weekInstance } from '../week/week-instance';
import { failStaleRuns, finishRun, getRun, insertRun, storeUnplannedReasons } from '../../../db/repositories/planner-runs';
import { recordChange } from '../../../db/repositories/week-history';
import { pinnedProposalIds } from '../../../db/repositories/sessions';
import { startPlanRun, type PlanRun } from '../../planner-jobs/plan-runner';
import { auditContext, nowOf, type ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';
import { writeTx } from '../../../db/connection';
import { currentLock, endLock, refuseIfLockedByOther, takeLock } from './planning-lock';

type JobState = 'running' | 'done' | 'cancelled' | 'failed';

interface Job {
  id: string;
  weekStart: string;
  state: JobState;
  fraction: number;
  phase: string;
  message: string | null;
  /** The same as data, for the reader's language. */
  msg: Msg | null;
  run: PlanRun | null;
  seed: number;
  timeLimitMs: number;
}

/** Runs at once: one core is left for the app itself (2 on a machine with 3 or more cores). */
export const MAX_RUNNING = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Jobs that may wait; more are refused rather than piling up work nobody watches. */
export const MAX_WAITING = 8;
const WAITING_PHASE = 'wacht op een andere planning';

/** Progress events at most this often: the worker reports far more than a progress bar needs. */
const PROGRESS_EVERY_MS = 250;

export function plannerHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'planner.start' | 'planner.cancel' | 'planner.status' | 'planner.releaseLock'> {
  const jobs = new Map<string, Job>();
  const waiting: Job[] = [];
  let running = 0;
  failStaleRuns(db, nowOf(env));

  const finish = (job: Job, state: Exclude<JobState, 'running'>, plan: Plan | null, m: Msg | null, planned = 0) => {
    const message = m ? renderMsg(m, 'nl') : null;
    job.msg = m;
    job.state = state;
    job.fraction = 1;
    job.phase = state === 'failed' ? 'mislukt' : 'klaar';
    job.message = message;
    if (state === 'failed')
      env.log?.write({ level: 'error', source: 'services', where: 'planner', message: `Planning van week ${job.weekStart} mislukt: ${message ?? 'onbekende fout'}` });
    if (job.run) running--;
    job.run = null;
    pump();
    // No proposal came of it: nothing to accept or discard, so the week is free again.
    if (!plan && db.open && endLock(db, job.weekStart)) events.emit({ type: 'week.changed', weekStart: job.weekStart });
    const unplanned = plan?.unplanned.length ?? 0;
    if (db.open) {
      finishRun(db, job.id, {
        state,
        finishedAt: nowOf(env),
        cost: plan?.cost ?? null,
        bound: plan?.bound ?? null,
        planned: plan ? planned : null,
        unplanned: plan ? unplanned : null,
        message,
      });
    }
    events.emit({
      type: 'planner.finished',
      jobId: job.id,
      weekStart: job.weekStart,
      state,
      cost: plan?.cost ?? null,
      bound: plan?.bound ?? null,
      planned,
      unplanned,
      message,
      ...(m ? { msg: m } : {}),
    });
  };

  const run = (job: Job, worker: NonNullable<typeof env.planWorker>) => {
    const { weekStart } = job;
    const instance = weekInstance(db, weekStart);
    const accepted = storedPlan(db, weekStart, instance, { only: 'accepted' });
    const pinnedIds = new Set(pinnedProposalIds(db, weekStart));
    const pinned = pinnedIds.size ? storedPlan(db, weekStart, instance).sessions.filter((s) => pinnedIds.has(s.id)) : [];
    const fixed = { sessions: [...accepted.sessions, ...pinned], seats: accepted.seats, childcare: accepted.childcare };
    job.phase = 'starten';
    let lastEmit = 0;
    job.run = startPlanRun(worker, instance, { fixed, timeLimitMs: job.timeLimitMs, seed: job.seed }, (p) => {
      job.fraction = p.fraction;
      job.phase = p.phase;
      const t = Date.now();
      if (t - lastEmit < PROGRESS_EVERY_MS && p.fraction < 1) return;
      lastEmit = t;
      events.emit({ type: 'planner.progress', jobId: job.id, weekStart, fraction: p.fraction, phase: p.phase, ...(p.cost !== undefined ? { cost: p.cost } : {}) });
    });
    running++;
    job.run.result.then(
      ({ plan, cancelled }) => {
        if (!db.open) return;
        try {
          const ctx = auditContext(env, 'Voorstel weekplanning van de planner opgeslagen');
          recordChange(db, weekStart, cancelled ? 'Voorstel van de planner (gestopt)' : 'Voorstel van de planner', nowOf(env), () => {
            storeProposal(db, weekStart, plan, ctx);
            storeUnplannedReasons(db, weekStart, job.id, plan.unplanned);
          });
          const planned = instance.demands.length - plan.unplanned.length;
          finish(job, cancelled ? 'cancelled' : 'done', plan, cancelled ? msg('planner.stoppedKept') : null, planned);
          events.emit({ type: 'week.changed', weekStart });
        } catch (err) {
          finish(job, 'failed', null, msg('planner.saveFailed', { error: err instanceof Error ? err.message : String(err) }));
        }
      },
      (err: unknown) => {
        if (!db.open) return;
        finish(job, 'failed', null, msg('planner.failed', { error: err instanceof Error ? err.message : String(err) }));
      },
    );
  };

  /** Starts waiting jobs while there is room. */
  function pump(): void {
    while (running < MAX_RUNNING && waiting.length > 0 && env.planWorker && db.open) {
      const job = waiting.shift()!;
      try {
        run(job, env.planWorker);
      } catch (err) {
        finish(job, 'failed', null, msg('planner.startFailed', { error: err instanceof Error ? err.message : String(err) }));
      }
    }
  }

  return {
    'planner.start': ({ weekStart, timeLimitSeconds, seed }, ctx) => {
      if (!env.planWorker) throw new ApiError({ code: 'internal', message: 'De planner is in deze omgeving niet beschikbaar (geen worker ingesteld).' });
      for (const j of jobs.values()) {
        if (j.weekStart === weekStart && j.state === 'running') {
          throw new ApiError({ code: 'conflict', message: `Voor week ${isoWeekOf(weekStart).week} loopt de planner al. Wacht tot hij klaar is of stop hem eerst.` });
        }
      }
      if (waiting.length >= MAX_WAITING) {
        throw new ApiError({ code: 'conflict', message: `Er wachten al ${MAX_WAITING} planningen. Probeer het opnieuw als er een klaar is.` });
      }
      // On the team server the week is now this account's to plan until the proposal is accepted or discarded.
      if (writeTx(db, () => takeLock(db, env, weekStart, ctx))) events.emit({ type: 'week.changed', weekStart });
      const job: Job = {
        id: randomUUID(),
        weekStart,
        state: 'running',
        fraction: 0,
        phase: WAITING_PHASE,
        message: null,
        msg: null,
        run: null,
        seed,
        timeLimitMs: Math.round(timeLimitSeconds * 1000),
      };
      insertRun(db, { id: job.id, weekStart, seed, timeLimitMs: job.timeLimitMs, startedAt: nowOf(env) });
      jobs.set(job.id, job);
      waiting.push(job);
      pump();
      if (job.phase === WAITING_PHASE) events.emit({ type: 'planner.progress', jobId: job.id, weekStart, fraction: 0, phase: WAITING_PHASE });
      return { jobId: job.id };
    },

    'planner.releaseLock': ({ weekStart }, ctx) => {
      const account = ctx.session.account;
      const released = writeTx(db, () => {
        const lock = currentLock(db, weekStart);
        if (lock && account && account.role !== 'beheerder' && lock.accountId !== account.id) {
          throw new ApiError({ code: 'forbidden', message: 'Alleen wie deze week plant of de beheerder kan de planning vrijgeven.' });
        }
        return endLock(db, weekStart);
      });
      if (released) events.emit({ type: 'week.changed', weekStart });
      return { released };
    },

    'planner.cancel': ({ jobId }, ctx) => {
      const job = jobs.get(jobId);
      if (!job) {
        if (getRun(db, jobId)) return { cancelled: false };
        throw new ApiError({ code: 'not_found', field: 'jobId', message: `Planneropdracht ${jobId} is onbekend.` });
      }
      // Only the account that plans the week stops its run.
      refuseIfLockedByOther(db, env, job.weekStart, ctx);
      if (job.state !== 'running') return { cancelled: false };
      const queued = waiting.indexOf(job);
      if (queued >= 0) {
        waiting.splice(queued, 1);
        finish(job, 'cancelled', null, msg('planner.stoppedBefore'));
        return { cancelled: true };
      }
      if (!job.run) return { cancelled: false };
      job.run.cancel();
      job.phase = 'stoppen';
      return { cancelled: true };
    },

    'planner.status': ({ jobId }) => {
      const job = jobs.get(jobId);
      if (job) return { jobId, weekStart: job.weekStart, state: job.state, fraction: job.fraction, phase: job.phase, message: job.message, ...(job.msg ? { msg: job.msg } : {}) };
      const run = getRun(db, jobId);
      if (!run) throw new ApiError({ code: 'not_found', field: 'jobId', message: `Planneropdracht ${jobId} is onbekend.` });
      return {
        jobId,
        weekStart: run.weekStart,
        state: run.state,
        fraction: run.state === 'running' ? 0 : 1,
        phase: run.state === 'failed' ? 'mislukt' : 'klaar',
        message: run.message,
      };
    },
  };
}
