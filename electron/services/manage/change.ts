// How every management change runs: in one transaction, it checks the planned weeks from
// today's week on (only weeks with sessions or bookings) before and after the change, with
// the same checker as the week's conflict list. New conflicts, or plans that still point at
// what is removed, make it wait for `confirm: true`; a preview never keeps anything. Either
// way the transaction is rolled back, so the answer says what would happen without it
// happening. The audit row of the change is written inside the same transaction.
import { ApiError } from '../../../shared/api/errors';
import { profileOf, type ApiCtx } from '../../../shared/api/access';
import type { ChangeOutcome } from '../../../shared/api/contract';
import { checkPlan, type Violation } from '../../../shared/planner/check';
import { newViolations } from '../../../shared/planner/repair/violation-diff';
import { mondayOf } from '../../../shared/domain/week';
import { writeTx } from '../../../db/tx';
import { lastChangeOf, type AuditContext } from '../../../db/repositories/audit';
import { staleFormMsg, type StaleManageWhat } from '../../../shared/domain/changed-by';
import { utcToAmsterdam } from '../../../shared/domain/amsterdam-time';
import { buildInstance, storedPlan } from '../../../db/instance/instance-from-db';
import { plannedWeeksFrom } from '../../../db/repositories/region-usage';
import { DataRuleError } from '../../../db/repositories/rule-error';
import { goneMsg, msg, p, renderMsg, type ManageThing, type Msg } from '../../../shared/messages';
import { auditContext, nowOf, type ServiceDeps } from '../context';
import { profileAudit } from '../audit/profile-audit';
import { auditView } from '../audit/read-audit';
import { conflictWording } from '../week/conflicts';
import { weekCheck } from '../week/week-instance';
import { weeksParam } from './wording';

/** At most this many conflicts are listed (all are counted). */
const MAX_LISTED = 50;

export interface ChangeFlags {
  preview: boolean;
  confirm: boolean;
  reason: string | null;
  /** The row's stamp as the form read it; absent: not checked. */
  expectedStamp?: number;
}

export interface ChangeSpec {
  /** "Opslaan van Zaal 1", "Buiten gebruik stellen van Tolk Arabisch": what the messages call the change. */
  what: Msg;
  /** The audit purpose when the user gave no reason ("beheer: ruimte opslaan"). */
  purpose: string;
  /** data.changed area for the screens that show this kind of row. */
  area: string;
  /** Whether the change can touch planned weeks (false for a gemeente's name, say). */
  checkPlans: boolean;
  /** Plans still point at what this change removes: say so, and wait for confirm even without new conflicts. */
  stillUsed?: Msg | null;
  /** The row a save edits (audit entity and id, and how the refusal names it): refused as stale when its stamp moved on. */
  stamped?: { entity: string; id: string | undefined; what: StaleManageWhat };
  /** Runs the change inside the transaction; says what it did. */
  apply: (audit: AuditContext) => { id: string | null; msg: Msg };
}

class Rollback {}

interface FoundConflict {
  weekStart: string;
  violation: Violation;
  participantIds: string[];
}

/** The services' error for a rule the repositories refuse. */
export function asApiError(err: unknown): unknown {
  return err instanceof DataRuleError ? new ApiError({ code: err.code, message: err.message, msg: err.msg, ...(err.field ? { field: err.field } : {}) }) : err;
}

/** A save on a row someone changed after the form read it: refused, saying who and when. */
function refuseStale(db: ServiceDeps['db'], env: ServiceDeps['env'], flags: ChangeFlags, spec: ChangeSpec): void {
  if (flags.expectedStamp === undefined || !spec.stamped?.id) return;
  const last = lastChangeOf(db, spec.stamped.entity, spec.stamped.id);
  if ((last?.id ?? 0) === flags.expectedStamp) return;
  throw new ApiError({ code: 'stale', msg: staleFormMsg(spec.stamped.what, last && { actor: last.actor, at: utcToAmsterdam(last.at) }, nowOf(env)) });
}

/** The row a call names is gone (or never was). */
export function notFound(what: ManageThing, field = 'id'): never {
  throw new ApiError({ code: 'not_found', msg: goneMsg(what), field });
}

/** Runs a handler body, turning a refused rule into the API's error. */
export function refusing<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw asApiError(err);
  }
}

/**
 * Runs one management change as described above. A liaison gets the count of new conflicts
 * and their weeks, not the sentences (they name people of other schools).
 */
export function runChange({ db, env, events }: ServiceDeps, ctx: ApiCtx, flags: ChangeFlags, spec: ChangeSpec): ChangeOutcome {
  const profile = profileOf(ctx);
  const withhold = profile?.kind === 'liaison';
  const audit = auditContext(env, flags.reason ?? spec.purpose);
  const weeks = spec.checkPlans ? plannedWeeksFrom(db, mondayOf(env.today())) : [];
  let found: FoundConflict[] = [];
  let result = null as { id: string | null; msg: Msg } | null;
  let applied = false;
  let humanize: (text: string) => string = (t) => t;
  try {
    writeTx(db, () => {
      // Before: the week as it stands (the cached instance is of this, committed, state).
      const before = weeks.map((w) => weekCheck(db, w).before.violations);
      refuseStale(db, env, flags, spec);
      result = refusing(() => spec.apply(audit));
      found = weeks.flatMap((w, i) => {
        // After: built afresh, never cached (it may be rolled back).
        const instance = buildInstance(db, w);
        const people = new Set(instance.participants.map((p) => p.id));
        const after = checkPlan(instance, storedPlan(db, w, instance)).violations;
        return newViolations(before[i], after).map((violation) => ({ weekStart: w, violation, participantIds: violation.entities.filter((e) => people.has(e)) }));
      });
      if (found.length) {
        humanize = conflictWording(db);
      }
      const mustConfirm = found.length > 0 || !!spec.stillUsed;
      if (flags.preview || (mustConfirm && !flags.confirm)) throw new Rollback();
      applied = true;
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw asApiError(err);
  }

  const weekList = [...new Set(found.map((c) => c.weekStart))];
  const items = withhold
    ? []
    : found.slice(0, MAX_LISTED).map((c) => ({ weekStart: c.weekStart, rule: c.violation.rule, message: humanize(c.violation.message), msg: c.violation.msg }));
  // The sentences name people: reading them is a read of their data.
  const seen = new Set(withhold ? [] : found.slice(0, MAX_LISTED).flatMap((c) => c.participantIds));
  if (seen.size) writeTx(db, () => auditView(db, profileAudit(env, profile, 'beheer: gevolgen van een wijziging'), seen, { change: renderMsg(spec.what, 'nl') }));

  const n = found.length;
  const weeksMsg = weeksParam(weekList);
  let said: Msg;
  if (applied && result) {
    said = n ? msg('manage.outcome.appliedWithConflicts', { done: p.msg(result.msg), n, weeks: weeksMsg }) : result.msg;
    events.emit({ type: 'data.changed', area: spec.area });
    for (const w of weeks) events.emit({ type: 'week.changed', weekStart: w });
  } else {
    const what = p.msg(spec.what);
    const effect = n ? msg('manage.outcome.conflicts', { what, n, weeks: weeksMsg }) : msg('manage.outcome.noConflicts', { what });
    const lead = spec.stillUsed ? msg('manage.outcome.stillUsed', { stillUsed: p.msg(spec.stillUsed), effect: p.msg(effect) }) : effect;
    said = flags.preview ? lead : msg('manage.outcome.notYet', { effect: p.msg(lead) });
  }
  // `message` is the Dutch of `msg`, for the command line and the log.
  return { applied, id: applied && result ? result.id : null, message: renderMsg(said, 'nl'), msg: said, conflicts: { count: n, weeks: weekList, items } };
}
