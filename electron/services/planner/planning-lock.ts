// The planning lock (issue 12): on the team server, planning a week (a planner run until its
// proposal is accepted or discarded) locks that week's planning for other accounts. Stored in the
// database (db/repositories/planning-locks.ts), so it holds across processes; checked and taken
// inside the caller's write transaction. The single-user desktop app has no accounts and no lock.
import { ApiError } from '../../../shared/api/errors';
import type { ApiCtx } from '../../../shared/api/access';
import { accountLabelNl, accountParam, planningLockMsg } from '../../../shared/domain/changed-by';
import { p, renderMsg, type Msg, type MsgParam } from '../../../shared/messages';
import { getAccount } from '../../../db/repositories/accounts';
import { isoWeekOf } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import { deletePlanningLock, livePlanningLock, putPlanningLock, type PlanningLock } from '../../../db/repositories/planning-locks';
import { nowOf, type ServiceEnv } from '../context';

/** A lock lasts at most this long (a run takes minutes; reviewing its proposal, not hours). */
export const PLANNING_LOCK_TTL_MS = 2 * 60 * 60_000;
/** A holder not seen this long no longer holds the lock (the team server's idle timeout). */
export const PLANNING_LOCK_IDLE_MS = 30 * 60_000;

/** The week's lock when it holds now. */
export function currentLock(db: Db, weekStart: string): PlanningLock | null {
  return livePlanningLock(db, weekStart, Date.now(), PLANNING_LOCK_IDLE_MS);
}

/** Who holds a lock, written in the reader's language; the stored label when the account is gone. */
function holderParam(db: Db, lock: PlanningLock): MsgParam {
  const account = getAccount(db, lock.accountId);
  return account ? accountParam(account.username, account.role) : p.text(lock.holder);
}

/** The lock as the week view shows it to this caller; undefined when there is none. */
export function lockView(db: Db, weekStart: string, ctx: ApiCtx): { holder: string; holderMsg?: Msg; since: string; mine: boolean } | undefined {
  const lock = currentLock(db, weekStart);
  if (!lock) return undefined;
  const who = holderParam(db, lock);
  return { holder: lock.holder, ...(who.type === 'msg' ? { holderMsg: who.value } : {}), since: lock.since, mine: lock.accountId === ctx.session.account?.id };
}

/** Refuses when another account holds the week's lock ("Week 50 wordt gepland door … sinds 10:12."). */
export function refuseIfLockedByOther(db: Db, env: ServiceEnv, weekStart: string, ctx: ApiCtx): void {
  const lock = currentLock(db, weekStart);
  if (!lock || lock.accountId === ctx.session.account?.id) return;
  const said = planningLockMsg(isoWeekOf(weekStart).week, holderParam(db, lock), lock.since, nowOf(env));
  throw new ApiError({ code: 'conflict', message: renderMsg(said, 'nl'), msg: said });
}

/** Takes the week's lock for the caller's account (run inside writeTx); nothing without an account. */
export function takeLock(db: Db, env: ServiceEnv, weekStart: string, ctx: ApiCtx): boolean {
  const account = ctx.session.account;
  if (!account) return false;
  refuseIfLockedByOther(db, env, weekStart, ctx);
  putPlanningLock(db, { weekStart, accountId: account.id, holder: accountLabelNl(account.username, account.role), since: nowOf(env) }, Date.now() + PLANNING_LOCK_TTL_MS);
  return true;
}

/** Ends the week's lock (accepted, discarded, or the run failed); true when there was one. */
export function endLock(db: Db, weekStart: string): boolean {
  return deletePlanningLock(db, weekStart);
}
