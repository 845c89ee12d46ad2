// What a change to one session would do to the week, computed in the renderer with the same
// checker the services use: the calendar runs this on every drag position, so it stays pure
// and touches only the session that changes.
import type { SessionChange } from '../../../shared/api/contract';
import type { SessionKind } from '../../../shared/domain/kinds';
import { checkPlan, type Violation } from '../../../shared/planner/check';
import { dayNl } from '../../../shared/planner/check/messages';
import { toMinutes } from '../../../shared/domain/time';
import type { Instance, Plan, PlanSession } from '../../../shared/planner/spec';

/** Reason stored in the plan copy when a participant is taken out; never shown. */
const REMOVED_REASON = 'Uit de sessie gehaald door de coördinator.';

/**
 * The plan with one session changed, as `session.update` would store it. The input plan is
 * not touched; only the changed session and the lists it affects are copied.
 */
export function applyChange(instance: Instance, plan: Plan, change: SessionChange): Plan {
  const i = plan.sessions.findIndex((s) => s.id === change.sessionId);
  if (i < 0) return plan;
  const old = plan.sessions[i]!;
  const next: PlanSession = {
    ...old,
    start: change.start ?? old.start,
    end: change.end ?? old.end,
    roomId: change.roomId ?? old.roomId,
    consultantId: change.consultantId ?? old.consultantId,
    interpreterId: change.interpreterId !== undefined ? change.interpreterId : old.interpreterId,
  };
  let unplanned = plan.unplanned;
  const add = change.addParticipantIds ?? [];
  const remove = change.removeParticipantIds ?? [];
  if (add.length > 0 || remove.length > 0) {
    const removeSet = new Set(remove);
    const participants = old.participants.filter((p) => !removeSet.has(p));
    for (const p of add) if (!participants.includes(p)) participants.push(p);
    next.participants = participants;
    // Keep "every demand exactly once": a participant who joins takes their open demand of
    // this kind off the unplanned list; one who leaves puts it back.
    const addSet = new Set(add);
    const ownDemand = new Map<string, string>();
    for (const d of instance.demands) {
      if (d.kind === old.kind && (addSet.has(d.participantId) || removeSet.has(d.participantId))) {
        if (!ownDemand.has(d.participantId)) ownDemand.set(d.participantId, d.id);
      }
    }
    const joiningDemands = new Set<string>();
    for (const p of add) {
      const open = instance.demands.find((d) => d.kind === old.kind && d.participantId === p && plan.unplanned.some((u) => u.demandId === d.id));
      if (open) joiningDemands.add(open.id);
    }
    unplanned = plan.unplanned.filter((u) => !joiningDemands.has(u.demandId));
    for (const p of remove) {
      const d = ownDemand.get(p);
      if (d && !unplanned.some((u) => u.demandId === d)) unplanned = [...unplanned, { demandId: d, reason: REMOVED_REASON }];
    }
  }
  const sessions = plan.sessions.slice();
  sessions[i] = next;
  return { ...plan, sessions, unplanned };
}

function keyOf(v: Violation): string {
  return `${v.rule}|${[...v.entities].sort().join(',')}`;
}

/**
 * The violations in `after` that were not there `before`. Two violations are the same when
 * they break the same rule with the same people and things: a message that only names a new
 * time for a conflict that already existed is not new.
 */
export function newViolations(before: Violation[], after: Violation[]): Violation[] {
  const counts = new Map<string, number>();
  for (const v of before) counts.set(keyOf(v), (counts.get(keyOf(v)) ?? 0) + 1);
  const out: Violation[] = [];
  for (const v of after) {
    const k = keyOf(v);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else out.push(v);
  }
  return out;
}

export interface Preview {
  /** Violations the change would introduce. */
  introduced: Violation[];
  /** Violations that the change would take away. */
  resolved: Violation[];
  /** Time of the check in milliseconds. */
  ms: number;
}

export function previewChange(instance: Instance, plan: Plan, baseline: Violation[], change: SessionChange): Preview {
  const t0 = performance.now();
  const after = checkPlan(instance, applyChange(instance, plan, change)).violations;
  const introduced = newViolations(baseline, after);
  const resolved = newViolations(after, baseline);
  return { introduced, resolved, ms: performance.now() - t0 };
}

/** Shifts a local "YYYY-MM-DDTHH:MM" by whole minutes, without any time zone. */
export function shiftLocal(time: string, minutes: number): string {
  const ms = Date.parse(`${time}:00Z`) + minutes * 60_000;
  return new Date(ms).toISOString().slice(0, 16);
}

/** Minutes between two local times. */
export function minutesBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}:00Z`) - Date.parse(`${a}:00Z`)) / 60_000);
}

/** A calendar Date (the calendar runs in UTC, so UTC fields are wall-clock) as a local time string. */
export function localOf(date: Date): string {
  return date.toISOString().slice(0, 16);
}

export type OptionField = 'roomId' | 'consultantId' | 'interpreterId';

export interface ResourceOption {
  id: string | null;
  name: string;
  /** Introduced violations when the session gets this option; empty for the current value. */
  introduced: Violation[];
}

/** Each candidate value for one field of a session, with the conflicts it would add. */
export function optionConflicts(
  instance: Instance,
  plan: Plan,
  baseline: Violation[],
  sessionId: string,
  field: OptionField,
  candidates: { id: string | null; name: string }[],
): ResourceOption[] {
  const session = plan.sessions.find((s) => s.id === sessionId);
  return candidates.map((c) => {
    if (!session || session[field] === c.id) return { ...c, introduced: [] };
    const change: SessionChange = { sessionId, [field]: c.id } as SessionChange;
    return { ...c, introduced: previewChange(instance, plan, baseline, change).introduced };
  });
}

type Session = PlanSession;
type Resources = {
  rooms: { id: string; name: string; locationId: string; kinds: SessionKind[] }[];
  consultants: { id: string; name: string; toetsCertified: boolean }[];
  interpreters: { id: string; name: string; languages: string[] }[];
};

/** Rooms that host this kind of session, consultants allowed to lead it, interpreters of its language. */
export function candidatesFor(session: Session, resources: Resources) {
  return {
    rooms: resources.rooms.filter((r) => r.kinds.includes(session.kind)),
    consultants: resources.consultants.filter((c) => session.kind !== 'toets' || c.toetsCertified),
    // A toets has no interpreter; a group session can have one only for its language.
    interpreters: session.kind === 'toets' || !session.language ? [] : resources.interpreters.filter((t) => t.languages.includes(session.language!)),
  };
}

export interface OpenCandidate {
  participantId: string;
  name: string;
  /** Speaks the session's language (always true for a toets). */
  speaksLanguage: boolean;
}

/**
 * Participants with an open demand of the session's kind: one listed as unplanned, or not met
 * by any session of that kind in the plan.
 */
export function openCandidates(instance: Instance, plan: Plan, session: Session): OpenCandidate[] {
  const inSessionOfKind = new Set<string>();
  for (const s of plan.sessions) if (s.kind === session.kind) for (const p of s.participants) inSessionOfKind.add(p);
  const byId = new Map(instance.participants.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const out: OpenCandidate[] = [];
  for (const d of instance.demands) {
    if (d.kind !== session.kind || inSessionOfKind.has(d.participantId) || seen.has(d.participantId)) continue;
    const p = byId.get(d.participantId);
    if (!p) continue;
    seen.add(p.id);
    const speaksLanguage = !session.language || p.language === session.language || p.otherLanguages.includes(session.language);
    out.push({ participantId: p.id, name: p.name, speaksLanguage });
  }
  return out.sort((a, b) => Number(b.speaksLanguage) - Number(a.speaksLanguage) || a.name.localeCompare(b.name, 'nl'));
}

/**
 * The week's conflicts per session: those naming the session, and those naming one of its
 * participants on the session's day (a household or travel conflict names people, not
 * sessions; its message names the day as the checker writes it, e.g. "wo 25 nov").
 */
export function sessionConflicts(
  sessions: { id: string; start: string; participants: { id: string }[] }[],
  violations: Violation[],
  write: (v: Violation) => string = (v) => v.message,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, message: string) => {
    const list = out.get(id);
    if (!list) out.set(id, [message]);
    else if (!list.includes(message)) list.push(message);
  };
  const byParticipant = new Map<string, { id: string; day: string }[]>();
  for (const s of sessions) {
    const day = dayNl(toMinutes(s.start));
    for (const p of s.participants) {
      const list = byParticipant.get(p.id);
      if (list) list.push({ id: s.id, day });
      else byParticipant.set(p.id, [{ id: s.id, day }]);
    }
  }
  const ids = new Set(sessions.map((s) => s.id));
  for (const v of violations) {
    for (const e of v.entities) {
      // Matched on the Dutch sentence, which names the day as dayNl writes it; shown as `write` says.
      if (ids.has(e)) add(e, write(v));
      for (const s of byParticipant.get(e) ?? []) if (v.message.includes(s.day)) add(s.id, write(v));
    }
  }
  return out;
}
