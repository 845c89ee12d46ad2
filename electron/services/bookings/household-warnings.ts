// Household warnings for a candidate booking: apply it to the week's stored plan and report the
// new rule-1 (one place at a time) and rule-9 (care for children) violations that concern the
// client's household, plus any overlap with a partner's own appointments.
import type { Instance, Plan } from '../../../shared/planner/spec';
import { checkPlan, type Violation } from '../../../shared/planner/check';
import { buildInstance, storedPlan } from '../../../db/instance/instance-from-db';
import type { Db } from '../../../db/connection';
import type { Participant } from '../../../db/repositories/participants';
import { newViolations } from '../../../shared/planner/repair';
import { appointmentsOf } from '../../../db/repositories/appointments';
import { formatShortTimeNl as shortTime } from '../../../shared/domain/dutch-dates';

export interface HouseholdWarning {
  kind: 'partner' | 'childcare' | 'busy';
  message: string;
}

export interface WeekCheck {
  instance: Instance;
  plan: Plan;
  before: Violation[];
}

export function weekCheck(db: Db, weekStart: string): WeekCheck {
  const instance = buildInstance(db, weekStart);
  const plan = storedPlan(db, weekStart, instance);
  return { instance, plan, before: checkPlan(instance, plan).violations };
}

const clone = <T>(x: T): T => structuredClone(x);

/** The household's new rule-1/9 violations when `change` is applied to a copy of the week. */
export function candidateViolations(wc: WeekCheck, p: Participant, change: (instance: Instance, plan: Plan) => void): Violation[] {
  const instance = clone(wc.instance);
  const plan = clone(wc.plan);
  change(instance, plan);
  const members = new Set([p.id, ...(p.householdId ? [p.householdId] : [])]);
  if (p.householdId) for (const x of instance.participants) if (x.householdId === p.householdId) members.add(x.id);
  return newViolations(wc.before, checkPlan(instance, plan).violations).filter((v) => (v.rule === 1 || v.rule === 9) && v.entities.some((e) => members.has(e)));
}

export function toWarnings(vs: Violation[]): HouseholdWarning[] {
  return vs.map((v) => ({ kind: v.rule === 9 ? 'childcare' : 'busy', message: v.message }));
}

/** Overlaps with the partners' booked appointments (whatever the children's care). */
export function partnerWarnings(db: Db, p: Participant, partners: Participant[], start: string, end: string): HouseholdWarning[] {
  const out: HouseholdWarning[] = [];
  for (const x of partners) {
    for (const a of appointmentsOf(db, x.id, start.slice(0, 10), 1)) {
      if (a.start < end && start < a.end) {
        out.push({ kind: 'partner', message: `Valt samen met ${a.label.toLowerCase()} van ${x.name} (${shortTime(a.start)}–${a.end.slice(11, 16)}).` });
      }
    }
  }
  return out;
}
