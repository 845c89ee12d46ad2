// Household warnings for a candidate booking: apply it to the week's stored plan and report the
// new rule-1 (one place at a time) and rule-9 (care for children) violations that concern the
// client's household, plus any overlap with a partner's own appointments.
import type { Instance, Plan } from '../../../shared/planner/spec';
import { checkPlan, type Violation } from '../../../shared/planner/check';
import type { Db } from '../../../db/connection';
import { weekCheck, type WeekCheck } from '../week/week-instance';
import type { Participant } from '../../../db/repositories/participants';
import { addedBy } from '../../../shared/planner/repair';
import { appointmentsOf } from '../../../db/repositories/appointments';
import { msg, p as param, renderMsg, wouldMsg, type Msg, type MsgParam } from '../../../shared/messages';

export interface HouseholdWarning {
  kind: 'partner' | 'childcare' | 'busy';
  /** Dutch. */
  message: string;
  /** The same as data, for the reader's language (absent only where the checker gives none). */
  msg?: Msg;
}

/** A warning from its message (its Dutch written from it). */
export function warning(kind: HouseholdWarning['kind'], m: Msg): HouseholdWarning {
  return { kind, message: renderMsg(m, 'nl'), msg: m };
}

/** The message of a warning, or its Dutch sentence as text where it carries none. */
export function warningMsg(w: HouseholdWarning): Msg {
  return w.msg ?? msg('booking.asIs', { text: w.message });
}

/**
 * Warnings of a booking not yet made (the options shown before booking, a refusal that asks for a
 * reason), in the tense of what it would bring ("zou dan tegelijk in … staan"); what a made
 * booking brings and the "Toch boeken" mark keep the checker's sentence.
 */
export function wouldWarnings(ws: HouseholdWarning[]): HouseholdWarning[] {
  return ws.map((w) => (w.msg ? warning(w.kind, wouldMsg(w.msg)) : w));
}

/** Several warnings as one parameter: their sentences one after another. */
export function sentences(ws: HouseholdWarning[]): MsgParam {
  const msgs = ws.map(warningMsg);
  if (msgs.length === 0) return param.text('');
  return param.msg(msgs.slice(0, -1).reduceRight((rest, first) => msg('booking.sentences', { first: param.msg(first), rest: param.msg(rest) }), msgs[msgs.length - 1]!));
}

// The week and its check come shared and frozen from the week's cache (week/week-instance.ts).
export { weekCheck, type WeekCheck };

/**
 * What the audit row of a "Toch boeken" booking keeps: the reason and what it breaks, in Dutch and
 * as messages (read back by db/repositories/booking-overrides.ts to mark the booking afterwards).
 */
export function overrideDetails(reason: string, problems: HouseholdWarning[]): { reason: string; problems: string[]; msgs: Msg[] } {
  return { reason, problems: problems.map((w) => w.message), msgs: problems.map(warningMsg) };
}

const clone = <T>(x: T): T => structuredClone(x);

/**
 * The household's rule-1/9 violations that `change` (applied to a copy of the week) adds, by the
 * one diff of shared/planner/repair (`addedBy`): a care gap that is there with or without the
 * change (also when it reads differently because an earlier seat moved) is not the change's
 * doing, so it is not reported again under every option.
 */
export function candidateViolations(wc: WeekCheck, p: Participant, change: (instance: Instance, plan: Plan) => void): Violation[] {
  const instance = clone(wc.instance);
  const plan = clone(wc.plan);
  change(instance, plan);
  return addedBy(wc.before, checkPlan(instance, plan), concernsHousehold(instance, p));
}

/**
 * candidateViolations for a change of the plan alone (a seat moved, a participant added): only
 * the plan is copied, the week's shared instance is checked as it is, with its cached index.
 */
export function planChangeViolations(wc: WeekCheck, p: Participant, change: (plan: Plan) => void): Violation[] {
  const plan = clone(wc.plan);
  change(plan);
  return addedBy(wc.before, checkPlan(wc.instance, plan), concernsHousehold(wc.instance, p));
}

/** The household's violations in the week as stored that the week `without` (a copy of its plan, changed) does not have. */
export function storedViolations(wc: WeekCheck, p: Participant, without: Plan): Violation[] {
  return addedBy(checkPlan(wc.instance, without), wc.before, concernsHousehold(wc.instance, p));
}

/** Rule-1/9 violations about the client or their household. */
function concernsHousehold(instance: Instance, p: Participant): (v: Violation) => boolean {
  const members = new Set([p.id, ...(p.householdId ? [p.householdId] : [])]);
  if (p.householdId) for (const x of instance.participants) if (x.householdId === p.householdId) members.add(x.id);
  return (v) => (v.rule === 1 || v.rule === 9) && v.entities.some((e) => members.has(e));
}

/** The household's care gaps already in these weeks (with or without any option), each sentence once. */
export function existingCareGaps(wcs: Iterable<WeekCheck>, p: Participant): Msg[] {
  const out = new Map<string, Msg>();
  for (const wc of wcs) {
    const mine = concernsHousehold(wc.instance, p);
    for (const g of wc.before.careGaps) if (mine(g.violation) && !out.has(g.violation.message)) out.set(g.violation.message, g.violation.msg);
  }
  return [...out.values()];
}

/** As warnings, each sentence once. */
export function toWarnings(vs: Violation[]): HouseholdWarning[] {
  const seen = new Set<string>();
  const out: HouseholdWarning[] = [];
  for (const v of vs) {
    if (seen.has(v.message)) continue;
    seen.add(v.message);
    // The checker's own message as data, where it carries one (shared/planner/check).
    const m = (v as Violation & { msg?: Msg }).msg;
    out.push({ kind: v.rule === 9 ? 'childcare' : 'busy', message: v.message, ...(m ? { msg: m } : {}) });
  }
  return out;
}

/**
 * What a change already written (inside the caller's transaction) breaks for the client's
 * household: the stored week checked with it, against the week with `undo` applied to a copy.
 */
export function storedChangeProblems(db: Db, p: Participant, weekStart: string, undo: (plan: Plan) => void): HouseholdWarning[] {
  const wc = weekCheck(db, weekStart);
  const without = clone(wc.plan);
  undo(without);
  return toWarnings(storedViolations(wc, p, without));
}

/** Thrown inside a savepoint to undo a tried booking that breaks a hard rule. */
export class BreaksRules extends Error {
  constructor(readonly problems: HouseholdWarning[]) {
    super('Deze boeking breekt een harde regel.');
  }
}

/** Overlaps with the partners' booked appointments (whatever the children's care), at the appointment's own times. */
export function partnerWarnings(db: Db, p: Participant, partners: Participant[], start: string, end: string): HouseholdWarning[] {
  const out: HouseholdWarning[] = [];
  for (const x of partners) {
    for (const a of appointmentsOf(db, x.id, start.slice(0, 10), 1)) {
      if (a.start < end && start < a.end) {
        out.push(
          warning('partner', msg('booking.partnerOverlap', { what: param.kind(a.kind), who: param.person(x.name), place: a.locationName, when: param.span(a.start, a.end) })),
        );
      }
    }
  }
  return out;
}

/** The spans a message names, nested messages and lists included. */
function spansIn(m: Msg, out = new Set<string>()): Set<string> {
  const walk = (x: MsgParam) => {
    if (x.type === 'span') out.add(`${x.start.slice(0, 16)}|${x.end.slice(0, 16)}`);
    else if (x.type === 'msg') spansIn(x.value, out);
    else if (x.type === 'list') x.items.forEach(walk);
  };
  Object.values(m.params).forEach(walk);
  return out;
}

/**
 * The client's own appointments between `start` and `end` that `named` (the checker's warnings for
 * the same booking) do not name: the checker reports an overlap against the activity that ends
 * last, so a toets booked anyway beside a longer lesson would go unsaid. Each once, by kind, time
 * and place ("Overlapt met de leerbaarheidstoets op …").
 */
export function ownOverlaps(db: Db, p: Participant, start: string, end: string, named: HouseholdWarning[]): HouseholdWarning[] {
  const seen = new Set<string>();
  for (const w of named) if (w.msg) spansIn(w.msg, seen);
  const out: HouseholdWarning[] = [];
  for (const a of appointmentsOf(db, p.id, start.slice(0, 10), 1)) {
    const key = `${a.start.slice(0, 16)}|${a.end.slice(0, 16)}`;
    if (!(a.start < end && start < a.end) || seen.has(key)) continue;
    seen.add(key);
    out.push(warning('busy', msg('booking.ownOverlap', { what: param.kind(a.kind), when: param.span(a.start, a.end), place: a.locationName })));
  }
  return out;
}
