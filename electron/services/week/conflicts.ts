// week.conflicts: the checker's violations of the stored week as conflicts with fixes, plus
// deadline warnings for people whose PIP term or activity norm is missed or close, in the weeks
// the term concerns, with what of theirs that week has not been planned.
import type { DemandKind } from '../../../shared/domain/kinds';
import { distinguishPeople, msg, p as param, renderMsg, type Msg } from '../../../shared/messages';
import { categoryOfRule } from '../../../shared/api/conflict-category';
import type { CallOutput, Conflict, ConflictCategory } from '../../../shared/api/contract';
import { compareUrgency, termWarnsInWeek, type TermStatus } from '../../../shared/domain/deadlines';
import type { Violation } from '../../../shared/planner/check';
import { isClassSeat, type Instance, type Plan } from '../../../shared/planner/spec';
import type { Db } from '../../../db/connection';
import { weekCheck } from './week-instance';
import { listChildren, listParticipants } from '../../../db/repositories/participants';
import { listChildcareProviders } from '../../../db/repositories/region';
import { resourceNames } from '../../../db/repositories/region-usage';
import { FIXABLE_RULES, judgeCandidates, pickFixes, sessionsOf, type CareTarget, type FixContext, type FixPool } from '../../../shared/planner/repair';
import { watchedTerms } from '../deadlines/deadlines';

/** checkPlan runs for fixes per call: about a second on a large, badly broken week. */
const FIX_BUDGET = 600;

function category(v: Violation, householdConflictPeople: Set<string>, participants: Set<string>): ConflictCategory {
  if (v.rule === 1 && v.entities.some((e) => participants.has(e) && householdConflictPeople.has(e))) return 'household';
  return categoryOfRule(v.rule);
}

/** Replaces each id in a sentence by its name; ids are matched whole ("KND-07" not in "KND-074"). */
export function namesInText(names: Map<string, string>): (text: string) => string {
  const ids = [...names.keys()].filter((id) => id && names.get(id)).sort((a, b) => b.length - a.length);
  if (ids.length === 0) return (text) => text;
  const re = new RegExp(`(?<![\\w-])(${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');
  return (text) => text.replace(re, (id) => names.get(id) ?? id);
}

/**
 * The checker's sentences in the coordinator's words: children and resources by name instead of
 * id. The checker knows only what is in use, so a room, consultant, interpreter, class or provider
 * taken out of use "does not exist" to it; named, it is one that is no longer in use.
 */
export function conflictWording(db: Db): (text: string) => string {
  const names = resourceNames(db);
  for (const c of listChildren(db)) names.set(c.id, c.givenName);
  const named = namesInText(names);
  return (text) => {
    const out = named(text);
    return out === text ? out : out.replace(/, die niet bestaat\./g, ', die niet meer in gebruik is.');
  };
}

/**
 * Start and end of what a conflict is about: its sessions; for a seat conflict (a class lesson or
 * intake moment, named among its entities) that one lesson's own times, the one most of its
 * people sit in; else the seats of its people.
 */
function spanOf(instance: Instance, plan: Plan, sessionIds: string[], people: string[], entities: string[] = []): { start: string | null; end: string | null } {
  const spans: { start: string; end: string }[] = plan.sessions.filter((s) => sessionIds.includes(s.id));
  if (!spans.length) {
    const who = new Set(people);
    const about = new Set(entities);
    const seated = new Map<string, { span: { start: string; end: string }; n: number }>();
    for (const seat of plan.seats) {
      if (!who.has(seat.participantId)) continue;
      const ref = isClassSeat(seat) ? seat.classId : seat.intakeId;
      const span = isClassSeat(seat)
        ? instance.classes.find((x) => x.id === seat.classId)?.sessions.find((x) => x.start === seat.start)
        : instance.startklasIntakes.find((x) => x.id === seat.intakeId);
      if (!span) continue;
      spans.push(span);
      if (!about.has(ref)) continue;
      const key = `${ref}@${span.start}`;
      const x = seated.get(key);
      if (x) x.n++;
      else seated.set(key, { span, n: 1 });
    }
    let own: { span: { start: string; end: string }; n: number } | undefined;
    for (const x of seated.values()) if (!own || x.n > own.n) own = x;
    if (own) return { start: own.span.start, end: own.span.end };
  }
  if (!spans.length) return { start: null, end: null };
  return { start: spans.reduce((m, s) => (s.start < m ? s.start : m), spans[0].start), end: spans.reduce((m, s) => (s.end > m ? s.end : m), spans[0].end) };
}

/**
 * For the household rule: the adults' sessions that overlap another adult's activity or busy
 * time, i.e. the sessions that leave the children alone. Falls back to all their sessions.
 */
function householdSessions(instance: Instance, plan: Plan, adults: string[]): string[] {
  const acts = new Map<string, { start: string; end: string; session?: string }[]>();
  const person = new Map(instance.participants.map((p) => [p.id, p]));
  for (const a of adults) acts.set(a, [...(person.get(a)?.busy ?? [])]);
  for (const s of plan.sessions) for (const p of s.participants) acts.get(p)?.push({ start: s.start, end: s.end, session: s.id });
  for (const seat of plan.seats) {
    const list = acts.get(seat.participantId);
    if (!list) continue;
    if (isClassSeat(seat)) {
      const c = instance.classes.find((x) => x.id === seat.classId)?.sessions.find((x) => x.start === seat.start);
      if (c) list.push(c);
    } else {
      const k = instance.startklasIntakes.find((x) => x.id === seat.intakeId);
      if (k) list.push(k);
    }
  }
  const out = new Set<string>();
  for (const a of adults) {
    for (const x of acts.get(a) ?? []) {
      if (!x.session) continue;
      const clash = adults.some((b) => b !== a && (acts.get(b) ?? []).some((y) => y.start < x.end && x.start < y.end));
      if (clash) out.add(x.session);
    }
  }
  return [...out];
}

export function weekConflicts(db: Db, weekStart: string, today: string): CallOutput<'week.conflicts'> {
  const { instance, plan, before: base } = weekCheck(db, weekStart);
  const names = new Map(instance.participants.map((p) => [p.id, p.name]));
  const participantIds = new Set(names.keys());
  const householdOf = new Map(instance.participants.map((p) => [p.id, p.householdId]));
  const careHouseholds = new Set(base.violations.filter((v) => v.rule === 9).flatMap((v) => v.entities.filter((e) => instance.households.some((h) => h.id === e))));
  const householdConflictPeople = new Set([...participantIds].filter((p) => careHouseholds.has(householdOf.get(p) ?? '')));

  // The checker knows children by id only (the SPEC has no names for them); the coordinator
  // reads "het kind Amir (3 jaar)". Providers already appear with their location's name.
  const childNames = new Map(listChildren(db).map((c) => [c.id, c.givenName]));
  const humanize = conflictWording(db);
  const ctx: FixContext = {
    instance,
    plan,
    base,
    childNames,
    providerNames: new Map(listChildcareProviders(db).map((p) => [p.id, p.name])),
    budget: { left: FIX_BUDGET, conflictsLeft: base.violations.filter((v) => FIXABLE_RULES.has(v.rule)).length },
    judged: new Map(),
  };
  const gaps = new Map(base.careGaps.map((g) => [g.violation, g]));
  const seen = new Map<string, number>();
  const pool: FixPool = new Map();
  // First judge every conflict's candidates, then pick: a move found for one child's conflict
  // is offered for each other conflict it removes too.
  const drafts = base.violations.map((v) => {
    const baseId = `${v.rule}:${v.entities.join('+')}`;
    const n = (seen.get(baseId) ?? 0) + 1;
    seen.set(baseId, n);
    const id = n === 1 ? baseId : `${baseId}:${n}`;
    const people = v.entities.filter((e) => participantIds.has(e));
    let care: CareTarget | undefined;
    let sessionIds: string[];
    if (v.rule === 9) {
      const gap = gaps.get(v);
      if (gap) care = { gap: gap.gap, sessionAdult: gap.sessionAdult };
      sessionIds = gap?.sessionIds.length ? gap.sessionIds : householdSessions(instance, plan, people);
    } else sessionIds = sessionsOf(plan, v, []).map((s) => s.id);
    const target = { people: v.rule === 9 ? people : [], sessionIds: v.rule === 9 ? sessionIds : null, care };
    const own = FIXABLE_RULES.has(v.rule) ? judgeCandidates(ctx, pool, v, target) : new Set<string>();
    return { v, id, people, sessionIds, own };
  });
  const conflicts: Conflict[] = drafts.map(({ v, id, people, sessionIds, own }) => {
    const { start, end } = spanOf(instance, plan, sessionIds, people, v.entities);
    return {
      id,
      category: category(v, householdConflictPeople, participantIds),
      rule: v.rule,
      severity: 'conflict' as const,
      message: humanize(v.message),
      msg: v.msg,
      entities: v.entities,
      sessionIds,
      participants: people.map((p) => ({ id: p, name: names.get(p) ?? p })),
      start,
      end,
      fixes: FIXABLE_RULES.has(v.rule) ? pickFixes(ctx, pool, v, id, own) : [],
    };
  });
  conflicts.push(...deadlineWarnings(db, weekStart, instance, plan, today));
  return { conflicts, cost: base.cost };
}

function termMsg(which: 'pip' | 'norm', t: TermStatus): Msg | null {
  if (t.daysLeft === null || t.deadline === null) return null;
  const date = param.date(t.deadline, true);
  // The 4-week norm's first activity booked after the deadline: going to be late, with its day.
  if (which === 'norm' && t.plannedOn) {
    const planned = param.date(t.plannedOn, true);
    return t.state === 'missed'
      ? msg('conflict.term.normMissedPlanned', { date, days: -t.daysLeft, planned })
      : msg('conflict.term.normLate', { date, left: param.daysLeft(t.daysLeft), planned });
  }
  return t.state === 'missed' ? msg(`conflict.term.${which}Missed`, { date, days: -t.daysLeft }) : msg(`conflict.term.${which}Near`, { date, left: param.daysLeft(t.daysLeft) });
}

/**
 * Everyone whose PIP term or activity norm Termijnen counts as missed or near (watchedTerms, the
 * same list and calculation), each only in the weeks the term concerns (termWarnsInWeek), most
 * urgent first; with what of theirs this week's planning has left unplanned, if anything.
 */
function deadlineWarnings(db: Db, weekStart: string, instance: Instance, plan: Plan, today: string): Conflict[] {
  const unplanned = new Set(plan.unplanned.map((u) => u.demandId));
  const open = new Map<string, DemandKind[]>();
  for (const d of instance.demands) if (unplanned.has(d.id)) (open.get(d.participantId) ?? open.set(d.participantId, []).get(d.participantId)!).push(d.kind);
  const out: { urgency: TermStatus; conflict: Conflict }[] = [];
  const watched = watchedTerms(db, today);
  const hints = distinguishPeople(listParticipants(db).map((p) => ({ id: p.id, name: p.name, gemeente: p.gemeente })));
  for (const { participant: p, pip, activity: act } of watched) {
    const terms = [termWarnsInWeek(pip, weekStart, today) ? pip : null, termWarnsInWeek(act, weekStart, today) ? act : null];
    const urgent = [terms[0] ? termMsg('pip', pip) : null, terms[1] ? termMsg('norm', act) : null].filter((m): m is Msg => m !== null);
    if (!urgent.length) continue;
    const kinds = [...new Set(open.get(p.id) ?? [])];
    const who = param.person(p.name, hints.get(p.id));
    const termsParam = urgent.length === 1 ? param.msg(urgent[0]) : param.msg(msg('conflict.terms2', { a: param.msg(urgent[0]), b: param.msg(urgent[1]) }));
    const m = kinds.length
      ? msg('conflict.deadline', { who, terms: termsParam, kinds: param.list(kinds.map((k) => param.kind(k))) })
      : msg('conflict.deadlineOnly', { who, terms: termsParam });
    out.push({
      urgency: terms[0] && terms[1] ? (compareUrgency(pip, act) <= 0 ? pip : act) : (terms[0] ?? terms[1])!,
      conflict: {
        id: `deadline:${p.id}`,
        category: 'deadline',
        rule: 0,
        severity: 'warning',
        message: renderMsg(m, 'nl'),
        msg: m,
        entities: [p.id],
        sessionIds: [],
        participants: [{ id: p.id, name: p.name }],
        start: null,
        end: null,
        fixes: [],
      },
    });
  }
  // Most urgent first, as in deadlines.list.
  return out.sort((a, b) => compareUrgency(a.urgency, b.urgency) || a.conflict.id.localeCompare(b.conflict.id)).map((x) => x.conflict);
}
