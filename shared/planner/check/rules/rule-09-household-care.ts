// SPEC rule 9, care for children (the household rule): while all adults of a household are away
// because of the plan (activities plus travel, together with their busy time), every child not
// already covered must sit in a booked childcare slot that fits its age; bookings respect free
// seats. The time care is needed is computed by household-care.ts, shared with the planner.
// Besides the violations, each gap is returned as data (CareGap) for the repair suggestions.
import { travelAt, type InstanceIndex } from '../../index-instance';
import { childCareNeed, awayAround, householdCareNeed, takesAge } from '../../household-care';
import { subtract, union } from '../../../domain/intervals';
import { ageInMonths, type Span } from '../../../domain/time';
import { msg, p, type MsgParam } from '../../../messages';
import { dateOf } from '../messages';
import { childOfP, childP, dayP, peopleP, providerP, spanP, violation } from '../msg-params';
import type { Activity, CareGap, Resolved, RuleInput, Violation } from '../types';

/** When the participant leaves home and is back, for an activity (SPEC: travel before and after). */
export function awaySpan(idx: InstanceIndex, a: Activity): Span {
  const t = travelAt(idx, idx.home[a.pi], a.li) ?? 0;
  return awayAround(a.start, a.end, t, t);
}

export function checkHouseholdCare({ idx, resolved, bookings }: RuleInput, out: Violation[], gaps: CareGap[]): void {
  // Bookings: age fit and free seats; those that fit become cover per child.
  const coverByChild = new Map<string, Span[]>();
  for (const { childId, entry, provider, slot, slotStart } of bookings.valid) {
    const age = ageInMonths(entry.child.birthDate, slotStart.slice(0, 10));
    if (!takesAge(age, provider.ageMonthsMin, provider.ageMonthsMax)) {
      out.push(
        violation(
          9,
          [childId, entry.household.id, provider.id],
          msg('check.r9.age', {
            child: childOfP(idx, childId, age, entry.household.adults),
            when: spanP(slot.start, slot.end),
            provider: providerP(idx, provider.id),
            min: provider.ageMonthsMin,
            max: provider.ageMonthsMax,
          }),
        ),
      );
      continue;
    }
    const c = coverByChild.get(childId);
    if (c) c.push({ start: slot.start, end: slot.end });
    else coverByChild.set(childId, [{ start: slot.start, end: slot.end }]);
  }
  for (const [slot, { providerId, children }] of bookings.perSlot) {
    if (children.length > slot.free) {
      const dateStr = dateOf(slot.start);
      const kids = p.list(
        children.map((c) => {
          const entry = idx.children.get(c);
          return entry ? childOfP(idx, c, ageInMonths(entry.child.birthDate, dateStr), entry.household.adults) : p.text(c);
        }),
      );
      out.push(
        violation(
          9,
          [providerId, ...children],
          msg('check.r9.full', { provider: providerP(idx, providerId), when: spanP(slot.start, slot.end), free: slot.free, n: children.length, children: kids }),
        ),
      );
    }
  }

  // Only households with an adult in the plan can need care from it.
  const touched = new Set<number>();
  for (const pi of resolved.active) {
    const hs = idx.careHouseholdsOfAdult[pi];
    if (hs) for (const h of hs) touched.add(h);
  }
  const people = idx.instance.participants;
  for (const hi of touched) {
    const { household: h, adults, children } = idx.careHouseholds[hi];
    const need = householdCareNeed(
      adults,
      (a) => {
        const acts = resolved.byParticipant[a];
        return acts ? union([...acts.map((act) => awaySpan(idx, act)), ...idx.busyMerged[a]]) : idx.busyMerged[a];
      },
      (a) => idx.busyMerged[a],
    );
    if (need.length === 0) continue;

    const ids = adults.map((a) => people[a].id);
    const adultsP = peopleP(idx, ids);
    let sessionsAway: SessionAway[] | undefined;
    for (const { child, covered } of children) {
      let open = childCareNeed(need, covered);
      if (open.length === 0) continue;
      const cover = coverByChild.get(child.id);
      if (cover) open = subtract(open, union(cover));
      for (const gap of open) {
        const age = ageInMonths(child.birthDate, dateOf(gap.start));
        sessionsAway ??= adultSessionsAway(idx, resolved, adults);
        const inGap = sessionsAway.filter((x) => x.span.start < gap.end && gap.start < x.span.end);
        const acts = activitiesInGap(idx, resolved, adults, gap);
        const childParam = childP(idx, child.id, age, true);
        const v: Violation = violation(
          9,
          [...ids, h.id, child.id],
          acts.length > 0
            ? msg('check.r9.gap', { adults: adultsP, acts: p.list(acts), child: childParam })
            : msg('check.r9.gapDay', { adults: adultsP, day: dayP(gap.start), child: childParam }),
        );
        out.push(v);
        gaps.push({
          violation: v,
          householdId: h.id,
          childId: child.id,
          gap: { start: gap.start, end: gap.end },
          adults: ids,
          sessionIds: [...new Set(inGap.map((x) => x.sessionId))],
          sessionAdult: new Map(inGap.map((x) => [x.sessionId, x.adultId])),
        });
      }
    }
  }
}

interface SessionAway {
  sessionId: string;
  adultId: string;
  span: Span;
}

/** The adults' session participations (not seats) with their away spans, adults in order. */
function adultSessionsAway(idx: InstanceIndex, resolved: Resolved, adults: number[]): SessionAway[] {
  const out: SessionAway[] = [];
  for (const a of adults) {
    for (const act of resolved.byParticipant[a] ?? []) {
      if (act.kind !== 'groupInfo' && act.kind !== 'toets') continue;
      out.push({ sessionId: act.ref, adultId: act.participantId, span: awaySpan(idx, act) });
    }
  }
  return out;
}

/**
 * The adults' activities whose away span (travel included) overlaps a gap, each with its own
 * times ("de groepsvoorlichting … (di 24 nov 09:00-11:00)"), once even when two adults share it.
 */
function activitiesInGap(idx: InstanceIndex, resolved: Resolved, adults: number[], gap: Span): MsgParam[] {
  const seen = new Set<string>();
  const out: MsgParam[] = [];
  for (const a of adults) {
    for (const act of resolved.byParticipant[a] ?? []) {
      const away = awaySpan(idx, act);
      if (!(away.start < gap.end && gap.start < away.end)) continue;
      const key = `${act.ref}@${act.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p.msg(msg('check.what.at', { what: act.what, when: spanP(act.start, act.end) })));
    }
  }
  return out;
}
